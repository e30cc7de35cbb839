from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import dumped, install_lazy_fields, source_dict
from ..types import UNSET, Unset, model_repr

if TYPE_CHECKING:
    from ..models.v1_currency import V1Currency
    from ..models.v1_tax import V1Tax


T = TypeVar("T", bound="V1ShippingCost")

_FIELD_KEYS = frozenset(
    {
        "amount",
        "tax",
    }
)


@_attrs_define(slots=False)
class V1ShippingCost:
    """The shipping cost, as a percent or amount value."""

    amount: V1Currency | Unset = UNSET
    """ The currency and amount for a financial transaction, such as a balance or payment due. """
    tax: V1Tax | Unset = UNSET
    """ The tax information. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(
            self,
            (
                "amount",
                "tax",
            ),
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, V1ShippingCost) or type(other) is not type(self):
            return NotImplemented
        return self.to_dict() == other.to_dict()

    def to_dict(self) -> dict[str, Any]:
        _values = self.__dict__
        _lazy: Mapping[str, Any] = _values.get("_source") or {}
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if "amount" in _values:
            amount = dumped(self._dump_amount, self.amount, _lazy.get("amount"))
            if amount is not UNSET:
                field_dict["amount"] = amount
        elif "amount" in _lazy:
            field_dict["amount"] = _lazy["amount"]
        if "tax" in _values:
            tax = dumped(self._dump_tax, self.tax, _lazy.get("tax"))
            if tax is not UNSET:
                field_dict["tax"] = tax
        elif "tax" in _lazy:
            field_dict["tax"] = _lazy["tax"]

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = src_dict if type(src_dict) is dict else source_dict(src_dict)
        _obj = cls.__new__(cls)
        _values = _obj.__dict__
        _values["_source"] = d

        return _obj

    @staticmethod
    def _dump_amount(_value: Any) -> Any:
        amount: dict[str, Any] | Unset = UNSET
        if not isinstance(_value, Unset):
            amount = _value.to_dict()
        return amount

    @staticmethod
    def _dump_tax(_value: Any) -> Any:
        tax: dict[str, Any] | Unset = UNSET
        if not isinstance(_value, Unset):
            tax = _value.to_dict()
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
    V1ShippingCost,
    _FIELD_KEYS,
    ("amount", "amount", "v1_currency.V1Currency", False, UNSET),
    ("tax", "tax", "v1_tax.V1Tax", False, UNSET),
)
