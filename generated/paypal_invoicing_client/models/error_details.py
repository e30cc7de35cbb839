from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import dumped, install_lazy_fields, source_dict
from ..types import UNSET, Unset, missing_field, model_repr

if TYPE_CHECKING:
    from ..models.link_description import LinkDescription


T = TypeVar("T", bound="ErrorDetails")

_FIELD_KEYS = frozenset(
    {
        "issue",
        "description",
        "field",
        "links",
        "location",
        "value",
    }
)

_REQUIRED_FIELDS = {
    "issue": "issue",
}


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

    if not TYPE_CHECKING:

        def __getattr__(self, name: str) -> Any:
            raise missing_field(self, name, _REQUIRED_FIELDS)

    def __repr__(self) -> str:
        return model_repr(
            self,
            (
                "issue",
                "description",
                "field",
                "links",
                "location",
                "value",
            ),
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, ErrorDetails) or type(other) is not type(self):
            return NotImplemented
        return self.to_dict() == other.to_dict()

    def to_dict(self) -> dict[str, Any]:
        _values = self.__dict__
        _lazy: Mapping[str, Any] = _values.get("_source") or {}
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if "issue" in _values:
            issue = self.issue
            field_dict["issue"] = issue
        if "description" in _values:
            description = self.description
            if description is not UNSET:
                field_dict["description"] = description
        if "field" in _values:
            field = self.field
            if field is not UNSET:
                field_dict["field"] = field
        if "links" in _values:
            links = dumped(self._dump_links, self.links, _lazy.get("links"))
            if links is not UNSET:
                field_dict["links"] = links
        elif "links" in _lazy:
            field_dict["links"] = _lazy["links"]
        if "location" in _values:
            location = self.location
            if location is not UNSET:
                field_dict["location"] = location
        if "value" in _values:
            value = self.value
            if value is not UNSET:
                field_dict["value"] = value

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = src_dict if type(src_dict) is dict else source_dict(src_dict)
        _obj = cls.__new__(cls)
        _values = _obj.__dict__
        _values["_source"] = d
        if "issue" in d:
            _values["issue"] = d["issue"]
        _values["description"] = d.get("description", UNSET)
        _values["field"] = d.get("field", UNSET)
        _values["location"] = d.get("location", UNSET)
        _values["value"] = d.get("value", UNSET)

        return _obj

    @staticmethod
    def _dump_links(_value: Any) -> Any:
        links: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(_value, Unset):
            links = []
            for links_item_data in _value:
                links_item = links_item_data.to_dict()
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
    _FIELD_KEYS,
    ("links", "links", "link_description.LinkDescription", True, UNSET),
)
