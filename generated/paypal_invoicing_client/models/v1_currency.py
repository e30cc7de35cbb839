from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import dumped, install_lazy_fields, loaded, source_dict
from ..types import (
    check_money_places,
    missing_field,
    model_repr,
    money_value,
)

T = TypeVar("T", bound="V1Currency")

_FIELD_KEYS = frozenset(
    {
        "currency",
        "value",
    }
)

_REQUIRED_FIELDS = {
    "currency": "currency",
    "value": "value",
}


def _money_value(value: float | str | Decimal) -> float | str:
    result: float | str = money_value(value, "V1Currency.value", numbers=True)
    return result


@_attrs_define(slots=False)
class V1Currency:
    """The currency and amount for a financial transaction, such as a balance or payment due."""

    currency: str
    """ The [three-character ISO-4217 currency
    code](https://developer.paypal.com/docs/integration/direct/rest/currency-codes/). """
    value: float | str = _attrs_field(converter=_money_value)
    """ The amount as PayPal's decimal string; a `Decimal` is accepted and written as one. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    if not TYPE_CHECKING:

        def __getattr__(self, name: str) -> Any:
            raise missing_field(self, name, _REQUIRED_FIELDS)

    def __attrs_post_init__(self) -> None:
        check_money_places(self.currency, self.value, "V1Currency.value")

    def __repr__(self) -> str:
        return model_repr(
            self,
            (
                "currency",
                "value",
            ),
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, V1Currency) or type(other) is not type(self):
            return NotImplemented
        return self.to_dict() == other.to_dict()

    def to_dict(self) -> dict[str, Any]:
        _values = self.__dict__
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if "currency" in _values:
            currency = self.currency
            field_dict["currency"] = currency
        if "value" in _values:
            value = dumped(self._dump_value, self.value)
            field_dict["value"] = value

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = src_dict if type(src_dict) is dict else source_dict(src_dict)
        _obj = cls.__new__(cls)
        _values = _obj.__dict__
        _values["_source"] = d
        if "currency" in d:
            _values["currency"] = d["currency"]
        if "value" in d:
            _values["value"] = loaded(cls._load_value, d["value"])

        return _obj

    @staticmethod
    def _load_value(source: Any) -> float | str:
        def _parse_value(data: object) -> float | str:
            return cast(float | str, data)

        value = _parse_value(source)

        return value

    @staticmethod
    def _dump_value(_value: Any) -> Any:
        value: float | str
        value = _value
        return value

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
    V1Currency,
    _FIELD_KEYS,
)
