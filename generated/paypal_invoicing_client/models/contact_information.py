from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import dumped, install_lazy_fields, source_dict
from ..types import UNSET, Unset, model_repr

if TYPE_CHECKING:
    from ..models.address import Address
    from ..models.name import Name


T = TypeVar("T", bound="ContactInformation")

_FIELD_KEYS = frozenset(
    {
        "address",
        "business_name",
        "name",
    }
)


@_attrs_define(slots=False)
class ContactInformation:
    """A contact's business name, name and address (used for shipping)."""

    address: Address | Unset = UNSET
    """ A postal address. """
    business_name: str | Unset = UNSET
    name: Name | Unset = UNSET
    """ A person's name. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(
            self,
            (
                "address",
                "business_name",
                "name",
            ),
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, ContactInformation) or type(other) is not type(self):
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
        if "name" in _values:
            name = dumped(self._dump_name, self.name, _lazy.get("name"))
            if name is not UNSET:
                field_dict["name"] = name
        elif "name" in _lazy:
            field_dict["name"] = _lazy["name"]

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = src_dict if type(src_dict) is dict else source_dict(src_dict)
        _obj = cls.__new__(cls)
        _values = _obj.__dict__
        _values["_source"] = d
        _values["business_name"] = d.get("business_name", UNSET)

        return _obj

    @staticmethod
    def _dump_address(_value: Any) -> Any:
        address: dict[str, Any] | Unset = UNSET
        if not isinstance(_value, Unset):
            address = _value.to_dict()
        return address

    @staticmethod
    def _dump_name(_value: Any) -> Any:
        name: dict[str, Any] | Unset = UNSET
        if not isinstance(_value, Unset):
            name = _value.to_dict()
        return name

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
    ContactInformation,
    _FIELD_KEYS,
    ("address", "address", "address.Address", False, UNSET),
    ("name", "name", "name.Name", False, UNSET),
)
