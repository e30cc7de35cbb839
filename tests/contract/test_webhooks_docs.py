"""Contract: the 16 Webhooks Management operations through ``connect()`` and the generated client.

The cassettes are built by ``webhooks_docs.py`` from PayPal's Webhooks spec (its request
examples; answers written to its response schemas). Each test sends the request through the
generated operation, reads the answer into the generated models and checks that ``to_dict()``
gives the answer back unchanged.
"""

from __future__ import annotations

from collections.abc import Callable
from contextlib import AbstractContextManager
from http import HTTPStatus
from pathlib import Path
from typing import Any

import pytest

from paypal_invoicing.webhooks import EventType, parse_event
from paypal_invoicing_client import AuthenticatedClient
from paypal_invoicing_client.api.webhook_events import (
    get_webhook_event,
    list_available_event_types,
    list_webhook_events,
    resend_webhook_event,
    simulate_webhook_event,
    verify_webhook_signature,
)
from paypal_invoicing_client.api.webhook_lookups import (
    create_webhook_lookup,
    delete_webhook_lookup,
    get_webhook_lookup,
    list_webhook_lookups,
)
from paypal_invoicing_client.api.webhooks import (
    create_webhook,
    delete_webhook,
    get_webhook,
    list_webhook_event_types,
    list_webhooks,
    update_webhook,
)
from paypal_invoicing_client.models import (
    Invoice,
    SimulateWebhookEvent,
    VerifyWebhookSignature,
    VerifyWebhookSignatureResponse,
    Webhook,
    WebhookEvent,
    WebhookEventList,
    WebhookEventResend,
    WebhookEventTypeList,
    WebhookList,
    WebhookLookup,
    WebhookLookupList,
    WebhookPatch,
)
from tests.contract import webhooks_docs
from tests.contract.conftest import recording
from tests.contract.webhooks_docs import (
    DOCS_DIR,
    EVENT_ID,
    LOOKUP_ID,
    PATCH,
    WEBHOOK_ID,
    spec_example,
)

Replay = Callable[[Path], AbstractContextManager[AuthenticatedClient]]
ANSWERS = {call.operation_id: call.response for call in webhooks_docs.calls()}


def _cassette(operation_id: str) -> Path:
    return DOCS_DIR / f"{operation_id}.json"


def _same(parsed: Any, operation_id: str) -> None:
    assert parsed.to_dict() == ANSWERS[operation_id]


def test_webhooks_cassettes_are_generated(request: pytest.FixtureRequest) -> None:
    """The committed cassettes are exactly what webhooks_docs.build() makes."""
    if recording(request.config):
        webhooks_docs.write()
    built = webhooks_docs.build()
    assert sorted(DOCS_DIR.glob("*.json")) == sorted(built), "stale or missing cassettes"
    for path, text in built.items():
        assert path.read_text() == text, f"{path.name} differs: run scripts/record-cassettes"
    assert len(built) == 16


def test_create_webhook(replay: Replay) -> None:
    body = Webhook.from_dict(spec_example("/v1/notifications/webhooks", "webhook"))
    with replay(_cassette("create_webhook")) as client:
        response = create_webhook.sync_detailed(client=client, body=body)
    assert response.status_code == HTTPStatus.CREATED
    assert isinstance(response.parsed, Webhook)
    _same(response.parsed, "create_webhook")
    assert response.parsed.id == WEBHOOK_ID
    assert [t.name for t in response.parsed.event_types] == [
        "PAYMENT.AUTHORIZATION.CREATED",
        "PAYMENT.AUTHORIZATION.VOIDED",
    ]


def test_list_webhooks(replay: Replay) -> None:
    with replay(_cassette("list_webhooks")) as client:
        page = list_webhooks.sync(client=client)
    assert isinstance(page, WebhookList)
    _same(page, "list_webhooks")
    assert [w.id for w in page.webhooks] == [WEBHOOK_ID]


def test_get_webhook(replay: Replay) -> None:
    with replay(_cassette("get_webhook")) as client:
        found = get_webhook.sync(WEBHOOK_ID, client=client)
    assert isinstance(found, Webhook)
    _same(found, "get_webhook")
    assert found.url == "https://example.com/example_webhook"


def test_update_webhook(replay: Replay) -> None:
    body = [WebhookPatch.from_dict(p) for p in PATCH]
    with replay(_cassette("update_webhook")) as client:
        updated = update_webhook.sync(WEBHOOK_ID, client=client, body=body)
    assert isinstance(updated, Webhook)
    _same(updated, "update_webhook")
    assert updated.url == "https://example.com/example_webhook_2"


def test_delete_webhook(replay: Replay) -> None:
    with replay(_cassette("delete_webhook")) as client:
        response = delete_webhook.sync_detailed(WEBHOOK_ID, client=client)
    assert response.status_code == HTTPStatus.NO_CONTENT


def test_list_webhook_event_types(replay: Replay) -> None:
    with replay(_cassette("list_webhook_event_types")) as client:
        types = list_webhook_event_types.sync(WEBHOOK_ID, client=client)
    assert isinstance(types, WebhookEventTypeList)
    _same(types, "list_webhook_event_types")


def test_create_webhook_lookup(replay: Replay) -> None:
    with replay(_cassette("create_webhook_lookup")) as client:
        response = create_webhook_lookup.sync_detailed(client=client)
    assert response.status_code == HTTPStatus.CREATED
    assert isinstance(response.parsed, WebhookLookup)
    _same(response.parsed, "create_webhook_lookup")
    assert response.parsed.id == LOOKUP_ID


def test_list_webhook_lookups(replay: Replay) -> None:
    with replay(_cassette("list_webhook_lookups")) as client:
        found = list_webhook_lookups.sync(client=client)
    assert isinstance(found, WebhookLookupList)
    _same(found, "list_webhook_lookups")


def test_get_webhook_lookup(replay: Replay) -> None:
    with replay(_cassette("get_webhook_lookup")) as client:
        found = get_webhook_lookup.sync(LOOKUP_ID, client=client)
    assert isinstance(found, WebhookLookup)
    _same(found, "get_webhook_lookup")


def test_delete_webhook_lookup(replay: Replay) -> None:
    with replay(_cassette("delete_webhook_lookup")) as client:
        response = delete_webhook_lookup.sync_detailed(LOOKUP_ID, client=client)
    assert response.status_code == HTTPStatus.NO_CONTENT


def test_verify_webhook_signature(replay: Replay) -> None:
    example = spec_example("/v1/notifications/verify-webhook-signature", "verify_webhook_signature")
    body = VerifyWebhookSignature.from_dict(example)
    with replay(_cassette("verify_webhook_signature")) as client:
        answer = verify_webhook_signature.sync(client=client, body=body)
    assert isinstance(answer, VerifyWebhookSignatureResponse)
    assert answer.verification_status == "SUCCESS"


def test_list_available_event_types(replay: Replay) -> None:
    with replay(_cassette("list_available_event_types")) as client:
        types = list_available_event_types.sync(client=client)
    assert isinstance(types, WebhookEventTypeList)
    _same(types, "list_available_event_types")
    assert EventType.INVOICE_PAID in [t.name for t in types.event_types]


def test_list_webhook_events(replay: Replay) -> None:
    with replay(_cassette("list_webhook_events")) as client:
        page = list_webhook_events.sync(client=client, event_type="INVOICING.INVOICE.PAID")
    assert isinstance(page, WebhookEventList)
    _same(page, "list_webhook_events")
    assert page.count == 1
    assert [e.id for e in page.events] == [EVENT_ID]


def test_get_webhook_event(replay: Replay) -> None:
    with replay(_cassette("get_webhook_event")) as client:
        found = get_webhook_event.sync(EVENT_ID, client=client)
    assert isinstance(found, WebhookEvent)
    _same(found, "get_webhook_event")
    # The generated model keeps the event as sent; parse_event reads its invoice.
    event = parse_event(found.to_dict())
    assert isinstance(event.invoice, Invoice)
    assert event.invoice.id == "INV2-W44B-KRGF-JM6R-26VK"


def test_resend_webhook_event(replay: Replay) -> None:
    body = WebhookEventResend(webhook_ids=[WEBHOOK_ID])
    with replay(_cassette("resend_webhook_event")) as client:
        response = resend_webhook_event.sync_detailed(EVENT_ID, client=client, body=body)
    assert response.status_code == HTTPStatus.ACCEPTED
    assert isinstance(response.parsed, WebhookEvent)
    _same(response.parsed, "resend_webhook_event")


def test_simulate_webhook_event(replay: Replay) -> None:
    example = spec_example("/v1/notifications/simulate-event", "simulate_event")
    body = SimulateWebhookEvent.from_dict(example)
    with replay(_cassette("simulate_webhook_event")) as client:
        response = simulate_webhook_event.sync_detailed(client=client, body=body)
    assert response.status_code == HTTPStatus.ACCEPTED
    assert isinstance(response.parsed, WebhookEvent)
    _same(response.parsed, "simulate_webhook_event")
    assert response.parsed.event_type == "PAYMENT.AUTHORIZATION.CREATED"
