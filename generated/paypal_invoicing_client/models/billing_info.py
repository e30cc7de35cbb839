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
    from ..models.phone_detail import PhoneDetail


T = TypeVar("T", bound="BillingInfo")

_FIELD_KEYS = frozenset(
    {
        "additional_info",
        "address",
        "business_name",
        "email_address",
        "language",
        "name",
        "phones",
    }
)


@_attrs_define(slots=False)
class BillingInfo:
    """The billing details of an invoice recipient."""

    additional_info: str | Unset = UNSET
    """ Extra information about the recipient. """
    address: Address | Unset = UNSET
    """ A postal address. """
    business_name: str | Unset = UNSET
    email_address: str | Unset = UNSET
    """ An email address. """
    language: str | Unset = UNSET
    """ Language for the recipient's emails, a BCP 47 tag such as `en-US`. """
    name: Name | Unset = UNSET
    """ A person's name. """
    phones: list[PhoneDetail] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(
            self,
            (
                "additional_info",
                "address",
                "business_name",
                "email_address",
                "language",
                "name",
                "phones",
            ),
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, BillingInfo) or type(other) is not type(self):
            return NotImplemented
        return self.to_dict() == other.to_dict()

    def to_dict(self) -> dict[str, Any]:
        _values = self.__dict__
        _lazy: Mapping[str, Any] = _values.get("_source") or {}
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if "additional_info" in _values:
            additional_info = self.additional_info
            if additional_info is not UNSET:
                field_dict["additional_info"] = additional_info
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
        if "email_address" in _values:
            email_address = self.email_address
            if email_address is not UNSET:
                field_dict["email_address"] = email_address
        if "language" in _values:
            language = self.language
            if language is not UNSET:
                field_dict["language"] = language
        if "name" in _values:
            name = dumped(self._dump_name, self.name, _lazy.get("name"))
            if name is not UNSET:
                field_dict["name"] = name
        elif "name" in _lazy:
            field_dict["name"] = _lazy["name"]
        if "phones" in _values:
            phones = dumped(self._dump_phones, self.phones, _lazy.get("phones"))
            if phones is not UNSET:
                field_dict["phones"] = phones
        elif "phones" in _lazy:
            field_dict["phones"] = _lazy["phones"]

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = src_dict if type(src_dict) is dict else source_dict(src_dict)
        _obj = cls.__new__(cls)
        _values = _obj.__dict__
        _values["_source"] = d
        _values["additional_info"] = d.get("additional_info", UNSET)
        _values["business_name"] = d.get("business_name", UNSET)
        _values["email_address"] = d.get("email_address", UNSET)
        _values["language"] = d.get("language", UNSET)

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

    @staticmethod
    def _dump_phones(_value: Any) -> Any:
        phones: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(_value, Unset):
            phones = []
            for phones_item_data in _value:
                phones_item = phones_item_data.to_dict()
                phones.append(phones_item)

        return phones

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
    BillingInfo,
    _FIELD_KEYS,
    ("address", "address", "address.Address", False, UNSET),
    ("name", "name", "name.Name", False, UNSET),
    ("phones", "phones", "phone_detail.PhoneDetail", True, UNSET),
)
