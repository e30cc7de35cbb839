"""``client.stream(...)`` streams: the body of a large answer is never held whole in memory.

Retries and error mapping still apply: an error status's body is read (to map it), a retried
answer is replayed, and only the body of the answer returned is left to the caller.
"""

from __future__ import annotations

import tracemalloc
from typing import Any

import pytest

from paypal_invoicing import NotFoundError
from tests.overlay.scripted_server import Reply, ScriptedServer

PATH = "/v2/invoicing/invoices/INV2-BIG"
SMALL = "/v2/invoicing/invoices/INV2-SMALL"
CHUNK = bytes(range(256)) * 256  # 64 KiB, written again and again by the server
SIZE = 160 * len(CHUNK)  # 10 MiB
NOT_FOUND = Reply(404, {"name": "RESOURCE_NOT_FOUND", "message": "gone", "debug_id": "dbg-9"})


def _serve(server: ScriptedServer) -> None:
    server.route("GET", PATH, lambda rec: Reply(200, CHUNK, repeat=SIZE // len(CHUNK)))
    server.route("GET", SMALL, lambda rec: Reply(200, {"id": "INV2-SMALL"}))


def test_a_streamed_answer_is_iterated_without_holding_it(
    server: ScriptedServer, make_client: Any
) -> None:
    _serve(server)
    http = make_client().get_httpx_client()
    assert http.get(SMALL).status_code == 200  # the token and a connection, before tracing
    tracemalloc.start()
    try:
        with http.stream("GET", PATH) as response:
            size = sum(len(chunk) for chunk in response.iter_bytes())
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert response.status_code == 200
    assert size == SIZE
    assert peak < SIZE // 10, peak


@pytest.mark.asyncio
async def test_a_streamed_answer_is_iterated_without_holding_it_async(
    server: ScriptedServer, aclient_factory: Any
) -> None:
    _serve(server)
    http = aclient_factory().get_async_httpx_client()
    assert (await http.get(SMALL)).status_code == 200
    tracemalloc.start()
    try:
        async with http.stream("GET", PATH) as response:
            size = 0
            async for chunk in response.aiter_bytes():
                size += len(chunk)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert response.status_code == 200
    assert size == SIZE
    assert peak < SIZE // 10, peak


def test_a_non_streamed_answer_is_read_whole(server: ScriptedServer, make_client: Any) -> None:
    _serve(server)
    http = make_client().get_httpx_client()
    response = http.get(PATH)
    assert response.is_closed
    assert len(response.content) == SIZE


def test_a_streamed_call_is_retried_and_its_errors_mapped(
    server: ScriptedServer, make_client: Any
) -> None:
    _serve(server)
    server.script("GET", PATH, Reply(503, {"name": "SERVICE_UNAVAILABLE"}))
    server.script("GET", SMALL, NOT_FOUND)
    http = make_client().get_httpx_client()
    with http.stream("GET", PATH) as response:  # a 503, retried: then the streamed answer
        assert not response.is_closed
        assert sum(len(chunk) for chunk in response.iter_bytes()) == SIZE
    assert len(server.api_requests("GET", PATH)) == 2
    with pytest.raises(NotFoundError) as caught, http.stream("GET", SMALL):
        pass
    assert caught.value.name == "RESOURCE_NOT_FOUND"
    assert caught.value.debug_id == "dbg-9"


@pytest.mark.asyncio
async def test_a_streamed_call_is_retried_and_its_errors_mapped_async(
    server: ScriptedServer, aclient_factory: Any
) -> None:
    _serve(server)
    server.script("GET", PATH, Reply(503, {"name": "SERVICE_UNAVAILABLE"}))
    server.script("GET", SMALL, NOT_FOUND)
    http = aclient_factory().get_async_httpx_client()
    async with http.stream("GET", PATH) as response:
        assert not response.is_closed
        size = 0
        async for chunk in response.aiter_bytes():
            size += len(chunk)
    assert size == SIZE
    assert len(server.api_requests("GET", PATH)) == 2
    with pytest.raises(NotFoundError) as caught:
        async with http.stream("GET", SMALL):
            pass
    assert caught.value.name == "RESOURCE_NOT_FOUND"
    assert caught.value.debug_id == "dbg-9"
