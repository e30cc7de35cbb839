from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import install_lazy_fields, source_dict
from ..types import (
    check_money_places,
    missing_field,
    model_repr,
    money_value,
)

T = TypeVar("T", bound="Money")

_FIELD_KEYS = frozenset(
    {
        "currency_code",
        "value",
    }
)

_REQUIRED_FIELDS = {
    "currency_code": "currency_code",
    "value": "value",
}


def _money_value(value: str | Decimal) -> str:
    result: str = money_value(value, "Money.value", numbers=False)
    return result


@_attrs_define(slots=False)
class Money:
    """An amount in a currency."""

    currency_code: str
    """ Three-letter ISO 4217 currency code. """
    value: str = _attrs_field(converter=_money_value)
    """ The amount as PayPal's decimal string; a `Decimal` is accepted and written as one. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    if not TYPE_CHECKING:

        def __getattr__(self, name: str) -> Any:
            raise missing_field(self, name, _REQUIRED_FIELDS)

    def __attrs_post_init__(self) -> None:
        check_money_places(self.currency_code, self.value, "Money.value")

    def __repr__(self) -> str:
        return model_repr(
            self,
            (
                "currency_code",
                "value",
            ),
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Money) or type(other) is not type(self):
            return NotImplemented
        return self.to_dict() == other.to_dict()

    def to_dict(self) -> dict[str, Any]:
        _values = self.__dict__
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if "currency_code" in _values:
            currency_code = self.currency_code
            field_dict["currency_code"] = currency_code
        if "value" in _values:
            value = self.value
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
    Money,
    _FIELD_KEYS,
)
