"""parse_event / WebhookEvent: both resource versions, the shape-based reading, bad payloads."""

from __future__ import annotations

import json

import pytest

from paypal_invoicing.webhooks import EventType, WebhookEvent, WebhookPayloadError, parse_event
from paypal_invoicing_client.models import Invoice, InvoiceStatus, V1Invoice
from tests.webhooks.pki import event, raw, v1_invoice, v2_invoice


def test_known_event_types() -> None:
    assert [e.value for e in EventType] == [
        "INVOICING.INVOICE.CREATED",
        "INVOICING.INVOICE.UPDATED",
        "INVOICING.INVOICE.SENT",
        "INVOICING.INVOICE.SCHEDULED",
        "INVOICING.INVOICE.PAID",
        "INVOICING.INVOICE.CANCELLED",
        "INVOICING.INVOICE.REFUNDED",
    ]
    assert EventType.INVOICE_PAID == "INVOICING.INVOICE.PAID"


def test_fields_of_an_event() -> None:
    data = event()
    parsed = parse_event(raw(data))
    assert isinstance(parsed, WebhookEvent)
    assert parsed.id == "WH-2WR32451HC0233532-67976317FL4543714"
    assert parsed.event_type == EventType.INVOICE_PAID
    assert parsed.resource_type == "invoices"
    assert parsed.resource_version == "2.0"
    assert parsed.event_version == "1.0"
    assert parsed.summary == "An invoice was paid"
    assert parsed.create_time == "2026-03-05T08:59:57.000Z"
    assert parsed.created_at is not None and parsed.created_at.year == 2026
    assert parsed.resource == data["resource"]
    assert parsed.data == data


def test_version_2_resource_is_the_invoice() -> None:
    parsed = parse_event(raw(event(resource=v2_invoice(), resource_version="2.0")))
    assert isinstance(parsed.invoice, Invoice)
    assert parsed.invoice.id == "INV2-W44B-KRGF-JM6R-26VK"
    assert parsed.invoice.status == InvoiceStatus.PAID
    assert parsed.invoice.amount.value == "10.50"
    assert parsed.invoice.to_dict() == v2_invoice()


def test_version_2_resource_wrapped_in_invoice_is_read_too() -> None:
    parsed = parse_event(raw(event(resource={"invoice": v2_invoice()}, resource_version="2.0")))
    assert isinstance(parsed.invoice, Invoice)
    assert parsed.invoice.detail.invoice_number == "0042"


def test_version_1_resource_invoice_is_a_v1_invoice() -> None:
    parsed = parse_event(raw(event(resource={"invoice": v1_invoice()}, resource_version="1.0")))
    assert isinstance(parsed.invoice, V1Invoice)
    assert parsed.invoice.number == "0017"
    assert parsed.invoice.total_amount.value == "10.50"
    assert parsed.invoice.to_dict() == v1_invoice()


def test_version_1_without_an_invoice_gives_none() -> None:
    parsed = parse_event(raw(event(resource={"id": "x"}, resource_version="1.0")))
    assert parsed.invoice is None


@pytest.mark.parametrize(
    ("invoice", "model"),
    [(v1_invoice(), V1Invoice), (v2_invoice(), Invoice)],
    ids=["v1-shape", "v2-shape"],
)
def test_without_resource_version_the_shape_decides(invoice: dict, model: type) -> None:  # type: ignore[type-arg]
    data = event(resource={"invoice": invoice}, resource_version=None)
    assert "resource_version" not in data
    parsed = parse_event(raw(data))
    assert parsed.resource_version is None
    assert type(parsed.invoice) is model
    assert parsed.invoice.to_dict() == invoice


def test_without_resource_version_a_bare_v2_invoice_is_read() -> None:
    parsed = parse_event(raw(event(resource=v2_invoice(), resource_version=None)))
    assert isinstance(parsed.invoice, Invoice)


def test_unknown_event_type_parses_as_text() -> None:
    data = event("INVOICING.INVOICE.SOMETHING_NEW", resource={"invoice": v2_invoice()})
    parsed = parse_event(raw(data))
    assert parsed.event_type == "INVOICING.INVOICE.SOMETHING_NEW"
    assert parsed.event_type not in {e.value for e in EventType}
    assert isinstance(parsed.invoice, Invoice)


def test_an_event_about_something_else_has_no_invoice() -> None:
    data = event("PAYMENT.CAPTURE.COMPLETED", resource={"id": "42", "status": "COMPLETED"})
    data["resource_type"] = "capture"
    parsed = parse_event(raw(data))
    assert parsed.invoice is None
    assert parsed.resource == {"id": "42", "status": "COMPLETED"}


def test_str_and_mapping_payloads_parse() -> None:
    data = event()
    assert parse_event(json.dumps(data)).id == data["id"]
    assert parse_event(data).id == data["id"]


@pytest.mark.parametrize(
    ("payload", "message"),
    [
        (b"", "not JSON"),
        (b'{"id": "WH-1",', "not JSON"),
        (b"\xff\xfe", "not"),
        (b"[1, 2]", "JSON object"),
        (b'"text"', "JSON object"),
        (b'{"event_type": "INVOICING.INVOICE.PAID"}', "no id"),
        (b'{"id": "WH-1"}', "no event_type"),
        (b'{"id": 7, "event_type": "X"}', "id must be"),
        (b'{"id": "WH-1", "event_type": "X", "resource": []}', "resource must be an object"),
        (b'{"id": "WH-1", "event_type": "X", "summary": 3}', "summary must be"),
        (
            b'{"id": "WH-1", "event_type": "INVOICING.INVOICE.PAID", "resource_version": "2.0",'
            b' "resource": {"id": "INV2-1"}}',
            r"resource\.detail is missing",
        ),
        (
            b'{"id": "WH-1", "event_type": "INVOICING.INVOICE.PAID", "resource_version": "1.0",'
            b' "resource": {"invoice": "INV2-1"}}',
            r"resource\.invoice must be an object",
        ),
    ],
)
def test_malformed_payload_is_named(payload: bytes, message: str) -> None:
    with pytest.raises(WebhookPayloadError, match=message):
        parse_event(payload)


def test_payload_error_is_a_value_error() -> None:
    with pytest.raises(ValueError):
        parse_event(b"nope")


def test_payload_of_another_type_is_refused() -> None:
    with pytest.raises(TypeError, match="payload"):
        parse_event(42)  # type: ignore[arg-type]
