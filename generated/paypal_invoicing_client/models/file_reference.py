from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import install_lazy_fields, source_dict
from ..types import UNSET, Unset, model_repr

T = TypeVar("T", bound="FileReference")

_FIELD_KEYS = frozenset(
    {
        "content_type",
        "create_time",
        "id",
        "reference_url",
        "size",
    }
)


@_attrs_define(slots=False)
class FileReference:
    """An attachment."""

    content_type: str | Unset = UNSET
    create_time: str | Unset = UNSET
    """ An RFC 3339 timestamp, for example `2018-11-12T08:00:20Z`. """
    id: str | Unset = UNSET
    reference_url: str | Unset = UNSET
    size: str | Unset = UNSET
    """ Size in bytes. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(
            self,
            (
                "content_type",
                "create_time",
                "id",
                "reference_url",
                "size",
            ),
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, FileReference) or type(other) is not type(self):
            return NotImplemented
        return self.to_dict() == other.to_dict()

    def to_dict(self) -> dict[str, Any]:
        _values = self.__dict__
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if "content_type" in _values:
            content_type = self.content_type
            if content_type is not UNSET:
                field_dict["content_type"] = content_type
        if "create_time" in _values:
            create_time = self.create_time
            if create_time is not UNSET:
                field_dict["create_time"] = create_time
        if "id" in _values:
            id = self.id
            if id is not UNSET:
                field_dict["id"] = id
        if "reference_url" in _values:
            reference_url = self.reference_url
            if reference_url is not UNSET:
                field_dict["reference_url"] = reference_url
        if "size" in _values:
            size = self.size
            if size is not UNSET:
                field_dict["size"] = size

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = src_dict if type(src_dict) is dict else source_dict(src_dict)
        _obj = cls.__new__(cls)
        _values = _obj.__dict__
        _values["_source"] = d
        _values["content_type"] = d.get("content_type", UNSET)
        _values["create_time"] = d.get("create_time", UNSET)
        _values["id"] = d.get("id", UNSET)
        _values["reference_url"] = d.get("reference_url", UNSET)
        _values["size"] = d.get("size", UNSET)

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
    FileReference,
    _FIELD_KEYS,
)
