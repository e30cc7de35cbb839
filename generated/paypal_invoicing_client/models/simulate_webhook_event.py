from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import install_lazy_fields, source_dict
from ..types import UNSET, Unset, missing_field, model_repr

T = TypeVar("T", bound="SimulateWebhookEvent")

_FIELD_KEYS = frozenset(
    {
        "event_type",
        "resource_version",
        "url",
        "webhook_id",
    }
)

_REQUIRED_FIELDS = {
    "event_type": "event_type",
}


@_attrs_define(slots=False)
class SimulateWebhookEvent:
    """Simulates a mock webhook event."""

    event_type: str
    """ The event name. Specify one of the subscribed events. For each request, provide only one event. """
    resource_version: str | Unset = UNSET
    """ The identifier for event type ex: 1.0/2.0 etc. """
    url: str | Unset = UNSET
    """ The URL for the webhook endpoint. If omitted, the webhook ID is required. """
    webhook_id: str | Unset = UNSET
    """ The ID of the webhook. If omitted, the URL is required. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    if not TYPE_CHECKING:

        def __getattr__(self, name: str) -> Any:
            raise missing_field(self, name, _REQUIRED_FIELDS)

    def __repr__(self) -> str:
        return model_repr(
            self,
            (
                "event_type",
                "resource_version",
                "url",
                "webhook_id",
            ),
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, SimulateWebhookEvent) or type(other) is not type(self):
            return NotImplemented
        return self.to_dict() == other.to_dict()

    def to_dict(self) -> dict[str, Any]:
        _values = self.__dict__
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if "event_type" in _values:
            event_type = self.event_type
            field_dict["event_type"] = event_type
        if "resource_version" in _values:
            resource_version = self.resource_version
            if resource_version is not UNSET:
                field_dict["resource_version"] = resource_version
        if "url" in _values:
            url = self.url
            if url is not UNSET:
                field_dict["url"] = url
        if "webhook_id" in _values:
            webhook_id = self.webhook_id
            if webhook_id is not UNSET:
                field_dict["webhook_id"] = webhook_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = src_dict if type(src_dict) is dict else source_dict(src_dict)
        _obj = cls.__new__(cls)
        _values = _obj.__dict__
        _values["_source"] = d
        if "event_type" in d:
            _values["event_type"] = d["event_type"]
        _values["resource_version"] = d.get("resource_version", UNSET)
        _values["url"] = d.get("url", UNSET)
        _values["webhook_id"] = d.get("webhook_id", UNSET)

        return _obj

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
    SimulateWebhookEvent,
    _FIELD_KEYS,
)
