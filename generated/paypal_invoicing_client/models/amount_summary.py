from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import dumped, install_lazy_fields, source_dict
from ..types import (
    UNSET,
    Unset,
    check_money_places,
    missing_field,
    model_repr,
    money_value,
)

if TYPE_CHECKING:
    from ..models.amount_breakdown import AmountBreakdown


T = TypeVar("T", bound="AmountSummary")

_FIELD_KEYS = frozenset(
    {
        "breakdown",
        "currency_code",
        "value",
    }
)

_REQUIRED_FIELDS = {
    "currency_code": "currency_code",
    "value": "value",
}


def _money_value(value: str | Decimal | Unset) -> str | Unset:
    if isinstance(value, Unset):
        return value
    result: str = money_value(value, "AmountSummary.value", numbers=False)
    return result


@_attrs_define(slots=False)
class AmountSummary:
    """The invoice total. PayPal computes `currency_code` and `value`; a request may carry only the breakdown inputs."""

    breakdown: AmountBreakdown | Unset = UNSET
    """ How the invoice total is made up. """
    currency_code: str | Unset = UNSET
    """ Three-letter ISO 4217 currency code. """
    value: str | Unset = _attrs_field(default=UNSET, converter=_money_value)
    """ The amount as PayPal's decimal string; a `Decimal` is accepted and written as one. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    if not TYPE_CHECKING:

        def __getattr__(self, name: str) -> Any:
            raise missing_field(self, name, _REQUIRED_FIELDS)

    def __attrs_post_init__(self) -> None:
        check_money_places(self.currency_code, self.value, "AmountSummary.value")

    def __repr__(self) -> str:
        return model_repr(
            self,
            (
                "breakdown",
                "currency_code",
                "value",
            ),
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, AmountSummary) or type(other) is not type(self):
            return NotImplemented
        return self.to_dict() == other.to_dict()

    def to_dict(self) -> dict[str, Any]:
        _values = self.__dict__
        _lazy: Mapping[str, Any] = _values.get("_source") or {}
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if "breakdown" in _values:
            breakdown = dumped(
                self._dump_breakdown, self.breakdown, _lazy.get("breakdown")
            )
            if breakdown is not UNSET:
                field_dict["breakdown"] = breakdown
        elif "breakdown" in _lazy:
            field_dict["breakdown"] = _lazy["breakdown"]
        if "currency_code" in _values:
            currency_code = self.currency_code
            if currency_code is not UNSET:
                field_dict["currency_code"] = currency_code
        if "value" in _values:
            value = self.value
            if value is not UNSET:
                field_dict["value"] = value

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = src_dict if type(src_dict) is dict else source_dict(src_dict)
        _obj = cls.__new__(cls)
        _values = _obj.__dict__
        _values["_source"] = d
        if "currency_code" in d:
            _values["currency_code"] = d["currency_code"]
        if "value" in d:
            _values["value"] = d["value"]

        return _obj

    @staticmethod
    def _dump_breakdown(_value: Any) -> Any:
        breakdown: dict[str, Any] | Unset = UNSET
        if not isinstance(_value, Unset):
            breakdown = _value.to_dict()
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
    _FIELD_KEYS,
    ("breakdown", "breakdown", "amount_breakdown.AmountBreakdown", False, UNSET),
)
