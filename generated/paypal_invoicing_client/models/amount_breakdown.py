from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import dumped, install_lazy_fields, source_dict
from ..types import UNSET, Unset, model_repr

if TYPE_CHECKING:
    from ..models.aggregated_discount import AggregatedDiscount
    from ..models.custom_amount import CustomAmount
    from ..models.money import Money
    from ..models.shipping_cost import ShippingCost


T = TypeVar("T", bound="AmountBreakdown")

_FIELD_KEYS = frozenset(
    {
        "custom",
        "discount",
        "item_total",
        "shipping",
        "tax_total",
    }
)


@_attrs_define(slots=False)
class AmountBreakdown:
    """How the invoice total is made up."""

    custom: CustomAmount | Unset = UNSET
    """ A labelled custom charge or credit. """
    discount: AggregatedDiscount | Unset = UNSET
    """ The invoice-level discount and the sum of item discounts. """
    item_total: Money | Unset = UNSET
    """ An amount in a currency. """
    shipping: ShippingCost | Unset = UNSET
    """ Shipping charge and its tax. """
    tax_total: Money | Unset = UNSET
    """ An amount in a currency. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(
            self,
            (
                "custom",
                "discount",
                "item_total",
                "shipping",
                "tax_total",
            ),
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, AmountBreakdown) or type(other) is not type(self):
            return NotImplemented
        return self.to_dict() == other.to_dict()

    def to_dict(self) -> dict[str, Any]:
        _values = self.__dict__
        _lazy: Mapping[str, Any] = _values.get("_source") or {}
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if "custom" in _values:
            custom = dumped(self._dump_custom, self.custom, _lazy.get("custom"))
            if custom is not UNSET:
                field_dict["custom"] = custom
        elif "custom" in _lazy:
            field_dict["custom"] = _lazy["custom"]
        if "discount" in _values:
            discount = dumped(self._dump_discount, self.discount, _lazy.get("discount"))
            if discount is not UNSET:
                field_dict["discount"] = discount
        elif "discount" in _lazy:
            field_dict["discount"] = _lazy["discount"]
        if "item_total" in _values:
            item_total = dumped(
                self._dump_item_total, self.item_total, _lazy.get("item_total")
            )
            if item_total is not UNSET:
                field_dict["item_total"] = item_total
        elif "item_total" in _lazy:
            field_dict["item_total"] = _lazy["item_total"]
        if "shipping" in _values:
            shipping = dumped(self._dump_shipping, self.shipping, _lazy.get("shipping"))
            if shipping is not UNSET:
                field_dict["shipping"] = shipping
        elif "shipping" in _lazy:
            field_dict["shipping"] = _lazy["shipping"]
        if "tax_total" in _values:
            tax_total = dumped(
                self._dump_tax_total, self.tax_total, _lazy.get("tax_total")
            )
            if tax_total is not UNSET:
                field_dict["tax_total"] = tax_total
        elif "tax_total" in _lazy:
            field_dict["tax_total"] = _lazy["tax_total"]

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = src_dict if type(src_dict) is dict else source_dict(src_dict)
        _obj = cls.__new__(cls)
        _values = _obj.__dict__
        _values["_source"] = d

        return _obj

    @staticmethod
    def _dump_custom(_value: Any) -> Any:
        custom: dict[str, Any] | Unset = UNSET
        if not isinstance(_value, Unset):
            custom = _value.to_dict()
        return custom

    @staticmethod
    def _dump_discount(_value: Any) -> Any:
        discount: dict[str, Any] | Unset = UNSET
        if not isinstance(_value, Unset):
            discount = _value.to_dict()
        return discount

    @staticmethod
    def _dump_item_total(_value: Any) -> Any:
        item_total: dict[str, Any] | Unset = UNSET
        if not isinstance(_value, Unset):
            item_total = _value.to_dict()
        return item_total

    @staticmethod
    def _dump_shipping(_value: Any) -> Any:
        shipping: dict[str, Any] | Unset = UNSET
        if not isinstance(_value, Unset):
            shipping = _value.to_dict()
        return shipping

    @staticmethod
    def _dump_tax_total(_value: Any) -> Any:
        tax_total: dict[str, Any] | Unset = UNSET
        if not isinstance(_value, Unset):
            tax_total = _value.to_dict()
        return tax_total

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
    AmountBreakdown,
    _FIELD_KEYS,
    ("custom", "custom", "custom_amount.CustomAmount", False, UNSET),
    ("discount", "discount", "aggregated_discount.AggregatedDiscount", False, UNSET),
    ("item_total", "item_total", "money.Money", False, UNSET),
    ("shipping", "shipping", "shipping_cost.ShippingCost", False, UNSET),
    ("tax_total", "tax_total", "money.Money", False, UNSET),
)
