from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import install_lazy_fields, source_dict
from ..types import UNSET, Unset, missing_field, model_repr

T = TypeVar("T", bound="WebhooksErrorDetails2")

_FIELD_KEYS = frozenset(
    {
        "issue",
        "description",
        "field",
        "location",
        "value",
    }
)

_REQUIRED_FIELDS = {
    "issue": "issue",
}


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

    if not TYPE_CHECKING:

        def __getattr__(self, name: str) -> Any:
            raise missing_field(self, name, _REQUIRED_FIELDS)

    def __repr__(self) -> str:
        return model_repr(
            self,
            (
                "issue",
                "description",
                "field",
                "location",
                "value",
            ),
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, WebhooksErrorDetails2) or type(other) is not type(
            self
        ):
            return NotImplemented
        return self.to_dict() == other.to_dict()

    def to_dict(self) -> dict[str, Any]:
        _values = self.__dict__
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if "issue" in _values:
            issue = self.issue
            field_dict["issue"] = issue
        if "description" in _values:
            description = self.description
            if description is not UNSET:
                field_dict["description"] = description
        if "field" in _values:
            field = self.field
            if field is not UNSET:
                field_dict["field"] = field
        if "location" in _values:
            location = self.location
            if location is not UNSET:
                field_dict["location"] = location
        if "value" in _values:
            value = self.value
            if value is not UNSET:
                field_dict["value"] = value

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = src_dict if type(src_dict) is dict else source_dict(src_dict)
        _obj = cls.__new__(cls)
        _values = _obj.__dict__
        _values["_source"] = d
        if "issue" in d:
            _values["issue"] = d["issue"]
        _values["description"] = d.get("description", UNSET)
        _values["field"] = d.get("field", UNSET)
        _values["location"] = d.get("location", UNSET)
        _values["value"] = d.get("value", UNSET)

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
    WebhooksErrorDetails2,
    _FIELD_KEYS,
)
