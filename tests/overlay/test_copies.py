"""``with_headers`` / ``with_cookies`` / ``with_timeout`` copies never change another client."""

from __future__ import annotations

import asyncio
from typing import Any

import httpx
import pytest

from paypal_invoicing_client.api.invoices import create_invoice, get_invoice
from paypal_invoicing_client.models.invoice import Invoice
from tests.overlay.scripted_server import Reply, ScriptedServer

INVOICE = {"id": "INV2-AAAA-BBBB", "status": "DRAFT", "detail": {"currency_code": "USD"}}
CREATE = "/v2/invoicing/invoices"
GET = "/v2/invoicing/invoices/INV2-AAAA-BBBB"


def _body() -> Invoice:
    return Invoice.from_dict({"detail": {"currency_code": "USD"}})


def test_a_copy_with_a_request_id_between_two_creates_of_the_original(
    server: ScriptedServer, make_client: Any
) -> None:
    server.route("POST", CREATE, lambda rec: Reply(201, INVOICE))
    client = make_client()
    create_invoice.sync(client=client, body=_body())
    copy = client.with_headers({"PayPal-Request-Id": "order-42"})
    create_invoice.sync(client=copy, body=_body())
    create_invoice.sync(client=client, body=_body())
    ids = [r.headers["paypal-request-id"] for r in server.api_requests("POST", CREATE)]
    assert ids[1] == "order-42"
    assert "order-42" not in (ids[0], ids[2])
    assert ids[0] != ids[2]  # the original still gives each create its own id
    assert "PayPal-Request-Id" not in client.get_httpx_client().headers
    assert "PayPal-Request-Id" not in client.get_async_httpx_client().headers


def test_copies_do_not_change_each_other(server: ScriptedServer, make_client: Any) -> None:
    server.route("GET", GET, lambda rec: Reply(200, INVOICE))
    client = make_client()
    first = client.with_headers({"X-Trace": "one"}).with_cookies({"session": "a"})
    second = client.with_headers({"X-Trace": "two"}).with_timeout(httpx.Timeout(1.5))
    for each in (client, first, second, client):
        get_invoice.sync("INV2-AAAA-BBBB", client=each)
    seen = server.api_requests("GET", GET)
    assert [r.headers.get("x-trace") for r in seen] == [None, "one", "two", None]
    assert [r.headers.get("cookie") for r in seen] == [None, "session=a", None, None]
    assert client.get_httpx_client().timeout.read == 5.0
    assert second.get_httpx_client().timeout.read == 1.5
    assert first.get_httpx_client().timeout.read == 5.0
    # One token for all: the copies share the token store and the connection pool.
    assert len(server.token_requests) == 1
    assert first.get_httpx_client().pool is client.get_httpx_client().pool


@pytest.mark.asyncio
async def test_async_copies_do_not_change_each_other(
    server: ScriptedServer, aclient_factory: Any
) -> None:
    server.route("POST", CREATE, lambda rec: Reply(201, INVOICE))
    client = aclient_factory()
    copy = client.with_headers({"PayPal-Request-Id": "order-43"})
    await asyncio.gather(
        create_invoice.asyncio(client=client, body=_body()),
        create_invoice.asyncio(client=copy, body=_body()),
        create_invoice.asyncio(client=client, body=_body()),
    )
    ids = sorted(r.headers["paypal-request-id"] for r in server.api_requests("POST", CREATE))
    assert ids.count("order-43") == 1
    assert len(set(ids)) == 3
    assert len(server.token_requests) == 1


def test_closing_a_copy_leaves_the_shared_pool_open(
    server: ScriptedServer, make_client: Any
) -> None:
    server.route("GET", GET, lambda rec: Reply(200, INVOICE))
    client = make_client()
    with client.with_headers({"X-Trace": "short-lived"}) as copy:
        get_invoice.sync("INV2-AAAA-BBBB", client=copy)
    assert get_invoice.sync("INV2-AAAA-BBBB", client=client).id == "INV2-AAAA-BBBB"  # type: ignore[union-attr]
