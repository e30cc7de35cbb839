from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, install_lazy_fields

if TYPE_CHECKING:
    from ..models.discount import Discount
    from ..models.money import Money


T = TypeVar("T", bound="AggregatedDiscount")


@_attrs_define(slots=False)
class AggregatedDiscount:
    """The invoice-level discount and the sum of item discounts."""

    invoice_discount: Discount | Unset = UNSET
    """ A discount, as a percent or as an amount. """
    item_discount: Money | Unset = UNSET
    """ An amount in a currency. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        invoice_discount: dict[str, Any] | Unset = UNSET
        if not isinstance(self.invoice_discount, Unset):
            invoice_discount = self.invoice_discount.to_dict()

        item_discount: dict[str, Any] | Unset = UNSET
        if not isinstance(self.item_discount, Unset):
            item_discount = self.item_discount.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if invoice_discount is not UNSET:
            field_dict["invoice_discount"] = invoice_discount
        if item_discount is not UNSET:
            field_dict["item_discount"] = item_discount

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        lazy: dict[str, Any] = {}
        if "invoice_discount" in d:
            lazy["invoice_discount"] = d.pop("invoice_discount")

        if "item_discount" in d:
            lazy["item_discount"] = d.pop("item_discount")

        _obj = cls.__new__(cls)
        _obj.__dict__.update(
            _lazy_fields=lazy,
        )
        if "invoice_discount" not in lazy:
            _obj.__dict__["invoice_discount"] = UNSET
        if "item_discount" not in lazy:
            _obj.__dict__["item_discount"] = UNSET

        _obj.additional_properties = d
        return _obj

    @staticmethod
    def _load_invoice_discount(source: Any) -> Discount | Unset:
        from ..models.discount import Discount

        _invoice_discount = source
        invoice_discount: Discount | Unset
        if isinstance(_invoice_discount, Unset):
            invoice_discount = UNSET
        else:
            invoice_discount = Discount.from_dict(_invoice_discount)

        return invoice_discount

    @staticmethod
    def _load_item_discount(source: Any) -> Money | Unset:
        from ..models.money import Money

        _item_discount = source
        item_discount: Money | Unset
        if isinstance(_item_discount, Unset):
            item_discount = UNSET
        else:
            item_discount = Money.from_dict(_item_discount)

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
    "invoice_discount",
    "item_discount",
)
