from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="WebhookEventType")


@_attrs_define(slots=False)
class WebhookEventType:
    """An event type."""

    name: str
    """ The unique event name.<blockquote><strong>Note:</strong> To subscribe to all events, including events as
    they are added, specify an `*` as the value to represent a wildcard.</blockquote> """
    description: str | Unset = UNSET
    """ A human-readable description of the event. """
    resource_versions: list[str] | Unset = UNSET
    """ Identifier for the event type example: 1.0/2.0 etc. """
    status: str | Unset = UNSET
    """ The status of a webhook event. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        description = self.description

        resource_versions: list[str] | Unset = UNSET
        if not isinstance(self.resource_versions, Unset):
            resource_versions = self.resource_versions

        status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if resource_versions is not UNSET:
            field_dict["resource_versions"] = resource_versions
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        name = d.pop("name")

        description = d.pop("description", UNSET)

        resource_versions = cast(list[str], d.pop("resource_versions", UNSET))

        status = d.pop("status", UNSET)

        _obj = cls.__new__(cls)
        _obj.__dict__.update(
            name=name,
            description=description,
            resource_versions=resource_versions,
            status=status,
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
