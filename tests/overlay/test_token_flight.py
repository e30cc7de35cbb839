"""How a token is shared: replays after a 401, the in-memory store on the event loop (no thread),
a store that may block in a worker thread, and a cancelled waiter that leaves no lock behind."""

from __future__ import annotations

import asyncio
import threading
import time
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import AbstractContextManager
from typing import Any

import pytest

from paypal_invoicing import AuthenticationError, MemoryTokenStore, StoredToken
from paypal_invoicing_client.api.invoices import get_invoice
from tests.overlay.scripted_server import Reply, ScriptedServer

INVOICE = {"id": "INV2-AAAA-BBBB", "status": "DRAFT", "detail": {"currency_code": "USD"}}
ID = "INV2-AAAA-BBBB"
PATH = f"/v2/invoicing/invoices/{ID}"
REFUSED = Reply(401, {"error": "invalid_token", "error_description": "Token revoked"})


def _ok(rec: Any) -> Reply:
    return Reply(200, INVOICE)


def _bearers(server: ScriptedServer) -> list[str]:
    return [r.headers["authorization"].removeprefix("Bearer ") for r in server.api_requests()]


def test_a_call_begun_with_a_cached_token_outlives_one_more_revocation(
    server: ScriptedServer, make_client: Any
) -> None:
    server.route("GET", PATH, _ok)
    client = make_client()
    get_invoice.sync(ID, client=client)
    server.revoke_tokens()  # the cached token dies before the call begins
    server.script("GET", PATH, REFUSED)  # and its new one while the call is in flight
    assert get_invoice.sync(ID, client=client).id == ID
    assert len(server.token_requests) == 3
    assert _bearers(server) == [server.issued[0], server.issued[0], *server.issued[1:]]


def test_a_third_refusal_ends_the_call(server: ScriptedServer, make_client: Any) -> None:
    server.route("GET", PATH, _ok)
    client = make_client()
    get_invoice.sync(ID, client=client)
    server.revoke_tokens()
    server.script("GET", PATH, REFUSED, REFUSED)
    with pytest.raises(AuthenticationError):
        get_invoice.sync(ID, client=client)
    assert len(server.token_requests) == 3
    assert len(server.api_requests()) == 4


@pytest.mark.asyncio
async def test_a_refused_token_already_replaced_is_replayed_without_a_token_request(
    server: ScriptedServer, aclient_factory: Any
) -> None:
    server.route("GET", PATH, lambda rec: Reply(200, INVOICE, delay=0.2))
    client = aclient_factory()
    await get_invoice.asyncio(ID, client=client)
    slow = asyncio.create_task(get_invoice.asyncio(ID, client=client))  # sent with the old token
    await asyncio.sleep(0.05)
    server.revoke_tokens()  # the slow call is now in flight with a dead token
    await get_invoice.asyncio(ID, client=client)  # refused: fetches the new token
    assert (await slow).id == ID
    assert len(server.token_requests) == 2  # the slow call took the new token, fetched none


class _Counting(ThreadPoolExecutor):
    """A default executor that counts what it is given, and refuses it if told to."""

    def __init__(self, refuse: bool) -> None:
        super().__init__(max_workers=2)
        self.refuse = refuse
        self.submitted = 0

    def submit(self, fn: Callable[..., Any], /, *args: Any, **kwargs: Any) -> Future[Any]:
        self.submitted += 1
        if self.refuse:
            raise AssertionError("a worker thread was used")
        return super().submit(fn, *args, **kwargs)


class _Blocking:
    """A store that is not a MemoryTokenStore (so it may block), kept in memory."""

    def __init__(self) -> None:
        self.inner = MemoryTokenStore()

    def get(self, key: str) -> StoredToken | None:
        return self.inner.get(key)

    def set(self, key: str, token: StoredToken) -> None:
        self.inner.set(key, token)

    def lock(self, key: str, *, timeout: float | None) -> AbstractContextManager[None]:
        return self.inner.lock(key, timeout=timeout)


@pytest.mark.parametrize("store", [None, _Blocking()], ids=["memory", "blocking"])
def test_only_a_store_that_may_block_is_called_in_a_thread(
    server: ScriptedServer, make_client: Any, store: Any
) -> None:
    server.token_delay = 0.2  # the tasks arrive while the token request is in flight
    server.route("GET", PATH, _ok)
    client = make_client(token_store=store)
    executor = _Counting(refuse=store is None)

    async def run() -> list[Any]:
        asyncio.get_running_loop().set_default_executor(executor)
        return await asyncio.gather(*(get_invoice.asyncio(ID, client=client) for _ in range(16)))

    assert [got.id for got in asyncio.run(run())] == [ID] * 16
    assert len(server.token_requests) == 1
    assert (executor.submitted == 0) == (store is None)


class _SlowLock:
    """A store lock that takes ``delay`` seconds to take (a network round trip), and is only
    given back by ``__exit__`` (dropping it gives nothing back)."""

    def __init__(self, lock: threading.Lock, timeout: float | None) -> None:
        self.lock = lock
        self.timeout = timeout

    def __enter__(self) -> None:
        time.sleep(0.3)
        if not self.lock.acquire(timeout=-1 if self.timeout is None else self.timeout):
            raise TimeoutError

    def __exit__(self, *exc: object) -> None:
        self.lock.release()


class _SlowStore(_Blocking):
    def __init__(self) -> None:
        super().__init__()
        self.held = threading.Lock()

    def lock(self, key: str, *, timeout: float | None) -> AbstractContextManager[None]:
        return _SlowLock(self.held, timeout)


def test_a_task_cancelled_while_a_thread_takes_the_lock_leaves_it_free(
    server: ScriptedServer, make_client: Any
) -> None:
    server.route("GET", PATH, _ok)
    store = _SlowStore()
    client = make_client(token_store=store)

    async def impatient() -> None:
        with pytest.raises(TimeoutError):  # cancelled while the thread takes the lock
            await asyncio.wait_for(get_invoice.asyncio(ID, client=client), 0.1)

    asyncio.run(impatient())  # returns once the thread has taken (and given back) the lock
    deadline = time.monotonic() + 2.0
    while store.held.locked() and time.monotonic() < deadline:
        time.sleep(0.01)
    assert not store.held.locked()
    assert get_invoice.sync(ID, client=client).id == ID
