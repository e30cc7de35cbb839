from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import dumped, install_lazy_fields, source_dict
from ..types import UNSET, Unset, model_repr

if TYPE_CHECKING:
    from ..models.v1_invoice import V1Invoice
    from ..models.v1_link_description import V1LinkDescription


T = TypeVar("T", bound="V1Invoices")

_FIELD_KEYS = frozenset(
    {
        "invoices",
        "links",
        "total_count",
    }
)


@_attrs_define(slots=False)
class V1Invoices:
    """A list of merchant invoices. Can include the total invoices count and HATEOAS links for navigation."""

    invoices: list[V1Invoice] | Unset = UNSET
    """ An array of invoice-level details.
    > **Note:** This array does not return item details for the invoice. """
    links: list[V1LinkDescription] | Unset = UNSET
    """ An array of request-related [HATEOAS links](https://developer.paypal.com/docs/api/reference/api-
    responses/#hateoas-links). """
    total_count: int | Unset = UNSET
    """ The total number of invoices that match the search criteria. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(
            self,
            (
                "invoices",
                "links",
                "total_count",
            ),
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, V1Invoices) or type(other) is not type(self):
            return NotImplemented
        return self.to_dict() == other.to_dict()

    def to_dict(self) -> dict[str, Any]:
        _values = self.__dict__
        _lazy: Mapping[str, Any] = _values.get("_source") or {}
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if "invoices" in _values:
            invoices = dumped(self._dump_invoices, self.invoices, _lazy.get("invoices"))
            if invoices is not UNSET:
                field_dict["invoices"] = invoices
        elif "invoices" in _lazy:
            field_dict["invoices"] = _lazy["invoices"]
        if "links" in _values:
            links = dumped(self._dump_links, self.links, _lazy.get("links"))
            if links is not UNSET:
                field_dict["links"] = links
        elif "links" in _lazy:
            field_dict["links"] = _lazy["links"]
        if "total_count" in _values:
            total_count = self.total_count
            if total_count is not UNSET:
                field_dict["total_count"] = total_count

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = src_dict if type(src_dict) is dict else source_dict(src_dict)
        _obj = cls.__new__(cls)
        _values = _obj.__dict__
        _values["_source"] = d
        _values["total_count"] = d.get("total_count", UNSET)

        return _obj

    @staticmethod
    def _dump_invoices(_value: Any) -> Any:
        invoices: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(_value, Unset):
            invoices = []
            for invoices_item_data in _value:
                invoices_item = invoices_item_data.to_dict()
                invoices.append(invoices_item)

        return invoices

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
    V1Invoices,
    _FIELD_KEYS,
    ("invoices", "invoices", "v1_invoice.V1Invoice", True, UNSET),
    ("links", "links", "v1_link_description.V1LinkDescription", True, UNSET),
)
