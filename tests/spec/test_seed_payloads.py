"""PayPal's documented payloads load into the generated models and round-trip unchanged."""

from __future__ import annotations

import copy
from typing import Any

import httpx
import pytest

from paypal_invoicing_client import AuthenticatedClient
from paypal_invoicing_client.api.invoices import (
    generate_invoice_number,
    generate_invoice_qr_code,
    get_invoice,
    list_invoices,
)
from tests.spec.helpers import SEEDS, request_model, response_model, seed

# (fixture, operationId, "request" or the response status)
DOCUMENTED = [
    ("000_generate_invoice_number.json", "generate_invoice_number", "200"),
    ("001_list_invoices.json", "list_invoices", "200"),
    ("002_show_invoice.json", "get_invoice", "200"),
    ("004_create_invoice_request.json", "create_invoice", "request"),
    ("004_create_invoice_response.json", "create_invoice", "201"),
    ("004_list_invoices.json", "list_invoices", "200"),
    ("004_send_invoice_request.json", "send_invoice", "request"),
    ("004_send_invoice_response.json", "send_invoice", "200"),
    ("004_remind_invoice_request.json", "remind_invoice", "request"),
    ("004_cancel_invoice_request.json", "cancel_invoice", "request"),
    ("004_record_payment_request.json", "record_invoice_payment", "request"),
    ("004_record_payment_response.json", "record_invoice_payment", "200"),
    ("004_record_refund_request.json", "record_invoice_refund", "request"),
    ("004_record_refund_response.json", "record_invoice_refund", "200"),
    ("004_qr_code_request.json", "generate_invoice_qr_code", "request"),
    ("004_generate_invoice_number.json", "generate_invoice_number", "200"),
    ("004_get_invoice.json", "get_invoice", "200"),
    ("004_update_invoice_request.json", "update_invoice", "request"),
    ("004_update_invoice_response.json", "update_invoice", "200"),
]


def test_every_json_seed_is_covered() -> None:
    on_disk = {p.name for p in SEEDS.glob("*.json")}
    assert on_disk == {name for name, _, _ in DOCUMENTED}


@pytest.mark.parametrize(("fixture", "operation_id", "kind"), DOCUMENTED)
def test_documented_payload_round_trips(fixture: str, operation_id: str, kind: str) -> None:
    data = seed(fixture)
    cls = request_model(operation_id) if kind == "request" else response_model(operation_id, kind)
    loaded = cls.from_dict(copy.deepcopy(data))
    assert loaded.to_dict() == data


def test_show_invoice_amounts_are_typed() -> None:
    invoice = response_model("get_invoice", "200").from_dict(seed("002_show_invoice.json"))
    breakdown = invoice.amount.breakdown
    assert invoice.amount.value == "74.21"
    assert breakdown.item_total.value == "60.00"
    assert breakdown.discount.invoice_discount.amount.value == "-2.63"
    assert breakdown.discount.item_discount.value == "-7.50"
    assert breakdown.tax_total.value == "4.34"
    assert breakdown.shipping.tax.amount.value == "0.73"
    assert breakdown.custom.label == "Packing Charges"
    assert invoice.due_amount.value == "74.21"
    assert invoice.configuration.partial_payment.minimum_amount_due.value == "20.00"
    assert [item.tax.amount.value for item in invoice.items] == ["3.27", "0.34"]
    assert invoice.status.value == "DRAFT"


def _client(handler: Any) -> AuthenticatedClient:
    client = AuthenticatedClient(base_url="https://api-m.sandbox.paypal.com", token="t")
    client.set_httpx_client(
        httpx.Client(
            base_url="https://api-m.sandbox.paypal.com", transport=httpx.MockTransport(handler)
        )
    )
    return client


def test_documented_responses_parse_through_the_endpoints() -> None:
    answers = {
        "/v2/invoicing/invoices/INV2-JY7V-QMJH-T7TP-4FKF": seed("002_show_invoice.json"),
        "/v2/invoicing/invoices": seed("004_list_invoices.json"),
        "/v2/invoicing/generate-next-invoice-number": seed("000_generate_invoice_number.json"),
    }

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json=answers[request.url.path])

    client = _client(handler)
    invoice = get_invoice.sync(invoice_id="INV2-JY7V-QMJH-T7TP-4FKF", client=client)
    assert (
        invoice is not None
        and invoice.to_dict() == answers["/v2/invoicing/invoices/INV2-JY7V-QMJH-T7TP-4FKF"]
    )
    page = list_invoices.sync(client=client, page=1, page_size=10, total_required=True)
    assert page is not None and page.total_items == 2
    assert [i.id for i in page.items] == ["INV2-Z56S-5LLA-Q52L-CPZ5", "INV2-NP6M-C9A8-ZBDA-3TEX"]
    number = generate_invoice_number.sync(client=client)
    assert number is not None and number.invoice_number == "1643943412"


def test_qr_code_answer_arrives_as_the_multipart_text() -> None:
    body = (SEEDS / "004_qr_code_response.txt").read_bytes()
    boundary = body.split(b"\r\n", 1)[0][2:].decode()

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(
            200, content=body, headers={"content-type": f"multipart/mixed; boundary={boundary}"}
        )

    response = generate_invoice_qr_code.sync_detailed(invoice_id="INV2-X", client=_client(handler))
    assert response.status_code == 200
    assert response.parsed == body.decode()
