from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.invoice_status import InvoiceStatus
from ..types import UNSET, Unset

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


@_attrs_define
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
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        detail = self.detail.to_dict()

        additional_recipients: list[str] | Unset = UNSET
        if not isinstance(self.additional_recipients, Unset):
            additional_recipients = self.additional_recipients

        amount: dict[str, Any] | Unset = UNSET
        if not isinstance(self.amount, Unset):
            amount = self.amount.to_dict()

        configuration: dict[str, Any] | Unset = UNSET
        if not isinstance(self.configuration, Unset):
            configuration = self.configuration.to_dict()

        due_amount: dict[str, Any] | Unset = UNSET
        if not isinstance(self.due_amount, Unset):
            due_amount = self.due_amount.to_dict()

        gratuity: dict[str, Any] | Unset = UNSET
        if not isinstance(self.gratuity, Unset):
            gratuity = self.gratuity.to_dict()

        id = self.id

        invoicer: dict[str, Any] | Unset = UNSET
        if not isinstance(self.invoicer, Unset):
            invoicer = self.invoicer.to_dict()

        items: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.items, Unset):
            items = []
            for items_item_data in self.items:
                items_item = items_item_data.to_dict()
                items.append(items_item)

        links: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.links, Unset):
            links = []
            for links_item_data in self.links:
                links_item = links_item_data.to_dict()
                links.append(links_item)

        parent_id = self.parent_id

        payments: dict[str, Any] | Unset = UNSET
        if not isinstance(self.payments, Unset):
            payments = self.payments.to_dict()

        primary_recipients: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.primary_recipients, Unset):
            primary_recipients = []
            for primary_recipients_item_data in self.primary_recipients:
                primary_recipients_item = primary_recipients_item_data.to_dict()
                primary_recipients.append(primary_recipients_item)

        refunds: dict[str, Any] | Unset = UNSET
        if not isinstance(self.refunds, Unset):
            refunds = self.refunds.to_dict()

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "detail": detail,
            }
        )
        if additional_recipients is not UNSET:
            field_dict["additional_recipients"] = additional_recipients
        if amount is not UNSET:
            field_dict["amount"] = amount
        if configuration is not UNSET:
            field_dict["configuration"] = configuration
        if due_amount is not UNSET:
            field_dict["due_amount"] = due_amount
        if gratuity is not UNSET:
            field_dict["gratuity"] = gratuity
        if id is not UNSET:
            field_dict["id"] = id
        if invoicer is not UNSET:
            field_dict["invoicer"] = invoicer
        if items is not UNSET:
            field_dict["items"] = items
        if links is not UNSET:
            field_dict["links"] = links
        if parent_id is not UNSET:
            field_dict["parent_id"] = parent_id
        if payments is not UNSET:
            field_dict["payments"] = payments
        if primary_recipients is not UNSET:
            field_dict["primary_recipients"] = primary_recipients
        if refunds is not UNSET:
            field_dict["refunds"] = refunds
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
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

        d = dict(src_dict)
        detail = InvoiceDetail.from_dict(d.pop("detail"))

        additional_recipients = cast(list[str], d.pop("additional_recipients", UNSET))

        _amount = d.pop("amount", UNSET)
        amount: AmountSummary | Unset
        if isinstance(_amount, Unset):
            amount = UNSET
        else:
            amount = AmountSummary.from_dict(_amount)

        _configuration = d.pop("configuration", UNSET)
        configuration: Configuration | Unset
        if isinstance(_configuration, Unset):
            configuration = UNSET
        else:
            configuration = Configuration.from_dict(_configuration)

        _due_amount = d.pop("due_amount", UNSET)
        due_amount: Money | Unset
        if isinstance(_due_amount, Unset):
            due_amount = UNSET
        else:
            due_amount = Money.from_dict(_due_amount)

        _gratuity = d.pop("gratuity", UNSET)
        gratuity: Money | Unset
        if isinstance(_gratuity, Unset):
            gratuity = UNSET
        else:
            gratuity = Money.from_dict(_gratuity)

        id = d.pop("id", UNSET)

        _invoicer = d.pop("invoicer", UNSET)
        invoicer: Invoicer | Unset
        if isinstance(_invoicer, Unset):
            invoicer = UNSET
        else:
            invoicer = Invoicer.from_dict(_invoicer)

        _items = d.pop("items", UNSET)
        items: list[Item] | Unset = UNSET
        if _items is not UNSET:
            items = []
            for items_item_data in _items:
                items_item = Item.from_dict(items_item_data)

                items.append(items_item)

        _links = d.pop("links", UNSET)
        links: list[LinkDescription] | Unset = UNSET
        if _links is not UNSET:
            links = []
            for links_item_data in _links:
                links_item = LinkDescription.from_dict(links_item_data)

                links.append(links_item)

        parent_id = d.pop("parent_id", UNSET)

        _payments = d.pop("payments", UNSET)
        payments: Payments | Unset
        if isinstance(_payments, Unset):
            payments = UNSET
        else:
            payments = Payments.from_dict(_payments)

        _primary_recipients = d.pop("primary_recipients", UNSET)
        primary_recipients: list[Recipient] | Unset = UNSET
        if _primary_recipients is not UNSET:
            primary_recipients = []
            for primary_recipients_item_data in _primary_recipients:
                primary_recipients_item = Recipient.from_dict(
                    primary_recipients_item_data
                )

                primary_recipients.append(primary_recipients_item)

        _refunds = d.pop("refunds", UNSET)
        refunds: Refunds | Unset
        if isinstance(_refunds, Unset):
            refunds = UNSET
        else:
            refunds = Refunds.from_dict(_refunds)

        _status = d.pop("status", UNSET)
        status: InvoiceStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = InvoiceStatus(_status)

        invoice = cls(
            detail=detail,
            additional_recipients=additional_recipients,
            amount=amount,
            configuration=configuration,
            due_amount=due_amount,
            gratuity=gratuity,
            id=id,
            invoicer=invoicer,
            items=items,
            links=links,
            parent_id=parent_id,
            payments=payments,
            primary_recipients=primary_recipients,
            refunds=refunds,
            status=status,
        )

        invoice.additional_properties = d
        return invoice

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
