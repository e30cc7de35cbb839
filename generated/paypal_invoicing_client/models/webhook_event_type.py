from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import dumped, install_lazy_fields, source_dict
from ..types import UNSET, Unset, missing_field, model_repr

T = TypeVar("T", bound="WebhookEventType")

_FIELD_KEYS = frozenset(
    {
        "name",
        "description",
        "resource_versions",
        "status",
    }
)

_REQUIRED_FIELDS = {
    "name": "name",
}


@_attrs_define(slots=False)
class WebhookEventType:
    """An event type."""

    name: str
    """ The unique event name.
    > **Note:** To subscribe to all events, including events as they are added, specify an `*` as the value to
    represent a wildcard. """
    description: str | Unset = UNSET
    """ A human-readable description of the event. """
    resource_versions: list[str] | Unset = UNSET
    """ Identifier for the event type example: 1.0/2.0 etc. """
    status: str | Unset = UNSET
    """ The status of a webhook event. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    if not TYPE_CHECKING:

        def __getattr__(self, name: str) -> Any:
            raise missing_field(self, name, _REQUIRED_FIELDS)

    def __repr__(self) -> str:
        return model_repr(
            self,
            (
                "name",
                "description",
                "resource_versions",
                "status",
            ),
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, WebhookEventType) or type(other) is not type(self):
            return NotImplemented
        return self.to_dict() == other.to_dict()

    def to_dict(self) -> dict[str, Any]:
        _values = self.__dict__
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if "name" in _values:
            name = self.name
            field_dict["name"] = name
        if "description" in _values:
            description = self.description
            if description is not UNSET:
                field_dict["description"] = description
        if "resource_versions" in _values:
            resource_versions = dumped(
                self._dump_resource_versions, self.resource_versions
            )
            if resource_versions is not UNSET:
                field_dict["resource_versions"] = resource_versions
        if "status" in _values:
            status = self.status
            if status is not UNSET:
                field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = src_dict if type(src_dict) is dict else source_dict(src_dict)
        _obj = cls.__new__(cls)
        _values = _obj.__dict__
        _values["_source"] = d
        if "name" in d:
            _values["name"] = d["name"]
        _values["description"] = d.get("description", UNSET)
        _values["resource_versions"] = d.get("resource_versions", UNSET)
        _values["status"] = d.get("status", UNSET)

        return _obj

    @staticmethod
    def _dump_resource_versions(_value: Any) -> Any:
        resource_versions: list[str] | Unset = UNSET
        if not isinstance(_value, Unset):
            resource_versions = _value

        return resource_versions

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
    WebhookEventType,
    _FIELD_KEYS,
)
