from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import dumped, install_lazy_fields, source_dict
from ..types import UNSET, Unset, model_repr

if TYPE_CHECKING:
    from ..models.webhook_lookup import WebhookLookup


T = TypeVar("T", bound="WebhookLookupList")

_FIELD_KEYS = frozenset(
    {
        "webhooks_lookups",
    }
)


@_attrs_define(slots=False)
class WebhookLookupList:
    """A list of webhook lookups."""

    webhooks_lookups: list[WebhookLookup] | Unset = UNSET
    """ An array of webhook lookups. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self, ("webhooks_lookups",))

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, WebhookLookupList) or type(other) is not type(self):
            return NotImplemented
        return self.to_dict() == other.to_dict()

    def to_dict(self) -> dict[str, Any]:
        _values = self.__dict__
        _lazy: Mapping[str, Any] = _values.get("_source") or {}
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if "webhooks_lookups" in _values:
            webhooks_lookups = dumped(
                self._dump_webhooks_lookups,
                self.webhooks_lookups,
                _lazy.get("webhooks_lookups"),
            )
            if webhooks_lookups is not UNSET:
                field_dict["webhooks_lookups"] = webhooks_lookups
        elif "webhooks_lookups" in _lazy:
            field_dict["webhooks_lookups"] = _lazy["webhooks_lookups"]

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = src_dict if type(src_dict) is dict else source_dict(src_dict)
        _obj = cls.__new__(cls)
        _values = _obj.__dict__
        _values["_source"] = d

        return _obj

    @staticmethod
    def _dump_webhooks_lookups(_value: Any) -> Any:
        webhooks_lookups: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(_value, Unset):
            webhooks_lookups = []
            for webhooks_lookups_item_data in _value:
                webhooks_lookups_item = webhooks_lookups_item_data.to_dict()
                webhooks_lookups.append(webhooks_lookups_item)

        return webhooks_lookups

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
    WebhookLookupList,
    _FIELD_KEYS,
    (
        "webhooks_lookups",
        "webhooks_lookups",
        "webhook_lookup.WebhookLookup",
        True,
        UNSET,
    ),
)
