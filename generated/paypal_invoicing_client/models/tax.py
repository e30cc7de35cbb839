from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import dumped, install_lazy_fields, source_dict
from ..types import UNSET, Unset, missing_field, model_repr

if TYPE_CHECKING:
    from ..models.money import Money


T = TypeVar("T", bound="Tax")

_FIELD_KEYS = frozenset(
    {
        "name",
        "percent",
        "amount",
        "id",
    }
)

_REQUIRED_FIELDS = {
    "name": "name",
    "percent": "percent",
}


@_attrs_define(slots=False)
class Tax:
    """A tax applied to an item or to shipping."""

    name: str
    percent: str
    """ A percentage as a decimal string, for example `7.25`. """
    amount: Money | Unset = UNSET
    """ An amount in a currency. """
    id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    if not TYPE_CHECKING:

        def __getattr__(self, name: str) -> Any:
            raise missing_field(self, name, _REQUIRED_FIELDS)

    def __repr__(self) -> str:
        return model_repr(
            self,
            (
                "name",
                "percent",
                "amount",
                "id",
            ),
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Tax) or type(other) is not type(self):
            return NotImplemented
        return self.to_dict() == other.to_dict()

    def to_dict(self) -> dict[str, Any]:
        _values = self.__dict__
        _lazy: Mapping[str, Any] = _values.get("_source") or {}
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if "name" in _values:
            name = self.name
            field_dict["name"] = name
        if "percent" in _values:
            percent = self.percent
            field_dict["percent"] = percent
        if "amount" in _values:
            amount = dumped(self._dump_amount, self.amount, _lazy.get("amount"))
            if amount is not UNSET:
                field_dict["amount"] = amount
        elif "amount" in _lazy:
            field_dict["amount"] = _lazy["amount"]
        if "id" in _values:
            id = self.id
            if id is not UNSET:
                field_dict["id"] = id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = src_dict if type(src_dict) is dict else source_dict(src_dict)
        _obj = cls.__new__(cls)
        _values = _obj.__dict__
        _values["_source"] = d
        if "name" in d:
            _values["name"] = d["name"]
        if "percent" in d:
            _values["percent"] = d["percent"]
        _values["id"] = d.get("id", UNSET)

        return _obj

    @staticmethod
    def _dump_amount(_value: Any) -> Any:
        amount: dict[str, Any] | Unset = UNSET
        if not isinstance(_value, Unset):
            amount = _value.to_dict()
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
    Tax,
    _FIELD_KEYS,
    ("amount", "amount", "money.Money", False, UNSET),
)
