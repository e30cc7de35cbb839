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
from ..types import UNSET, Unset, missing_field, model_repr

if TYPE_CHECKING:
    from ..models.contact_information import ContactInformation
    from ..models.money import Money


T = TypeVar("T", bound="PaymentDetail")

_FIELD_KEYS = frozenset(
    {
        "method",
        "amount",
        "note",
        "payment_date",
        "payment_id",
        "shipping_info",
        "transaction_status",
        "transaction_type",
        "type",
    }
)

_REQUIRED_FIELDS = {
    "method": "method",
}


@_attrs_define(slots=False)
class PaymentDetail:
    """A payment recorded against an invoice."""

    method: PaymentMethod
    """ How the money was paid or refunded. """
    amount: Money | Unset = UNSET
    """ An amount in a currency. """
    note: str | Unset = UNSET
    payment_date: str | Unset = UNSET
    """ A calendar date, `YYYY-MM-DD`. """
    payment_id: str | Unset = UNSET
    """ The payment transaction ID (PayPal's, or `EXTR-...` for external ones). """
    shipping_info: ContactInformation | Unset = UNSET
    """ A contact's business name, name and address (used for shipping). """
    transaction_status: str | Unset = UNSET
    """ The state of the PayPal transaction, for example `SUCCESS`. """
    transaction_type: str | Unset = UNSET
    """ The kind of PayPal transaction, for example `SALE`. """
    type_: PaymentType | Unset = UNSET
    """ Whether a payment or refund went through PayPal or outside it. """
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
                "note",
                "payment_date",
                "payment_id",
                "shipping_info",
                "transaction_status",
                "transaction_type",
                "type_",
            ),
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, PaymentDetail) or type(other) is not type(self):
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
        if "note" in _values:
            note = self.note
            if note is not UNSET:
                field_dict["note"] = note
        if "payment_date" in _values:
            payment_date = self.payment_date
            if payment_date is not UNSET:
                field_dict["payment_date"] = payment_date
        if "payment_id" in _values:
            payment_id = self.payment_id
            if payment_id is not UNSET:
                field_dict["payment_id"] = payment_id
        if "shipping_info" in _values:
            shipping_info = dumped(
                self._dump_shipping_info, self.shipping_info, _lazy.get("shipping_info")
            )
            if shipping_info is not UNSET:
                field_dict["shipping_info"] = shipping_info
        elif "shipping_info" in _lazy:
            field_dict["shipping_info"] = _lazy["shipping_info"]
        if "transaction_status" in _values:
            transaction_status = self.transaction_status
            if transaction_status is not UNSET:
                field_dict["transaction_status"] = transaction_status
        if "transaction_type" in _values:
            transaction_type = self.transaction_type
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
            _values["method"] = enum_value(PaymentMethod, d["method"])
        _values["note"] = d.get("note", UNSET)
        _values["payment_date"] = d.get("payment_date", UNSET)
        _values["payment_id"] = d.get("payment_id", UNSET)
        _values["transaction_status"] = d.get("transaction_status", UNSET)
        _values["transaction_type"] = d.get("transaction_type", UNSET)
        if "type" in d:
            _values["type_"] = enum_value(PaymentType, d["type"])
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
    def _dump_shipping_info(_value: Any) -> Any:
        shipping_info: dict[str, Any] | Unset = UNSET
        if not isinstance(_value, Unset):
            shipping_info = _value.to_dict()
        return shipping_info

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
    PaymentDetail,
    _FIELD_KEYS,
    ("amount", "amount", "money.Money", False, UNSET),
    (
        "shipping_info",
        "shipping_info",
        "contact_information.ContactInformation",
        False,
        UNSET,
    ),
)
