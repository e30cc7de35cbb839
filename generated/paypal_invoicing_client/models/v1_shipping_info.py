from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, install_lazy_fields

if TYPE_CHECKING:
    from ..models.v1_address import V1Address


T = TypeVar("T", bound="V1ShippingInfo")


@_attrs_define(slots=False)
class V1ShippingInfo:
    address: V1Address | Unset = UNSET
    business_name: str | Unset = UNSET
    first_name: str | Unset = UNSET
    last_name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        address: dict[str, Any] | Unset = UNSET
        if not isinstance(self.address, Unset):
            address = self.address.to_dict()

        business_name = self.business_name

        first_name = self.first_name

        last_name = self.last_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if address is not UNSET:
            field_dict["address"] = address
        if business_name is not UNSET:
            field_dict["business_name"] = business_name
        if first_name is not UNSET:
            field_dict["first_name"] = first_name
        if last_name is not UNSET:
            field_dict["last_name"] = last_name

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        lazy: dict[str, Any] = {}
        if "address" in d:
            lazy["address"] = d.pop("address")

        business_name = d.pop("business_name", UNSET)

        first_name = d.pop("first_name", UNSET)

        last_name = d.pop("last_name", UNSET)

        _obj = cls.__new__(cls)
        _obj.__dict__.update(
            business_name=business_name,
            first_name=first_name,
            last_name=last_name,
            _lazy_fields=lazy,
        )
        if "address" not in lazy:
            _obj.__dict__["address"] = UNSET

        _obj.additional_properties = d
        return _obj

    @staticmethod
    def _load_address(source: Any) -> V1Address | Unset:
        from ..models.v1_address import V1Address

        _address = source
        address: V1Address | Unset
        if isinstance(_address, Unset):
            address = UNSET
        else:
            address = V1Address.from_dict(_address)

        return address

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
    V1ShippingInfo,
    "address",
)
