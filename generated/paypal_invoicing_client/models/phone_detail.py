from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import (
    dumped,
    enum_value,
    install_lazy_fields,
    source_dict,
)
from ..models.phone_detail_phone_type import PhoneDetailPhoneType
from ..types import UNSET, Unset, missing_field, model_repr

T = TypeVar("T", bound="PhoneDetail")

_FIELD_KEYS = frozenset(
    {
        "country_code",
        "national_number",
        "extension_number",
        "phone_type",
    }
)

_REQUIRED_FIELDS = {
    "country_code": "country_code",
    "national_number": "national_number",
}


@_attrs_define(slots=False)
class PhoneDetail:
    """A phone number with its type."""

    country_code: str
    """ Country calling code, 1 to 3 digits. """
    national_number: str
    extension_number: str | Unset = UNSET
    phone_type: PhoneDetailPhoneType | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    if not TYPE_CHECKING:

        def __getattr__(self, name: str) -> Any:
            raise missing_field(self, name, _REQUIRED_FIELDS)

    def __repr__(self) -> str:
        return model_repr(
            self,
            (
                "country_code",
                "national_number",
                "extension_number",
                "phone_type",
            ),
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, PhoneDetail) or type(other) is not type(self):
            return NotImplemented
        return self.to_dict() == other.to_dict()

    def to_dict(self) -> dict[str, Any]:
        _values = self.__dict__
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if "country_code" in _values:
            country_code = self.country_code
            field_dict["country_code"] = country_code
        if "national_number" in _values:
            national_number = self.national_number
            field_dict["national_number"] = national_number
        if "extension_number" in _values:
            extension_number = self.extension_number
            if extension_number is not UNSET:
                field_dict["extension_number"] = extension_number
        if "phone_type" in _values:
            phone_type = dumped(self._dump_phone_type, self.phone_type)
            if phone_type is not UNSET:
                field_dict["phone_type"] = phone_type

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = src_dict if type(src_dict) is dict else source_dict(src_dict)
        _obj = cls.__new__(cls)
        _values = _obj.__dict__
        _values["_source"] = d
        if "country_code" in d:
            _values["country_code"] = d["country_code"]
        if "national_number" in d:
            _values["national_number"] = d["national_number"]
        _values["extension_number"] = d.get("extension_number", UNSET)
        if "phone_type" in d:
            _values["phone_type"] = enum_value(PhoneDetailPhoneType, d["phone_type"])
        else:
            _values["phone_type"] = UNSET

        return _obj

    @staticmethod
    def _dump_phone_type(_value: Any) -> Any:
        phone_type: str | Unset = UNSET
        if not isinstance(_value, Unset):
            phone_type = _value.value

        return phone_type

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
    PhoneDetail,
    _FIELD_KEYS,
)
