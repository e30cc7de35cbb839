from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import dumped, install_lazy_fields, source_dict
from ..types import UNSET, Unset, model_repr

if TYPE_CHECKING:
    from ..models.partial_payment import PartialPayment


T = TypeVar("T", bound="Configuration")

_FIELD_KEYS = frozenset(
    {
        "allow_tip",
        "partial_payment",
        "tax_calculated_after_discount",
        "tax_inclusive",
        "template_id",
    }
)


@_attrs_define(slots=False)
class Configuration:
    """Invoice settings."""

    allow_tip: bool | Unset = False
    partial_payment: PartialPayment | Unset = UNSET
    """ Whether and how the payer may pay in parts. """
    tax_calculated_after_discount: bool | Unset = True
    tax_inclusive: bool | Unset = False
    template_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(
            self,
            (
                "allow_tip",
                "partial_payment",
                "tax_calculated_after_discount",
                "tax_inclusive",
                "template_id",
            ),
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Configuration) or type(other) is not type(self):
            return NotImplemented
        return self.to_dict() == other.to_dict()

    def to_dict(self) -> dict[str, Any]:
        _values = self.__dict__
        _lazy: Mapping[str, Any] = _values.get("_source") or {}
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if "allow_tip" in _values:
            allow_tip = self.allow_tip
            if allow_tip is not UNSET:
                field_dict["allow_tip"] = allow_tip
        if "partial_payment" in _values:
            partial_payment = dumped(
                self._dump_partial_payment,
                self.partial_payment,
                _lazy.get("partial_payment"),
            )
            if partial_payment is not UNSET:
                field_dict["partial_payment"] = partial_payment
        elif "partial_payment" in _lazy:
            field_dict["partial_payment"] = _lazy["partial_payment"]
        if "tax_calculated_after_discount" in _values:
            tax_calculated_after_discount = self.tax_calculated_after_discount
            if tax_calculated_after_discount is not UNSET:
                field_dict["tax_calculated_after_discount"] = (
                    tax_calculated_after_discount
                )
        if "tax_inclusive" in _values:
            tax_inclusive = self.tax_inclusive
            if tax_inclusive is not UNSET:
                field_dict["tax_inclusive"] = tax_inclusive
        if "template_id" in _values:
            template_id = self.template_id
            if template_id is not UNSET:
                field_dict["template_id"] = template_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = src_dict if type(src_dict) is dict else source_dict(src_dict)
        _obj = cls.__new__(cls)
        _values = _obj.__dict__
        _values["_source"] = d
        _values["allow_tip"] = d.get("allow_tip", UNSET)
        _values["tax_calculated_after_discount"] = d.get(
            "tax_calculated_after_discount", UNSET
        )
        _values["tax_inclusive"] = d.get("tax_inclusive", UNSET)
        _values["template_id"] = d.get("template_id", UNSET)

        return _obj

    @staticmethod
    def _dump_partial_payment(_value: Any) -> Any:
        partial_payment: dict[str, Any] | Unset = UNSET
        if not isinstance(_value, Unset):
            partial_payment = _value.to_dict()
        return partial_payment

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
    Configuration,
    _FIELD_KEYS,
    (
        "partial_payment",
        "partial_payment",
        "partial_payment.PartialPayment",
        False,
        UNSET,
    ),
)
