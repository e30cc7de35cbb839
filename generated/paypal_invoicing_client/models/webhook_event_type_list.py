from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import dumped, install_lazy_fields, source_dict
from ..types import UNSET, Unset, model_repr

if TYPE_CHECKING:
    from ..models.webhook_event_type import WebhookEventType


T = TypeVar("T", bound="WebhookEventTypeList")

_FIELD_KEYS = frozenset(
    {
        "event_types",
    }
)


@_attrs_define(slots=False)
class WebhookEventTypeList:
    """A list of webhook events."""

    event_types: list[WebhookEventType] | Unset = UNSET
    """ An array of webhook events. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self, ("event_types",))

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, WebhookEventTypeList) or type(other) is not type(self):
            return NotImplemented
        return self.to_dict() == other.to_dict()

    def to_dict(self) -> dict[str, Any]:
        _values = self.__dict__
        _lazy: Mapping[str, Any] = _values.get("_source") or {}
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if "event_types" in _values:
            event_types = dumped(
                self._dump_event_types, self.event_types, _lazy.get("event_types")
            )
            if event_types is not UNSET:
                field_dict["event_types"] = event_types
        elif "event_types" in _lazy:
            field_dict["event_types"] = _lazy["event_types"]

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = src_dict if type(src_dict) is dict else source_dict(src_dict)
        _obj = cls.__new__(cls)
        _values = _obj.__dict__
        _values["_source"] = d

        return _obj

    @staticmethod
    def _dump_event_types(_value: Any) -> Any:
        event_types: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(_value, Unset):
            event_types = []
            for event_types_item_data in _value:
                event_types_item = event_types_item_data.to_dict()
                event_types.append(event_types_item)

        return event_types

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
    WebhookEventTypeList,
    _FIELD_KEYS,
    ("event_types", "event_types", "webhook_event_type.WebhookEventType", True, UNSET),
)
