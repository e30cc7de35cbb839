from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.phone_detail_phone_type import PhoneDetailPhoneType
from ..types import UNSET, Unset

T = TypeVar("T", bound="PhoneDetail")


@_attrs_define(slots=False)
class PhoneDetail:
    """A phone number with its type."""

    country_code: str
    """ Country calling code, 1 to 3 digits. """
    national_number: str
    extension_number: str | Unset = UNSET
    phone_type: PhoneDetailPhoneType | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        country_code = self.country_code

        national_number = self.national_number

        extension_number = self.extension_number

        phone_type: str | Unset = UNSET
        if not isinstance(self.phone_type, Unset):
            phone_type = self.phone_type.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "country_code": country_code,
                "national_number": national_number,
            }
        )
        if extension_number is not UNSET:
            field_dict["extension_number"] = extension_number
        if phone_type is not UNSET:
            field_dict["phone_type"] = phone_type

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        country_code = d.pop("country_code")

        national_number = d.pop("national_number")

        extension_number = d.pop("extension_number", UNSET)

        _phone_type = d.pop("phone_type", UNSET)
        phone_type: PhoneDetailPhoneType | Unset
        if isinstance(_phone_type, Unset):
            phone_type = UNSET
        else:
            phone_type = PhoneDetailPhoneType(_phone_type)

        _obj = cls.__new__(cls)
        _obj.__dict__.update(
            country_code=country_code,
            national_number=national_number,
            extension_number=extension_number,
            phone_type=phone_type,
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
