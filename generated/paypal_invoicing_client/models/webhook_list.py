from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import dumped, install_lazy_fields, source_dict
from ..types import UNSET, Unset, model_repr

if TYPE_CHECKING:
    from ..models.webhook import Webhook


T = TypeVar("T", bound="WebhookList")

_FIELD_KEYS = frozenset(
    {
        "webhooks",
    }
)


@_attrs_define(slots=False)
class WebhookList:
    """A list of webhooks."""

    webhooks: list[Webhook] | Unset = UNSET
    """ An array of webhooks. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self, ("webhooks",))

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, WebhookList) or type(other) is not type(self):
            return NotImplemented
        return self.to_dict() == other.to_dict()

    def to_dict(self) -> dict[str, Any]:
        _values = self.__dict__
        _lazy: Mapping[str, Any] = _values.get("_source") or {}
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if "webhooks" in _values:
            webhooks = dumped(self._dump_webhooks, self.webhooks, _lazy.get("webhooks"))
            if webhooks is not UNSET:
                field_dict["webhooks"] = webhooks
        elif "webhooks" in _lazy:
            field_dict["webhooks"] = _lazy["webhooks"]

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = src_dict if type(src_dict) is dict else source_dict(src_dict)
        _obj = cls.__new__(cls)
        _values = _obj.__dict__
        _values["_source"] = d

        return _obj

    @staticmethod
    def _dump_webhooks(_value: Any) -> Any:
        webhooks: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(_value, Unset):
            webhooks = []
            for webhooks_item_data in _value:
                webhooks_item = webhooks_item_data.to_dict()
                webhooks.append(webhooks_item)

        return webhooks

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


install_lazy_fields(
    WebhookList,
    _FIELD_KEYS,
    ("webhooks", "webhooks", "webhook.Webhook", True, UNSET),
)
