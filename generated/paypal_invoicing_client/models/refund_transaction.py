from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import (
    dumped,
    enum_value,
    install_lazy_fields,
    source_dict,
)
from ..models.payment_method import PaymentMethod
from ..models.payment_type import PaymentType
from ..types import UNSET, Unset, model_repr

if TYPE_CHECKING:
    from ..models.money import Money


T = TypeVar("T", bound="RefundTransaction")

_FIELD_KEYS = frozenset(
    {
        "amount",
        "method",
        "recipient_transaction_id",
        "refund_date",
        "refund_id",
        "type",
    }
)


@_attrs_define(slots=False)
class RefundTransaction:
    """A refund as PayPal reports it on an invoice. External refunds carry the `method` they were recorded with; refunds of
    type `PAYPAL` carry no `method` but a `recipient_transaction_id`.

    """

    amount: Money | Unset = UNSET
    """ An amount in a currency. """
    method: PaymentMethod | Unset = UNSET
    """ How the money was paid or refunded. """
    recipient_transaction_id: str | Unset = UNSET
    """ The payer's transaction ID of a PayPal refund. """
    refund_date: str | Unset = UNSET
    """ A calendar date, `YYYY-MM-DD`. """
    refund_id: str | Unset = UNSET
    type_: PaymentType | Unset = UNSET
    """ Whether a payment or refund went through PayPal or outside it. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(
            self,
            (
                "amount",
                "method",
                "recipient_transaction_id",
                "refund_date",
                "refund_id",
                "type_",
            ),
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, RefundTransaction) or type(other) is not type(self):
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
        if "method" in _values:
            method = dumped(self._dump_method, self.method)
            if method is not UNSET:
                field_dict["method"] = method
        if "recipient_transaction_id" in _values:
            recipient_transaction_id = self.recipient_transaction_id
            if recipient_transaction_id is not UNSET:
                field_dict["recipient_transaction_id"] = recipient_transaction_id
        if "refund_date" in _values:
            refund_date = self.refund_date
            if refund_date is not UNSET:
                field_dict["refund_date"] = refund_date
        if "refund_id" in _values:
            refund_id = self.refund_id
            if refund_id is not UNSET:
                field_dict["refund_id"] = refund_id
        if "type_" in _values:
            type_ = dumped(self._dump_type_, self.type_)
            if type_ is not UNSET:
                field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = src_dict if type(src_dict) is dict else source_dict(src_dict)
        _obj = cls.__new__(cls)
        _values = _obj.__dict__
        _values["_source"] = d
        if "method" in d:
            _values["method"] = enum_value(PaymentMethod, d["method"])
        else:
            _values["method"] = UNSET
        _values["recipient_transaction_id"] = d.get("recipient_transaction_id", UNSET)
        _values["refund_date"] = d.get("refund_date", UNSET)
        _values["refund_id"] = d.get("refund_id", UNSET)
        if "type" in d:
            _values["type_"] = enum_value(PaymentType, d["type"])
        else:
            _values["type_"] = UNSET

        return _obj

    @staticmethod
    def _dump_amount(_value: Any) -> Any:
        amount: dict[str, Any] | Unset = UNSET
        if not isinstance(_value, Unset):
            amount = _value.to_dict()
        return amount

    @staticmethod
    def _dump_method(_value: Any) -> Any:
        method: str | Unset = UNSET
        if not isinstance(_value, Unset):
            method = _value.value

        return method

    @staticmethod
    def _dump_type_(_value: Any) -> Any:
        type_: str | Unset = UNSET
        if not isinstance(_value, Unset):
            type_ = _value.value

        return type_

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
    RefundTransaction,
    _FIELD_KEYS,
    ("amount", "amount", "money.Money", False, UNSET),
)
