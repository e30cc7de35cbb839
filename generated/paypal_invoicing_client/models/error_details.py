from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.link_description import LinkDescription


T = TypeVar("T", bound="ErrorDetails")


@_attrs_define
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
        from ..models.link_description import LinkDescription

        d = dict(src_dict)
        issue = d.pop("issue")

        description = d.pop("description", UNSET)

        field = d.pop("field", UNSET)

        _links = d.pop("links", UNSET)
        links: list[LinkDescription] | Unset = UNSET
        if _links is not UNSET:
            links = []
            for links_item_data in _links:
                links_item = LinkDescription.from_dict(links_item_data)

                links.append(links_item)

        location = d.pop("location", UNSET)

        value = d.pop("value", UNSET)

        error_details = cls(
            issue=issue,
            description=description,
            field=field,
            links=links,
            location=location,
            value=value,
        )

        error_details.additional_properties = d
        return error_details

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
