from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, install_lazy_fields

if TYPE_CHECKING:
    from ..models.link_description import LinkDescription


T = TypeVar("T", bound="ErrorDetails")


@_attrs_define(slots=False)
class ErrorDetails:
    """One problem behind an error."""

    issue: str
    """ A stable code, for example `INVOICE_NOT_FOUND`. """
    description: str | Unset = UNSET
    """ Human-readable text; may change, do not match on it. """
    field: str | Unset = UNSET
    """ JSON pointer to the field at fault. """
    links: list[LinkDescription] | Unset = UNSET
    location: str | Unset = "body"
    """ Where the field is (`body`, `path` or `query`). """
    value: str | Unset = UNSET
    """ The value at fault. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        issue = self.issue

        description = self.description

        field = self.field

        links: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.links, Unset):
            links = []
            for links_item_data in self.links:
                links_item = links_item_data.to_dict()
                links.append(links_item)

        location = self.location

        value = self.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "issue": issue,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if field is not UNSET:
            field_dict["field"] = field
        if links is not UNSET:
            field_dict["links"] = links
        if location is not UNSET:
            field_dict["location"] = location
        if value is not UNSET:
            field_dict["value"] = value

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        lazy: dict[str, Any] = {}
        issue = d.pop("issue")

        description = d.pop("description", UNSET)

        field = d.pop("field", UNSET)

        if "links" in d:
            lazy["links"] = d.pop("links")

        location = d.pop("location", UNSET)

        value = d.pop("value", UNSET)

        _obj = cls.__new__(cls)
        _obj.__dict__.update(
            issue=issue,
            description=description,
            field=field,
            location=location,
            value=value,
            _lazy_fields=lazy,
        )
        if "links" not in lazy:
            _obj.__dict__["links"] = UNSET

        _obj.additional_properties = d
        return _obj

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
    ErrorDetails,
    "links",
)
