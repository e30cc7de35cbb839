"""Token stores: the in-memory default and Redis, one token for a fleet of processes."""

from __future__ import annotations

import multiprocessing
import shutil
import threading
import time
import uuid
from typing import Any

import pytest

from paypal_invoicing import (
    ConfigurationError,
    MemoryTokenStore,
    RedisTokenStore,
    StoredToken,
    TokenStore,
    connect,
)
from paypal_invoicing_client.api.invoices import get_invoice
from tests.overlay.conftest import CLIENT_ID, CLIENT_SECRET
from tests.overlay.redis_server import MISSING, redis_server
from tests.overlay.scripted_server import Reply, ScriptedServer

INVOICE = {"id": "INV2-AAAA-BBBB", "status": "DRAFT", "detail": {"currency_code": "USD"}}
PATH = "/v2/invoicing/invoices/INV2-AAAA-BBBB"


@pytest.fixture
def store(redis_url: str) -> RedisTokenStore:
    # A fresh prefix per test: a cold store, whatever ran before.
    return RedisTokenStore(url=redis_url, prefix=f"test-{uuid.uuid4().hex}:")


def test_both_stores_follow_the_protocol(store: RedisTokenStore) -> None:
    for each in (MemoryTokenStore(), store):
        assert isinstance(each, TokenStore)
        assert each.get("k") is None
        token = StoredToken("A21AA-stored", time.time() + 60)
        each.set("k", token)
        got = each.get("k")
        assert got is not None
        assert got.access_token == "A21AA-stored"
        assert got.expires_at == pytest.approx(token.expires_at)
        assert "A21AA-stored" not in repr(got) + repr(each)


def test_redis_entry_expires_with_the_token(store: RedisTokenStore) -> None:
    store.set("k", StoredToken("A21AA-short", time.time() + 0.2))
    assert store.get("k") is not None
    time.sleep(0.4)
    assert store.get("k") is None


@pytest.mark.parametrize("make", ["memory", "redis"])
def test_lock_excludes_and_times_out(store: RedisTokenStore, make: str) -> None:
    each: Any = MemoryTokenStore() if make == "memory" else store
    failures: list[BaseException] = []

    def other() -> None:  # another thread here, another process in real life
        try:
            with each.lock("k", timeout=0.2):
                pass
        except BaseException as exc:
            failures.append(exc)

    with each.lock("k", timeout=1.0):
        started = time.monotonic()
        thread = threading.Thread(target=other)
        thread.start()
        thread.join(5)
        waited = time.monotonic() - started
    assert len(failures) == 1
    assert isinstance(failures[0], TimeoutError)
    assert 0.15 <= waited < 2
    with each.lock("k", timeout=0.2):  # released: free again
        pass


def test_missing_redis_server_fails_saying_how_to_install(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(shutil, "which", lambda name: None)
    with pytest.raises(pytest.fail.Exception) as caught, redis_server():
        pass
    assert str(caught.value) == MISSING
    assert "\n" not in MISSING and "scripts/ensure-redis" in MISSING


def test_redis_store_needs_one_target() -> None:
    with pytest.raises(ConfigurationError):
        RedisTokenStore()


def _worker(base_url: str, redis_url: str, prefix: str, barrier: Any, out: Any) -> None:
    client = connect(
        CLIENT_ID,
        CLIENT_SECRET,
        base_url=base_url,
        timeout=10.0,
        token_store=RedisTokenStore(url=redis_url, prefix=prefix),
    )
    barrier.wait()
    invoice = get_invoice.sync("INV2-AAAA-BBBB", client=client)
    out.put(invoice.id)  # type: ignore[union-attr]


def test_four_processes_on_a_cold_store_make_one_token_request(
    server: ScriptedServer, redis_url: str
) -> None:
    server.token_delay = 0.5  # all four arrive while the first token request is in flight
    server.route("GET", PATH, lambda rec: Reply(200, INVOICE))
    context = multiprocessing.get_context("spawn")
    barrier = context.Barrier(4)
    out = context.Queue()
    prefix = f"fleet-{uuid.uuid4().hex}:"
    workers = [
        context.Process(target=_worker, args=(server.url, redis_url, prefix, barrier, out))
        for _ in range(4)
    ]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join(60)
    assert [worker.exitcode for worker in workers] == [0, 0, 0, 0]
    assert sorted(out.get(timeout=5) for _ in range(4)) == ["INV2-AAAA-BBBB"] * 4
    assert len(server.token_requests) == 1
    bearers = {r.headers["authorization"] for r in server.api_requests("GET", PATH)}
    assert bearers == {f"Bearer {server.issued[0]}"}


def test_a_refused_shared_token_is_replaced_once(
    server: ScriptedServer, store: RedisTokenStore
) -> None:
    server.route("GET", PATH, lambda rec: Reply(200, INVOICE))
    first = connect(CLIENT_ID, CLIENT_SECRET, base_url=server.url, token_store=store)
    second = connect(CLIENT_ID, CLIENT_SECRET, base_url=server.url, token_store=store)
    get_invoice.sync("INV2-AAAA-BBBB", client=first)
    get_invoice.sync("INV2-AAAA-BBBB", client=second)
    assert len(server.token_requests) == 1  # the second client found the first one's token
    server.revoke_tokens()
    get_invoice.sync("INV2-AAAA-BBBB", client=first)  # 401: refresh, saved for everyone
    get_invoice.sync("INV2-AAAA-BBBB", client=second)  # 401: finds the new token in the store
    assert len(server.token_requests) == 2
    for client in (first, second):
        client.get_httpx_client().close()


def test_an_unreachable_store_is_a_connection_error_naming_the_store(
    server: ScriptedServer,
) -> None:
    import socket

    from paypal_invoicing import APIConnectionError, RetryPolicy

    with socket.socket() as blocker:  # bound, never listening: connections are refused
        blocker.bind(("127.0.0.1", 0))
        port = blocker.getsockname()[1]
        store = RedisTokenStore(url=f"redis://:pw-DO-NOT-LEAK@127.0.0.1:{port}/0")
        client = connect(
            CLIENT_ID,
            CLIENT_SECRET,
            base_url=server.url,
            token_store=store,
            retry_policy=RetryPolicy(max_retries=1, initial_delay=0),
        )
        with pytest.raises(APIConnectionError) as caught:
            get_invoice.sync("INV2-AAAA-BBBB", client=client)
    assert "the token store failed (ConnectionError)" in str(caught.value)
    assert caught.value.__cause__ is None and caught.value.__context__ is None
    assert "pw-DO-NOT-LEAK" not in str(caught.value) + repr(caught.value) + repr(store)
    assert server.requests == []  # neither a token request nor the call went out
