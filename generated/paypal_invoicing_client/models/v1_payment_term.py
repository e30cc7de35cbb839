from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import (
    dumped,
    enum_value,
    install_lazy_fields,
    source_dict,
)
from ..models.v1_payment_term_term_type import V1PaymentTermTermType
from ..types import UNSET, Unset, model_repr

T = TypeVar("T", bound="V1PaymentTerm")

_FIELD_KEYS = frozenset(
    {
        "due_date",
        "term_type",
    }
)


@_attrs_define(slots=False)
class V1PaymentTerm:
    """The payment term of the invoice. If you specify `term_type`, you cannot specify `due_date`, and vice versa."""

    due_date: str | Unset = UNSET
    """ The date when the invoice payment is due, in [Internet date and time
    format](https://tools.ietf.org/html/rfc3339#section-5.6). For example, *yyyy*-*MM*-*dd* *z*. PayPal's v1 dates
    carry a time-zone name (for example `2014-02-27 PST`), so they are kept as text. """
    term_type: V1PaymentTermTermType | Unset = UNSET
    """ The term when the invoice payment is due. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(
            self,
            (
                "due_date",
                "term_type",
            ),
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, V1PaymentTerm) or type(other) is not type(self):
            return NotImplemented
        return self.to_dict() == other.to_dict()

    def to_dict(self) -> dict[str, Any]:
        _values = self.__dict__
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if "due_date" in _values:
            due_date = self.due_date
            if due_date is not UNSET:
                field_dict["due_date"] = due_date
        if "term_type" in _values:
            term_type = dumped(self._dump_term_type, self.term_type)
            if term_type is not UNSET:
                field_dict["term_type"] = term_type

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = src_dict if type(src_dict) is dict else source_dict(src_dict)
        _obj = cls.__new__(cls)
        _values = _obj.__dict__
        _values["_source"] = d
        _values["due_date"] = d.get("due_date", UNSET)
        if "term_type" in d:
            _values["term_type"] = enum_value(V1PaymentTermTermType, d["term_type"])
        else:
            _values["term_type"] = UNSET

        return _obj

    @staticmethod
    def _dump_term_type(_value: Any) -> Any:
        term_type: str | Unset = UNSET
        if not isinstance(_value, Unset):
            term_type = _value.value

        return term_type

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
    V1PaymentTerm,
    _FIELD_KEYS,
)
