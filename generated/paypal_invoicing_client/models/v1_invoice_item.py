from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.v1_invoice_item_unit_of_measure import V1InvoiceItemUnitOfMeasure
from ..types import UNSET, Unset, install_lazy_fields

if TYPE_CHECKING:
    from ..models.v1_currency import V1Currency
    from ..models.v1_discount import V1Discount
    from ..models.v1_tax import V1Tax


T = TypeVar("T", bound="V1InvoiceItem")


@_attrs_define(slots=False)
class V1InvoiceItem:
    name: str
    quantity: float
    unit_price: V1Currency
    date: str | Unset = UNSET
    """ PayPal's v1 dates carry a time-zone name (for example `2014-02-27 PST`), so they are kept as text. """
    description: str | Unset = UNSET
    discount: V1Discount | Unset = UNSET
    tax: V1Tax | Unset = UNSET
    unit_of_measure: V1InvoiceItemUnitOfMeasure | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        quantity = self.quantity

        unit_price = self.unit_price.to_dict()

        date = self.date

        description = self.description

        discount: dict[str, Any] | Unset = UNSET
        if not isinstance(self.discount, Unset):
            discount = self.discount.to_dict()

        tax: dict[str, Any] | Unset = UNSET
        if not isinstance(self.tax, Unset):
            tax = self.tax.to_dict()

        unit_of_measure: str | Unset = UNSET
        if not isinstance(self.unit_of_measure, Unset):
            unit_of_measure = self.unit_of_measure.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "quantity": quantity,
                "unit_price": unit_price,
            }
        )
        if date is not UNSET:
            field_dict["date"] = date
        if description is not UNSET:
            field_dict["description"] = description
        if discount is not UNSET:
            field_dict["discount"] = discount
        if tax is not UNSET:
            field_dict["tax"] = tax
        if unit_of_measure is not UNSET:
            field_dict["unit_of_measure"] = unit_of_measure

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        lazy: dict[str, Any] = {}
        name = d.pop("name")

        quantity = d.pop("quantity")

        lazy["unit_price"] = d.pop("unit_price")

        date = d.pop("date", UNSET)

        description = d.pop("description", UNSET)

        if "discount" in d:
            lazy["discount"] = d.pop("discount")

        if "tax" in d:
            lazy["tax"] = d.pop("tax")

        _unit_of_measure = d.pop("unit_of_measure", UNSET)
        unit_of_measure: V1InvoiceItemUnitOfMeasure | Unset
        if isinstance(_unit_of_measure, Unset):
            unit_of_measure = UNSET
        else:
            unit_of_measure = V1InvoiceItemUnitOfMeasure(_unit_of_measure)

        _obj = cls.__new__(cls)
        _obj.__dict__.update(
            name=name,
            quantity=quantity,
            date=date,
            description=description,
            unit_of_measure=unit_of_measure,
            _lazy_fields=lazy,
        )
        if "discount" not in lazy:
            _obj.__dict__["discount"] = UNSET
        if "tax" not in lazy:
            _obj.__dict__["tax"] = UNSET

        _obj.additional_properties = d
        return _obj

    @staticmethod
    def _load_unit_price(source: Any) -> V1Currency:
        from ..models.v1_currency import V1Currency

        unit_price = V1Currency.from_dict(source)

        return unit_price

    @staticmethod
    def _load_discount(source: Any) -> V1Discount | Unset:
        from ..models.v1_discount import V1Discount

        _discount = source
        discount: V1Discount | Unset
        if isinstance(_discount, Unset):
            discount = UNSET
        else:
            discount = V1Discount.from_dict(_discount)

        return discount

    @staticmethod
    def _load_tax(source: Any) -> V1Tax | Unset:
        from ..models.v1_tax import V1Tax

        _tax = source
        tax: V1Tax | Unset
        if isinstance(_tax, Unset):
            tax = UNSET
        else:
            tax = V1Tax.from_dict(_tax)

        return tax

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
    "unit_price",
    "discount",
    "tax",
)
