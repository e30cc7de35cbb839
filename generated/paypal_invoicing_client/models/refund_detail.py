from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.payment_method import PaymentMethod
from ..models.payment_type import PaymentType
from ..types import UNSET, Unset, install_lazy_fields

if TYPE_CHECKING:
    from ..models.money import Money


T = TypeVar("T", bound="RefundDetail")


@_attrs_define(slots=False)
class RefundDetail:
    """A refund recorded against an invoice."""

    method: PaymentMethod
    """ How the money was paid or refunded. """
    amount: Money | Unset = UNSET
    """ An amount in a currency. """
    refund_date: str | Unset = UNSET
    """ A calendar date, `YYYY-MM-DD`. """
    refund_id: str | Unset = UNSET
    type_: PaymentType | Unset = UNSET
    """ Whether a payment or refund went through PayPal or outside it. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        method = self.method.value

        amount: dict[str, Any] | Unset = UNSET
        if not isinstance(self.amount, Unset):
            amount = self.amount.to_dict()

        refund_date = self.refund_date

        refund_id = self.refund_id

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
        if refund_date is not UNSET:
            field_dict["refund_date"] = refund_date
        if refund_id is not UNSET:
            field_dict["refund_id"] = refund_id
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        lazy: dict[str, Any] = {}
        method = PaymentMethod(d.pop("method"))

        if "amount" in d:
            lazy["amount"] = d.pop("amount")

        refund_date = d.pop("refund_date", UNSET)

        refund_id = d.pop("refund_id", UNSET)

        _type_ = d.pop("type", UNSET)
        type_: PaymentType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = PaymentType(_type_)

        _obj = cls.__new__(cls)
        _obj.__dict__.update(
            method=method,
            refund_date=refund_date,
            refund_id=refund_id,
            type_=type_,
            _lazy_fields=lazy,
        )
        if "amount" not in lazy:
            _obj.__dict__["amount"] = UNSET

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
    RefundDetail,
    "amount",
)
