from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Address")


@_attrs_define(slots=False)
class Address:
    """A postal address."""

    address_line_1: str | Unset = UNSET
    address_line_2: str | Unset = UNSET
    address_line_3: str | Unset = UNSET
    admin_area_1: str | Unset = UNSET
    """ State, province or region. """
    admin_area_2: str | Unset = UNSET
    """ City or town. """
    admin_area_3: str | Unset = UNSET
    """ Sub-locality or district. """
    admin_area_4: str | Unset = UNSET
    """ Neighbourhood or similar. """
    country_code: str | Unset = UNSET
    """ Two-letter country code (`C2` for China worldwide). """
    postal_code: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        address_line_1 = self.address_line_1

        address_line_2 = self.address_line_2

        address_line_3 = self.address_line_3

        admin_area_1 = self.admin_area_1

        admin_area_2 = self.admin_area_2

        admin_area_3 = self.admin_area_3

        admin_area_4 = self.admin_area_4

        country_code = self.country_code

        postal_code = self.postal_code

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if address_line_1 is not UNSET:
            field_dict["address_line_1"] = address_line_1
        if address_line_2 is not UNSET:
            field_dict["address_line_2"] = address_line_2
        if address_line_3 is not UNSET:
            field_dict["address_line_3"] = address_line_3
        if admin_area_1 is not UNSET:
            field_dict["admin_area_1"] = admin_area_1
        if admin_area_2 is not UNSET:
            field_dict["admin_area_2"] = admin_area_2
        if admin_area_3 is not UNSET:
            field_dict["admin_area_3"] = admin_area_3
        if admin_area_4 is not UNSET:
            field_dict["admin_area_4"] = admin_area_4
        if country_code is not UNSET:
            field_dict["country_code"] = country_code
        if postal_code is not UNSET:
            field_dict["postal_code"] = postal_code

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        address_line_1 = d.pop("address_line_1", UNSET)

        address_line_2 = d.pop("address_line_2", UNSET)

        address_line_3 = d.pop("address_line_3", UNSET)

        admin_area_1 = d.pop("admin_area_1", UNSET)

        admin_area_2 = d.pop("admin_area_2", UNSET)

        admin_area_3 = d.pop("admin_area_3", UNSET)

        admin_area_4 = d.pop("admin_area_4", UNSET)

        country_code = d.pop("country_code", UNSET)

        postal_code = d.pop("postal_code", UNSET)

        _obj = cls.__new__(cls)
        _obj.__dict__.update(
            address_line_1=address_line_1,
            address_line_2=address_line_2,
            address_line_3=address_line_3,
            admin_area_1=admin_area_1,
            admin_area_2=admin_area_2,
            admin_area_3=admin_area_3,
            admin_area_4=admin_area_4,
            country_code=country_code,
            postal_code=postal_code,
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
