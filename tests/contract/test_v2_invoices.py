"""Contract: every v2 invoice operation, sync, through ``connect()`` and its cassette."""

from __future__ import annotations

from http import HTTPStatus

import pytest

from paypal_invoicing import NotFoundError
from paypal_invoicing.qr import PNG_SIGNATURE, decode_qr_multipart
from paypal_invoicing_client.api.invoices import (
    cancel_invoice,
    create_invoice,
    delete_invoice,
    delete_invoice_payment,
    delete_invoice_refund,
    generate_invoice_number,
    generate_invoice_qr_code,
    get_invoice,
    list_invoices,
    record_invoice_payment,
    record_invoice_refund,
    remind_invoice,
    search_invoices,
    send_invoice,
    update_invoice,
)
from paypal_invoicing_client.models import (
    Invoice,
    InvoiceNumber,
    Invoices,
    InvoiceStatus,
    LinkDescription,
    Notification,
    PaymentDetail,
    PaymentReference,
    QrConfig,
    RefundDetail,
    RefundReference,
    SearchData,
    SendInvoiceResponse,
)
from paypal_invoicing_client.types import UNSET
from tests.contract import bodies
from tests.contract.conftest import Contract
from tests.contract.flows import created, paid, sent


def test_create_invoice(contract: Contract) -> None:
    response = create_invoice.sync_detailed(
        client=contract.client,
        body=Invoice.from_dict(bodies.invoice()),
        prefer="return=representation",
    )
    assert response.status_code == HTTPStatus.CREATED
    invoice = response.parsed
    assert isinstance(invoice, Invoice)
    assert invoice.id.startswith("INV2-")
    assert invoice.status == InvoiceStatus.DRAFT
    assert invoice.detail.invoice_date == bodies.INVOICE_DATE
    assert invoice.detail.payment_term.term_type.value == "NET_10"
    assert invoice.detail.payment_term.due_date == "2025-03-13"
    # 100.00 + 7.25 % tax + 2 x 10.00
    assert invoice.amount.value == "127.25"
    assert invoice.amount.breakdown.item_total.value == "120.00"
    assert invoice.amount.breakdown.tax_total.value == "7.25"
    assert [item.name for item in invoice.items] == ["Yoga Mat", "Yoga t-shirt"]
    assert invoice.primary_recipients[0].billing_info.email_address == bodies.PAYER_EMAIL


def test_get_invoice(contract: Contract) -> None:
    invoice_id = created(contract.client).id
    invoice = get_invoice.sync(invoice_id, client=contract.client)
    assert isinstance(invoice, Invoice)
    assert invoice.id == invoice_id
    assert invoice.status == InvoiceStatus.DRAFT
    assert invoice.detail.currency_code == "USD"
    assert invoice.detail.invoice_number
    assert invoice.due_amount.value == "127.25"
    assert any(link.rel == "self" for link in invoice.links)


def test_list_invoices(contract: Contract) -> None:
    first = created(contract.client, value="10.00")
    second = created(contract.client, value="20.00")
    response = list_invoices.sync_detailed(
        client=contract.client, page=1, page_size=10, total_required=True
    )
    assert response.status_code == HTTPStatus.OK
    page = response.parsed
    assert isinstance(page, Invoices)
    assert page.total_items == 2
    assert page.total_pages == 1
    assert {item.id for item in page.items} == {first.id, second.id}
    assert all(item.status == InvoiceStatus.DRAFT for item in page.items)


def test_search_invoices(contract: Contract) -> None:
    cheap = created(contract.client, value="10.00")
    created(contract.client, value="500.00")
    page = search_invoices.sync(
        client=contract.client,
        body=SearchData.from_dict(
            {
                "recipient_email": bodies.PAYER_EMAIL,
                "status": ["DRAFT"],
                "total_amount_range": {
                    "lower_amount": {"currency_code": "USD", "value": "0.00"},
                    "upper_amount": {"currency_code": "USD", "value": "100.00"},
                },
            }
        ),
        page=1,
        page_size=5,
        total_required=True,
    )
    assert isinstance(page, Invoices)
    assert page.total_items == 1
    assert [item.id for item in page.items] == [cheap.id]


def test_update_invoice(contract: Contract) -> None:
    invoice_id = created(contract.client).id
    current = get_invoice.sync(invoice_id, client=contract.client)
    assert isinstance(current, Invoice)
    # PayPal's documented PUT: the full invoice as read, changed, sent back (read-only fields
    # such as id, status and the computed amounts included; see test_spec.py).
    current.detail.note = "Updated note."
    current.items[1].quantity = "3"
    response = update_invoice.sync_detailed(
        invoice_id,
        client=contract.client,
        body=current,
        send_to_recipient=False,
        send_to_invoicer=False,
        prefer="return=representation",
    )
    assert response.status_code == HTTPStatus.OK
    updated = response.parsed
    assert isinstance(updated, Invoice)
    assert updated.id == invoice_id
    assert updated.detail.note == "Updated note."
    assert updated.items[1].quantity == "3"
    assert updated.amount.value == "137.25"


def test_delete_invoice(contract: Contract) -> None:
    invoice_id = created(contract.client).id
    response = delete_invoice.sync_detailed(invoice_id, client=contract.client)
    assert response.status_code == HTTPStatus.NO_CONTENT
    assert response.content == b""
    with pytest.raises(NotFoundError) as caught:
        get_invoice.sync(invoice_id, client=contract.client)
    assert caught.value.status_code == 404
    assert caught.value.name == "RESOURCE_NOT_FOUND"


def test_send_invoice(contract: Contract) -> None:
    invoice_id = created(contract.client).id
    response = send_invoice.sync_detailed(
        invoice_id, client=contract.client, body=Notification.from_dict(bodies.notification())
    )
    assert response.status_code == HTTPStatus.OK
    answer = response.parsed
    assert isinstance(answer, SendInvoiceResponse)
    assert [link.rel for link in answer.links] == ["payer-view"]
    assert answer.links[0].href
    invoice = get_invoice.sync(invoice_id, client=contract.client)
    assert isinstance(invoice, Invoice)
    assert invoice.status == InvoiceStatus.SENT


def test_send_invoice_scheduled(contract: Contract) -> None:
    invoice_id = created(contract.client, invoice_date=bodies.SCHEDULED_DATE).id
    response = send_invoice.sync_detailed(
        invoice_id, client=contract.client, body=Notification.from_dict(bodies.notification())
    )
    assert response.status_code == HTTPStatus.ACCEPTED
    link = response.parsed  # PayPal answers a scheduled send with the payer's link
    assert isinstance(link, LinkDescription)
    assert link.rel == "payer-view"
    assert link.href
    invoice = get_invoice.sync(invoice_id, client=contract.client)
    assert isinstance(invoice, Invoice)
    assert invoice.status == InvoiceStatus.SCHEDULED


def test_remind_invoice(contract: Contract) -> None:
    invoice_id = sent(contract.client).id
    response = remind_invoice.sync_detailed(
        invoice_id,
        client=contract.client,
        body=Notification.from_dict(bodies.notification("Reminder: your invoice")),
    )
    assert response.status_code == HTTPStatus.NO_CONTENT
    assert response.parsed is None


def test_cancel_invoice(contract: Contract) -> None:
    invoice_id = sent(contract.client).id
    response = cancel_invoice.sync_detailed(
        invoice_id,
        client=contract.client,
        body=Notification.from_dict(bodies.notification("Invoice cancelled")),
    )
    assert response.status_code == HTTPStatus.NO_CONTENT
    invoice = get_invoice.sync(invoice_id, client=contract.client)
    assert isinstance(invoice, Invoice)
    assert invoice.status == InvoiceStatus.CANCELLED


def test_record_invoice_payment(contract: Contract) -> None:
    invoice_id = sent(contract.client, partial=True).id
    response = record_invoice_payment.sync_detailed(
        invoice_id, client=contract.client, body=PaymentDetail.from_dict(bodies.payment("50.00"))
    )
    assert response.status_code == HTTPStatus.OK
    reference = response.parsed
    assert isinstance(reference, PaymentReference)
    assert reference.payment_id
    invoice = get_invoice.sync(invoice_id, client=contract.client)
    assert isinstance(invoice, Invoice)
    assert invoice.status == InvoiceStatus.PARTIALLY_PAID
    assert invoice.payments.paid_amount.value == "50.00"
    assert invoice.due_amount.value == "77.25"
    transaction = invoice.payments.transactions[0]
    assert transaction.payment_id == reference.payment_id
    assert transaction.method.value == "CASH"
    assert transaction.payment_date == bodies.PAYMENT_DATE


def test_delete_invoice_payment(contract: Contract) -> None:
    invoice_id, payment_id = paid(contract.client, "50.00", partial=True)
    response = delete_invoice_payment.sync_detailed(invoice_id, payment_id, client=contract.client)
    assert response.status_code == HTTPStatus.NO_CONTENT
    invoice = get_invoice.sync(invoice_id, client=contract.client)
    assert isinstance(invoice, Invoice)
    assert invoice.status == InvoiceStatus.SENT
    assert invoice.due_amount.value == "127.25"


def test_record_invoice_refund(contract: Contract) -> None:
    invoice_id, _ = paid(contract.client, "127.25")
    response = record_invoice_refund.sync_detailed(
        invoice_id, client=contract.client, body=RefundDetail.from_dict(bodies.refund("20.00"))
    )
    assert response.status_code == HTTPStatus.OK
    reference = response.parsed
    assert isinstance(reference, RefundReference)
    assert reference.refund_id
    invoice = get_invoice.sync(invoice_id, client=contract.client)
    assert isinstance(invoice, Invoice)
    assert invoice.status == InvoiceStatus.PARTIALLY_REFUNDED
    assert invoice.refunds.refund_amount.value == "20.00"
    assert invoice.refunds.transactions[0].refund_id == reference.refund_id


def test_delete_invoice_refund(contract: Contract) -> None:
    invoice_id, _ = paid(contract.client, "127.25")
    reference = record_invoice_refund.sync(
        invoice_id, client=contract.client, body=RefundDetail.from_dict(bodies.refund("20.00"))
    )
    assert isinstance(reference, RefundReference)
    response = delete_invoice_refund.sync_detailed(
        invoice_id, reference.refund_id, client=contract.client
    )
    assert response.status_code == HTTPStatus.NO_CONTENT
    invoice = get_invoice.sync(invoice_id, client=contract.client)
    assert isinstance(invoice, Invoice)
    # A payment recorded by the merchant (not through PayPal) marks the invoice paid.
    assert invoice.status == InvoiceStatus.MARKED_AS_PAID
    assert invoice.refunds is UNSET or not invoice.refunds.transactions


def test_generate_invoice_qr_code(contract: Contract) -> None:
    invoice_id = sent(contract.client).id
    response = generate_invoice_qr_code.sync_detailed(
        invoice_id, client=contract.client, body=QrConfig(width=200, height=200, action="pay")
    )
    assert response.status_code == HTTPStatus.OK
    assert response.headers["content-type"].startswith("multipart/mixed")
    text = response.parsed
    assert isinstance(text, str)
    assert 'name="image"' in text
    png = decode_qr_multipart(text, response.headers["content-type"])
    assert png.startswith(PNG_SIGNATURE)


def test_generate_invoice_number(contract: Contract) -> None:
    response = generate_invoice_number.sync_detailed(client=contract.client)
    assert response.status_code == HTTPStatus.OK
    first = response.parsed
    assert isinstance(first, InvoiceNumber)
    assert first.invoice_number
    # The number is only reserved once an invoice uses it.
    again = generate_invoice_number.sync(client=contract.client)
    assert isinstance(again, InvoiceNumber)
    assert again.invoice_number == first.invoice_number
    invoice = created(contract.client)
    assert invoice.detail.invoice_number == first.invoice_number
    after = generate_invoice_number.sync(client=contract.client)
    assert isinstance(after, InvoiceNumber)
    assert after.invoice_number != first.invoice_number
