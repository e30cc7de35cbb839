from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import dumped, install_lazy_fields, source_dict
from ..types import UNSET, Unset, model_repr

if TYPE_CHECKING:
    from ..models.v1_address import V1Address
    from ..models.v1_link_description import V1LinkDescription
    from ..models.v1_phone import V1Phone
    from ..models.v1_template import V1Template


T = TypeVar("T", bound="V1Templates")

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
class V1Templates:
    """A merchant-created template with associated details. The associated details include the emails, addresses, and phone
    numbers from the user's PayPal profile.

    """

    addresses: list[V1Address] | Unset = UNSET
    """ An array of postal addresses in the user's PayPal profile. """
    emails: list[str] | Unset = UNSET
    """ An array of email addresses in the user's PayPal profile. """
    links: list[V1LinkDescription] | Unset = UNSET
    """ An array of request-related [HATEOAS links](https://developer.paypal.com/docs/api/reference/api-
    responses/#hateoas-links). """
    phones: list[V1Phone] | Unset = UNSET
    """ An array of phone numbers in the user's PayPal profile. """
    templates: list[V1Template] | Unset = UNSET
    """ The details for each template. If `fields` is `none`, returns only the template name, ID, and default
    status. """
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
        if not isinstance(other, V1Templates) or type(other) is not type(self):
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
        _values["emails"] = d.get("emails", UNSET)

        return _obj

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
        emails: list[str] | Unset = UNSET
        if not isinstance(_value, Unset):
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
    V1Templates,
    _FIELD_KEYS,
    ("addresses", "addresses", "v1_address.V1Address", True, UNSET),
    ("links", "links", "v1_link_description.V1LinkDescription", True, UNSET),
    ("phones", "phones", "v1_phone.V1Phone", True, UNSET),
    ("templates", "templates", "v1_template.V1Template", True, UNSET),
)
