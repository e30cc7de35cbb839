"""Fixtures for the overlay tests: a scripted loopback server and clients connected to it."""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable, Iterator
from typing import Any

import pytest
import pytest_asyncio

from paypal_invoicing import RetryPolicy, connect
from tests.overlay.redis_server import redis_server
from tests.overlay.scripted_server import ScriptedServer

CLIENT_ID = "AeTestClientId-overlay"
CLIENT_SECRET = "EL-s3cr3t-DO-NOT-LEAK-9f2c"
FAST = RetryPolicy(max_retries=2, initial_delay=0.01, max_delay=0.05)


@pytest.fixture(autouse=True)
def _clean_env(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in (
        "PAYPAL_CLIENT_ID",
        "PAYPAL_CLIENT_SECRET",
        "PAYPAL_ENVIRONMENT",
        "PAYPAL_BASE_URL",
        # connect() honours proxies from the environment: the tests must not see the host's.
        *(f"{n}_PROXY" for n in ("HTTP", "HTTPS", "ALL", "NO")),
        *(f"{n}_proxy" for n in ("http", "https", "all", "no")),
    ):
        monkeypatch.delenv(name, raising=False)


@pytest.fixture
def server() -> Iterator[ScriptedServer]:
    srv = ScriptedServer(CLIENT_ID, CLIENT_SECRET).start()
    try:
        yield srv
    finally:
        srv.stop()


@pytest.fixture
def make_client(server: ScriptedServer) -> Iterator[Callable[..., Any]]:
    """connect() to the scripted server; fast retries unless told otherwise; closed at teardown."""
    made: list[Any] = []

    def make(**kwargs: Any) -> Any:
        kwargs.setdefault("base_url", server.url)
        kwargs.setdefault("timeout", 5.0)
        if "max_retries" not in kwargs:
            kwargs.setdefault("retry_policy", FAST)
        client = connect(CLIENT_ID, CLIENT_SECRET, **kwargs)
        made.append(client)
        return client

    yield make
    for client in made:
        client.get_httpx_client().close()


@pytest.fixture(params=["httpx", "aiohttp"])
def http_backend(request: pytest.FixtureRequest) -> str:
    """Each async test that takes a client from ``aclient_factory`` runs on both backends."""
    return str(request.param)


@pytest_asyncio.fixture
async def aclient_factory(
    server: ScriptedServer, http_backend: str
) -> AsyncIterator[Callable[..., Any]]:
    made: list[Any] = []

    def make(**kwargs: Any) -> Any:
        kwargs.setdefault("http_backend", http_backend)
        kwargs.setdefault("base_url", server.url)
        kwargs.setdefault("timeout", 5.0)
        if "max_retries" not in kwargs:
            kwargs.setdefault("retry_policy", FAST)
        client = connect(CLIENT_ID, CLIENT_SECRET, **kwargs)
        made.append(client)
        return client

    yield make
    for client in made:
        client.get_httpx_client().close()
        await client.get_async_httpx_client().aclose()


@pytest.fixture(scope="session")
def redis_url() -> Iterator[str]:
    """A ``redis-server`` of this test session (fails, saying how to install it, if missing)."""
    with redis_server() as url:
        yield url
