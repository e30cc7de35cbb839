from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import dumped, install_lazy_fields, source_dict
from ..types import UNSET, Unset, model_repr

if TYPE_CHECKING:
    from ..models.address_details import AddressDetails


T = TypeVar("T", bound="Address")

_FIELD_KEYS = frozenset(
    {
        "address_details",
        "address_line_1",
        "address_line_2",
        "address_line_3",
        "admin_area_1",
        "admin_area_2",
        "admin_area_3",
        "admin_area_4",
        "country_code",
        "postal_code",
    }
)


@_attrs_define(slots=False)
class Address:
    """A postal address."""

    address_details: AddressDetails | Unset = UNSET
    """ The parts of the street address, as PayPal's portable address carries them next to the address lines. """
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

    def __repr__(self) -> str:
        return model_repr(
            self,
            (
                "address_details",
                "address_line_1",
                "address_line_2",
                "address_line_3",
                "admin_area_1",
                "admin_area_2",
                "admin_area_3",
                "admin_area_4",
                "country_code",
                "postal_code",
            ),
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Address) or type(other) is not type(self):
            return NotImplemented
        return self.to_dict() == other.to_dict()

    def to_dict(self) -> dict[str, Any]:
        _values = self.__dict__
        _lazy: Mapping[str, Any] = _values.get("_source") or {}
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if "address_details" in _values:
            address_details = dumped(
                self._dump_address_details,
                self.address_details,
                _lazy.get("address_details"),
            )
            if address_details is not UNSET:
                field_dict["address_details"] = address_details
        elif "address_details" in _lazy:
            field_dict["address_details"] = _lazy["address_details"]
        if "address_line_1" in _values:
            address_line_1 = self.address_line_1
            if address_line_1 is not UNSET:
                field_dict["address_line_1"] = address_line_1
        if "address_line_2" in _values:
            address_line_2 = self.address_line_2
            if address_line_2 is not UNSET:
                field_dict["address_line_2"] = address_line_2
        if "address_line_3" in _values:
            address_line_3 = self.address_line_3
            if address_line_3 is not UNSET:
                field_dict["address_line_3"] = address_line_3
        if "admin_area_1" in _values:
            admin_area_1 = self.admin_area_1
            if admin_area_1 is not UNSET:
                field_dict["admin_area_1"] = admin_area_1
        if "admin_area_2" in _values:
            admin_area_2 = self.admin_area_2
            if admin_area_2 is not UNSET:
                field_dict["admin_area_2"] = admin_area_2
        if "admin_area_3" in _values:
            admin_area_3 = self.admin_area_3
            if admin_area_3 is not UNSET:
                field_dict["admin_area_3"] = admin_area_3
        if "admin_area_4" in _values:
            admin_area_4 = self.admin_area_4
            if admin_area_4 is not UNSET:
                field_dict["admin_area_4"] = admin_area_4
        if "country_code" in _values:
            country_code = self.country_code
            if country_code is not UNSET:
                field_dict["country_code"] = country_code
        if "postal_code" in _values:
            postal_code = self.postal_code
            if postal_code is not UNSET:
                field_dict["postal_code"] = postal_code

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = src_dict if type(src_dict) is dict else source_dict(src_dict)
        _obj = cls.__new__(cls)
        _values = _obj.__dict__
        _values["_source"] = d
        _values["address_line_1"] = d.get("address_line_1", UNSET)
        _values["address_line_2"] = d.get("address_line_2", UNSET)
        _values["address_line_3"] = d.get("address_line_3", UNSET)
        _values["admin_area_1"] = d.get("admin_area_1", UNSET)
        _values["admin_area_2"] = d.get("admin_area_2", UNSET)
        _values["admin_area_3"] = d.get("admin_area_3", UNSET)
        _values["admin_area_4"] = d.get("admin_area_4", UNSET)
        _values["country_code"] = d.get("country_code", UNSET)
        _values["postal_code"] = d.get("postal_code", UNSET)

        return _obj

    @staticmethod
    def _dump_address_details(_value: Any) -> Any:
        address_details: dict[str, Any] | Unset = UNSET
        if not isinstance(_value, Unset):
            address_details = _value.to_dict()
        return address_details

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
    Address,
    _FIELD_KEYS,
    (
        "address_details",
        "address_details",
        "address_details.AddressDetails",
        False,
        UNSET,
    ),
)
