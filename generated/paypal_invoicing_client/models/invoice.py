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
from ..models.invoice_status import InvoiceStatus
from ..types import UNSET, Unset, missing_field, model_repr

if TYPE_CHECKING:
    from ..models.amount_summary import AmountSummary
    from ..models.configuration import Configuration
    from ..models.invoice_detail import InvoiceDetail
    from ..models.invoicer import Invoicer
    from ..models.item import Item
    from ..models.link_description import LinkDescription
    from ..models.money import Money
    from ..models.payments import Payments
    from ..models.recipient import Recipient
    from ..models.refunds import Refunds


T = TypeVar("T", bound="Invoice")

_FIELD_KEYS = frozenset(
    {
        "detail",
        "additional_recipients",
        "amount",
        "configuration",
        "due_amount",
        "gratuity",
        "id",
        "invoicer",
        "items",
        "links",
        "parent_id",
        "payments",
        "primary_recipients",
        "refunds",
        "status",
        "unilateral",
    }
)

_REQUIRED_FIELDS = {
    "detail": "detail",
    "amount": "amount",
    "id": "id",
    "status": "status",
}


@_attrs_define(slots=False)
class Invoice:
    """An invoice."""

    detail: InvoiceDetail
    """ The header of an invoice. """
    additional_recipients: list[str] | Unset = UNSET
    """ Email addresses copied on the invoice. """
    amount: AmountSummary | Unset = UNSET
    """ The invoice total. PayPal computes `currency_code` and `value`; a request may carry only the breakdown
    inputs. """
    configuration: Configuration | Unset = UNSET
    """ Invoice settings. """
    due_amount: Money | Unset = UNSET
    """ An amount in a currency. """
    gratuity: Money | Unset = UNSET
    """ An amount in a currency. """
    id: str | Unset = UNSET
    invoicer: Invoicer | Unset = UNSET
    """ The merchant who issues the invoice. """
    items: list[Item] | Unset = UNSET
    links: list[LinkDescription] | Unset = UNSET
    parent_id: str | Unset = UNSET
    """ The group invoice this one belongs to. """
    payments: Payments | Unset = UNSET
    """ The payments made on an invoice. """
    primary_recipients: list[Recipient] | Unset = UNSET
    refunds: Refunds | Unset = UNSET
    """ The refunds made on an invoice. """
    status: InvoiceStatus | Unset = UNSET
    """ The state of an invoice. """
    unilateral: bool | Unset = UNSET
    """ Whether the invoice was sent to a recipient without a PayPal account of its own (a unilateral invoice). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    if not TYPE_CHECKING:

        def __getattr__(self, name: str) -> Any:
            raise missing_field(self, name, _REQUIRED_FIELDS)

    def __repr__(self) -> str:
        return model_repr(
            self,
            (
                "detail",
                "additional_recipients",
                "amount",
                "configuration",
                "due_amount",
                "gratuity",
                "id",
                "invoicer",
                "items",
                "links",
                "parent_id",
                "payments",
                "primary_recipients",
                "refunds",
                "status",
                "unilateral",
            ),
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Invoice) or type(other) is not type(self):
            return NotImplemented
        return self.to_dict() == other.to_dict()

    def to_dict(self) -> dict[str, Any]:
        _values = self.__dict__
        _lazy: Mapping[str, Any] = _values.get("_source") or {}
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if "detail" in _values:
            detail = dumped(self._dump_detail, self.detail, _lazy.get("detail"))
            field_dict["detail"] = detail
        elif "detail" in _lazy:
            field_dict["detail"] = _lazy["detail"]
        if "additional_recipients" in _values:
            additional_recipients = dumped(
                self._dump_additional_recipients, self.additional_recipients
            )
            if additional_recipients is not UNSET:
                field_dict["additional_recipients"] = additional_recipients
        if "amount" in _values:
            amount = dumped(self._dump_amount, self.amount, _lazy.get("amount"))
            if amount is not UNSET:
                field_dict["amount"] = amount
        elif "amount" in _lazy:
            field_dict["amount"] = _lazy["amount"]
        if "configuration" in _values:
            configuration = dumped(
                self._dump_configuration, self.configuration, _lazy.get("configuration")
            )
            if configuration is not UNSET:
                field_dict["configuration"] = configuration
        elif "configuration" in _lazy:
            field_dict["configuration"] = _lazy["configuration"]
        if "due_amount" in _values:
            due_amount = dumped(
                self._dump_due_amount, self.due_amount, _lazy.get("due_amount")
            )
            if due_amount is not UNSET:
                field_dict["due_amount"] = due_amount
        elif "due_amount" in _lazy:
            field_dict["due_amount"] = _lazy["due_amount"]
        if "gratuity" in _values:
            gratuity = dumped(self._dump_gratuity, self.gratuity, _lazy.get("gratuity"))
            if gratuity is not UNSET:
                field_dict["gratuity"] = gratuity
        elif "gratuity" in _lazy:
            field_dict["gratuity"] = _lazy["gratuity"]
        if "id" in _values:
            id = self.id
            if id is not UNSET:
                field_dict["id"] = id
        if "invoicer" in _values:
            invoicer = dumped(self._dump_invoicer, self.invoicer, _lazy.get("invoicer"))
            if invoicer is not UNSET:
                field_dict["invoicer"] = invoicer
        elif "invoicer" in _lazy:
            field_dict["invoicer"] = _lazy["invoicer"]
        if "items" in _values:
            items = dumped(self._dump_items, self.items, _lazy.get("items"))
            if items is not UNSET:
                field_dict["items"] = items
        elif "items" in _lazy:
            field_dict["items"] = _lazy["items"]
        if "links" in _values:
            links = dumped(self._dump_links, self.links, _lazy.get("links"))
            if links is not UNSET:
                field_dict["links"] = links
        elif "links" in _lazy:
            field_dict["links"] = _lazy["links"]
        if "parent_id" in _values:
            parent_id = self.parent_id
            if parent_id is not UNSET:
                field_dict["parent_id"] = parent_id
        if "payments" in _values:
            payments = dumped(self._dump_payments, self.payments, _lazy.get("payments"))
            if payments is not UNSET:
                field_dict["payments"] = payments
        elif "payments" in _lazy:
            field_dict["payments"] = _lazy["payments"]
        if "primary_recipients" in _values:
            primary_recipients = dumped(
                self._dump_primary_recipients,
                self.primary_recipients,
                _lazy.get("primary_recipients"),
            )
            if primary_recipients is not UNSET:
                field_dict["primary_recipients"] = primary_recipients
        elif "primary_recipients" in _lazy:
            field_dict["primary_recipients"] = _lazy["primary_recipients"]
        if "refunds" in _values:
            refunds = dumped(self._dump_refunds, self.refunds, _lazy.get("refunds"))
            if refunds is not UNSET:
                field_dict["refunds"] = refunds
        elif "refunds" in _lazy:
            field_dict["refunds"] = _lazy["refunds"]
        if "status" in _values:
            status = dumped(self._dump_status, self.status)
            if status is not UNSET:
                field_dict["status"] = status
        if "unilateral" in _values:
            unilateral = self.unilateral
            if unilateral is not UNSET:
                field_dict["unilateral"] = unilateral

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = src_dict if type(src_dict) is dict else source_dict(src_dict)
        _obj = cls.__new__(cls)
        _values = _obj.__dict__
        _values["_source"] = d
        _values["additional_recipients"] = d.get("additional_recipients", UNSET)
        if "id" in d:
            _values["id"] = d["id"]
        _values["parent_id"] = d.get("parent_id", UNSET)
        if "status" in d:
            _values["status"] = enum_value(InvoiceStatus, d["status"])
        _values["unilateral"] = d.get("unilateral", UNSET)

        return _obj

    @staticmethod
    def _dump_detail(_value: Any) -> Any:
        detail = _value.to_dict()
        return detail

    @staticmethod
    def _dump_additional_recipients(_value: Any) -> Any:
        additional_recipients: list[str] | Unset = UNSET
        if not isinstance(_value, Unset):
            additional_recipients = _value

        return additional_recipients

    @staticmethod
    def _dump_amount(_value: Any) -> Any:
        amount: dict[str, Any] | Unset = UNSET
        if not isinstance(_value, Unset):
            amount = _value.to_dict()
        return amount

    @staticmethod
    def _dump_configuration(_value: Any) -> Any:
        configuration: dict[str, Any] | Unset = UNSET
        if not isinstance(_value, Unset):
            configuration = _value.to_dict()
        return configuration

    @staticmethod
    def _dump_due_amount(_value: Any) -> Any:
        due_amount: dict[str, Any] | Unset = UNSET
        if not isinstance(_value, Unset):
            due_amount = _value.to_dict()
        return due_amount

    @staticmethod
    def _dump_gratuity(_value: Any) -> Any:
        gratuity: dict[str, Any] | Unset = UNSET
        if not isinstance(_value, Unset):
            gratuity = _value.to_dict()
        return gratuity

    @staticmethod
    def _dump_invoicer(_value: Any) -> Any:
        invoicer: dict[str, Any] | Unset = UNSET
        if not isinstance(_value, Unset):
            invoicer = _value.to_dict()
        return invoicer

    @staticmethod
    def _dump_items(_value: Any) -> Any:
        items: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(_value, Unset):
            items = []
            for items_item_data in _value:
                items_item = items_item_data.to_dict()
                items.append(items_item)

        return items

    @staticmethod
    def _dump_links(_value: Any) -> Any:
        links: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(_value, Unset):
            links = []
            for links_item_data in _value:
                links_item = links_item_data.to_dict()
                links.append(links_item)

        return links

    @staticmethod
    def _dump_payments(_value: Any) -> Any:
        payments: dict[str, Any] | Unset = UNSET
        if not isinstance(_value, Unset):
            payments = _value.to_dict()
        return payments

    @staticmethod
    def _dump_primary_recipients(_value: Any) -> Any:
        primary_recipients: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(_value, Unset):
            primary_recipients = []
            for primary_recipients_item_data in _value:
                primary_recipients_item = primary_recipients_item_data.to_dict()
                primary_recipients.append(primary_recipients_item)

        return primary_recipients

    @staticmethod
    def _dump_refunds(_value: Any) -> Any:
        refunds: dict[str, Any] | Unset = UNSET
        if not isinstance(_value, Unset):
            refunds = _value.to_dict()
        return refunds

    @staticmethod
    def _dump_status(_value: Any) -> Any:
        status: str | Unset = UNSET
        if not isinstance(_value, Unset):
            status = _value.value

        return status

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
    Invoice,
    _FIELD_KEYS,
    ("detail", "detail", "invoice_detail.InvoiceDetail", False, REQUIRED),
    ("amount", "amount", "amount_summary.AmountSummary", False, REQUIRED),
    ("configuration", "configuration", "configuration.Configuration", False, UNSET),
    ("due_amount", "due_amount", "money.Money", False, UNSET),
    ("gratuity", "gratuity", "money.Money", False, UNSET),
    ("invoicer", "invoicer", "invoicer.Invoicer", False, UNSET),
    ("items", "items", "item.Item", True, UNSET),
    ("links", "links", "link_description.LinkDescription", True, UNSET),
    ("payments", "payments", "payments.Payments", False, UNSET),
    ("primary_recipients", "primary_recipients", "recipient.Recipient", True, UNSET),
    ("refunds", "refunds", "refunds.Refunds", False, UNSET),
)
