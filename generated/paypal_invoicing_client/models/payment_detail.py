from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.payment_method import PaymentMethod
from ..models.payment_type import PaymentType
from ..types import UNSET, Unset, install_lazy_fields

if TYPE_CHECKING:
    from ..models.contact_information import ContactInformation
    from ..models.money import Money


T = TypeVar("T", bound="PaymentDetail")


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
    type_: PaymentType | Unset = UNSET
    """ Whether a payment or refund went through PayPal or outside it. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        method = self.method.value

        amount: dict[str, Any] | Unset = UNSET
        if not isinstance(self.amount, Unset):
            amount = self.amount.to_dict()

        note = self.note

        payment_date = self.payment_date

        payment_id = self.payment_id

        shipping_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.shipping_info, Unset):
            shipping_info = self.shipping_info.to_dict()

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
        if note is not UNSET:
            field_dict["note"] = note
        if payment_date is not UNSET:
            field_dict["payment_date"] = payment_date
        if payment_id is not UNSET:
            field_dict["payment_id"] = payment_id
        if shipping_info is not UNSET:
            field_dict["shipping_info"] = shipping_info
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

        note = d.pop("note", UNSET)

        payment_date = d.pop("payment_date", UNSET)

        payment_id = d.pop("payment_id", UNSET)

        if "shipping_info" in d:
            lazy["shipping_info"] = d.pop("shipping_info")

        _type_ = d.pop("type", UNSET)
        type_: PaymentType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = PaymentType(_type_)

        _obj = cls.__new__(cls)
        _obj.__dict__.update(
            method=method,
            note=note,
            payment_date=payment_date,
            payment_id=payment_id,
            type_=type_,
            _lazy_fields=lazy,
        )
        if "amount" not in lazy:
            _obj.__dict__["amount"] = UNSET
        if "shipping_info" not in lazy:
            _obj.__dict__["shipping_info"] = UNSET

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
    def _load_shipping_info(source: Any) -> ContactInformation | Unset:
        from ..models.contact_information import ContactInformation

        _shipping_info = source
        shipping_info: ContactInformation | Unset
        if isinstance(_shipping_info, Unset):
            shipping_info = UNSET
        else:
            shipping_info = ContactInformation.from_dict(_shipping_info)

        return shipping_info

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
    "amount",
    "shipping_info",
)
