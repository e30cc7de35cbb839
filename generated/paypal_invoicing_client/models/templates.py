from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, install_lazy_fields

if TYPE_CHECKING:
    from ..models.address import Address
    from ..models.link_description import LinkDescription
    from ..models.phone_detail import PhoneDetail
    from ..models.template import Template


T = TypeVar("T", bound="Templates")


@_attrs_define(slots=False)
class Templates:
    """The merchant's templates and the contact data they can use."""

    addresses: list[Address] | Unset = UNSET
    emails: list[str] | Unset = UNSET
    links: list[LinkDescription] | Unset = UNSET
    phones: list[PhoneDetail] | Unset = UNSET
    templates: list[Template] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        addresses: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.addresses, Unset):
            addresses = []
            for addresses_item_data in self.addresses:
                addresses_item = addresses_item_data.to_dict()
                addresses.append(addresses_item)

        emails: list[str] | Unset = UNSET
        if not isinstance(self.emails, Unset):
            emails = self.emails

        links: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.links, Unset):
            links = []
            for links_item_data in self.links:
                links_item = links_item_data.to_dict()
                links.append(links_item)

        phones: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.phones, Unset):
            phones = []
            for phones_item_data in self.phones:
                phones_item = phones_item_data.to_dict()
                phones.append(phones_item)

        templates: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.templates, Unset):
            templates = []
            for templates_item_data in self.templates:
                templates_item = templates_item_data.to_dict()
                templates.append(templates_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if addresses is not UNSET:
            field_dict["addresses"] = addresses
        if emails is not UNSET:
            field_dict["emails"] = emails
        if links is not UNSET:
            field_dict["links"] = links
        if phones is not UNSET:
            field_dict["phones"] = phones
        if templates is not UNSET:
            field_dict["templates"] = templates

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        lazy: dict[str, Any] = {}
        if "addresses" in d:
            lazy["addresses"] = d.pop("addresses")

        emails = cast(list[str], d.pop("emails", UNSET))

        if "links" in d:
            lazy["links"] = d.pop("links")

        if "phones" in d:
            lazy["phones"] = d.pop("phones")

        if "templates" in d:
            lazy["templates"] = d.pop("templates")

        _obj = cls.__new__(cls)
        _obj.__dict__.update(
            emails=emails,
            _lazy_fields=lazy,
        )
        if "addresses" not in lazy:
            _obj.__dict__["addresses"] = UNSET
        if "links" not in lazy:
            _obj.__dict__["links"] = UNSET
        if "phones" not in lazy:
            _obj.__dict__["phones"] = UNSET
        if "templates" not in lazy:
            _obj.__dict__["templates"] = UNSET

        _obj.additional_properties = d
        return _obj

    @staticmethod
    def _load_addresses(source: Any) -> list[Address] | Unset:
        from ..models.address import Address

        _addresses = source
        addresses: list[Address] | Unset = UNSET
        if _addresses is not UNSET:
            addresses = []
            for addresses_item_data in _addresses:
                addresses_item = Address.from_dict(addresses_item_data)

                addresses.append(addresses_item)

        return addresses

    @staticmethod
    def _load_links(source: Any) -> list[LinkDescription] | Unset:
        from ..models.link_description import LinkDescription

        _links = source
        links: list[LinkDescription] | Unset = UNSET
        if _links is not UNSET:
            links = []
            for links_item_data in _links:
                links_item = LinkDescription.from_dict(links_item_data)

                links.append(links_item)

        return links

    @staticmethod
    def _load_phones(source: Any) -> list[PhoneDetail] | Unset:
        from ..models.phone_detail import PhoneDetail

        _phones = source
        phones: list[PhoneDetail] | Unset = UNSET
        if _phones is not UNSET:
            phones = []
            for phones_item_data in _phones:
                phones_item = PhoneDetail.from_dict(phones_item_data)

                phones.append(phones_item)

        return phones

    @staticmethod
    def _load_templates(source: Any) -> list[Template] | Unset:
        from ..models.template import Template

        _templates = source
        templates: list[Template] | Unset = UNSET
        if _templates is not UNSET:
            templates = []
            for templates_item_data in _templates:
                templates_item = Template.from_dict(templates_item_data)

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
    "addresses",
    "links",
    "phones",
    "templates",
)
