from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SimulateWebhookEvent")


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

    def to_dict(self) -> dict[str, Any]:
        event_type = self.event_type

        resource_version = self.resource_version

        url = self.url

        webhook_id = self.webhook_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "event_type": event_type,
            }
        )
        if resource_version is not UNSET:
            field_dict["resource_version"] = resource_version
        if url is not UNSET:
            field_dict["url"] = url
        if webhook_id is not UNSET:
            field_dict["webhook_id"] = webhook_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        event_type = d.pop("event_type")

        resource_version = d.pop("resource_version", UNSET)

        url = d.pop("url", UNSET)

        webhook_id = d.pop("webhook_id", UNSET)

        _obj = cls.__new__(cls)
        _obj.__dict__.update(
            event_type=event_type,
            resource_version=resource_version,
            url=url,
            webhook_id=webhook_id,
        )

        _obj.additional_properties = d
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
