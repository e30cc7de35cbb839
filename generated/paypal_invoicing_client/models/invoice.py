from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import dumped, loaded
from ..models.invoice_status import InvoiceStatus
from ..types import UNSET, Unset, install_lazy_fields, missing_field, model_repr

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
        _lazy: dict[str, Any] = _values.get("_lazy_fields") or {}
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if "detail" in _values:
            detail = dumped(self._dump_detail, self.detail)
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
            amount = dumped(self._dump_amount, self.amount)
            if amount is not UNSET:
                field_dict["amount"] = amount
        elif "amount" in _lazy:
            field_dict["amount"] = _lazy["amount"]
        if "configuration" in _values:
            configuration = dumped(self._dump_configuration, self.configuration)
            if configuration is not UNSET:
                field_dict["configuration"] = configuration
        elif "configuration" in _lazy:
            field_dict["configuration"] = _lazy["configuration"]
        if "due_amount" in _values:
            due_amount = dumped(self._dump_due_amount, self.due_amount)
            if due_amount is not UNSET:
                field_dict["due_amount"] = due_amount
        elif "due_amount" in _lazy:
            field_dict["due_amount"] = _lazy["due_amount"]
        if "gratuity" in _values:
            gratuity = dumped(self._dump_gratuity, self.gratuity)
            if gratuity is not UNSET:
                field_dict["gratuity"] = gratuity
        elif "gratuity" in _lazy:
            field_dict["gratuity"] = _lazy["gratuity"]
        if "id" in _values:
            id = self.id
            if id is not UNSET:
                field_dict["id"] = id
        if "invoicer" in _values:
            invoicer = dumped(self._dump_invoicer, self.invoicer)
            if invoicer is not UNSET:
                field_dict["invoicer"] = invoicer
        elif "invoicer" in _lazy:
            field_dict["invoicer"] = _lazy["invoicer"]
        if "items" in _values:
            items = dumped(self._dump_items, self.items)
            if items is not UNSET:
                field_dict["items"] = items
        elif "items" in _lazy:
            field_dict["items"] = _lazy["items"]
        if "links" in _values:
            links = dumped(self._dump_links, self.links)
            if links is not UNSET:
                field_dict["links"] = links
        elif "links" in _lazy:
            field_dict["links"] = _lazy["links"]
        if "parent_id" in _values:
            parent_id = self.parent_id
            if parent_id is not UNSET:
                field_dict["parent_id"] = parent_id
        if "payments" in _values:
            payments = dumped(self._dump_payments, self.payments)
            if payments is not UNSET:
                field_dict["payments"] = payments
        elif "payments" in _lazy:
            field_dict["payments"] = _lazy["payments"]
        if "primary_recipients" in _values:
            primary_recipients = dumped(
                self._dump_primary_recipients, self.primary_recipients
            )
            if primary_recipients is not UNSET:
                field_dict["primary_recipients"] = primary_recipients
        elif "primary_recipients" in _lazy:
            field_dict["primary_recipients"] = _lazy["primary_recipients"]
        if "refunds" in _values:
            refunds = dumped(self._dump_refunds, self.refunds)
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
        d = dict(src_dict)
        _obj = cls.__new__(cls)
        _values = _obj.__dict__
        lazy: dict[str, Any] = {}
        _values["_lazy_fields"] = lazy
        if "detail" in d:
            lazy["detail"] = d.pop("detail")
        if "additional_recipients" in d:
            _values["additional_recipients"] = loaded(
                cls._load_additional_recipients, d.pop("additional_recipients")
            )
        else:
            _values["additional_recipients"] = UNSET
        if "amount" in d:
            lazy["amount"] = d.pop("amount")
        if "configuration" in d:
            lazy["configuration"] = d.pop("configuration")
        else:
            _values["configuration"] = UNSET
        if "due_amount" in d:
            lazy["due_amount"] = d.pop("due_amount")
        else:
            _values["due_amount"] = UNSET
        if "gratuity" in d:
            lazy["gratuity"] = d.pop("gratuity")
        else:
            _values["gratuity"] = UNSET
        if "id" in d:
            _values["id"] = d.pop("id")
        if "invoicer" in d:
            lazy["invoicer"] = d.pop("invoicer")
        else:
            _values["invoicer"] = UNSET
        if "items" in d:
            lazy["items"] = d.pop("items")
        else:
            _values["items"] = UNSET
        if "links" in d:
            lazy["links"] = d.pop("links")
        else:
            _values["links"] = UNSET
        _values["parent_id"] = d.pop("parent_id", UNSET)
        if "payments" in d:
            lazy["payments"] = d.pop("payments")
        else:
            _values["payments"] = UNSET
        if "primary_recipients" in d:
            lazy["primary_recipients"] = d.pop("primary_recipients")
        else:
            _values["primary_recipients"] = UNSET
        if "refunds" in d:
            lazy["refunds"] = d.pop("refunds")
        else:
            _values["refunds"] = UNSET
        if "status" in d:
            _values["status"] = loaded(cls._load_status, d.pop("status"))
        _values["unilateral"] = d.pop("unilateral", UNSET)

        _obj.additional_properties = d
        return _obj

    @staticmethod
    def _load_detail(source: Any) -> InvoiceDetail:
        from ..models.invoice_detail import InvoiceDetail

        detail = InvoiceDetail.from_dict(source)

        return detail

    @staticmethod
    def _load_amount(source: Any) -> AmountSummary | Unset:
        from ..models.amount_summary import AmountSummary

        _amount = source
        amount: AmountSummary | Unset
        if isinstance(_amount, Unset):
            amount = UNSET
        else:
            amount = AmountSummary.from_dict(_amount)

        return amount

    @staticmethod
    def _load_configuration(source: Any) -> Configuration | Unset:
        from ..models.configuration import Configuration

        _configuration = source
        configuration: Configuration | Unset
        if isinstance(_configuration, Unset):
            configuration = UNSET
        else:
            configuration = Configuration.from_dict(_configuration)

        return configuration

    @staticmethod
    def _load_due_amount(source: Any) -> Money | Unset:
        from ..models.money import Money

        _due_amount = source
        due_amount: Money | Unset
        if isinstance(_due_amount, Unset):
            due_amount = UNSET
        else:
            due_amount = Money.from_dict(_due_amount)

        return due_amount

    @staticmethod
    def _load_gratuity(source: Any) -> Money | Unset:
        from ..models.money import Money

        _gratuity = source
        gratuity: Money | Unset
        if isinstance(_gratuity, Unset):
            gratuity = UNSET
        else:
            gratuity = Money.from_dict(_gratuity)

        return gratuity

    @staticmethod
    def _load_invoicer(source: Any) -> Invoicer | Unset:
        from ..models.invoicer import Invoicer

        _invoicer = source
        invoicer: Invoicer | Unset
        if isinstance(_invoicer, Unset):
            invoicer = UNSET
        else:
            invoicer = Invoicer.from_dict(_invoicer)

        return invoicer

    @staticmethod
    def _load_items(source: Any) -> list[Item] | Unset:
        from ..models.item import Item

        _items = source
        items: list[Item] | Unset = UNSET
        if _items is not UNSET:
            items = []
            for items_item_data in _items:
                items_item = Item.from_dict(items_item_data)

                items.append(items_item)

        return items

    @staticmethod
    def _load_links(source: Any) -> list[LinkDescription] | Unset:
        from ..models.link_description import LinkDescription

        _links = source
        links: list[LinkDescription] | Unset = UNSET
        if _links is not UNSET:
            links = []
            for links_item_data in _links:
                links_item = LinkDescription.from_dict(links_item_data)

                links.append(links_item)

        return links

    @staticmethod
    def _load_payments(source: Any) -> Payments | Unset:
        from ..models.payments import Payments

        _payments = source
        payments: Payments | Unset
        if isinstance(_payments, Unset):
            payments = UNSET
        else:
            payments = Payments.from_dict(_payments)

        return payments

    @staticmethod
    def _load_primary_recipients(source: Any) -> list[Recipient] | Unset:
        from ..models.recipient import Recipient

        _primary_recipients = source
        primary_recipients: list[Recipient] | Unset = UNSET
        if _primary_recipients is not UNSET:
            primary_recipients = []
            for primary_recipients_item_data in _primary_recipients:
                primary_recipients_item = Recipient.from_dict(
                    primary_recipients_item_data
                )

                primary_recipients.append(primary_recipients_item)

        return primary_recipients

    @staticmethod
    def _load_refunds(source: Any) -> Refunds | Unset:
        from ..models.refunds import Refunds

        _refunds = source
        refunds: Refunds | Unset
        if isinstance(_refunds, Unset):
            refunds = UNSET
        else:
            refunds = Refunds.from_dict(_refunds)

        return refunds

    @staticmethod
    def _load_additional_recipients(source: Any) -> list[str] | Unset:
        additional_recipients = cast(list[str], source)

        return additional_recipients

    @staticmethod
    def _load_status(source: Any) -> InvoiceStatus | Unset:
        _status = source
        status: InvoiceStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = InvoiceStatus(_status)

        return status

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
    "detail",
    "amount",
    "configuration",
    "due_amount",
    "gratuity",
    "invoicer",
    "items",
    "links",
    "payments",
    "primary_recipients",
    "refunds",
)
