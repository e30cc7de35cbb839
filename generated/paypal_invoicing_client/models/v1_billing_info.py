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
from ..models.v1_billing_info_language import V1BillingInfoLanguage
from ..types import UNSET, Unset, model_repr

if TYPE_CHECKING:
    from ..models.v1_address import V1Address
    from ..models.v1_phone import V1Phone


T = TypeVar("T", bound="V1BillingInfo")

_FIELD_KEYS = frozenset(
    {
        "additional_info",
        "address",
        "business_name",
        "email",
        "first_name",
        "language",
        "last_name",
        "phone",
    }
)


@_attrs_define(slots=False)
class V1BillingInfo:
    """The billing information for the invoice recipient."""

    additional_info: str | Unset = UNSET
    """ Any additional information about the recipient. """
    address: V1Address | Unset = UNSET
    """ The address, which is either a billing address or shipping address in a payment. """
    business_name: str | Unset = UNSET
    """ The invoice recipient's business name. """
    email: str | Unset = UNSET
    """ The invoice recipient email address. If you omit this value, the invoice is payable and a notification email
    is not sent. """
    first_name: str | Unset = UNSET
    """ The invoice recipient's first name. """
    language: V1BillingInfoLanguage | Unset = UNSET
    """ The language in which the invoice recipient's email appears. Used only when the recipient does not have a
    PayPal account.
    If you omit the language and the recipient does not have a PayPal account, the email is sent in the language of
    the merchant's PayPal account. """
    last_name: str | Unset = UNSET
    """ The invoice recipient's last name. """
    phone: V1Phone | Unset = UNSET
    """ The phone number. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(
            self,
            (
                "additional_info",
                "address",
                "business_name",
                "email",
                "first_name",
                "language",
                "last_name",
                "phone",
            ),
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, V1BillingInfo) or type(other) is not type(self):
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
        if "email" in _values:
            email = self.email
            if email is not UNSET:
                field_dict["email"] = email
        if "first_name" in _values:
            first_name = self.first_name
            if first_name is not UNSET:
                field_dict["first_name"] = first_name
        if "language" in _values:
            language = dumped(self._dump_language, self.language)
            if language is not UNSET:
                field_dict["language"] = language
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
        _values["additional_info"] = d.get("additional_info", UNSET)
        _values["business_name"] = d.get("business_name", UNSET)
        _values["email"] = d.get("email", UNSET)
        _values["first_name"] = d.get("first_name", UNSET)
        if "language" in d:
            _values["language"] = enum_value(V1BillingInfoLanguage, d["language"])
        else:
            _values["language"] = UNSET
        _values["last_name"] = d.get("last_name", UNSET)

        return _obj

    @staticmethod
    def _dump_address(_value: Any) -> Any:
        address: dict[str, Any] | Unset = UNSET
        if not isinstance(_value, Unset):
            address = _value.to_dict()
        return address

    @staticmethod
    def _dump_language(_value: Any) -> Any:
        language: str | Unset = UNSET
        if not isinstance(_value, Unset):
            language = _value.value

        return language

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
    V1BillingInfo,
    _FIELD_KEYS,
    ("address", "address", "v1_address.V1Address", False, UNSET),
    ("phone", "phone", "v1_phone.V1Phone", False, UNSET),
)
