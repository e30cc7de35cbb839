from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import (
    dumped,
    install_lazy_fields,
    loaded,
    source_dict,
)
from ..types import UNSET, Unset, model_repr

if TYPE_CHECKING:
    from ..models.address import Address
    from ..models.link_description import LinkDescription
    from ..models.phone_detail import PhoneDetail
    from ..models.template import Template


T = TypeVar("T", bound="Templates")

_FIELD_KEYS = frozenset(
    {
        "addresses",
        "emails",
        "links",
        "phones",
        "templates",
    }
)


@_attrs_define(slots=False)
class Templates:
    """The merchant's templates and the contact data they can use."""

    addresses: list[Address] | Unset = UNSET
    emails: list[str] | str | Unset = UNSET
    """ The merchant's email addresses. PayPal declares a single address (and its example shows one string); lists
    are sent too: both load. """
    links: list[LinkDescription] | Unset = UNSET
    phones: list[PhoneDetail] | Unset = UNSET
    templates: list[Template] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(
            self,
            (
                "addresses",
                "emails",
                "links",
                "phones",
                "templates",
            ),
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Templates) or type(other) is not type(self):
            return NotImplemented
        return self.to_dict() == other.to_dict()

    def to_dict(self) -> dict[str, Any]:
        _values = self.__dict__
        _lazy: Mapping[str, Any] = _values.get("_source") or {}
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if "addresses" in _values:
            addresses = dumped(
                self._dump_addresses, self.addresses, _lazy.get("addresses")
            )
            if addresses is not UNSET:
                field_dict["addresses"] = addresses
        elif "addresses" in _lazy:
            field_dict["addresses"] = _lazy["addresses"]
        if "emails" in _values:
            emails = dumped(self._dump_emails, self.emails)
            if emails is not UNSET:
                field_dict["emails"] = emails
        if "links" in _values:
            links = dumped(self._dump_links, self.links, _lazy.get("links"))
            if links is not UNSET:
                field_dict["links"] = links
        elif "links" in _lazy:
            field_dict["links"] = _lazy["links"]
        if "phones" in _values:
            phones = dumped(self._dump_phones, self.phones, _lazy.get("phones"))
            if phones is not UNSET:
                field_dict["phones"] = phones
        elif "phones" in _lazy:
            field_dict["phones"] = _lazy["phones"]
        if "templates" in _values:
            templates = dumped(
                self._dump_templates, self.templates, _lazy.get("templates")
            )
            if templates is not UNSET:
                field_dict["templates"] = templates
        elif "templates" in _lazy:
            field_dict["templates"] = _lazy["templates"]

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = src_dict if type(src_dict) is dict else source_dict(src_dict)
        _obj = cls.__new__(cls)
        _values = _obj.__dict__
        _values["_source"] = d
        if "emails" in d:
            _values["emails"] = loaded(cls._load_emails, d["emails"])
        else:
            _values["emails"] = UNSET

        return _obj

    @staticmethod
    def _load_emails(source: Any) -> list[str] | str | Unset:
        def _parse_emails(data: object) -> list[str] | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                emails_type_1 = cast(list[str], data)

                return emails_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | str | Unset, data)

        emails = _parse_emails(source)

        return emails

    @staticmethod
    def _dump_addresses(_value: Any) -> Any:
        addresses: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(_value, Unset):
            addresses = []
            for addresses_item_data in _value:
                addresses_item = addresses_item_data.to_dict()
                addresses.append(addresses_item)

        return addresses

    @staticmethod
    def _dump_emails(_value: Any) -> Any:
        emails: list[str] | str | Unset
        if isinstance(_value, Unset):
            emails = UNSET
        elif isinstance(_value, list):
            emails = _value

        else:
            emails = _value
        return emails

    @staticmethod
    def _dump_links(_value: Any) -> Any:
        links: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(_value, Unset):
            links = []
            for links_item_data in _value:
                links_item = links_item_data.to_dict()
                links.append(links_item)

        return links

    @staticmethod
    def _dump_phones(_value: Any) -> Any:
        phones: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(_value, Unset):
            phones = []
            for phones_item_data in _value:
                phones_item = phones_item_data.to_dict()
                phones.append(phones_item)

        return phones

    @staticmethod
    def _dump_templates(_value: Any) -> Any:
        templates: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(_value, Unset):
            templates = []
            for templates_item_data in _value:
                templates_item = templates_item_data.to_dict()
                templates.append(templates_item)

        return templates

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
    Templates,
    _FIELD_KEYS,
    ("addresses", "addresses", "address.Address", True, UNSET),
    ("links", "links", "link_description.LinkDescription", True, UNSET),
    ("phones", "phones", "phone_detail.PhoneDetail", True, UNSET),
    ("templates", "templates", "template.Template", True, UNSET),
)
