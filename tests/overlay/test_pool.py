"""The connection pool is sized for concurrent callers, and each event loop gets its own."""

from __future__ import annotations

import asyncio
import gc
import json
import weakref
from typing import Any

import certifi
import httpx
import pytest

from paypal_invoicing import DEFAULT_LIMITS, connect
from paypal_invoicing_client.api.invoices import get_invoice
from tests.overlay.conftest import CLIENT_ID, CLIENT_SECRET, FAST
from tests.overlay.scripted_server import Reply, ScriptedServer

INVOICE = {"id": "INV2-AAAA-BBBB", "status": "DRAFT", "detail": {"currency_code": "USD"}}
PATH = "/v2/invoicing/invoices/INV2-AAAA-BBBB"


async def _tasks(client: Any, tasks: int, calls: int) -> None:
    async def worker() -> None:
        for _ in range(calls):
            invoice = await get_invoice.asyncio("INV2-AAAA-BBBB", client=client)
            assert invoice.id == "INV2-AAAA-BBBB"  # type: ignore[union-attr]

    await asyncio.gather(*(worker() for _ in range(tasks)))


@pytest.mark.asyncio
async def test_64_tasks_of_10_calls_reuse_about_64_connections(
    server: ScriptedServer, aclient_factory: Any
) -> None:
    server.route("GET", PATH, lambda rec: Reply(200, INVOICE))
    client = aclient_factory(timeout=30.0)
    await _tasks(client, 64, 10)
    assert len(server.api_requests("GET", PATH)) == 640
    assert server.connections <= 64 + 1, server.connections  # +1: the token request's
    assert DEFAULT_LIMITS.max_keepalive_connections is not None
    assert DEFAULT_LIMITS.max_keepalive_connections >= 64


@pytest.mark.asyncio
async def test_limits_are_adjustable(server: ScriptedServer, aclient_factory: Any) -> None:
    server.route("GET", PATH, lambda rec: Reply(200, INVOICE))
    client = aclient_factory(timeout=30.0, limits=httpx.Limits(max_connections=4))
    await _tasks(client, 16, 3)
    assert server.connections <= 4


def test_a_client_works_in_two_asyncio_runs(server: ScriptedServer) -> None:
    server.route("GET", PATH, lambda rec: Reply(200, INVOICE))
    client = connect(CLIENT_ID, CLIENT_SECRET, base_url=server.url, retry_policy=FAST)

    async def once() -> str:
        invoice = await get_invoice.asyncio("INV2-AAAA-BBBB", client=client)
        return invoice.id  # type: ignore[union-attr,return-value]

    assert asyncio.run(once()) == "INV2-AAAA-BBBB"
    assert asyncio.run(once()) == "INV2-AAAA-BBBB"  # a new loop: a new pool, no closed-loop error
    assert len(server.token_requests) == 1  # the token cache stays shared across loops
    assert len(server.api_requests("GET", PATH)) == 2
    assert server.connections == 2  # one per loop: the first loop's pool died with it
    client.get_httpx_client().close()


def test_a_loop_that_ends_closes_its_pool(server: ScriptedServer) -> None:
    server.route("GET", PATH, lambda rec: Reply(200, INVOICE))
    client = connect(CLIENT_ID, CLIENT_SECRET, base_url=server.url, retry_policy=FAST)
    inner: list[httpx.AsyncClient] = []

    async def once() -> None:
        await get_invoice.asyncio("INV2-AAAA-BBBB", client=client)
        pool = client.get_async_httpx_client().pool  # type: ignore[attr-defined]
        inner.append(await pool.current())

    asyncio.run(once())
    assert inner[0].is_closed  # closed inside its loop, before asyncio.run() closed the loop
    client.get_httpx_client().close()


def test_a_finished_loop_is_not_kept_alive(server: ScriptedServer) -> None:
    server.route("GET", PATH, lambda rec: Reply(200, INVOICE))
    client = connect(CLIENT_ID, CLIENT_SECRET, base_url=server.url, retry_policy=FAST)
    loops: list[weakref.ref[asyncio.AbstractEventLoop]] = []

    async def once() -> None:
        loops.append(weakref.ref(asyncio.get_running_loop()))
        await get_invoice.asyncio("INV2-AAAA-BBBB", client=client)

    for _ in range(3):
        asyncio.run(once())
    gc.collect()
    assert [ref() for ref in loops] == [None, None, None]  # the client holds no finished loop
    client.get_httpx_client().close()


def test_clients_share_one_ssl_context_per_setting(monkeypatch: pytest.MonkeyPatch) -> None:
    def context(**options: Any) -> Any:
        client = connect(CLIENT_ID, CLIENT_SECRET, **options).get_httpx_client()
        with client:
            return client.pool._options["verify"]  # type: ignore[attr-defined]

    first = context()
    assert context() is first  # building one loads the CA bundle: done once per process
    assert context(verify=False) is not first
    assert context(verify=False).verify_mode.name == "CERT_NONE"
    monkeypatch.setenv("SSL_CERT_FILE", certifi.where())
    assert context() is not first  # a changed SSL_CERT_FILE is read again


def _freed_at_once(send: Any) -> bool:
    """Whether the answer ``send()`` returns is freed as soon as dropped (no cycle for the GC)."""
    gc.collect()
    gc.disable()
    try:
        answer = weakref.ref(send())
        return answer() is None
    finally:
        gc.enable()


def test_an_answer_read_whole_is_freed_without_the_gc(
    server: ScriptedServer, make_client: Any
) -> None:
    # httpx's read stream refers back to its response; a walk of 10,000 invoices would hold
    # the pages the GC has not reached yet (bench row 9a).
    server.route("GET", PATH, lambda rec: Reply(200, INVOICE))
    http = make_client().get_httpx_client()
    http.get(PATH)  # the token first
    assert _freed_at_once(lambda: http.get(PATH))
    with http.stream("GET", PATH) as streamed:
        assert streamed.read() == json.dumps(INVOICE).encode()


@pytest.mark.asyncio
async def test_an_async_answer_read_whole_is_freed_without_the_gc(
    server: ScriptedServer, aclient_factory: Any
) -> None:
    server.route("GET", PATH, lambda rec: Reply(200, INVOICE))
    http = aclient_factory().get_async_httpx_client()
    answers = [await http.get(PATH), await http.get(PATH)]
    assert answers[1].json() == INVOICE
    gc.collect()
    gc.disable()
    try:
        answer = weakref.ref(await http.get(PATH))
        assert answer() is None
    finally:
        gc.enable()
