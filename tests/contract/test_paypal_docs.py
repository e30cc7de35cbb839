"""Contract: PayPal's own documented traffic (cassettes built from the seeds) through the client.

Each test sends what PayPal's example sends, through the generated client and ``connect()``, and
reads PayPal's example answer back into the generated models: the typed fields are checked, and
``to_dict()`` must give back PayPal's payload unchanged (nothing lost or altered in the models).
"""

from __future__ import annotations

from collections.abc import Callable
from contextlib import AbstractContextManager
from http import HTTPStatus
from pathlib import Path

import pytest

from paypal_invoicing.qr import PNG_SIGNATURE, decode_qr_multipart
from paypal_invoicing_client import AuthenticatedClient
from paypal_invoicing_client.api.invoices import (
    cancel_invoice,
    create_invoice,
    generate_invoice_number,
    generate_invoice_qr_code,
    get_invoice,
    list_invoices,
    record_invoice_payment,
    record_invoice_refund,
    remind_invoice,
    send_invoice,
    update_invoice,
)
from paypal_invoicing_client.models import (
    Invoice,
    InvoiceNumber,
    Invoices,
    InvoiceStatus,
    Notification,
    PaymentDetail,
    PaymentReference,
    QrConfig,
    RefundDetail,
    RefundReference,
    SendInvoiceResponse,
)
from tests.contract import paypal_docs
from tests.contract.conftest import recording
from tests.contract.paypal_docs import DOCS_DIR, INVOICE_004, seed_bytes, seed_json

Replay = Callable[[Path], AbstractContextManager[AuthenticatedClient]]


def _cassette(name: str) -> Path:
    return DOCS_DIR / f"{name}.json"


def test_docs_cassettes_are_generated(request: pytest.FixtureRequest) -> None:
    """The committed docs cassettes are exactly what paypal_docs.build() makes of the seeds."""
    if recording(request.config):
        paypal_docs.write()
    built = paypal_docs.build()
    assert sorted(DOCS_DIR.glob("*.json")) == sorted(built), "stale or missing docs cassettes"
    for path, text in built.items():
        assert path.read_text() == text, f"{path.name} differs: run scripts/record-cassettes"


def test_show_invoice_002(replay: Replay) -> None:
    with replay(_cassette("002_show_invoice")) as client:
        response = get_invoice.sync_detailed("INV2-JY7V-QMJH-T7TP-4FKF", client=client)
    assert response.status_code == HTTPStatus.OK
    invoice = response.parsed
    assert isinstance(invoice, Invoice)
    assert invoice.to_dict() == seed_json("002_show_invoice.json")
    assert invoice.status == InvoiceStatus.DRAFT
    assert invoice.amount.value == "74.21"
    assert invoice.amount.breakdown.discount.invoice_discount.amount.value == "-2.63"
    assert invoice.configuration.partial_payment.minimum_amount_due.value == "20.00"
    assert [item.tax.amount.value for item in invoice.items] == ["3.27", "0.34"]


def test_list_invoices_001(replay: Replay) -> None:
    with replay(_cassette("001_list_invoices")) as client:
        page = list_invoices.sync(client=client)
    assert isinstance(page, Invoices)
    assert page.to_dict() == seed_json("001_list_invoices.json")
    assert [item.id for item in page.items] == ["INV2-GWNR-QBAW-496B-4Y5P"]
    assert page.items[0].status == InvoiceStatus.DRAFT


@pytest.mark.parametrize("name", ["000_generate_invoice_number", "004_generate_invoice_number"])
def test_generate_invoice_number(replay: Replay, name: str) -> None:
    with replay(_cassette(name)) as client:
        response = generate_invoice_number.sync_detailed(client=client)
    assert response.status_code == HTTPStatus.OK
    assert isinstance(response.parsed, InvoiceNumber)
    assert response.parsed.invoice_number == seed_json(f"{name}.json")["invoice_number"]


def test_create_invoice_004(replay: Replay) -> None:
    body = Invoice.from_dict(seed_json("004_create_invoice_request.json"))
    with replay(_cassette("004_create_invoice")) as client:
        response = create_invoice.sync_detailed(
            client=client, body=body, prefer="return=representation"
        )
    assert response.status_code == HTTPStatus.CREATED
    invoice = response.parsed
    assert isinstance(invoice, Invoice)
    assert invoice.to_dict() == seed_json("004_create_invoice_response.json")
    assert invoice.id == INVOICE_004
    assert invoice.detail.invoice_number == "#123"
    assert invoice.amount.value == "74.21"


def test_list_invoices_004(replay: Replay) -> None:
    with replay(_cassette("004_list_invoices")) as client:
        page = list_invoices.sync(client=client, total_required=True)
    assert isinstance(page, Invoices)
    assert page.to_dict() == seed_json("004_list_invoices.json")
    assert page.total_items == 2
    assert page.total_pages == 1
    assert len(page.items) == 2


def test_send_invoice_004(replay: Replay) -> None:
    body = Notification.from_dict(seed_json("004_send_invoice_request.json"))
    with replay(_cassette("004_send_invoice")) as client:
        answer = send_invoice.sync(INVOICE_004, client=client, body=body)
    assert isinstance(answer, SendInvoiceResponse)
    assert answer.to_dict() == seed_json("004_send_invoice_response.json")


def test_remind_invoice_004(replay: Replay) -> None:
    body = Notification.from_dict(seed_json("004_remind_invoice_request.json"))
    with replay(_cassette("004_remind_invoice")) as client:
        response = remind_invoice.sync_detailed(INVOICE_004, client=client, body=body)
    assert response.status_code == HTTPStatus.NO_CONTENT
    assert response.parsed is None


def test_cancel_invoice_004(replay: Replay) -> None:
    body = Notification.from_dict(seed_json("004_cancel_invoice_request.json"))
    with replay(_cassette("004_cancel_invoice")) as client:
        response = cancel_invoice.sync_detailed(INVOICE_004, client=client, body=body)
    assert response.status_code == HTTPStatus.NO_CONTENT


def test_record_payment_004(replay: Replay) -> None:
    body = PaymentDetail.from_dict(seed_json("004_record_payment_request.json"))
    with replay(_cassette("004_record_payment")) as client:
        reference = record_invoice_payment.sync(INVOICE_004, client=client, body=body)
    assert isinstance(reference, PaymentReference)
    assert reference.payment_id == "EXTR-86F38350LX4353815"


def test_record_refund_004(replay: Replay) -> None:
    body = RefundDetail.from_dict(seed_json("004_record_refund_request.json"))
    with replay(_cassette("004_record_refund")) as client:
        reference = record_invoice_refund.sync(INVOICE_004, client=client, body=body)
    assert isinstance(reference, RefundReference)
    assert reference.refund_id == "EXTR-2LG703375E477444T"


def test_qr_code_004(replay: Replay) -> None:
    body = QrConfig.from_dict(seed_json("004_qr_code_request.json"))
    with replay(_cassette("004_qr_code")) as client:
        response = generate_invoice_qr_code.sync_detailed(INVOICE_004, client=client, body=body)
    assert response.status_code == HTTPStatus.OK
    text = response.parsed
    assert isinstance(text, str)
    assert text.encode() == seed_bytes("004_qr_code_response.txt")
    png = decode_qr_multipart(text, response.headers["content-type"])
    assert png.startswith(PNG_SIGNATURE)
    assert len(png) == 510  # the seeds' README: a 510-byte PNG of 150x150 px


def test_get_invoice_004(replay: Replay) -> None:
    with replay(_cassette("004_get_invoice")) as client:
        invoice = get_invoice.sync(INVOICE_004, client=client)
    assert isinstance(invoice, Invoice)
    assert invoice.to_dict() == seed_json("004_get_invoice.json")
    assert invoice.detail.payment_term.due_date == "2018-11-22"


def test_update_invoice_004(replay: Replay) -> None:
    body = Invoice.from_dict(seed_json("004_update_invoice_request.json"))
    with replay(_cassette("004_update_invoice")) as client:
        response = update_invoice.sync_detailed(
            "INV2-C82X-JNN9-Y6S5-CNXW", client=client, body=body
        )
    assert response.status_code == HTTPStatus.OK
    invoice = response.parsed
    assert isinstance(invoice, Invoice)
    assert invoice.to_dict() == seed_json("004_update_invoice_response.json")
    assert invoice.detail.reference == "deal-refernce-update"
