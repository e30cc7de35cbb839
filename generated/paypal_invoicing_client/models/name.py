from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import install_lazy_fields, source_dict
from ..types import UNSET, Unset, model_repr

T = TypeVar("T", bound="Name")

_FIELD_KEYS = frozenset(
    {
        "alternate_full_name",
        "full_name",
        "given_name",
        "middle_name",
        "prefix",
        "suffix",
        "surname",
    }
)


@_attrs_define(slots=False)
class Name:
    """A person's name."""

    alternate_full_name: str | Unset = UNSET
    full_name: str | Unset = UNSET
    given_name: str | Unset = UNSET
    middle_name: str | Unset = UNSET
    prefix: str | Unset = UNSET
    suffix: str | Unset = UNSET
    surname: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(
            self,
            (
                "alternate_full_name",
                "full_name",
                "given_name",
                "middle_name",
                "prefix",
                "suffix",
                "surname",
            ),
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Name) or type(other) is not type(self):
            return NotImplemented
        return self.to_dict() == other.to_dict()

    def to_dict(self) -> dict[str, Any]:
        _values = self.__dict__
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if "alternate_full_name" in _values:
            alternate_full_name = self.alternate_full_name
            if alternate_full_name is not UNSET:
                field_dict["alternate_full_name"] = alternate_full_name
        if "full_name" in _values:
            full_name = self.full_name
            if full_name is not UNSET:
                field_dict["full_name"] = full_name
        if "given_name" in _values:
            given_name = self.given_name
            if given_name is not UNSET:
                field_dict["given_name"] = given_name
        if "middle_name" in _values:
            middle_name = self.middle_name
            if middle_name is not UNSET:
                field_dict["middle_name"] = middle_name
        if "prefix" in _values:
            prefix = self.prefix
            if prefix is not UNSET:
                field_dict["prefix"] = prefix
        if "suffix" in _values:
            suffix = self.suffix
            if suffix is not UNSET:
                field_dict["suffix"] = suffix
        if "surname" in _values:
            surname = self.surname
            if surname is not UNSET:
                field_dict["surname"] = surname

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = src_dict if type(src_dict) is dict else source_dict(src_dict)
        _obj = cls.__new__(cls)
        _values = _obj.__dict__
        _values["_source"] = d
        _values["alternate_full_name"] = d.get("alternate_full_name", UNSET)
        _values["full_name"] = d.get("full_name", UNSET)
        _values["given_name"] = d.get("given_name", UNSET)
        _values["middle_name"] = d.get("middle_name", UNSET)
        _values["prefix"] = d.get("prefix", UNSET)
        _values["suffix"] = d.get("suffix", UNSET)
        _values["surname"] = d.get("surname", UNSET)

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
    Name,
    _FIELD_KEYS,
)
