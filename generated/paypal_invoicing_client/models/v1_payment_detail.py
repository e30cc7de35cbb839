from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.v1_payment_detail_method import V1PaymentDetailMethod
from ..models.v1_payment_detail_transaction_type import V1PaymentDetailTransactionType
from ..models.v1_payment_detail_type import V1PaymentDetailType
from ..types import UNSET, Unset, install_lazy_fields

if TYPE_CHECKING:
    from ..models.v1_currency import V1Currency


T = TypeVar("T", bound="V1PaymentDetail")


@_attrs_define(slots=False)
class V1PaymentDetail:
    method: V1PaymentDetailMethod
    amount: V1Currency | Unset = UNSET
    date: str | Unset = UNSET
    """ PayPal's v1 dates carry a time-zone name (for example `2014-02-27 PST`), so they are kept as text. """
    note: str | Unset = UNSET
    transaction_id: str | Unset = UNSET
    transaction_type: V1PaymentDetailTransactionType | Unset = UNSET
    type_: V1PaymentDetailType | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        method = self.method.value

        amount: dict[str, Any] | Unset = UNSET
        if not isinstance(self.amount, Unset):
            amount = self.amount.to_dict()

        date = self.date

        note = self.note

        transaction_id = self.transaction_id

        transaction_type: str | Unset = UNSET
        if not isinstance(self.transaction_type, Unset):
            transaction_type = self.transaction_type.value

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "method": method,
            }
        )
        if amount is not UNSET:
            field_dict["amount"] = amount
        if date is not UNSET:
            field_dict["date"] = date
        if note is not UNSET:
            field_dict["note"] = note
        if transaction_id is not UNSET:
            field_dict["transaction_id"] = transaction_id
        if transaction_type is not UNSET:
            field_dict["transaction_type"] = transaction_type
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        lazy: dict[str, Any] = {}
        method = V1PaymentDetailMethod(d.pop("method"))

        if "amount" in d:
            lazy["amount"] = d.pop("amount")

        date = d.pop("date", UNSET)

        note = d.pop("note", UNSET)

        transaction_id = d.pop("transaction_id", UNSET)

        _transaction_type = d.pop("transaction_type", UNSET)
        transaction_type: V1PaymentDetailTransactionType | Unset
        if isinstance(_transaction_type, Unset):
            transaction_type = UNSET
        else:
            transaction_type = V1PaymentDetailTransactionType(_transaction_type)

        _type_ = d.pop("type", UNSET)
        type_: V1PaymentDetailType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = V1PaymentDetailType(_type_)

        _obj = cls.__new__(cls)
        _obj.__dict__.update(
            method=method,
            date=date,
            note=note,
            transaction_id=transaction_id,
            transaction_type=transaction_type,
            type_=type_,
            _lazy_fields=lazy,
        )
        if "amount" not in lazy:
            _obj.__dict__["amount"] = UNSET

        _obj.additional_properties = d
        return _obj

    @staticmethod
    def _load_amount(source: Any) -> V1Currency | Unset:
        from ..models.v1_currency import V1Currency

        _amount = source
        amount: V1Currency | Unset
        if isinstance(_amount, Unset):
            amount = UNSET
        else:
            amount = V1Currency.from_dict(_amount)

        return amount

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
    "amount",
)
