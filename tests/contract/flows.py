"""Set-up steps shared by the contract tests (they are recorded in each test's own cassette)."""

from __future__ import annotations

from typing import Any

from paypal_invoicing_client import AuthenticatedClient
from paypal_invoicing_client.api.invoices import (
    create_invoice,
    record_invoice_payment,
    send_invoice,
)
from paypal_invoicing_client.models import Invoice, Notification, PaymentDetail, PaymentReference
from tests.contract import bodies


def created(client: AuthenticatedClient, **options: Any) -> Invoice:
    """A new draft invoice (``bodies.invoice(**options)``), full representation."""
    invoice = create_invoice.sync(
        client=client,
        body=Invoice.from_dict(bodies.invoice(**options)),
        prefer="return=representation",
    )
    assert isinstance(invoice, Invoice), invoice
    return invoice


def sent(client: AuthenticatedClient, **options: Any) -> Invoice:
    """A new invoice, sent (status UNPAID)."""
    invoice = created(client, **options)
    send_invoice.sync_detailed(
        invoice.id, client=client, body=Notification.from_dict(bodies.notification())
    )
    return invoice


def paid(client: AuthenticatedClient, value: str, **options: Any) -> tuple[str, str]:
    """A sent invoice with a recorded payment of ``value``: (invoice id, payment id)."""
    invoice = sent(client, **options)
    reference = record_invoice_payment.sync(
        invoice.id, client=client, body=PaymentDetail.from_dict(bodies.payment(value))
    )
    assert isinstance(reference, PaymentReference), reference
    return invoice.id, str(reference.payment_id)
