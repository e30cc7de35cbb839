from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import dumped, install_lazy_fields, source_dict
from ..types import UNSET, Unset, model_repr

if TYPE_CHECKING:
    from ..models.billing_info import BillingInfo
    from ..models.contact_information import ContactInformation


T = TypeVar("T", bound="Recipient")

_FIELD_KEYS = frozenset(
    {
        "billing_info",
        "shipping_info",
    }
)


@_attrs_define(slots=False)
class Recipient:
    """An invoice recipient."""

    billing_info: BillingInfo | Unset = UNSET
    """ The billing details of an invoice recipient. """
    shipping_info: ContactInformation | Unset = UNSET
    """ A contact's business name, name and address (used for shipping). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(
            self,
            (
                "billing_info",
                "shipping_info",
            ),
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Recipient) or type(other) is not type(self):
            return NotImplemented
        return self.to_dict() == other.to_dict()

    def to_dict(self) -> dict[str, Any]:
        _values = self.__dict__
        _lazy: Mapping[str, Any] = _values.get("_source") or {}
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if "billing_info" in _values:
            billing_info = dumped(
                self._dump_billing_info, self.billing_info, _lazy.get("billing_info")
            )
            if billing_info is not UNSET:
                field_dict["billing_info"] = billing_info
        elif "billing_info" in _lazy:
            field_dict["billing_info"] = _lazy["billing_info"]
        if "shipping_info" in _values:
            shipping_info = dumped(
                self._dump_shipping_info, self.shipping_info, _lazy.get("shipping_info")
            )
            if shipping_info is not UNSET:
                field_dict["shipping_info"] = shipping_info
        elif "shipping_info" in _lazy:
            field_dict["shipping_info"] = _lazy["shipping_info"]

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = src_dict if type(src_dict) is dict else source_dict(src_dict)
        _obj = cls.__new__(cls)
        _values = _obj.__dict__
        _values["_source"] = d

        return _obj

    @staticmethod
    def _dump_billing_info(_value: Any) -> Any:
        billing_info: dict[str, Any] | Unset = UNSET
        if not isinstance(_value, Unset):
            billing_info = _value.to_dict()
        return billing_info

    @staticmethod
    def _dump_shipping_info(_value: Any) -> Any:
        shipping_info: dict[str, Any] | Unset = UNSET
        if not isinstance(_value, Unset):
            shipping_info = _value.to_dict()
        return shipping_info

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
    Recipient,
    _FIELD_KEYS,
    ("billing_info", "billing_info", "billing_info.BillingInfo", False, UNSET),
    (
        "shipping_info",
        "shipping_info",
        "contact_information.ContactInformation",
        False,
        UNSET,
    ),
)
