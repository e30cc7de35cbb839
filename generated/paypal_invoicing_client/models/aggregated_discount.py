from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import dumped, install_lazy_fields, source_dict
from ..types import UNSET, Unset, model_repr

if TYPE_CHECKING:
    from ..models.discount import Discount
    from ..models.money import Money


T = TypeVar("T", bound="AggregatedDiscount")

_FIELD_KEYS = frozenset(
    {
        "invoice_discount",
        "item_discount",
    }
)


@_attrs_define(slots=False)
class AggregatedDiscount:
    """The invoice-level discount and the sum of item discounts."""

    invoice_discount: Discount | Unset = UNSET
    """ A discount, as a percent or as an amount. """
    item_discount: Money | Unset = UNSET
    """ An amount in a currency. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(
            self,
            (
                "invoice_discount",
                "item_discount",
            ),
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, AggregatedDiscount) or type(other) is not type(self):
            return NotImplemented
        return self.to_dict() == other.to_dict()

    def to_dict(self) -> dict[str, Any]:
        _values = self.__dict__
        _lazy: Mapping[str, Any] = _values.get("_source") or {}
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if "invoice_discount" in _values:
            invoice_discount = dumped(
                self._dump_invoice_discount,
                self.invoice_discount,
                _lazy.get("invoice_discount"),
            )
            if invoice_discount is not UNSET:
                field_dict["invoice_discount"] = invoice_discount
        elif "invoice_discount" in _lazy:
            field_dict["invoice_discount"] = _lazy["invoice_discount"]
        if "item_discount" in _values:
            item_discount = dumped(
                self._dump_item_discount, self.item_discount, _lazy.get("item_discount")
            )
            if item_discount is not UNSET:
                field_dict["item_discount"] = item_discount
        elif "item_discount" in _lazy:
            field_dict["item_discount"] = _lazy["item_discount"]

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = src_dict if type(src_dict) is dict else source_dict(src_dict)
        _obj = cls.__new__(cls)
        _values = _obj.__dict__
        _values["_source"] = d

        return _obj

    @staticmethod
    def _dump_invoice_discount(_value: Any) -> Any:
        invoice_discount: dict[str, Any] | Unset = UNSET
        if not isinstance(_value, Unset):
            invoice_discount = _value.to_dict()
        return invoice_discount

    @staticmethod
    def _dump_item_discount(_value: Any) -> Any:
        item_discount: dict[str, Any] | Unset = UNSET
        if not isinstance(_value, Unset):
            item_discount = _value.to_dict()
        return item_discount

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
    AggregatedDiscount,
    _FIELD_KEYS,
    ("invoice_discount", "invoice_discount", "discount.Discount", False, UNSET),
    ("item_discount", "item_discount", "money.Money", False, UNSET),
)
