from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import dumped, install_lazy_fields, source_dict
from ..types import UNSET, Unset, model_repr

if TYPE_CHECKING:
    from ..models.money import Money


T = TypeVar("T", bound="PartialPayment")

_FIELD_KEYS = frozenset(
    {
        "allow_partial_payment",
        "minimum_amount_due",
    }
)


@_attrs_define(slots=False)
class PartialPayment:
    """Whether and how the payer may pay in parts."""

    allow_partial_payment: bool | Unset = False
    minimum_amount_due: Money | Unset = UNSET
    """ An amount in a currency. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(
            self,
            (
                "allow_partial_payment",
                "minimum_amount_due",
            ),
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, PartialPayment) or type(other) is not type(self):
            return NotImplemented
        return self.to_dict() == other.to_dict()

    def to_dict(self) -> dict[str, Any]:
        _values = self.__dict__
        _lazy: Mapping[str, Any] = _values.get("_source") or {}
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if "allow_partial_payment" in _values:
            allow_partial_payment = self.allow_partial_payment
            if allow_partial_payment is not UNSET:
                field_dict["allow_partial_payment"] = allow_partial_payment
        if "minimum_amount_due" in _values:
            minimum_amount_due = dumped(
                self._dump_minimum_amount_due,
                self.minimum_amount_due,
                _lazy.get("minimum_amount_due"),
            )
            if minimum_amount_due is not UNSET:
                field_dict["minimum_amount_due"] = minimum_amount_due
        elif "minimum_amount_due" in _lazy:
            field_dict["minimum_amount_due"] = _lazy["minimum_amount_due"]

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = src_dict if type(src_dict) is dict else source_dict(src_dict)
        _obj = cls.__new__(cls)
        _values = _obj.__dict__
        _values["_source"] = d
        _values["allow_partial_payment"] = d.get("allow_partial_payment", UNSET)

        return _obj

    @staticmethod
    def _dump_minimum_amount_due(_value: Any) -> Any:
        minimum_amount_due: dict[str, Any] | Unset = UNSET
        if not isinstance(_value, Unset):
            minimum_amount_due = _value.to_dict()
        return minimum_amount_due

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
    PartialPayment,
    _FIELD_KEYS,
    ("minimum_amount_due", "minimum_amount_due", "money.Money", False, UNSET),
)
