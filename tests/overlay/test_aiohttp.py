"""``http_backend="aiohttp"``: the same client behaviour over aiohttp's transport.

The overlay's async tests that take ``aclient_factory`` run on both backends (conftest's
``http_backend``); these check what is the backend's own: that aiohttp really sends, how its
errors reach the retry decision, and the error without the extra.
"""

from __future__ import annotations

import asyncio
import socket
import sys
from typing import Any

import aiohttp
import pytest

from paypal_invoicing import APIConnectionError, ConfigurationError, RetryPolicy, connect
from paypal_invoicing_client.api.invoices import get_invoice
from paypal_invoicing_client.api.v1_invoices import v1_create_invoice
from paypal_invoicing_client.models import V1Invoice
from tests.overlay.conftest import CLIENT_ID, CLIENT_SECRET
from tests.overlay.scripted_server import Reply, ScriptedServer

INVOICE = {"id": "INV2-AAAA-BBBB", "status": "DRAFT"}
GET = "/v2/invoicing/invoices/INV2-AAAA-BBBB"
V1_CREATE = "/v1/invoicing/invoices"


@pytest.mark.asyncio
async def test_aiohttp_sends_the_async_calls(server: ScriptedServer, aclient_factory: Any) -> None:
    server.route("GET", GET, lambda rec: Reply(200, INVOICE))
    client = aclient_factory(http_backend="aiohttp")
    invoice = await get_invoice.asyncio("INV2-AAAA-BBBB", client=client)
    assert invoice.id == "INV2-AAAA-BBBB"  # type: ignore[union-attr]
    inner = await client.get_async_httpx_client().pool.current()
    assert isinstance(inner._transport.client, aiohttp.ClientSession)  # made by the first call
    assert len(server.token_requests) == 1
    assert server.api_requests("GET", GET)[0].headers["authorization"].startswith("Bearer ")


@pytest.mark.asyncio
async def test_a_dropped_v1_post_is_not_replayed(
    server: ScriptedServer, aclient_factory: Any
) -> None:
    # The connection is lost after the server read the POST: it may have been carried out.
    server.script("POST", V1_CREATE, Reply(drop=True), Reply(201, {"id": "INV2-V1"}))
    client = aclient_factory()
    body = V1Invoice.from_dict({"merchant_info": {"email": "m@example.com"}})
    with pytest.raises(APIConnectionError, match="may have reached PayPal"):
        await v1_create_invoice.asyncio(client=client, body=body)
    assert len(server.api_requests("POST", V1_CREATE)) == 1


def _closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def test_a_refused_connection_is_retried_as_never_sent() -> None:
    sleeps: list[float] = []

    async def sleep(delay: float) -> None:
        sleeps.append(delay)

    client = connect(
        CLIENT_ID,
        CLIENT_SECRET,
        base_url=f"http://127.0.0.1:{_closed_port()}",
        http_backend="aiohttp",
        retry_policy=RetryPolicy(max_retries=2),
    )
    client.get_async_httpx_client()._sleep = sleep

    async def call() -> None:
        await client.get_async_httpx_client().get("/v2/invoicing/invoices")

    with pytest.raises(APIConnectionError) as caught:
        asyncio.run(call())
    assert "ConnectError" in str(caught.value)
    assert "after 3 attempts" in str(caught.value)
    assert caught.value.__cause__ is None and caught.value.__context__ is None
    assert len(sleeps) == 2


@pytest.mark.asyncio
async def test_an_illegal_header_value_is_not_quoted(
    server: ScriptedServer, aclient_factory: Any
) -> None:
    client = aclient_factory().with_headers({"X-Note": "private-n0te\r\nX-Injected: 1"})
    with pytest.raises(APIConnectionError) as caught:
        await get_invoice.asyncio("INV2-AAAA-BBBB", client=client)
    assert "private-n0te" not in str(caught.value) + repr(caught.value)
    assert caught.value.__cause__ is None and caught.value.__context__ is None
    assert server.api_requests() == []


def test_without_the_extra_asking_for_it_names_the_install(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setitem(sys.modules, "httpx_aiohttp", None)  # as if not installed
    monkeypatch.delitem(sys.modules, "paypal_invoicing._aiohttp", raising=False)
    with pytest.raises(ConfigurationError) as caught:
        connect(CLIENT_ID, CLIENT_SECRET, http_backend="aiohttp")
    message = str(caught.value)
    assert "\n" not in message
    assert "pip install 'paypal-invoicing[aiohttp]'" in message
    assert caught.value.__cause__ is None


def test_an_unknown_backend_is_named() -> None:
    with pytest.raises(ConfigurationError, match="http_backend must be 'httpx' or 'aiohttp'"):
        connect(CLIENT_ID, CLIENT_SECRET, http_backend="requests")
