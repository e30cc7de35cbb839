from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import dumped
from ..types import UNSET, Unset, install_lazy_fields, model_repr

if TYPE_CHECKING:
    from ..models.v1_invoice import V1Invoice
    from ..models.v1_link_description import V1LinkDescription


T = TypeVar("T", bound="V1Invoices")


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
        _lazy: dict[str, Any] = _values.get("_lazy_fields") or {}
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if "invoices" in _values:
            invoices = dumped(self._dump_invoices, self.invoices)
            if invoices is not UNSET:
                field_dict["invoices"] = invoices
        elif "invoices" in _lazy:
            field_dict["invoices"] = _lazy["invoices"]
        if "links" in _values:
            links = dumped(self._dump_links, self.links)
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
        d = dict(src_dict)
        _obj = cls.__new__(cls)
        _values = _obj.__dict__
        lazy: dict[str, Any] = {}
        _values["_lazy_fields"] = lazy
        if "invoices" in d:
            lazy["invoices"] = d.pop("invoices")
        else:
            _values["invoices"] = UNSET
        if "links" in d:
            lazy["links"] = d.pop("links")
        else:
            _values["links"] = UNSET
        _values["total_count"] = d.pop("total_count", UNSET)

        _obj.additional_properties = d
        return _obj

    @staticmethod
    def _load_invoices(source: Any) -> list[V1Invoice] | Unset:
        from ..models.v1_invoice import V1Invoice

        _invoices = source
        invoices: list[V1Invoice] | Unset = UNSET
        if _invoices is not UNSET:
            invoices = []
            for invoices_item_data in _invoices:
                invoices_item = V1Invoice.from_dict(invoices_item_data)

                invoices.append(invoices_item)

        return invoices

    @staticmethod
    def _load_links(source: Any) -> list[V1LinkDescription] | Unset:
        from ..models.v1_link_description import V1LinkDescription

        _links = source
        links: list[V1LinkDescription] | Unset = UNSET
        if _links is not UNSET:
            links = []
            for links_item_data in _links:
                links_item = V1LinkDescription.from_dict(links_item_data)

                links.append(links_item)

        return links

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
    "invoices",
    "links",
)
