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
from ..models.v1_invoice_item_unit_of_measure import V1InvoiceItemUnitOfMeasure
from ..types import UNSET, Unset, missing_field, model_repr

if TYPE_CHECKING:
    from ..models.v1_currency import V1Currency
    from ..models.v1_discount import V1Discount
    from ..models.v1_tax import V1Tax


T = TypeVar("T", bound="V1InvoiceItem")

_FIELD_KEYS = frozenset(
    {
        "name",
        "quantity",
        "unit_price",
        "date",
        "description",
        "discount",
        "tax",
        "unit_of_measure",
    }
)

_REQUIRED_FIELDS = {
    "name": "name",
    "quantity": "quantity",
    "unit_price": "unit_price",
}


@_attrs_define(slots=False)
class V1InvoiceItem:
    """The invoice line item information."""

    name: str
    """ The item name. """
    quantity: float
    """ The item quantity. Value is from `-10000` to `10000`. Supports up to five decimal places. """
    unit_price: V1Currency
    """ The currency and amount for a financial transaction, such as a balance or payment due. """
    date: str | Unset = UNSET
    """ The date when the item or service was provided, in [Internet date and time
    format](https://tools.ietf.org/html/rfc3339#section-5.6). For example, *yyyy*-*MM*-*dd* *z*. PayPal's v1 dates
    carry a time-zone name (for example `2014-02-27 PST`), so they are kept as text. """
    description: str | Unset = UNSET
    """ The item description. """
    discount: V1Discount | Unset = UNSET
    """ The discount as a percent or an amount value. For example, to specify 10%, enter `10`. Alternatively, to
    specify an amount of 5, enter `5`. """
    tax: V1Tax | Unset = UNSET
    """ The tax information. """
    unit_of_measure: V1InvoiceItemUnitOfMeasure | Unset = UNSET
    """ The unit of measure for the invoiced item. For `AMOUNT` the `unit_price` and `quantity` are not shown on the
    invoice.
    > **Note:** If your specify different `unit_of_measure` values for the same invoice, the invoice uses the first
    value.

    PayPal also sends these in mixed case (for example `Hours`). """
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
                "unit_price",
                "date",
                "description",
                "discount",
                "tax",
                "unit_of_measure",
            ),
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, V1InvoiceItem) or type(other) is not type(self):
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
        if "unit_price" in _values:
            unit_price = dumped(
                self._dump_unit_price, self.unit_price, _lazy.get("unit_price")
            )
            field_dict["unit_price"] = unit_price
        elif "unit_price" in _lazy:
            field_dict["unit_price"] = _lazy["unit_price"]
        if "date" in _values:
            date = self.date
            if date is not UNSET:
                field_dict["date"] = date
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
        _values["date"] = d.get("date", UNSET)
        _values["description"] = d.get("description", UNSET)
        if "unit_of_measure" in d:
            _values["unit_of_measure"] = enum_value(
                V1InvoiceItemUnitOfMeasure, d["unit_of_measure"]
            )
        else:
            _values["unit_of_measure"] = UNSET

        return _obj

    @staticmethod
    def _dump_unit_price(_value: Any) -> Any:
        unit_price = _value.to_dict()
        return unit_price

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
    V1InvoiceItem,
    _FIELD_KEYS,
    ("unit_price", "unit_price", "v1_currency.V1Currency", False, REQUIRED),
    ("discount", "discount", "v1_discount.V1Discount", False, UNSET),
    ("tax", "tax", "v1_tax.V1Tax", False, UNSET),
)
