from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, install_lazy_fields

if TYPE_CHECKING:
    from ..models.money import Money


T = TypeVar("T", bound="Discount")


@_attrs_define(slots=False)
class Discount:
    """A discount, as a percent or as an amount."""

    amount: Money | Unset = UNSET
    """ An amount in a currency. """
    percent: str | Unset = UNSET
    """ A percentage as a decimal string, for example `7.25`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        amount: dict[str, Any] | Unset = UNSET
        if not isinstance(self.amount, Unset):
            amount = self.amount.to_dict()

        percent = self.percent

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if amount is not UNSET:
            field_dict["amount"] = amount
        if percent is not UNSET:
            field_dict["percent"] = percent

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        lazy: dict[str, Any] = {}
        if "amount" in d:
            lazy["amount"] = d.pop("amount")

        percent = d.pop("percent", UNSET)

        _obj = cls.__new__(cls)
        _obj.__dict__.update(
            percent=percent,
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
    Discount,
    "amount",
)
