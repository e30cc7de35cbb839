from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, install_lazy_fields

if TYPE_CHECKING:
    from ..models.amount_breakdown import AmountBreakdown


T = TypeVar("T", bound="AmountSummary")


@_attrs_define(slots=False)
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
        d = dict(src_dict)
        lazy: dict[str, Any] = {}
        if "breakdown" in d:
            lazy["breakdown"] = d.pop("breakdown")

        currency_code = d.pop("currency_code", UNSET)

        value = d.pop("value", UNSET)

        _obj = cls.__new__(cls)
        _obj.__dict__.update(
            currency_code=currency_code,
            value=value,
            _lazy_fields=lazy,
        )
        if "breakdown" not in lazy:
            _obj.__dict__["breakdown"] = UNSET

        _obj.additional_properties = d
        return _obj

    @staticmethod
    def _load_breakdown(source: Any) -> AmountBreakdown | Unset:
        from ..models.amount_breakdown import AmountBreakdown

        _breakdown = source
        breakdown: AmountBreakdown | Unset
        if isinstance(_breakdown, Unset):
            breakdown = UNSET
        else:
            breakdown = AmountBreakdown.from_dict(_breakdown)

        return breakdown

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
    AmountSummary,
    "breakdown",
)
