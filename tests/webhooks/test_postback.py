"""The postback helper sends the event exactly as received."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import TYPE_CHECKING

import httpx
import pytest

from paypal_invoicing import PayPalError
from paypal_invoicing.webhooks import (
    WebhookPayloadError,
    WebhookSignatureError,
    averify_by_postback,
    postback_body,
    verify_by_postback,
)
from paypal_invoicing_client import AuthenticatedClient
from tests.webhooks.pki import PKI, WEBHOOK_ID, sign

if TYPE_CHECKING:
    from tests.overlay.scripted_server import ScriptedServer

# PayPal's bytes: key order, spacing and numbers (1.0, 10.50) that a round trip would change.
PAYLOAD = (
    b'{"id":"WH-1","resource_version":"1.0","event_type":"INVOICING.INVOICE.PAID",'
    b'"resource":{"invoice":{"number":"0017","items":[{"quantity":1.0,"unit_price":'
    b'{"currency":"USD","value":10.50}}]}},  "summary":"An invoice was paid"}'
)

PATH = "/v1/notifications/verify-webhook-signature"


@pytest.fixture
def paypal() -> Iterator[ScriptedServer]:
    """A scripted PayPal knowing the client ``webhook-client`` / ``webhook-secret``."""
    from tests.overlay.scripted_server import ScriptedServer

    server = ScriptedServer("webhook-client", "webhook-secret").start()
    yield server
    server.stop()


def test_the_body_keeps_the_raw_bytes(pki: PKI) -> None:
    headers = sign(PAYLOAD, pki.leaf_key)
    body = postback_body(PAYLOAD, headers, webhook_id=WEBHOOK_ID)
    assert body.endswith(b',"webhook_event":' + PAYLOAD + b"}")
    sent = json.loads(body)
    assert sent["webhook_event"] == json.loads(PAYLOAD)
    assert {k: v for k, v in sent.items() if k != "webhook_event"} == {
        "auth_algo": "SHA256withRSA",
        "cert_url": headers["PAYPAL-CERT-URL"],
        "transmission_id": headers["PAYPAL-TRANSMISSION-ID"],
        "transmission_sig": headers["PAYPAL-TRANSMISSION-SIG"],
        "transmission_time": headers["PAYPAL-TRANSMISSION-TIME"],
        "webhook_id": WEBHOOK_ID,
    }
    # A re-serialized event would not contain the original bytes.
    assert PAYLOAD not in json.dumps(sent).encode()


def test_a_non_json_payload_is_refused(pki: PKI) -> None:
    with pytest.raises(WebhookPayloadError, match="not JSON"):
        postback_body(b"{oops", sign(b"{oops", pki.leaf_key), webhook_id=WEBHOOK_ID)


def test_missing_headers_are_named(pki: PKI) -> None:
    headers = sign(PAYLOAD, pki.leaf_key)
    del headers["PAYPAL-CERT-URL"]
    with pytest.raises(WebhookSignatureError, match="PAYPAL-CERT-URL"):
        postback_body(PAYLOAD, headers, webhook_id=WEBHOOK_ID)


def _client(answers: list[httpx.Response], seen: list[httpx.Request]) -> AuthenticatedClient:
    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return answers.pop(0)

    transport = httpx.MockTransport(handler)
    client = AuthenticatedClient(base_url="https://api-m.sandbox.paypal.com", token="t")
    client.set_httpx_client(
        httpx.Client(base_url="https://api-m.sandbox.paypal.com", transport=transport)
    )
    client.set_async_httpx_client(
        httpx.AsyncClient(base_url="https://api-m.sandbox.paypal.com", transport=transport)
    )
    return client


def test_verify_by_postback_sends_the_raw_event(pki: PKI) -> None:
    seen: list[httpx.Request] = []
    headers = sign(PAYLOAD, pki.leaf_key)
    client = _client(
        [
            httpx.Response(200, json={"verification_status": "SUCCESS"}),
            httpx.Response(200, json={"verification_status": "FAILURE"}),
            httpx.Response(400, json={"name": "VALIDATION_ERROR", "message": "Invalid request"}),
        ],
        seen,
    )
    verify_by_postback(client, PAYLOAD, headers, webhook_id=WEBHOOK_ID)
    request = seen[0]
    assert request.method == "POST"
    assert request.url.path == "/v1/notifications/verify-webhook-signature"
    assert request.headers["content-type"] == "application/json"
    assert request.content == postback_body(PAYLOAD, headers, webhook_id=WEBHOOK_ID)
    with pytest.raises(WebhookSignatureError, match="FAILURE"):
        verify_by_postback(client, PAYLOAD, headers, webhook_id=WEBHOOK_ID)
    with pytest.raises(PayPalError) as caught:
        verify_by_postback(client, PAYLOAD, headers, webhook_id=WEBHOOK_ID)
    assert caught.value.name == "VALIDATION_ERROR"


@pytest.mark.asyncio
async def test_averify_by_postback(pki: PKI) -> None:
    seen: list[httpx.Request] = []
    headers = sign(PAYLOAD, pki.leaf_key)
    client = _client(
        [
            httpx.Response(200, json={"verification_status": "SUCCESS"}),
            httpx.Response(200, json={"verification_status": "FAILURE"}),
        ],
        seen,
    )
    await averify_by_postback(client, PAYLOAD, headers, webhook_id=WEBHOOK_ID)
    assert PAYLOAD in seen[0].content
    with pytest.raises(WebhookSignatureError, match="FAILURE"):
        await averify_by_postback(client, PAYLOAD, headers, webhook_id=WEBHOOK_ID)


def test_postback_through_connect_is_authenticated_and_retried_safely(
    pki: PKI, paypal: ScriptedServer
) -> None:
    """Through connect(): a Bearer token, the raw event on the wire, a 503 retried (the check
    acts on nothing), and PayPal's answer read."""
    from paypal_invoicing import RetryPolicy, connect
    from tests.overlay.scripted_server import Reply

    paypal.script(
        "POST",
        PATH,
        Reply(503, {"name": "SERVICE_UNAVAILABLE", "message": "try again"}),
        Reply(200, {"verification_status": "SUCCESS"}),
    )
    client = connect(
        "webhook-client",
        "webhook-secret",
        base_url=paypal.url,
        retry_policy=RetryPolicy(max_retries=2, initial_delay=0.01, max_delay=0.02),
    )
    headers = sign(PAYLOAD, pki.leaf_key)
    verify_by_postback(client, PAYLOAD, headers, webhook_id=WEBHOOK_ID)
    client.get_httpx_client().close()
    sent = paypal.api_requests("POST", PATH)
    assert len(sent) == 2
    assert all(r.body == postback_body(PAYLOAD, headers, webhook_id=WEBHOOK_ID) for r in sent)
    assert all(r.headers["authorization"].startswith("Bearer ") for r in sent)
    # Verifying changes nothing at PayPal: it is retried like a read, with no request id.
    assert all("paypal-request-id" not in r.headers for r in sent)


def test_the_resource_clients_verify_by_postback_too(pki: PKI, paypal: ScriptedServer) -> None:
    """``PayPal()`` and ``AsyncPayPal()`` are taken as they are: the generated client inside."""
    import asyncio

    from paypal_invoicing import AsyncPayPal, PayPal
    from tests.overlay.scripted_server import Reply

    paypal.script(
        "POST",
        PATH,
        Reply(200, {"verification_status": "SUCCESS"}),
        Reply(200, {"verification_status": "FAILURE"}),
    )
    headers = sign(PAYLOAD, pki.leaf_key)
    with PayPal("webhook-client", "webhook-secret", base_url=paypal.url) as client:
        assert verify_by_postback(client, PAYLOAD, headers, webhook_id=WEBHOOK_ID) is None

    async def refused() -> None:
        async with AsyncPayPal("webhook-client", "webhook-secret", base_url=paypal.url) as c:
            await averify_by_postback(c, PAYLOAD, headers, webhook_id=WEBHOOK_ID)

    with pytest.raises(WebhookSignatureError, match="FAILURE"):
        asyncio.run(refused())
    sent = paypal.api_requests("POST", PATH)
    assert [r.body for r in sent] == [postback_body(PAYLOAD, headers, webhook_id=WEBHOOK_ID)] * 2


def test_a_client_of_another_kind_is_named(pki: PKI) -> None:
    from paypal_invoicing import ConfigurationError

    headers = sign(PAYLOAD, pki.leaf_key)
    with pytest.raises(ConfigurationError, match=r"client must be .* got <class .object.>"):
        verify_by_postback(object(), PAYLOAD, headers, webhook_id=WEBHOOK_ID)  # type: ignore[arg-type]
