from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import REQUIRED, dumped, install_lazy_fields, source_dict
from ..types import missing_field, model_repr

if TYPE_CHECKING:
    from ..models.money import Money


T = TypeVar("T", bound="AmountRange")

_FIELD_KEYS = frozenset(
    {
        "lower_amount",
        "upper_amount",
    }
)

_REQUIRED_FIELDS = {
    "lower_amount": "lower_amount",
    "upper_amount": "upper_amount",
}


@_attrs_define(slots=False)
class AmountRange:
    """An inclusive range of amounts."""

    lower_amount: Money
    """ An amount in a currency. """
    upper_amount: Money
    """ An amount in a currency. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    if not TYPE_CHECKING:

        def __getattr__(self, name: str) -> Any:
            raise missing_field(self, name, _REQUIRED_FIELDS)

    def __repr__(self) -> str:
        return model_repr(
            self,
            (
                "lower_amount",
                "upper_amount",
            ),
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, AmountRange) or type(other) is not type(self):
            return NotImplemented
        return self.to_dict() == other.to_dict()

    def to_dict(self) -> dict[str, Any]:
        _values = self.__dict__
        _lazy: Mapping[str, Any] = _values.get("_source") or {}
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if "lower_amount" in _values:
            lower_amount = dumped(
                self._dump_lower_amount, self.lower_amount, _lazy.get("lower_amount")
            )
            field_dict["lower_amount"] = lower_amount
        elif "lower_amount" in _lazy:
            field_dict["lower_amount"] = _lazy["lower_amount"]
        if "upper_amount" in _values:
            upper_amount = dumped(
                self._dump_upper_amount, self.upper_amount, _lazy.get("upper_amount")
            )
            field_dict["upper_amount"] = upper_amount
        elif "upper_amount" in _lazy:
            field_dict["upper_amount"] = _lazy["upper_amount"]

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = src_dict if type(src_dict) is dict else source_dict(src_dict)
        _obj = cls.__new__(cls)
        _values = _obj.__dict__
        _values["_source"] = d

        return _obj

    @staticmethod
    def _dump_lower_amount(_value: Any) -> Any:
        lower_amount = _value.to_dict()
        return lower_amount

    @staticmethod
    def _dump_upper_amount(_value: Any) -> Any:
        upper_amount = _value.to_dict()
        return upper_amount

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
    AmountRange,
    _FIELD_KEYS,
    ("lower_amount", "lower_amount", "money.Money", False, REQUIRED),
    ("upper_amount", "upper_amount", "money.Money", False, REQUIRED),
)
