"""The demo behind ``paypal-invoicing demo``: a whole invoice lifecycle, step by step.

It uses only what users use: :func:`paypal_invoicing.connect`, the generated endpoint modules and
models, :func:`paginate` and :func:`qr_code_png`. Errors arrive as
:class:`~paypal_invoicing.PayPalError`.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from paypal_invoicing_client.api.invoices import (
    cancel_invoice,
    create_invoice,
    delete_invoice,
    generate_invoice_number,
    get_invoice,
    list_invoices,
    record_invoice_payment,
    record_invoice_refund,
    search_invoices,
    send_invoice,
)
from paypal_invoicing_client.api.templates import create_template, list_templates
from paypal_invoicing_client.models import (
    Invoice,
    InvoiceStatus,
    Money,
    Notification,
    PaymentDetail,
    PaymentMethod,
    RefundDetail,
    SearchData,
    Template,
)
from paypal_invoicing_client.types import Unset

from ._errors import PayPalError, PayPalInvoicingError
from .pagination import paginate
from .qr import qr_code_png

if TYPE_CHECKING:
    from paypal_invoicing_client import AuthenticatedClient

    from .sandbox.receiver import WebhookReceiver

__all__ = ["run_lifecycle", "sample_invoice", "show_webhooks"]

# PayPal's documented sample (seed 004's create request): PayPal computes a total of 74.21 USD.
_ITEMS: list[dict[str, Any]] = [
    {
        "name": "Yoga Mat",
        "description": "Elastic mat to practice yoga.",
        "quantity": "1",
        "unit_amount": {"currency_code": "USD", "value": "50.00"},
        "tax": {"name": "Sales Tax", "percent": "7.25"},
        "discount": {"percent": "5"},
        "unit_of_measure": "QUANTITY",
    },
    {
        "name": "Yoga t-shirt",
        "quantity": "1",
        "unit_amount": {"currency_code": "USD", "value": "10.00"},
        "tax": {"name": "Sales Tax", "percent": "7.25"},
        "discount": {"amount": {"currency_code": "USD", "value": "5.00"}},
        "unit_of_measure": "QUANTITY",
    },
]


def sample_invoice(
    number: str | None = None, note: str = "Thank you for your business."
) -> Invoice:
    """PayPal's documented sample invoice as a generated model, optionally with a number."""
    detail: dict[str, Any] = {"currency_code": "USD", "note": note, "memo": "paypal-invoicing demo"}
    if number is not None:
        detail["invoice_number"] = number
    return Invoice.from_dict(
        {
            "detail": detail,
            "primary_recipients": [
                {
                    "billing_info": {
                        "name": {"given_name": "Stephanie", "surname": "Meyers"},
                        "email_address": "bill-me@example.com",
                    }
                }
            ],
            "items": _ITEMS,
            "configuration": {
                "partial_payment": {
                    "allow_partial_payment": True,
                    "minimum_amount_due": {"currency_code": "USD", "value": "20.00"},
                },
                "tax_calculated_after_discount": True,
            },
            "amount": {
                "breakdown": {
                    "custom": {
                        "label": "Packing Charges",
                        "amount": {"currency_code": "USD", "value": "10.00"},
                    },
                    "shipping": {
                        "amount": {"currency_code": "USD", "value": "10.00"},
                        "tax": {"name": "Sales Tax", "percent": "7.25"},
                    },
                    "discount": {"invoice_discount": {"percent": "5"}},
                }
            },
        }
    )


def _step(number: int, title: str) -> None:
    print(f"\n{number:>2}. {title}", flush=True)


def _show(label: str, value: object) -> None:
    print(f"    {label:<22} {value}", flush=True)


def _money(value: Money | Unset) -> str:
    return "-" if isinstance(value, Unset) else f"{value.value} {value.currency_code}"


def _answer(result: Any, what: str) -> Any:
    """The parsed answer; ``connect()`` raises on error statuses, so only None is left to check."""
    if result is None:
        raise PayPalInvoicingError(f"{what}: PayPal's answer could not be read")
    return result


def run_lifecycle(client: AuthenticatedClient, output_dir: Path) -> None:
    """Create, send, pay, refund, search, list, template, cancel and delete; print each step."""

    def fetch(invoice_id: str) -> Any:
        return _answer(get_invoice.sync(invoice_id, client=client), "get_invoice")

    _step(1, "Next invoice number")
    number = _answer(generate_invoice_number.sync(client=client), "number").invoice_number
    _show("invoice_number", number)

    _step(2, "Create a draft invoice (PayPal's documented sample)")
    draft = _answer(
        create_invoice.sync(client=client, body=sample_invoice(number)), "create_invoice"
    )
    breakdown = draft.amount.breakdown
    _show("id", draft.id)
    _show("status", draft.status)
    _show("item total", _money(breakdown.item_total))
    _show("item discount", _money(breakdown.discount.item_discount))
    _show("invoice discount", _money(breakdown.discount.invoice_discount.amount))
    _show("tax total", _money(breakdown.tax_total))
    _show(
        "shipping / custom",
        f"{_money(breakdown.shipping.amount)} / {_money(breakdown.custom.amount)}",
    )
    _show("total", f"{draft.amount.value} {draft.amount.currency_code}")
    invoice_id = str(draft.id)

    _step(3, "Send it")
    send_invoice.sync(invoice_id, client=client, body=Notification(send_to_invoicer=True))
    sent = fetch(invoice_id)
    _show("status", sent.status)
    _show("payer link", sent.detail.metadata.recipient_view_url)

    _step(4, "QR code of the payer link, saved as a PNG")
    png = qr_code_png(invoice_id, client=client, width=300, height=300)
    output_dir.mkdir(parents=True, exist_ok=True)
    qr_path = output_dir / f"qr-{invoice_id}.png"
    qr_path.write_bytes(png)
    _show("saved", f"{qr_path} ({len(png)} bytes)")

    def record(operation: Any, detail: Any, amount: Any) -> Any:
        """Record a bank transfer (a payment or a refund) of ``amount``; the invoice after it."""
        body = detail(method=PaymentMethod.BANK_TRANSFER, amount=amount)
        operation.sync(invoice_id, client=client, body=body)
        now = fetch(invoice_id)
        _show("status", now.status)
        return now

    _step(5, "Record a partial payment of 30.00")
    now = record(record_invoice_payment, PaymentDetail, Money(currency_code="USD", value="30.00"))
    _show("due", _money(now.due_amount))

    _step(6, "Record the rest")
    now = record(record_invoice_payment, PaymentDetail, now.due_amount)
    _show("due", _money(now.due_amount))

    _step(7, "Refund 10.00")
    now = record(record_invoice_refund, RefundDetail, Money(currency_code="USD", value="10.00"))
    _show("refunded", _money(now.refunds.refund_amount))

    _step(8, "Search: partially refunded invoices")
    found = _answer(
        search_invoices.sync(
            client=client, body=SearchData(status=[InvoiceStatus.PARTIALLY_REFUNDED])
        ),
        "search_invoices",
    )
    _show("found", ", ".join(str(item.id) for item in found.items or []) or "none")

    _step(9, "Three more drafts, then every invoice, two per page")
    drafts = []
    for i in range(1, 4):
        body = sample_invoice(note=f"Draft {i}")
        drafts.append(str(_answer(create_invoice.sync(client=client, body=body), "create").id))
    first = _answer(list_invoices.sync(client=client, page_size=2, total_required=True), "list")
    _show("total items / pages", f"{first.total_items} / {first.total_pages}")
    for item in paginate(list_invoices, client=client, page_size=2):
        _show(str(item.id), f"{item.status!s:<20} {item.detail.invoice_number}")

    _step(10, "Create a template and list templates")
    template = _answer(
        create_template.sync(
            client=client,
            body=Template.from_dict(
                {
                    "name": f"Yoga classes {number}",
                    "template_info": {
                        "detail": {"currency_code": "USD", "note": "Namaste"},
                        "items": _ITEMS[:1],
                    },
                }
            ),
        ),
        "create_template",
    )
    _show("created", f"{template.id} {template.name}")
    for row in _answer(list_templates.sync(client=client), "list_templates").templates or []:
        _show(str(row.id), row.name)

    _step(11, "Cancel a sent invoice; delete a draft; a refused delete")
    send_invoice.sync(drafts[0], client=client)
    cancel_invoice.sync(drafts[0], client=client, body=Notification(send_to_recipient=False))
    _show(drafts[0], fetch(drafts[0]).status)
    delete_invoice.sync(drafts[1], client=client)
    _show(drafts[1], "deleted")
    try:
        delete_invoice.sync(drafts[0], client=client)
    except PayPalError as exc:
        _show("delete cancelled", f"refused: {exc.name} {[d.get('issue') for d in exc.details]}")


def show_webhooks(receiver: WebhookReceiver, step: int = 12) -> int:
    """Verify every delivery ``receiver`` got and print one line each; how many there were."""
    _step(step, "Webhooks the sandbox delivered, each signature verified")
    deliveries = receiver.deliveries
    for delivery in deliveries:
        event = receiver.verify(delivery)
        invoice = event.invoice
        about = "-" if invoice is None else f"{invoice.id} {invoice.status}"
        print(f"    {event.event_type:<28} {about}", flush=True)
    return len(deliveries)
