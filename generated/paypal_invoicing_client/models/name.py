from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Name")


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

    def to_dict(self) -> dict[str, Any]:
        alternate_full_name = self.alternate_full_name

        full_name = self.full_name

        given_name = self.given_name

        middle_name = self.middle_name

        prefix = self.prefix

        suffix = self.suffix

        surname = self.surname

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if alternate_full_name is not UNSET:
            field_dict["alternate_full_name"] = alternate_full_name
        if full_name is not UNSET:
            field_dict["full_name"] = full_name
        if given_name is not UNSET:
            field_dict["given_name"] = given_name
        if middle_name is not UNSET:
            field_dict["middle_name"] = middle_name
        if prefix is not UNSET:
            field_dict["prefix"] = prefix
        if suffix is not UNSET:
            field_dict["suffix"] = suffix
        if surname is not UNSET:
            field_dict["surname"] = surname

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        alternate_full_name = d.pop("alternate_full_name", UNSET)

        full_name = d.pop("full_name", UNSET)

        given_name = d.pop("given_name", UNSET)

        middle_name = d.pop("middle_name", UNSET)

        prefix = d.pop("prefix", UNSET)

        suffix = d.pop("suffix", UNSET)

        surname = d.pop("surname", UNSET)

        _obj = cls.__new__(cls)
        _obj.__dict__.update(
            alternate_full_name=alternate_full_name,
            full_name=full_name,
            given_name=given_name,
            middle_name=middle_name,
            prefix=prefix,
            suffix=suffix,
            surname=surname,
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
