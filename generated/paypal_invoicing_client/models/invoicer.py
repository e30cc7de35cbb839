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


T = TypeVar("T", bound="Invoicer")

_FIELD_KEYS = frozenset(
    {
        "additional_notes",
        "address",
        "business_name",
        "email_address",
        "logo_url",
        "name",
        "phones",
        "tax_id",
        "website",
    }
)


@_attrs_define(slots=False)
class Invoicer:
    """The merchant who issues the invoice."""

    additional_notes: str | Unset = UNSET
    address: Address | Unset = UNSET
    """ A postal address. """
    business_name: str | Unset = UNSET
    email_address: str | Unset = UNSET
    """ An email address. """
    logo_url: str | Unset = UNSET
    """ URL of the logo shown on the invoice. """
    name: Name | Unset = UNSET
    """ A person's name. """
    phones: list[PhoneDetail] | Unset = UNSET
    tax_id: str | Unset = UNSET
    website: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(
            self,
            (
                "additional_notes",
                "address",
                "business_name",
                "email_address",
                "logo_url",
                "name",
                "phones",
                "tax_id",
                "website",
            ),
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Invoicer) or type(other) is not type(self):
            return NotImplemented
        return self.to_dict() == other.to_dict()

    def to_dict(self) -> dict[str, Any]:
        _values = self.__dict__
        _lazy: Mapping[str, Any] = _values.get("_source") or {}
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if "additional_notes" in _values:
            additional_notes = self.additional_notes
            if additional_notes is not UNSET:
                field_dict["additional_notes"] = additional_notes
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
        if "logo_url" in _values:
            logo_url = self.logo_url
            if logo_url is not UNSET:
                field_dict["logo_url"] = logo_url
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
        if "tax_id" in _values:
            tax_id = self.tax_id
            if tax_id is not UNSET:
                field_dict["tax_id"] = tax_id
        if "website" in _values:
            website = self.website
            if website is not UNSET:
                field_dict["website"] = website

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = src_dict if type(src_dict) is dict else source_dict(src_dict)
        _obj = cls.__new__(cls)
        _values = _obj.__dict__
        _values["_source"] = d
        _values["additional_notes"] = d.get("additional_notes", UNSET)
        _values["business_name"] = d.get("business_name", UNSET)
        _values["email_address"] = d.get("email_address", UNSET)
        _values["logo_url"] = d.get("logo_url", UNSET)
        _values["tax_id"] = d.get("tax_id", UNSET)
        _values["website"] = d.get("website", UNSET)

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
    Invoicer,
    _FIELD_KEYS,
    ("address", "address", "address.Address", False, UNSET),
    ("name", "name", "name.Name", False, UNSET),
    ("phones", "phones", "phone_detail.PhoneDetail", True, UNSET),
)
