"""Contract: the 16 Webhooks Management operations, sync, through ``connect()`` and cassettes
recorded from the embedded sandbox.

The webhook URL is a loopback port where nothing listens (the discard port): the sandbox's
deliveries to it fail at once, so no delivery ever enters a cassette.
"""

from __future__ import annotations

from http import HTTPStatus

from paypal_invoicing import NotFoundError
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
    WebhookPatchOp,
)
from tests.contract.conftest import Contract

URL = "http://127.0.0.1:9/webhooks"
PAID = "INVOICING.INVOICE.PAID"


def _webhook(client: AuthenticatedClient, *names: str) -> Webhook:
    body = Webhook.from_dict({"url": URL, "event_types": [{"name": n} for n in names or ("*",)]})
    webhook = create_webhook.sync(client=client, body=body)
    assert isinstance(webhook, Webhook), webhook
    return webhook


def _simulated(client: AuthenticatedClient, webhook_id: str) -> WebhookEvent:
    event = simulate_webhook_event.sync(
        client=client, body=SimulateWebhookEvent(event_type=PAID, webhook_id=webhook_id)
    )
    assert isinstance(event, WebhookEvent), event
    return event


def test_create_webhook(contract: Contract) -> None:
    body = Webhook.from_dict({"url": URL, "event_types": [{"name": PAID}]})
    response = create_webhook.sync_detailed(client=contract.client, body=body)
    assert response.status_code == HTTPStatus.CREATED
    webhook = response.parsed
    assert isinstance(webhook, Webhook)
    assert webhook.url == URL
    assert [t.name for t in webhook.event_types] == [PAID]
    assert {link.rel for link in webhook.links} == {"self", "update", "delete"}


def test_list_webhooks(contract: Contract) -> None:
    created = _webhook(contract.client)
    listing = list_webhooks.sync(client=contract.client)
    assert isinstance(listing, WebhookList)
    assert [w.id for w in listing.webhooks] == [created.id]


def test_get_webhook(contract: Contract) -> None:
    created = _webhook(contract.client, PAID)
    webhook = get_webhook.sync(created.id, client=contract.client)
    assert isinstance(webhook, Webhook)
    assert (webhook.id, webhook.url) == (created.id, URL)


def test_update_webhook(contract: Contract) -> None:
    created = _webhook(contract.client, PAID)
    patch = WebhookPatch(
        op=WebhookPatchOp.REPLACE,
        path="/event_types",
        value=[{"name": "INVOICING.INVOICE.CANCELLED"}, {"name": PAID}],
    )
    webhook = update_webhook.sync(created.id, client=contract.client, body=[patch])
    assert isinstance(webhook, Webhook)
    assert [t.name for t in webhook.event_types] == ["INVOICING.INVOICE.CANCELLED", PAID]


def test_delete_webhook(contract: Contract) -> None:
    created = _webhook(contract.client)
    response = delete_webhook.sync_detailed(created.id, client=contract.client)
    assert response.status_code == HTTPStatus.NO_CONTENT
    try:
        get_webhook.sync(created.id, client=contract.client)
    except NotFoundError:
        pass
    else:
        raise AssertionError("a deleted webhook is still found")


def test_list_webhook_event_types(contract: Contract) -> None:
    created = _webhook(contract.client, PAID)
    types = list_webhook_event_types.sync(created.id, client=contract.client)
    assert isinstance(types, WebhookEventTypeList)
    assert [t.name for t in types.event_types] == [PAID]


def test_list_available_event_types(contract: Contract) -> None:
    types = list_available_event_types.sync(client=contract.client)
    assert isinstance(types, WebhookEventTypeList)
    names = {t.name for t in types.event_types}
    assert {PAID, "INVOICING.INVOICE.CREATED", "INVOICING.INVOICE.REFUNDED"} <= names


def test_create_webhook_lookup(contract: Contract) -> None:
    response = create_webhook_lookup.sync_detailed(client=contract.client)
    assert response.status_code == HTTPStatus.CREATED
    assert isinstance(response.parsed, WebhookLookup)
    assert response.parsed.id.startswith("WL-")


def test_list_webhook_lookups(contract: Contract) -> None:
    lookup = create_webhook_lookup.sync(client=contract.client)
    assert isinstance(lookup, WebhookLookup)
    listing = list_webhook_lookups.sync(client=contract.client)
    assert isinstance(listing, WebhookLookupList)
    assert [x.id for x in listing.webhooks_lookups] == [lookup.id]


def test_get_webhook_lookup(contract: Contract) -> None:
    lookup = create_webhook_lookup.sync(client=contract.client)
    assert isinstance(lookup, WebhookLookup)
    shown = get_webhook_lookup.sync(lookup.id, client=contract.client)
    assert isinstance(shown, WebhookLookup)
    assert shown.id == lookup.id


def test_delete_webhook_lookup(contract: Contract) -> None:
    lookup = create_webhook_lookup.sync(client=contract.client)
    assert isinstance(lookup, WebhookLookup)
    response = delete_webhook_lookup.sync_detailed(lookup.id, client=contract.client)
    assert response.status_code == HTTPStatus.NO_CONTENT


def test_simulate_webhook_event(contract: Contract) -> None:
    webhook = _webhook(contract.client, PAID)
    response = simulate_webhook_event.sync_detailed(
        client=contract.client,
        body=SimulateWebhookEvent(event_type=PAID, webhook_id=webhook.id, resource_version="2.0"),
    )
    assert response.status_code == HTTPStatus.ACCEPTED
    event = response.parsed
    assert isinstance(event, WebhookEvent)
    assert (event.event_type, event.resource_version) == (PAID, "2.0")
    assert event.id.isalnum() and len(event.id) == 34


def test_list_webhook_events(contract: Contract) -> None:
    webhook = _webhook(contract.client, PAID)
    event = _simulated(contract.client, webhook.id)
    listing = list_webhook_events.sync(client=contract.client, event_type=PAID, page_size=5)
    assert isinstance(listing, WebhookEventList)
    assert [e.id for e in listing.events] == [event.id]
    assert listing.count == 1


def test_get_webhook_event(contract: Contract) -> None:
    webhook = _webhook(contract.client, PAID)
    event = _simulated(contract.client, webhook.id)
    shown = get_webhook_event.sync(event.id, client=contract.client)
    assert isinstance(shown, WebhookEvent)
    assert (shown.id, shown.event_type) == (event.id, PAID)


def test_resend_webhook_event(contract: Contract) -> None:
    webhook = _webhook(contract.client, PAID)
    event = _simulated(contract.client, webhook.id)
    response = resend_webhook_event.sync_detailed(
        event.id, client=contract.client, body=WebhookEventResend(webhook_ids=[webhook.id])
    )
    assert response.status_code == HTTPStatus.ACCEPTED
    assert isinstance(response.parsed, WebhookEvent)
    assert response.parsed.id == event.id


def test_verify_webhook_signature(contract: Contract) -> None:
    webhook = _webhook(contract.client, PAID)
    event = _simulated(contract.client, webhook.id)
    body = VerifyWebhookSignature(
        auth_algo="SHA256withRSA",
        cert_url="https://api.sandbox.paypal.com/v1/notifications/certs/CERT-not-the-sandbox",
        transmission_id="69cd13f0-d67a-11e5-baa3-778b53f4ae55",
        transmission_sig="bm90IGEgc2lnbmF0dXJl",
        transmission_time="2025-03-05T09:00:00Z",
        webhook_event=event,
        webhook_id=webhook.id,
    )
    answer = verify_webhook_signature.sync(client=contract.client, body=body)
    assert isinstance(answer, VerifyWebhookSignatureResponse)
    assert answer.verification_status.value == "FAILURE"  # not a signature the sandbox made
