"""Contract: every deprecated v1 operation through its generated ``v1_*`` module."""

from __future__ import annotations

import base64
from http import HTTPStatus

import pytest

from paypal_invoicing import NotFoundError
from paypal_invoicing.qr import PNG_SIGNATURE
from paypal_invoicing_client import AuthenticatedClient
from paypal_invoicing_client.api.v1_invoices import (
    v1_cancel_invoice,
    v1_create_invoice,
    v1_delete_invoice,
    v1_delete_invoice_payment,
    v1_delete_invoice_refund,
    v1_generate_invoice_number,
    v1_generate_invoice_qr_code,
    v1_get_invoice,
    v1_list_invoices,
    v1_record_invoice_payment,
    v1_record_invoice_refund,
    v1_remind_invoice,
    v1_schedule_invoice,
    v1_search_invoices,
    v1_send_invoice,
    v1_update_invoice,
)
from paypal_invoicing_client.api.v1_templates import (
    v1_create_template,
    v1_delete_template,
    v1_get_template,
    v1_list_templates,
    v1_update_template,
)
from paypal_invoicing_client.models import (
    V1CancelNotification,
    V1Invoice,
    V1InvoiceNumber,
    V1Invoices,
    V1InvoiceStatus,
    V1Notification,
    V1PaymentDetail,
    V1QrCode,
    V1RefundDetail,
    V1Search,
    V1Template,
    V1Templates,
)
from tests.contract import bodies
from tests.contract.conftest import Contract

SCHEDULED_DATE_V1 = bodies.SCHEDULED_DATE + " PST"


def _created(client: AuthenticatedClient, **options: str) -> V1Invoice:
    invoice = v1_create_invoice.sync(
        client=client, body=V1Invoice.from_dict(bodies.v1_invoice(**options))
    )
    assert isinstance(invoice, V1Invoice), invoice
    return invoice


def _sent(client: AuthenticatedClient) -> V1Invoice:
    invoice = _created(client)
    response = v1_send_invoice.sync_detailed(invoice.id, client=client, notify_merchant=False)
    assert response.status_code == HTTPStatus.ACCEPTED
    return invoice


def _get(client: AuthenticatedClient, invoice_id: str) -> V1Invoice:
    invoice = v1_get_invoice.sync(invoice_id, client=client)
    assert isinstance(invoice, V1Invoice), invoice
    return invoice


def _payment(value: str) -> V1PaymentDetail:
    return V1PaymentDetail.from_dict(
        {
            "method": "CASH",
            "date": "2025-03-10 PST",
            "note": "Cash at the counter.",
            "amount": {"currency": "USD", "value": value},
        }
    )


def _refund(value: str) -> V1RefundDetail:
    return V1RefundDetail.from_dict(
        {
            "date": "2025-03-12 PST",
            "note": "Partial refund.",
            "amount": {"currency": "USD", "value": value},
        }
    )


def _template(client: AuthenticatedClient, name: str = "Contract v1 template") -> V1Template:
    template = v1_create_template.sync(
        client=client, body=V1Template.from_dict(bodies.v1_template(name))
    )
    assert isinstance(template, V1Template), template
    return template


# -- invoices ---------------------------------------------------------------------------------
def test_v1_create_invoice(contract: Contract) -> None:
    response = v1_create_invoice.sync_detailed(
        client=contract.client, body=V1Invoice.from_dict(bodies.v1_invoice())
    )
    assert response.status_code == HTTPStatus.CREATED
    invoice = response.parsed
    assert isinstance(invoice, V1Invoice)
    assert invoice.id.startswith("INV2-")
    assert invoice.status == V1InvoiceStatus.DRAFT
    assert invoice.merchant_info.business_name == "Mitchell & Murray"
    assert invoice.billing_info[0].email == bodies.PAYER_EMAIL
    assert [item.name for item in invoice.items] == ["Yoga Mat", "Yoga t-shirt"]
    assert invoice.total_amount.currency == "USD"
    assert invoice.total_amount.value == "120.00"
    assert invoice.number


def test_v1_get_invoice(contract: Contract) -> None:
    invoice_id = _created(contract.client).id
    response = v1_get_invoice.sync_detailed(invoice_id, client=contract.client)
    assert response.status_code == HTTPStatus.OK
    invoice = response.parsed
    assert isinstance(invoice, V1Invoice)
    assert invoice.id == invoice_id
    assert invoice.payment_term.term_type.value == "NET_45"
    assert invoice.note == "Thank you for your business."
    assert invoice.items[1].quantity == 2


def test_v1_list_invoices(contract: Contract) -> None:
    first = _created(contract.client, value="10.00")
    second = _created(contract.client, value="20.00")
    response = v1_list_invoices.sync_detailed(
        client=contract.client, page=0, page_size=10, total_count_required=True
    )
    assert response.status_code == HTTPStatus.OK
    listing = response.parsed
    assert isinstance(listing, V1Invoices)
    assert listing.total_count == 2
    assert {i.id for i in listing.invoices} == {first.id, second.id}


def test_v1_search_invoices(contract: Contract) -> None:
    cheap = _created(contract.client, value="10.00")
    _created(contract.client, value="500.00")
    listing = v1_search_invoices.sync(
        client=contract.client,
        body=V1Search.from_dict(
            {
                "email": bodies.PAYER_EMAIL,
                "status": "DRAFT",
                "lower_total_amount": "0",
                "upper_total_amount": "100",
                "page": 0,
                "page_size": 10,
                "total_count_required": True,
            }
        ),
    )
    assert isinstance(listing, V1Invoices)
    assert listing.total_count == 1
    assert [i.id for i in listing.invoices] == [cheap.id]


def test_v1_update_invoice(contract: Contract) -> None:
    invoice = _get(contract.client, _created(contract.client).id)
    invoice.note = "Updated note."
    invoice.items[1].quantity = 3
    response = v1_update_invoice.sync_detailed(
        invoice.id, client=contract.client, body=invoice, notify_merchant=False
    )
    assert response.status_code == HTTPStatus.OK
    updated = response.parsed
    assert isinstance(updated, V1Invoice)
    assert updated.note == "Updated note."
    assert updated.items[1].quantity == 3
    assert updated.total_amount.value == "130.00"


def test_v1_delete_invoice(contract: Contract) -> None:
    invoice_id = _created(contract.client).id
    response = v1_delete_invoice.sync_detailed(invoice_id, client=contract.client)
    assert response.status_code == HTTPStatus.NO_CONTENT
    with pytest.raises(NotFoundError):
        v1_get_invoice.sync(invoice_id, client=contract.client)


def test_v1_send_invoice(contract: Contract) -> None:
    invoice_id = _created(contract.client).id
    response = v1_send_invoice.sync_detailed(
        invoice_id, client=contract.client, notify_merchant=True
    )
    assert response.status_code == HTTPStatus.ACCEPTED
    assert response.parsed is None
    assert _get(contract.client, invoice_id).status == V1InvoiceStatus.SENT


def test_v1_schedule_invoice(contract: Contract) -> None:
    invoice_id = _created(contract.client, invoice_date=SCHEDULED_DATE_V1).id
    response = v1_schedule_invoice.sync_detailed(invoice_id, client=contract.client)
    assert response.status_code == HTTPStatus.ACCEPTED
    assert _get(contract.client, invoice_id).status == V1InvoiceStatus.SCHEDULED


def test_v1_remind_invoice(contract: Contract) -> None:
    invoice_id = _sent(contract.client).id
    response = v1_remind_invoice.sync_detailed(
        invoice_id,
        client=contract.client,
        body=V1Notification(subject="Reminder", note="Please pay.", send_to_merchant=True),
    )
    assert response.status_code == HTTPStatus.ACCEPTED
    assert response.parsed is None


def test_v1_cancel_invoice(contract: Contract) -> None:
    invoice_id = _sent(contract.client).id
    response = v1_cancel_invoice.sync_detailed(
        invoice_id,
        client=contract.client,
        body=V1CancelNotification(
            subject="Cancelled", note="Sorry.", send_to_merchant=True, send_to_payer=True
        ),
    )
    assert response.status_code == HTTPStatus.NO_CONTENT
    assert _get(contract.client, invoice_id).status == V1InvoiceStatus.CANCELLED


def test_v1_record_invoice_payment(contract: Contract) -> None:
    invoice_id = _sent(contract.client).id
    response = v1_record_invoice_payment.sync_detailed(
        invoice_id, client=contract.client, body=_payment("120.00")
    )
    assert response.status_code == HTTPStatus.NO_CONTENT  # PayPal answers 204, no body
    assert response.parsed is None
    invoice = _get(contract.client, invoice_id)
    assert invoice.status == V1InvoiceStatus.MARKED_AS_PAID
    assert invoice.payments[0].method.value == "CASH"
    assert invoice.payments[0].amount.value == "120.00"
    assert invoice.payments[0].transaction_id
    assert invoice.paid_amount.other.value == "120.00"


def test_v1_delete_invoice_payment(contract: Contract) -> None:
    invoice_id = _sent(contract.client).id
    v1_record_invoice_payment.sync_detailed(
        invoice_id, client=contract.client, body=_payment("120.00")
    )
    transaction_id = _get(contract.client, invoice_id).payments[0].transaction_id
    response = v1_delete_invoice_payment.sync_detailed(
        invoice_id, transaction_id, client=contract.client
    )
    assert response.status_code == HTTPStatus.NO_CONTENT
    invoice = _get(contract.client, invoice_id)
    assert invoice.status == V1InvoiceStatus.SENT
    assert not invoice.payments


def test_v1_record_invoice_refund(contract: Contract) -> None:
    invoice_id = _sent(contract.client).id
    v1_record_invoice_payment.sync_detailed(
        invoice_id, client=contract.client, body=_payment("120.00")
    )
    response = v1_record_invoice_refund.sync_detailed(
        invoice_id, client=contract.client, body=_refund("20.00")
    )
    assert response.status_code == HTTPStatus.NO_CONTENT  # PayPal answers 204, no body
    assert response.parsed is None
    invoice = _get(contract.client, invoice_id)
    assert invoice.status == V1InvoiceStatus.PARTIALLY_REFUNDED
    assert invoice.refunds[0].amount.value == "20.00"
    assert invoice.refunded_amount.other.value == "20.00"


def test_v1_delete_invoice_refund(contract: Contract) -> None:
    invoice_id = _sent(contract.client).id
    v1_record_invoice_payment.sync_detailed(
        invoice_id, client=contract.client, body=_payment("120.00")
    )
    v1_record_invoice_refund.sync_detailed(
        invoice_id, client=contract.client, body=_refund("20.00")
    )
    transaction_id = _get(contract.client, invoice_id).refunds[0].transaction_id
    response = v1_delete_invoice_refund.sync_detailed(
        invoice_id, transaction_id, client=contract.client
    )
    assert response.status_code == HTTPStatus.NO_CONTENT
    invoice = _get(contract.client, invoice_id)
    assert invoice.status == V1InvoiceStatus.MARKED_AS_PAID
    assert not invoice.refunds


def test_v1_generate_invoice_qr_code(contract: Contract) -> None:
    invoice_id = _sent(contract.client).id
    response = v1_generate_invoice_qr_code.sync_detailed(
        invoice_id, client=contract.client, width=150, height=150
    )
    assert response.status_code == HTTPStatus.OK
    qr = response.parsed
    assert isinstance(qr, V1QrCode)
    assert base64.b64decode(qr.image).startswith(PNG_SIGNATURE)


def test_v1_generate_invoice_number(contract: Contract) -> None:
    response = v1_generate_invoice_number.sync_detailed(client=contract.client)
    assert response.status_code == HTTPStatus.OK
    number = response.parsed
    assert isinstance(number, V1InvoiceNumber)
    assert number.number
    assert _created(contract.client).number == number.number


# -- templates --------------------------------------------------------------------------------
def test_v1_create_template(contract: Contract) -> None:
    response = v1_create_template.sync_detailed(
        client=contract.client, body=V1Template.from_dict(bodies.v1_template())
    )
    assert response.status_code == HTTPStatus.OK
    template = response.parsed
    assert isinstance(template, V1Template)
    assert template.template_id.startswith("TEMP-")
    assert template.name == "Contract v1 template"
    assert template.unit_of_measure.value == "HOURS"
    # PayPal writes amounts with the currency's minor unit: "80.00", as sent.
    assert template.template_data.items[0].unit_price.value == "80.00"
    assert template.settings[0].field_name.value == "items.date"


def test_v1_get_template(contract: Contract) -> None:
    template_id = _template(contract.client).template_id
    template = v1_get_template.sync(template_id, client=contract.client)
    assert isinstance(template, V1Template)
    assert template.template_id == template_id
    assert template.template_data.note == "Thank you."


def test_v1_list_templates(contract: Contract) -> None:
    first = _template(contract.client, "First v1 template")
    second = _template(contract.client, "Second v1 template")
    response = v1_list_templates.sync_detailed(client=contract.client, fields="all")
    assert response.status_code == HTTPStatus.OK
    listing = response.parsed
    assert isinstance(listing, V1Templates)
    names = {t.template_id: t.name for t in listing.templates}
    assert names == {
        first.template_id: "First v1 template",
        second.template_id: "Second v1 template",
    }
    assert listing.emails


def test_v1_update_template(contract: Contract) -> None:
    template = _template(contract.client)
    template.name = "Renamed v1 template"
    response = v1_update_template.sync_detailed(
        template.template_id, client=contract.client, body=template
    )
    assert response.status_code == HTTPStatus.OK
    updated = response.parsed
    assert isinstance(updated, V1Template)
    assert updated.name == "Renamed v1 template"
    assert updated.template_id == template.template_id


def test_v1_delete_template(contract: Contract) -> None:
    template_id = _template(contract.client).template_id
    response = v1_delete_template.sync_detailed(template_id, client=contract.client)
    assert response.status_code == HTTPStatus.NO_CONTENT
    with pytest.raises(NotFoundError):
        v1_get_template.sync(template_id, client=contract.client)
