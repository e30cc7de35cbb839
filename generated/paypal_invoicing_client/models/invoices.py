from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import dumped, install_lazy_fields, source_dict
from ..types import UNSET, Unset, model_repr

if TYPE_CHECKING:
    from ..models.invoice import Invoice
    from ..models.link_description import LinkDescription


T = TypeVar("T", bound="Invoices")

_FIELD_KEYS = frozenset(
    {
        "items",
        "links",
        "total_items",
        "total_pages",
    }
)


@_attrs_define(slots=False)
class Invoices:
    """A page of invoices."""

    items: list[Invoice] | Unset = UNSET
    links: list[LinkDescription] | Unset = UNSET
    total_items: int | Unset = UNSET
    """ Present when `total_required=true`. """
    total_pages: int | Unset = UNSET
    """ Present when `total_required=true`; may change while paging. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(
            self,
            (
                "items",
                "links",
                "total_items",
                "total_pages",
            ),
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Invoices) or type(other) is not type(self):
            return NotImplemented
        return self.to_dict() == other.to_dict()

    def to_dict(self) -> dict[str, Any]:
        _values = self.__dict__
        _lazy: Mapping[str, Any] = _values.get("_source") or {}
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if "items" in _values:
            items = dumped(self._dump_items, self.items, _lazy.get("items"))
            if items is not UNSET:
                field_dict["items"] = items
        elif "items" in _lazy:
            field_dict["items"] = _lazy["items"]
        if "links" in _values:
            links = dumped(self._dump_links, self.links, _lazy.get("links"))
            if links is not UNSET:
                field_dict["links"] = links
        elif "links" in _lazy:
            field_dict["links"] = _lazy["links"]
        if "total_items" in _values:
            total_items = self.total_items
            if total_items is not UNSET:
                field_dict["total_items"] = total_items
        if "total_pages" in _values:
            total_pages = self.total_pages
            if total_pages is not UNSET:
                field_dict["total_pages"] = total_pages

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = src_dict if type(src_dict) is dict else source_dict(src_dict)
        _obj = cls.__new__(cls)
        _values = _obj.__dict__
        _values["_source"] = d
        _values["total_items"] = d.get("total_items", UNSET)
        _values["total_pages"] = d.get("total_pages", UNSET)

        return _obj

    @staticmethod
    def _dump_items(_value: Any) -> Any:
        items: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(_value, Unset):
            items = []
            for items_item_data in _value:
                items_item = items_item_data.to_dict()
                items.append(items_item)

        return items

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
    Invoices,
    _FIELD_KEYS,
    ("items", "items", "invoice.Invoice", True, UNSET),
    ("links", "links", "link_description.LinkDescription", True, UNSET),
)
