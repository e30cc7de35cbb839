from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import dumped, install_lazy_fields, source_dict
from ..types import UNSET, Unset, model_repr

if TYPE_CHECKING:
    from ..models.money import Money
    from ..models.payment_detail import PaymentDetail


T = TypeVar("T", bound="Payments")

_FIELD_KEYS = frozenset(
    {
        "paid_amount",
        "transactions",
    }
)


@_attrs_define(slots=False)
class Payments:
    """The payments made on an invoice."""

    paid_amount: Money | Unset = UNSET
    """ An amount in a currency. """
    transactions: list[PaymentDetail] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(
            self,
            (
                "paid_amount",
                "transactions",
            ),
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Payments) or type(other) is not type(self):
            return NotImplemented
        return self.to_dict() == other.to_dict()

    def to_dict(self) -> dict[str, Any]:
        _values = self.__dict__
        _lazy: Mapping[str, Any] = _values.get("_source") or {}
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if "paid_amount" in _values:
            paid_amount = dumped(
                self._dump_paid_amount, self.paid_amount, _lazy.get("paid_amount")
            )
            if paid_amount is not UNSET:
                field_dict["paid_amount"] = paid_amount
        elif "paid_amount" in _lazy:
            field_dict["paid_amount"] = _lazy["paid_amount"]
        if "transactions" in _values:
            transactions = dumped(
                self._dump_transactions, self.transactions, _lazy.get("transactions")
            )
            if transactions is not UNSET:
                field_dict["transactions"] = transactions
        elif "transactions" in _lazy:
            field_dict["transactions"] = _lazy["transactions"]

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = src_dict if type(src_dict) is dict else source_dict(src_dict)
        _obj = cls.__new__(cls)
        _values = _obj.__dict__
        _values["_source"] = d

        return _obj

    @staticmethod
    def _dump_paid_amount(_value: Any) -> Any:
        paid_amount: dict[str, Any] | Unset = UNSET
        if not isinstance(_value, Unset):
            paid_amount = _value.to_dict()
        return paid_amount

    @staticmethod
    def _dump_transactions(_value: Any) -> Any:
        transactions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(_value, Unset):
            transactions = []
            for transactions_item_data in _value:
                transactions_item = transactions_item_data.to_dict()
                transactions.append(transactions_item)

        return transactions

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
    Payments,
    _FIELD_KEYS,
    ("paid_amount", "paid_amount", "money.Money", False, UNSET),
    ("transactions", "transactions", "payment_detail.PaymentDetail", True, UNSET),
)
