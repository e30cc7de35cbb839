"""The sandbox's webhooks: deliveries on each transition, signatures, retries, resend, simulate,
verify-signature, subscriptions, the loopback-only rule and the fixture's receiver."""

from __future__ import annotations

import asyncio
import datetime as dt
import json
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from paypal_invoicing.pytest_plugin import WEBHOOK_RETRY_DELAYS, PayPalSandbox
from paypal_invoicing.sandbox import Sandbox
from paypal_invoicing.sandbox.state.webhooks import deliverable
from paypal_invoicing.webhooks import (
    EventType,
    WebhookSignatureError,
    WebhookVerifier,
    aconstruct_event,
    check_cert_url,
    construct_event,
    postback_body,
)
from paypal_invoicing_client.models import Invoice, V1Invoice

from .helpers import simple_invoice

HOOKS = "/v1/notifications/webhooks"
EVENTS = "/v1/notifications/webhooks-events"


@pytest.fixture
def api(paypal_sandbox: PayPalSandbox) -> Iterator[httpx.Client]:
    token = paypal_sandbox.sandbox.access_token()
    with httpx.Client(
        base_url=paypal_sandbox.url, headers={"Authorization": f"Bearer {token}"}
    ) as client:
        yield client


def new_invoice(api: httpx.Client, **options: Any) -> str:
    response = api.post("/v2/invoicing/invoices", json=simple_invoice(**options))
    assert response.status_code == 201, response.text
    return str(response.json()["href"].rsplit("/", 1)[1])


def send(api: httpx.Client, invoice_id: str) -> httpx.Response:
    return api.post(f"/v2/invoicing/invoices/{invoice_id}/send", json={})


def test_each_transition_delivers_its_signed_event(
    paypal_sandbox: PayPalSandbox, api: httpx.Client
) -> None:
    receiver = paypal_sandbox.webhooks
    paid = new_invoice(api, partial=True)
    api.put(f"/v2/invoicing/invoices/{paid}", json=simple_invoice("120.00", partial=True))
    send(api, paid)
    paypal_sandbox.sandbox.pay(paid, "20.00")  # partial
    paypal_sandbox.sandbox.pay(paid)
    paypal_sandbox.sandbox.refund(paid, "10.00")
    cancelled = new_invoice(api)
    send(api, cancelled)
    api.post(f"/v2/invoicing/invoices/{cancelled}/cancel", json={})
    later = (dt.datetime.now(dt.UTC).date() + dt.timedelta(days=30)).isoformat()
    scheduled = new_invoice(api, invoice_date=later)
    send(api, scheduled)
    assert paypal_sandbox.sandbox.wait_for_deliveries()

    seen = [(e.event_type, e.invoice.id, e.invoice.status) for e in receiver.events]  # type: ignore[union-attr]
    assert seen == [
        ("INVOICING.INVOICE.CREATED", paid, "DRAFT"),
        ("INVOICING.INVOICE.UPDATED", paid, "DRAFT"),
        ("INVOICING.INVOICE.SENT", paid, "SENT"),
        ("INVOICING.INVOICE.PAID", paid, "PARTIALLY_PAID"),
        ("INVOICING.INVOICE.PAID", paid, "PAID"),
        ("INVOICING.INVOICE.REFUNDED", paid, "PARTIALLY_REFUNDED"),
        ("INVOICING.INVOICE.CREATED", cancelled, "DRAFT"),
        ("INVOICING.INVOICE.SENT", cancelled, "SENT"),
        ("INVOICING.INVOICE.CANCELLED", cancelled, "CANCELLED"),
        ("INVOICING.INVOICE.CREATED", scheduled, "DRAFT"),
        ("INVOICING.INVOICE.SCHEDULED", scheduled, "SCHEDULED"),
    ]
    for delivery in receiver.deliveries:
        event = receiver.verify(delivery)  # PayPal's headers, signed by the sandbox's key
        assert event.resource_version == "2.0"
        assert event.resource_type == "invoices"
        assert isinstance(event.invoice, Invoice)
        headers = {k.upper(): v for k, v in delivery.headers.items()}
        assert headers["PAYPAL-AUTH-ALGO"] == "SHA256withRSA"
        assert headers["PAYPAL-CERT-URL"].startswith(
            paypal_sandbox.url + "/v1/notifications/certs/"
        )
        assert headers["PAYPAL-TRANSMISSION-ID"] and headers["PAYPAL-TRANSMISSION-TIME"]


def test_signature_fails_for_a_changed_byte_or_another_webhook(
    paypal_sandbox: PayPalSandbox, api: httpx.Client
) -> None:
    receiver = paypal_sandbox.webhooks
    new_invoice(api)
    delivery = receiver.wait_for(EventType.INVOICE_CREATED)
    verifier = receiver.verifier
    tampered = delivery.body.replace(b'"DRAFT"', b'"PAID"')
    assert tampered != delivery.body
    with pytest.raises(WebhookSignatureError):
        construct_event(
            tampered, delivery.headers, webhook_id=receiver.webhook_id, verifier=verifier
        )
    with pytest.raises(WebhookSignatureError):
        construct_event(delivery.body, delivery.headers, webhook_id="OTHER", verifier=verifier)
    # PayPal's default verifier does not trust the sandbox at all: its cert URL is refused
    with pytest.raises(WebhookSignatureError, match="https"):
        construct_event(
            delivery.body,
            delivery.headers,
            webhook_id=receiver.webhook_id,
            verifier=WebhookVerifier(fetch=lambda url: pytest.fail("fetched " + url)),
        )


def test_cert_url_rule_stays_https_and_paypal_by_default() -> None:
    url = "http://127.0.0.1:8080/v1/notifications/certs/CERT-x"
    with pytest.raises(WebhookSignatureError):
        check_cert_url(url)
    assert check_cert_url(url, allow_loopback_http=True) == url
    for foreign in ("http://example.com/cert", "http://10.0.0.1/cert", "http://u@127.0.0.1/c"):
        with pytest.raises(WebhookSignatureError):
            check_cert_url(foreign, allow_loopback_http=True)
    fetched: list[str] = []
    verifier = WebhookVerifier.for_sandbox(fetch=lambda u: fetched.append(u) or b"")
    with pytest.raises(WebhookSignatureError):
        verifier.certificate("http://example.com/v1/notifications/certs/CERT-x")
    assert fetched == []


def test_retry_on_non_2xx_then_success(paypal_sandbox: PayPalSandbox, api: httpx.Client) -> None:
    receiver = paypal_sandbox.webhooks
    receiver.fail_next(2, status=503)
    invoice_id = new_invoice(api)
    delivery = receiver.wait_for(EventType.INVOICE_CREATED)
    assert [d.status for d in receiver.deliveries] == [503, 503, 200]
    assert len({d.headers["PAYPAL-TRANSMISSION-ID"] for d in receiver.deliveries}) == 1
    assert receiver.verify(delivery).invoice.id == invoice_id  # type: ignore[union-attr]
    (transmission,) = paypal_sandbox.sandbox.transmissions()
    assert (transmission.status, transmission.attempts) == ("SUCCESS", 3)
    assert transmission.answers == [503, 503, 200]


def test_retries_are_bounded(paypal_sandbox: PayPalSandbox, api: httpx.Client) -> None:
    receiver = paypal_sandbox.webhooks
    receiver.fail_next(100)
    new_invoice(api)
    assert paypal_sandbox.sandbox.wait_for_deliveries()
    (transmission,) = paypal_sandbox.sandbox.transmissions()
    assert transmission.status == "FAILURE"
    assert transmission.attempts == len(WEBHOOK_RETRY_DELAYS) + 1
    assert len(receiver.deliveries) == len(WEBHOOK_RETRY_DELAYS) + 1


def test_events_are_listed_and_resent(paypal_sandbox: PayPalSandbox, api: httpx.Client) -> None:
    receiver = paypal_sandbox.webhooks
    invoice_id = new_invoice(api)
    send(api, invoice_id)
    first = receiver.wait_for(EventType.INVOICE_SENT)
    listed = api.get(EVENTS, params={"event_type": "INVOICING.INVOICE.SENT"}).json()
    assert [e["id"] for e in listed["events"]] == [first.event.id]
    assert api.get(EVENTS).json()["count"] == 2
    assert api.get(EVENTS, params={"transaction_id": "INV2-NONE"}).json()["count"] == 0
    shown = api.get(f"{EVENTS}/{first.event.id}").json()
    assert shown["resource"]["id"] == invoice_id
    assert json.loads(first.body)["id"] == shown["id"]

    resent = api.post(f"{EVENTS}/{first.event.id}/resend", json={})
    assert resent.status_code == 202
    assert paypal_sandbox.sandbox.wait_for_deliveries()
    again = [d for d in receiver.deliveries if d.event.id == first.event.id]
    assert len(again) == 2
    assert again[1].body == first.body  # the same event, a new transmission
    assert again[0].headers["PAYPAL-TRANSMISSION-ID"] != again[1].headers["PAYPAL-TRANSMISSION-ID"]
    receiver.verify(again[1])
    missing = api.post(f"{EVENTS}/WH-NOPE/resend", json={})
    assert missing.status_code == 404


def test_simulate_delivers_a_sample_in_either_version(
    paypal_sandbox: PayPalSandbox, api: httpx.Client
) -> None:
    receiver = paypal_sandbox.webhooks
    for version in ("2.0", "1.0"):
        answer = api.post(
            "/v1/notifications/simulate-event",
            json={
                "webhook_id": receiver.webhook_id,
                "event_type": "INVOICING.INVOICE.PAID",
                "resource_version": version,
            },
        )
        assert answer.status_code == 202, answer.text
    assert paypal_sandbox.sandbox.wait_for_deliveries()
    events = [receiver.verify(d) for d in receiver.deliveries]
    assert [e.resource_version for e in events] == ["2.0", "1.0"]
    assert isinstance(events[0].invoice, Invoice)
    assert isinstance(events[1].invoice, V1Invoice)
    bad = api.post(
        "/v1/notifications/simulate-event",
        json={"url": "https://example.com/hook", "event_type": "INVOICING.INVOICE.PAID"},
    )
    assert bad.status_code == 400
    assert bad.json()["details"][0]["field"] == "/url"


def test_verify_webhook_signature_answers_truthfully(
    paypal_sandbox: PayPalSandbox, api: httpx.Client
) -> None:
    receiver = paypal_sandbox.webhooks
    new_invoice(api)
    delivery = receiver.wait_for(EventType.INVOICE_CREATED)
    path = "/v1/notifications/verify-webhook-signature"
    json_type = {"Content-Type": "application/json"}

    def status(body: bytes) -> str:
        answer = api.post(path, content=body, headers=json_type)
        assert answer.status_code == 200, answer.text
        return str(answer.json()["verification_status"])

    good = postback_body(delivery.body, delivery.headers, webhook_id=receiver.webhook_id)
    assert status(good) == "SUCCESS"
    spaced = postback_body(
        delivery.body.replace(b",", b", ", 1), delivery.headers, webhook_id=receiver.webhook_id
    )
    assert status(spaced) == "FAILURE"  # re-serialized: not the bytes that were signed
    assert status(good.replace(receiver.webhook_id.encode(), b"OTHERWEBHOOK0000")) == "FAILURE"
    other_time = good.replace(
        delivery.headers["PAYPAL-TRANSMISSION-TIME"].encode(), b"2020-01-01T00:00:00Z"
    )
    assert status(other_time) == "FAILURE"
    missing = api.post(path, json={"webhook_id": receiver.webhook_id})
    assert missing.status_code == 400


def test_subscription_filtering(paypal_sandbox: PayPalSandbox, api: httpx.Client) -> None:
    receiver = paypal_sandbox.webhooks
    answer = api.patch(
        f"{HOOKS}/{receiver.webhook_id}",
        json=[
            {"op": "replace", "path": "/event_types", "value": [{"name": "INVOICING.INVOICE.PAID"}]}
        ],
    )
    assert answer.status_code == 200, answer.text
    assert [t["name"] for t in answer.json()["event_types"]] == ["INVOICING.INVOICE.PAID"]
    invoice_id = new_invoice(api)
    send(api, invoice_id)
    paypal_sandbox.sandbox.pay(invoice_id)
    assert paypal_sandbox.sandbox.wait_for_deliveries()
    assert [e.event_type for e in receiver.events] == ["INVOICING.INVOICE.PAID"]
    unknown = api.post(HOOKS, json={"url": "http://127.0.0.1:9/x", "event_types": [{"name": "NO"}]})
    assert unknown.status_code == 400
    assert unknown.json()["details"][0]["field"] == "/event_types/0/name"


def test_webhook_management_operations(paypal_sandbox: PayPalSandbox, api: httpx.Client) -> None:
    created = api.post(
        HOOKS, json={"url": "http://localhost:9/hook", "event_types": [{"name": "*"}]}
    )
    assert created.status_code == 201, created.text
    hook = created.json()
    assert api.get(f"{HOOKS}/{hook['id']}").json()["url"] == "http://localhost:9/hook"
    assert [w["id"] for w in api.get(HOOKS).json()["webhooks"]] == [hook["id"]]
    types = api.get(f"{HOOKS}/{hook['id']}/event-types").json()["event_types"]
    assert [t["name"] for t in types] == ["*"]
    available = api.get("/v1/notifications/webhooks-event-types").json()["event_types"]
    assert {t["name"] for t in available} == {e.value for e in EventType}
    again = api.post(HOOKS, json={"url": "http://localhost:9/hook", "event_types": [{"name": "*"}]})
    assert again.status_code == 400
    assert api.delete(f"{HOOKS}/{hook['id']}").status_code == 204
    assert api.get(f"{HOOKS}/{hook['id']}").status_code == 404

    lookup = api.post("/v1/notifications/webhooks-lookup")
    assert lookup.status_code == 201
    lookup_id = lookup.json()["id"]
    listed = api.get("/v1/notifications/webhooks-lookup").json()["webhooks_lookups"]
    assert [x["id"] for x in listed] == [lookup_id]
    assert api.get(f"/v1/notifications/webhooks-lookup/{lookup_id}").status_code == 200
    assert api.delete(f"/v1/notifications/webhooks-lookup/{lookup_id}").status_code == 204
    assert api.get(f"/v1/notifications/webhooks-lookup/{lookup_id}").status_code == 404


def test_deliveries_go_only_to_loopback_by_default(api: httpx.Client) -> None:
    refused = api.post(
        HOOKS, json={"url": "https://example.com/hook", "event_types": [{"name": "*"}]}
    )
    assert refused.status_code == 400
    assert refused.json()["details"][0]["field"] == "/url"
    assert deliverable("http://127.0.0.1:5000/h", anywhere=False)
    assert deliverable("http://[::1]:5000/h", anywhere=False)
    assert deliverable("http://localhost/h", anywhere=False)
    assert not deliverable("http://192.168.1.2/h", anywhere=False)
    assert not deliverable("http://example.com/h", anywhere=False)
    assert not deliverable("ftp://127.0.0.1/h", anywhere=False)
    assert deliverable("https://example.com/h", anywhere=True)


def test_a_sandbox_beyond_loopback_may_deliver_anywhere() -> None:
    box = Sandbox()
    with box.store.lock:
        box.store.deliver_anywhere = True  # what SandboxServer(host="0.0.0.0") sets
    from paypal_invoicing.sandbox.state import webhooks

    with box.store.lock:
        hook = webhooks.create_webhook(
            box.store, {"url": "https://example.com/hook", "event_types": [{"name": "*"}]}
        )
    assert hook["url"] == "https://example.com/hook"


def test_the_server_sets_its_own_url_and_loopback_rule(paypal_sandbox: PayPalSandbox) -> None:
    store = paypal_sandbox.sandbox.store
    assert store.base_url == paypal_sandbox.url
    assert store.deliver_anywhere is False
    chain = httpx.get(paypal_sandbox.url + "/v1/notifications/certs/CERT-paypal-invoicing-sandbox")
    assert chain.status_code == 200
    assert chain.content.count(b"BEGIN CERTIFICATE") == 2


def test_receiver_wait_for_times_out_naming_what_came(paypal_sandbox: PayPalSandbox) -> None:
    receiver = paypal_sandbox.webhooks
    with pytest.raises(TimeoutError, match=r"INVOICING\.INVOICE\.PAID"):
        receiver.wait_for(EventType.INVOICE_PAID, timeout=0.05)


def test_handler_errors_make_the_sandbox_retry(
    paypal_sandbox: PayPalSandbox, api: httpx.Client
) -> None:
    calls: list[str] = []

    def flaky(body: bytes, headers: Any) -> None:
        calls.append(json.loads(body)["event_type"])
        if len(calls) == 1:
            raise RuntimeError("database down")

    paypal_sandbox.webhooks.handler = flaky
    new_invoice(api)
    paypal_sandbox.webhooks.wait_for(EventType.INVOICE_CREATED)
    assert calls == ["INVOICING.INVOICE.CREATED"] * 2
    assert [d.status for d in paypal_sandbox.webhooks.deliveries] == [500, 200]


def test_async_verification_trusts_the_sandbox_too(
    paypal_sandbox: PayPalSandbox, api: httpx.Client
) -> None:
    receiver = paypal_sandbox.webhooks
    invoice_id = new_invoice(api)
    delivery = receiver.wait_for(EventType.INVOICE_CREATED)
    verifier = WebhookVerifier.for_sandbox()  # a fresh one: fetches the chain asynchronously
    event = asyncio.run(
        aconstruct_event(
            delivery.body, delivery.headers, webhook_id=receiver.webhook_id, verifier=verifier
        )
    )
    assert event.invoice is not None and event.invoice.id == invoice_id
