"""OAuth2: token caching, single flight (threads and tasks), refresh on 401, bad credentials."""

from __future__ import annotations

import asyncio
import threading
from typing import Any

import httpx
import pytest

from paypal_invoicing import (
    AuthenticationError,
    ConfigurationError,
    OAuth2ClientCredentials,
    connect,
)
from paypal_invoicing_client.api.invoices import create_invoice, get_invoice
from paypal_invoicing_client.models.invoice import Invoice
from tests.overlay.conftest import CLIENT_ID, CLIENT_SECRET
from tests.overlay.scripted_server import Reply, ScriptedServer

INVOICE = {"id": "INV2-AAAA-BBBB", "status": "DRAFT", "detail": {"currency_code": "USD"}}
PATH = "/v2/invoicing/invoices/INV2-AAAA-BBBB"


def _ok(rec: Any) -> Reply:
    return Reply(200, INVOICE)


def test_sixteen_threads_on_a_cold_client_make_one_token_request(
    server: ScriptedServer, make_client: Any
) -> None:
    server.token_delay = 0.3  # every thread arrives while the first token request is in flight
    server.route("GET", PATH, _ok)
    client = make_client()
    barrier = threading.Barrier(16)
    results: list[str] = []
    errors: list[BaseException] = []

    def work() -> None:
        try:
            barrier.wait()
            invoice = get_invoice.sync("INV2-AAAA-BBBB", client=client)
            results.append(invoice.id)  # type: ignore[union-attr]
        except BaseException as exc:
            errors.append(exc)

    threads = [threading.Thread(target=work) for _ in range(16)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(30)
    assert errors == []
    assert results == ["INV2-AAAA-BBBB"] * 16
    assert len(server.token_requests) == 1
    assert len(server.api_requests("GET", PATH)) == 16


@pytest.mark.asyncio
async def test_sixteen_tasks_on_a_cold_client_make_one_token_request(
    server: ScriptedServer, aclient_factory: Any
) -> None:
    server.token_delay = 0.3
    server.route("GET", PATH, _ok)
    client = aclient_factory()
    got = await asyncio.gather(
        *(get_invoice.asyncio("INV2-AAAA-BBBB", client=client) for _ in range(16))
    )
    assert [g.id for g in got] == ["INV2-AAAA-BBBB"] * 16  # type: ignore[union-attr]
    assert len(server.token_requests) == 1
    assert len(server.api_requests("GET", PATH)) == 16


def test_token_is_cached_between_calls(server: ScriptedServer, make_client: Any) -> None:
    server.route("GET", PATH, _ok)
    client = make_client()
    for _ in range(5):
        get_invoice.sync("INV2-AAAA-BBBB", client=client)
    assert len(server.token_requests) == 1
    token_request = server.token_requests[0]
    assert token_request.headers["authorization"].startswith("Basic ")
    assert token_request.headers["content-type"] == "application/x-www-form-urlencoded"


def test_expired_token_is_refreshed_once_and_the_request_replayed(
    server: ScriptedServer, make_client: Any
) -> None:
    server.route("GET", PATH, _ok)
    client = make_client()
    get_invoice.sync("INV2-AAAA-BBBB", client=client)
    server.revoke_tokens()  # PayPal now answers 401 invalid_token to the cached token
    invoice = get_invoice.sync("INV2-AAAA-BBBB", client=client)
    assert invoice.id == "INV2-AAAA-BBBB"  # type: ignore[union-attr]
    assert len(server.token_requests) == 2
    calls = server.api_requests("GET", PATH)
    assert [c.headers["authorization"] for c in calls] == [
        f"Bearer {server.issued[0]}",
        f"Bearer {server.issued[0]}",  # the 401
        f"Bearer {server.issued[1]}",  # the replay
    ]


def test_refreshed_post_keeps_its_request_id(server: ScriptedServer, make_client: Any) -> None:
    server.route("POST", "/v2/invoicing/invoices", lambda rec: Reply(201, INVOICE))
    client = make_client()
    body = Invoice.from_dict({"detail": {"currency_code": "USD"}})
    create_invoice.sync(client=client, body=body)
    server.revoke_tokens()
    create_invoice.sync(client=client, body=body)
    posts = server.api_requests("POST", "/v2/invoicing/invoices")
    assert len(posts) == 3
    assert posts[1].headers["paypal-request-id"] == posts[2].headers["paypal-request-id"]
    assert posts[0].headers["paypal-request-id"] != posts[1].headers["paypal-request-id"]


@pytest.mark.asyncio
async def test_expired_token_is_refreshed_once_async(
    server: ScriptedServer, aclient_factory: Any
) -> None:
    server.route("GET", PATH, _ok)
    client = aclient_factory()
    await get_invoice.asyncio("INV2-AAAA-BBBB", client=client)
    server.revoke_tokens()
    results = await asyncio.gather(
        *(get_invoice.asyncio("INV2-AAAA-BBBB", client=client) for _ in range(8))
    )
    assert all(r.id == "INV2-AAAA-BBBB" for r in results)  # type: ignore[union-attr]
    assert len(server.token_requests) == 2  # eight 401s, one refresh


def test_persistent_401_raises_after_one_refresh(server: ScriptedServer, make_client: Any) -> None:
    server.script(
        "GET",
        PATH,
        *[Reply(401, {"error": "invalid_token", "error_description": "nope"})] * 2,
    )
    client = make_client()
    with pytest.raises(AuthenticationError) as caught:
        get_invoice.sync("INV2-AAAA-BBBB", client=client)
    assert caught.value.name == "invalid_token"
    assert len(server.token_requests) == 2
    assert len(server.api_requests("GET", PATH)) == 2


def test_bad_credentials_raise_without_retry(server: ScriptedServer) -> None:
    server.route("GET", PATH, _ok)
    client = connect(CLIENT_ID, "wrong-secret", base_url=server.url, max_retries=3)
    try:
        with pytest.raises(AuthenticationError) as caught:
            get_invoice.sync("INV2-AAAA-BBBB", client=client)
    finally:
        client.get_httpx_client().close()
    assert caught.value.status_code == 401
    assert caught.value.name == "invalid_client"
    assert len(server.token_requests) == 1
    assert server.api_requests() == []


@pytest.mark.asyncio
async def test_bad_credentials_raise_without_retry_async(server: ScriptedServer) -> None:
    client = connect(CLIENT_ID, "wrong-secret", base_url=server.url, max_retries=3)
    try:
        with pytest.raises(AuthenticationError):
            await get_invoice.asyncio("INV2-AAAA-BBBB", client=client)
    finally:
        await client.get_async_httpx_client().aclose()
    assert len(server.token_requests) == 1


def test_token_is_refetched_shortly_before_expiry(server: ScriptedServer) -> None:
    now = [1000.0]
    server.route("GET", PATH, _ok)
    server.expires_in = 32400
    auth = OAuth2ClientCredentials(
        CLIENT_ID, CLIENT_SECRET, token_url=server.url + "/v1/oauth2/token", clock=lambda: now[0]
    )
    with httpx.Client(base_url=server.url, auth=auth) as http:
        http.get(PATH)
        now[0] += 32400 - 61  # still more than the 60 s margin left
        http.get(PATH)
        assert len(server.token_requests) == 1
        now[0] += 2  # inside the margin: refresh before PayPal would refuse it
        http.get(PATH)
        assert len(server.token_requests) == 2
    assert server.api_requests("GET", PATH)[-1].headers["authorization"] == (
        f"Bearer {server.issued[1]}"
    )


def test_token_endpoint_failure_is_retried(server: ScriptedServer, make_client: Any) -> None:
    server.token_replies.extend([Reply(503, {"name": "SERVICE_UNAVAILABLE", "message": "x"})])
    server.route("GET", PATH, _ok)
    client = make_client()
    assert get_invoice.sync("INV2-AAAA-BBBB", client=client).id == "INV2-AAAA-BBBB"  # type: ignore[union-attr]
    assert len(server.token_requests) == 2


def test_auth_repr_hides_the_secret() -> None:
    auth = OAuth2ClientCredentials(CLIENT_ID, CLIENT_SECRET, token_url="https://x/v1/oauth2/token")
    assert CLIENT_SECRET not in repr(auth)
    assert CLIENT_SECRET not in str(auth)
    assert CLIENT_ID in repr(auth)
    with pytest.raises(ValueError):
        OAuth2ClientCredentials(CLIENT_ID, "", token_url="https://x")


def test_invalid_client_400_keeps_every_field(server: ScriptedServer, make_client: Any) -> None:
    details = [{"field": "client_id", "issue": "INVALID_CLIENT"}]
    links = [{"href": "https://developer.paypal.com/docs/api/overview/", "rel": "information_link"}]
    server.token_replies.append(
        Reply(
            400,
            {
                "error": "invalid_client",
                "error_description": "Client Authentication failed",
                "debug_id": "dbg-tok",
                "information_link": "https://developer.paypal.com/x",
                "details": details,
                "links": links,
            },
        )
    )
    client = make_client()
    with pytest.raises(AuthenticationError) as caught:
        get_invoice.sync("INV2-AAAA-BBBB", client=client)
    error = caught.value
    assert error.status_code == 400
    assert (error.name, error.debug_id) == ("invalid_client", "dbg-tok")
    assert error.details == details
    assert error.links == links
    assert error.information_link == "https://developer.paypal.com/x"
    assert error.issues == ["INVALID_CLIENT"]


@pytest.mark.parametrize(("client_id", "secret"), [("", "s"), ("i", ""), ("", "")])
def test_empty_credentials_are_a_configuration_error(client_id: str, secret: str) -> None:
    with pytest.raises(ConfigurationError, match="client_id and client_secret"):
        OAuth2ClientCredentials(client_id, secret, token_url="https://x/v1/oauth2/token")
