from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, install_lazy_fields

if TYPE_CHECKING:
    from ..models.money import Money
    from ..models.tax import Tax


T = TypeVar("T", bound="ShippingCost")


@_attrs_define(slots=False)
class ShippingCost:
    """Shipping charge and its tax."""

    amount: Money | Unset = UNSET
    """ An amount in a currency. """
    tax: Tax | Unset = UNSET
    """ A tax applied to an item or to shipping. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        amount: dict[str, Any] | Unset = UNSET
        if not isinstance(self.amount, Unset):
            amount = self.amount.to_dict()

        tax: dict[str, Any] | Unset = UNSET
        if not isinstance(self.tax, Unset):
            tax = self.tax.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if amount is not UNSET:
            field_dict["amount"] = amount
        if tax is not UNSET:
            field_dict["tax"] = tax

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        lazy: dict[str, Any] = {}
        if "amount" in d:
            lazy["amount"] = d.pop("amount")

        if "tax" in d:
            lazy["tax"] = d.pop("tax")

        _obj = cls.__new__(cls)
        _obj.__dict__.update(
            _lazy_fields=lazy,
        )
        if "amount" not in lazy:
            _obj.__dict__["amount"] = UNSET
        if "tax" not in lazy:
            _obj.__dict__["tax"] = UNSET

        _obj.additional_properties = d
        return _obj

    @staticmethod
    def _load_amount(source: Any) -> Money | Unset:
        from ..models.money import Money

        _amount = source
        amount: Money | Unset
        if isinstance(_amount, Unset):
            amount = UNSET
        else:
            amount = Money.from_dict(_amount)

        return amount

    @staticmethod
    def _load_tax(source: Any) -> Tax | Unset:
        from ..models.tax import Tax

        _tax = source
        tax: Tax | Unset
        if isinstance(_tax, Unset):
            tax = UNSET
        else:
            tax = Tax.from_dict(_tax)

        return tax

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
    ShippingCost,
    "amount",
    "tax",
)
