from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="WebhooksErrorDetails2")


@_attrs_define(slots=False)
class WebhooksErrorDetails2:
    """The error details. Required for client-side `4XX` errors."""

    issue: str
    """ The unique, fine-grained application-level error code. """
    description: str | Unset = UNSET
    """ The human-readable description for an issue. The description can change over the lifetime of an API, so
    clients must not depend on this value. """
    field: str | Unset = UNSET
    """ The field that caused the error. If this field is in the body, set this value to the field's JSON pointer
    value. Required for client-side errors. """
    location: str | Unset = "body"
    """ The location of the field that caused the error. Value is `body`, `path`, or `query`. """
    value: str | Unset = UNSET
    """ The value of the field that caused the error. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        issue = self.issue

        description = self.description

        field = self.field

        location = self.location

        value = self.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "issue": issue,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if field is not UNSET:
            field_dict["field"] = field
        if location is not UNSET:
            field_dict["location"] = location
        if value is not UNSET:
            field_dict["value"] = value

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        issue = d.pop("issue")

        description = d.pop("description", UNSET)

        field = d.pop("field", UNSET)

        location = d.pop("location", UNSET)

        value = d.pop("value", UNSET)

        _obj = cls.__new__(cls)
        _obj.__dict__.update(
            issue=issue,
            description=description,
            field=field,
            location=location,
            value=value,
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
