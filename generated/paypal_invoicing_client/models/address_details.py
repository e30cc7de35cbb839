from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import install_lazy_fields, source_dict
from ..types import UNSET, Unset, model_repr

T = TypeVar("T", bound="AddressDetails")

_FIELD_KEYS = frozenset(
    {
        "building_name",
        "delivery_service",
        "street_name",
        "street_number",
        "street_type",
        "sub_building",
    }
)


@_attrs_define(slots=False)
class AddressDetails:
    """The parts of the street address, as PayPal's portable address carries them next to the address lines."""

    building_name: str | Unset = UNSET
    delivery_service: str | Unset = UNSET
    """ A delivery service such as a post office box or mail station. """
    street_name: str | Unset = UNSET
    street_number: str | Unset = UNSET
    street_type: str | Unset = UNSET
    """ The street type, for example `Ave` or `Rd`. """
    sub_building: str | Unset = UNSET
    """ A flat, suite, floor or unit. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(
            self,
            (
                "building_name",
                "delivery_service",
                "street_name",
                "street_number",
                "street_type",
                "sub_building",
            ),
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, AddressDetails) or type(other) is not type(self):
            return NotImplemented
        return self.to_dict() == other.to_dict()

    def to_dict(self) -> dict[str, Any]:
        _values = self.__dict__
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if "building_name" in _values:
            building_name = self.building_name
            if building_name is not UNSET:
                field_dict["building_name"] = building_name
        if "delivery_service" in _values:
            delivery_service = self.delivery_service
            if delivery_service is not UNSET:
                field_dict["delivery_service"] = delivery_service
        if "street_name" in _values:
            street_name = self.street_name
            if street_name is not UNSET:
                field_dict["street_name"] = street_name
        if "street_number" in _values:
            street_number = self.street_number
            if street_number is not UNSET:
                field_dict["street_number"] = street_number
        if "street_type" in _values:
            street_type = self.street_type
            if street_type is not UNSET:
                field_dict["street_type"] = street_type
        if "sub_building" in _values:
            sub_building = self.sub_building
            if sub_building is not UNSET:
                field_dict["sub_building"] = sub_building

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = src_dict if type(src_dict) is dict else source_dict(src_dict)
        _obj = cls.__new__(cls)
        _values = _obj.__dict__
        _values["_source"] = d
        _values["building_name"] = d.get("building_name", UNSET)
        _values["delivery_service"] = d.get("delivery_service", UNSET)
        _values["street_name"] = d.get("street_name", UNSET)
        _values["street_number"] = d.get("street_number", UNSET)
        _values["street_type"] = d.get("street_type", UNSET)
        _values["sub_building"] = d.get("sub_building", UNSET)

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
    AddressDetails,
    _FIELD_KEYS,
)
