from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.v1_billing_info_language import V1BillingInfoLanguage
from ..types import UNSET, Unset, install_lazy_fields

if TYPE_CHECKING:
    from ..models.v1_address import V1Address
    from ..models.v1_phone import V1Phone


T = TypeVar("T", bound="V1BillingInfo")


@_attrs_define(slots=False)
class V1BillingInfo:
    additional_info: str | Unset = UNSET
    address: V1Address | Unset = UNSET
    business_name: str | Unset = UNSET
    email: str | Unset = UNSET
    first_name: str | Unset = UNSET
    language: V1BillingInfoLanguage | Unset = UNSET
    last_name: str | Unset = UNSET
    phone: V1Phone | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        additional_info = self.additional_info

        address: dict[str, Any] | Unset = UNSET
        if not isinstance(self.address, Unset):
            address = self.address.to_dict()

        business_name = self.business_name

        email = self.email

        first_name = self.first_name

        language: str | Unset = UNSET
        if not isinstance(self.language, Unset):
            language = self.language.value

        last_name = self.last_name

        phone: dict[str, Any] | Unset = UNSET
        if not isinstance(self.phone, Unset):
            phone = self.phone.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if additional_info is not UNSET:
            field_dict["additional_info"] = additional_info
        if address is not UNSET:
            field_dict["address"] = address
        if business_name is not UNSET:
            field_dict["business_name"] = business_name
        if email is not UNSET:
            field_dict["email"] = email
        if first_name is not UNSET:
            field_dict["first_name"] = first_name
        if language is not UNSET:
            field_dict["language"] = language
        if last_name is not UNSET:
            field_dict["last_name"] = last_name
        if phone is not UNSET:
            field_dict["phone"] = phone

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        lazy: dict[str, Any] = {}
        additional_info = d.pop("additional_info", UNSET)

        if "address" in d:
            lazy["address"] = d.pop("address")

        business_name = d.pop("business_name", UNSET)

        email = d.pop("email", UNSET)

        first_name = d.pop("first_name", UNSET)

        _language = d.pop("language", UNSET)
        language: V1BillingInfoLanguage | Unset
        if isinstance(_language, Unset):
            language = UNSET
        else:
            language = V1BillingInfoLanguage(_language)

        last_name = d.pop("last_name", UNSET)

        if "phone" in d:
            lazy["phone"] = d.pop("phone")

        _obj = cls.__new__(cls)
        _obj.__dict__.update(
            additional_info=additional_info,
            business_name=business_name,
            email=email,
            first_name=first_name,
            language=language,
            last_name=last_name,
            _lazy_fields=lazy,
        )
        if "address" not in lazy:
            _obj.__dict__["address"] = UNSET
        if "phone" not in lazy:
            _obj.__dict__["phone"] = UNSET

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

    @staticmethod
    def _load_phone(source: Any) -> V1Phone | Unset:
        from ..models.v1_phone import V1Phone

        _phone = source
        phone: V1Phone | Unset
        if isinstance(_phone, Unset):
            phone = UNSET
        else:
            phone = V1Phone.from_dict(_phone)

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
    V1BillingInfo,
    "address",
    "phone",
)
