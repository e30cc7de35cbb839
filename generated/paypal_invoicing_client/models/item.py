from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import (
    REQUIRED,
    dumped,
    enum_value,
    install_lazy_fields,
    source_dict,
)
from ..models.unit_of_measure import UnitOfMeasure
from ..types import UNSET, Unset, missing_field, model_repr

if TYPE_CHECKING:
    from ..models.discount import Discount
    from ..models.money import Money
    from ..models.tax import Tax


T = TypeVar("T", bound="Item")

_FIELD_KEYS = frozenset(
    {
        "name",
        "quantity",
        "unit_amount",
        "description",
        "discount",
        "id",
        "item_date",
        "tax",
        "unit_of_measure",
    }
)

_REQUIRED_FIELDS = {
    "name": "name",
    "quantity": "quantity",
    "unit_amount": "unit_amount",
}


@_attrs_define(slots=False)
class Item:
    """An invoice line item."""

    name: str
    quantity: str
    """ The quantity as a decimal string. """
    unit_amount: Money
    """ An amount in a currency. """
    description: str | Unset = UNSET
    discount: Discount | Unset = UNSET
    """ A discount, as a percent or as an amount. """
    id: str | Unset = UNSET
    item_date: str | Unset = UNSET
    """ A calendar date, `YYYY-MM-DD`. """
    tax: Tax | Unset = UNSET
    """ A tax applied to an item or to shipping. """
    unit_of_measure: UnitOfMeasure | Unset = UNSET
    """ How item quantities are shown. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    if not TYPE_CHECKING:

        def __getattr__(self, name: str) -> Any:
            raise missing_field(self, name, _REQUIRED_FIELDS)

    def __repr__(self) -> str:
        return model_repr(
            self,
            (
                "name",
                "quantity",
                "unit_amount",
                "description",
                "discount",
                "id",
                "item_date",
                "tax",
                "unit_of_measure",
            ),
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Item) or type(other) is not type(self):
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
        if "quantity" in _values:
            quantity = self.quantity
            field_dict["quantity"] = quantity
        if "unit_amount" in _values:
            unit_amount = dumped(
                self._dump_unit_amount, self.unit_amount, _lazy.get("unit_amount")
            )
            field_dict["unit_amount"] = unit_amount
        elif "unit_amount" in _lazy:
            field_dict["unit_amount"] = _lazy["unit_amount"]
        if "description" in _values:
            description = self.description
            if description is not UNSET:
                field_dict["description"] = description
        if "discount" in _values:
            discount = dumped(self._dump_discount, self.discount, _lazy.get("discount"))
            if discount is not UNSET:
                field_dict["discount"] = discount
        elif "discount" in _lazy:
            field_dict["discount"] = _lazy["discount"]
        if "id" in _values:
            id = self.id
            if id is not UNSET:
                field_dict["id"] = id
        if "item_date" in _values:
            item_date = self.item_date
            if item_date is not UNSET:
                field_dict["item_date"] = item_date
        if "tax" in _values:
            tax = dumped(self._dump_tax, self.tax, _lazy.get("tax"))
            if tax is not UNSET:
                field_dict["tax"] = tax
        elif "tax" in _lazy:
            field_dict["tax"] = _lazy["tax"]
        if "unit_of_measure" in _values:
            unit_of_measure = dumped(self._dump_unit_of_measure, self.unit_of_measure)
            if unit_of_measure is not UNSET:
                field_dict["unit_of_measure"] = unit_of_measure

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = src_dict if type(src_dict) is dict else source_dict(src_dict)
        _obj = cls.__new__(cls)
        _values = _obj.__dict__
        _values["_source"] = d
        if "name" in d:
            _values["name"] = d["name"]
        if "quantity" in d:
            _values["quantity"] = d["quantity"]
        _values["description"] = d.get("description", UNSET)
        _values["id"] = d.get("id", UNSET)
        _values["item_date"] = d.get("item_date", UNSET)
        if "unit_of_measure" in d:
            _values["unit_of_measure"] = enum_value(UnitOfMeasure, d["unit_of_measure"])
        else:
            _values["unit_of_measure"] = UNSET

        return _obj

    @staticmethod
    def _dump_unit_amount(_value: Any) -> Any:
        unit_amount = _value.to_dict()
        return unit_amount

    @staticmethod
    def _dump_discount(_value: Any) -> Any:
        discount: dict[str, Any] | Unset = UNSET
        if not isinstance(_value, Unset):
            discount = _value.to_dict()
        return discount

    @staticmethod
    def _dump_tax(_value: Any) -> Any:
        tax: dict[str, Any] | Unset = UNSET
        if not isinstance(_value, Unset):
            tax = _value.to_dict()
        return tax

    @staticmethod
    def _dump_unit_of_measure(_value: Any) -> Any:
        unit_of_measure: str | Unset = UNSET
        if not isinstance(_value, Unset):
            unit_of_measure = _value.value

        return unit_of_measure

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
    Item,
    _FIELD_KEYS,
    ("unit_amount", "unit_amount", "money.Money", False, REQUIRED),
    ("discount", "discount", "discount.Discount", False, UNSET),
    ("tax", "tax", "tax.Tax", False, UNSET),
)
