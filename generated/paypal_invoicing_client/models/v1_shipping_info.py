from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import dumped, install_lazy_fields, source_dict
from ..types import UNSET, Unset, model_repr

if TYPE_CHECKING:
    from ..models.v1_address import V1Address
    from ..models.v1_phone import V1Phone


T = TypeVar("T", bound="V1ShippingInfo")

_FIELD_KEYS = frozenset(
    {
        "address",
        "business_name",
        "email",
        "first_name",
        "last_name",
        "phone",
    }
)


@_attrs_define(slots=False)
class V1ShippingInfo:
    """The shipping information for the invoice recipient."""

    address: V1Address | Unset = UNSET
    """ The address, which is either a billing address or shipping address in a payment. """
    business_name: str | Unset = UNSET
    """ The business name of the recipient at the shipping address. """
    email: str | Unset = UNSET
    first_name: str | Unset = UNSET
    """ The first name of the recipient at the shipping address. """
    last_name: str | Unset = UNSET
    """ The last name of the recipient at the shipping address. """
    phone: V1Phone | Unset = UNSET
    """ The phone number. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(
            self,
            (
                "address",
                "business_name",
                "email",
                "first_name",
                "last_name",
                "phone",
            ),
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, V1ShippingInfo) or type(other) is not type(self):
            return NotImplemented
        return self.to_dict() == other.to_dict()

    def to_dict(self) -> dict[str, Any]:
        _values = self.__dict__
        _lazy: Mapping[str, Any] = _values.get("_source") or {}
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if "address" in _values:
            address = dumped(self._dump_address, self.address, _lazy.get("address"))
            if address is not UNSET:
                field_dict["address"] = address
        elif "address" in _lazy:
            field_dict["address"] = _lazy["address"]
        if "business_name" in _values:
            business_name = self.business_name
            if business_name is not UNSET:
                field_dict["business_name"] = business_name
        if "email" in _values:
            email = self.email
            if email is not UNSET:
                field_dict["email"] = email
        if "first_name" in _values:
            first_name = self.first_name
            if first_name is not UNSET:
                field_dict["first_name"] = first_name
        if "last_name" in _values:
            last_name = self.last_name
            if last_name is not UNSET:
                field_dict["last_name"] = last_name
        if "phone" in _values:
            phone = dumped(self._dump_phone, self.phone, _lazy.get("phone"))
            if phone is not UNSET:
                field_dict["phone"] = phone
        elif "phone" in _lazy:
            field_dict["phone"] = _lazy["phone"]

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = src_dict if type(src_dict) is dict else source_dict(src_dict)
        _obj = cls.__new__(cls)
        _values = _obj.__dict__
        _values["_source"] = d
        _values["business_name"] = d.get("business_name", UNSET)
        _values["email"] = d.get("email", UNSET)
        _values["first_name"] = d.get("first_name", UNSET)
        _values["last_name"] = d.get("last_name", UNSET)

        return _obj

    @staticmethod
    def _dump_address(_value: Any) -> Any:
        address: dict[str, Any] | Unset = UNSET
        if not isinstance(_value, Unset):
            address = _value.to_dict()
        return address

    @staticmethod
    def _dump_phone(_value: Any) -> Any:
        phone: dict[str, Any] | Unset = UNSET
        if not isinstance(_value, Unset):
            phone = _value.to_dict()
        return phone

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
    _FIELD_KEYS,
    ("address", "address", "v1_address.V1Address", False, UNSET),
    ("phone", "phone", "v1_phone.V1Phone", False, UNSET),
)
