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
from ..models.v1_payment_detail_method import V1PaymentDetailMethod
from ..models.v1_payment_detail_transaction_type import V1PaymentDetailTransactionType
from ..models.v1_payment_detail_type import V1PaymentDetailType
from ..types import UNSET, Unset, missing_field, model_repr

if TYPE_CHECKING:
    from ..models.v1_currency import V1Currency


T = TypeVar("T", bound="V1PaymentDetail")

_FIELD_KEYS = frozenset(
    {
        "method",
        "amount",
        "date",
        "note",
        "transaction_id",
        "transaction_type",
        "type",
    }
)

_REQUIRED_FIELDS = {
    "method": "method",
}


@_attrs_define(slots=False)
class V1PaymentDetail:
    """The payment details."""

    method: V1PaymentDetailMethod
    """ The payment mode or method. """
    amount: V1Currency | Unset = UNSET
    """ The currency and amount for a financial transaction, such as a balance or payment due. """
    date: str | Unset = UNSET
    """ The date when the invoice was paid, in [Internet date and time
    format](https://tools.ietf.org/html/rfc3339#section-5.6). PayPal's v1 dates carry a time-zone name (for example
    `2014-02-27 PST`), so they are kept as text. """
    note: str | Unset = UNSET
    """ A note associated with the payment. """
    transaction_id: str | Unset = UNSET
    """ The ID for a PayPal payment transaction. Required for the `PAYPAL` payment type. """
    transaction_type: V1PaymentDetailTransactionType | Unset = UNSET
    """ The transaction type. """
    type_: V1PaymentDetailType | Unset = UNSET
    """ The payment type in an invoicing flow. The [record
    refund](https://developer.paypal.com/docs/api/invoicing/v1/#invoices_record-refund) method supports the
    `EXTERNAL` refund type. The `PAYPAL` refund type is supported for backward compatibility. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    if not TYPE_CHECKING:

        def __getattr__(self, name: str) -> Any:
            raise missing_field(self, name, _REQUIRED_FIELDS)

    def __repr__(self) -> str:
        return model_repr(
            self,
            (
                "method",
                "amount",
                "date",
                "note",
                "transaction_id",
                "transaction_type",
                "type_",
            ),
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, V1PaymentDetail) or type(other) is not type(self):
            return NotImplemented
        return self.to_dict() == other.to_dict()

    def to_dict(self) -> dict[str, Any]:
        _values = self.__dict__
        _lazy: Mapping[str, Any] = _values.get("_source") or {}
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if "method" in _values:
            method = dumped(self._dump_method, self.method)
            field_dict["method"] = method
        if "amount" in _values:
            amount = dumped(self._dump_amount, self.amount, _lazy.get("amount"))
            if amount is not UNSET:
                field_dict["amount"] = amount
        elif "amount" in _lazy:
            field_dict["amount"] = _lazy["amount"]
        if "date" in _values:
            date = self.date
            if date is not UNSET:
                field_dict["date"] = date
        if "note" in _values:
            note = self.note
            if note is not UNSET:
                field_dict["note"] = note
        if "transaction_id" in _values:
            transaction_id = self.transaction_id
            if transaction_id is not UNSET:
                field_dict["transaction_id"] = transaction_id
        if "transaction_type" in _values:
            transaction_type = dumped(
                self._dump_transaction_type, self.transaction_type
            )
            if transaction_type is not UNSET:
                field_dict["transaction_type"] = transaction_type
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
            _values["method"] = enum_value(V1PaymentDetailMethod, d["method"])
        _values["date"] = d.get("date", UNSET)
        _values["note"] = d.get("note", UNSET)
        _values["transaction_id"] = d.get("transaction_id", UNSET)
        if "transaction_type" in d:
            _values["transaction_type"] = enum_value(
                V1PaymentDetailTransactionType, d["transaction_type"]
            )
        else:
            _values["transaction_type"] = UNSET
        if "type" in d:
            _values["type_"] = enum_value(V1PaymentDetailType, d["type"])
        else:
            _values["type_"] = UNSET

        return _obj

    @staticmethod
    def _dump_method(_value: Any) -> Any:
        method = _value.value
        return method

    @staticmethod
    def _dump_amount(_value: Any) -> Any:
        amount: dict[str, Any] | Unset = UNSET
        if not isinstance(_value, Unset):
            amount = _value.to_dict()
        return amount

    @staticmethod
    def _dump_transaction_type(_value: Any) -> Any:
        transaction_type: str | Unset = UNSET
        if not isinstance(_value, Unset):
            transaction_type = _value.value

        return transaction_type

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
    V1PaymentDetail,
    _FIELD_KEYS,
    ("amount", "amount", "v1_currency.V1Currency", False, UNSET),
)
