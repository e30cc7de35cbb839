"""str(error) carries PayPal's sentence (each detail's description), through connect()'s client."""

from __future__ import annotations

import pytest

from paypal_invoicing import UnprocessableEntityError
from paypal_invoicing.pytest_plugin import PayPalSandbox
from paypal_invoicing_client.api.invoices import (
    create_invoice,
    record_invoice_payment,
    send_invoice,
)
from paypal_invoicing_client.models import Invoice, Notification, PaymentDetail
from tests.sandbox.helpers import simple_invoice

PARTIAL = PaymentDetail.from_dict(
    {
        "method": "BANK_TRANSFER",
        "payment_date": "2024-05-01",
        "amount": {"currency_code": "USD", "value": "10.00"},
    }
)


def _sent(paypal_sandbox: PayPalSandbox) -> str:
    client = paypal_sandbox.client
    invoice = create_invoice.sync(client=client, body=Invoice.from_dict(simple_invoice()))
    assert isinstance(invoice.id, str)
    send_invoice.sync(invoice.id, client=client, body=Notification(send_to_recipient=False))
    return invoice.id


def _says_why(error: UnprocessableEntityError, secret: str) -> None:
    text = str(error)
    assert "/amount/value: PARTIAL_PAYMENT_NOT_ALLOWED: The invoice must be paid in full" in text
    assert "allow_partial_payment" in text
    assert secret not in text and secret not in repr(error)


def test_a_refused_partial_payment_says_why_sync(paypal_sandbox: PayPalSandbox) -> None:
    invoice_id = _sent(paypal_sandbox)
    with pytest.raises(UnprocessableEntityError) as error:
        record_invoice_payment.sync(invoice_id, client=paypal_sandbox.client, body=PARTIAL)
    _says_why(error.value, paypal_sandbox.client_secret)


@pytest.mark.asyncio
async def test_a_refused_partial_payment_says_why_async(paypal_sandbox: PayPalSandbox) -> None:
    invoice_id = _sent(paypal_sandbox)
    with pytest.raises(UnprocessableEntityError) as error:
        await record_invoice_payment.asyncio(invoice_id, client=paypal_sandbox.client, body=PARTIAL)
    _says_why(error.value, paypal_sandbox.client_secret)
