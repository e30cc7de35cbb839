from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.unit_of_measure import UnitOfMeasure
from ..types import UNSET, Unset, install_lazy_fields

if TYPE_CHECKING:
    from ..models.discount import Discount
    from ..models.money import Money
    from ..models.tax import Tax


T = TypeVar("T", bound="Item")


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

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        quantity = self.quantity

        unit_amount = self.unit_amount.to_dict()

        description = self.description

        discount: dict[str, Any] | Unset = UNSET
        if not isinstance(self.discount, Unset):
            discount = self.discount.to_dict()

        id = self.id

        item_date = self.item_date

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
                "unit_amount": unit_amount,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if discount is not UNSET:
            field_dict["discount"] = discount
        if id is not UNSET:
            field_dict["id"] = id
        if item_date is not UNSET:
            field_dict["item_date"] = item_date
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

        lazy["unit_amount"] = d.pop("unit_amount")

        description = d.pop("description", UNSET)

        if "discount" in d:
            lazy["discount"] = d.pop("discount")

        id = d.pop("id", UNSET)

        item_date = d.pop("item_date", UNSET)

        if "tax" in d:
            lazy["tax"] = d.pop("tax")

        _unit_of_measure = d.pop("unit_of_measure", UNSET)
        unit_of_measure: UnitOfMeasure | Unset
        if isinstance(_unit_of_measure, Unset):
            unit_of_measure = UNSET
        else:
            unit_of_measure = UnitOfMeasure(_unit_of_measure)

        _obj = cls.__new__(cls)
        _obj.__dict__.update(
            name=name,
            quantity=quantity,
            description=description,
            id=id,
            item_date=item_date,
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
    def _load_unit_amount(source: Any) -> Money:
        from ..models.money import Money

        unit_amount = Money.from_dict(source)

        return unit_amount

    @staticmethod
    def _load_discount(source: Any) -> Discount | Unset:
        from ..models.discount import Discount

        _discount = source
        discount: Discount | Unset
        if isinstance(_discount, Unset):
            discount = UNSET
        else:
            discount = Discount.from_dict(_discount)

        return discount

    @staticmethod
    def _load_tax(source: Any) -> Tax | Unset:
        from ..models.tax import Tax

        _tax = source
        tax: Tax | Unset
        if isinstance(_tax, Unset):
            tax = UNSET
        else:
            tax = Tax.from_dict(_tax)

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
    Item,
    "unit_amount",
    "discount",
    "tax",
)
