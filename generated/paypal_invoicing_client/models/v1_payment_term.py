from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.v1_payment_term_term_type import V1PaymentTermTermType
from ..types import UNSET, Unset

T = TypeVar("T", bound="V1PaymentTerm")


@_attrs_define(slots=False)
class V1PaymentTerm:
    due_date: str | Unset = UNSET
    """ PayPal's v1 dates carry a time-zone name (for example `2014-02-27 PST`), so they are kept as text. """
    term_type: V1PaymentTermTermType | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        due_date = self.due_date

        term_type: str | Unset = UNSET
        if not isinstance(self.term_type, Unset):
            term_type = self.term_type.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if due_date is not UNSET:
            field_dict["due_date"] = due_date
        if term_type is not UNSET:
            field_dict["term_type"] = term_type

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        due_date = d.pop("due_date", UNSET)

        _term_type = d.pop("term_type", UNSET)
        term_type: V1PaymentTermTermType | Unset
        if isinstance(_term_type, Unset):
            term_type = UNSET
        else:
            term_type = V1PaymentTermTermType(_term_type)

        _obj = cls.__new__(cls)
        _obj.__dict__.update(
            due_date=due_date,
            term_type=term_type,
        )

        _obj.additional_properties = d
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
