from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import dumped, install_lazy_fields, source_dict
from ..types import UNSET, Unset, model_repr

if TYPE_CHECKING:
    from ..models.money import Money
    from ..models.refund_transaction import RefundTransaction


T = TypeVar("T", bound="Refunds")

_FIELD_KEYS = frozenset(
    {
        "refund_amount",
        "transactions",
    }
)


@_attrs_define(slots=False)
class Refunds:
    """The refunds made on an invoice."""

    refund_amount: Money | Unset = UNSET
    """ An amount in a currency. """
    transactions: list[RefundTransaction] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(
            self,
            (
                "refund_amount",
                "transactions",
            ),
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Refunds) or type(other) is not type(self):
            return NotImplemented
        return self.to_dict() == other.to_dict()

    def to_dict(self) -> dict[str, Any]:
        _values = self.__dict__
        _lazy: Mapping[str, Any] = _values.get("_source") or {}
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if "refund_amount" in _values:
            refund_amount = dumped(
                self._dump_refund_amount, self.refund_amount, _lazy.get("refund_amount")
            )
            if refund_amount is not UNSET:
                field_dict["refund_amount"] = refund_amount
        elif "refund_amount" in _lazy:
            field_dict["refund_amount"] = _lazy["refund_amount"]
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
    def _dump_refund_amount(_value: Any) -> Any:
        refund_amount: dict[str, Any] | Unset = UNSET
        if not isinstance(_value, Unset):
            refund_amount = _value.to_dict()
        return refund_amount

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
    Refunds,
    _FIELD_KEYS,
    ("refund_amount", "refund_amount", "money.Money", False, UNSET),
    (
        "transactions",
        "transactions",
        "refund_transaction.RefundTransaction",
        True,
        UNSET,
    ),
)
