from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.amount_breakdown import AmountBreakdown


T = TypeVar("T", bound="AmountSummary")


@_attrs_define
class AmountSummary:
    """The invoice total. PayPal computes `currency_code` and `value`; a request may carry only the breakdown inputs."""

    breakdown: AmountBreakdown | Unset = UNSET
    """ How the invoice total is made up. """
    currency_code: str | Unset = UNSET
    """ Three-letter ISO 4217 currency code. """
    value: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        breakdown: dict[str, Any] | Unset = UNSET
        if not isinstance(self.breakdown, Unset):
            breakdown = self.breakdown.to_dict()

        currency_code = self.currency_code

        value = self.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if breakdown is not UNSET:
            field_dict["breakdown"] = breakdown
        if currency_code is not UNSET:
            field_dict["currency_code"] = currency_code
        if value is not UNSET:
            field_dict["value"] = value

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.amount_breakdown import AmountBreakdown

        d = dict(src_dict)
        _breakdown = d.pop("breakdown", UNSET)
        breakdown: AmountBreakdown | Unset
        if isinstance(_breakdown, Unset):
            breakdown = UNSET
        else:
            breakdown = AmountBreakdown.from_dict(_breakdown)

        currency_code = d.pop("currency_code", UNSET)

        value = d.pop("value", UNSET)

        amount_summary = cls(
            breakdown=breakdown,
            currency_code=currency_code,
            value=value,
        )

        amount_summary.additional_properties = d
        return amount_summary

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
