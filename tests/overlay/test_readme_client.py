"""The README's "Errors and retries" snippets run as written (against loopback servers)."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

from paypal_invoicing_client.api.invoices import get_invoice
from tests.overlay.conftest import CLIENT_ID, CLIENT_SECRET
from tests.overlay.scripted_server import Reply, ScriptedServer

README = Path(__file__).resolve().parents[2] / "README.md"
INVOICE = {"id": "INV2-AAAA-BBBB", "status": "DRAFT", "detail": {"currency_code": "USD"}}
UNAVAILABLE = Reply(503, {"name": "SERVICE_UNAVAILABLE", "message": "try later"})


def snippet(name: str) -> str:
    """The fenced Python block that follows ``<!-- tested: name -->`` in the README."""
    match = re.search(
        rf"<!-- tested: {re.escape(name)} -->\n```python\n(.*?)\n```", README.read_text(), re.S
    )
    assert match, f"README has no snippet marked {name}"
    return match.group(1)


@pytest.fixture
def paypal_env(server: ScriptedServer, monkeypatch: pytest.MonkeyPatch) -> ScriptedServer:
    monkeypatch.setenv("PAYPAL_CLIENT_ID", CLIENT_ID)
    monkeypatch.setenv("PAYPAL_CLIENT_SECRET", CLIENT_SECRET)
    monkeypatch.setenv("PAYPAL_BASE_URL", server.url)
    return server


@pytest.fixture
def readme_redis(redis_url: str, monkeypatch: pytest.MonkeyPatch) -> str:
    monkeypatch.setenv("REDIS_URL", redis_url)
    return redis_url


def _run(code: str) -> dict[str, Any]:
    namespace: dict[str, Any] = {"__name__": "readme"}
    exec(compile(code, str(README), "exec"), namespace)
    return namespace


def test_reissue_after_the_retries_are_spent(paypal_env: ScriptedServer) -> None:
    create = "/v2/invoicing/invoices"
    paypal_env.script("POST", create, UNAVAILABLE, UNAVAILABLE, UNAVAILABLE, Reply(201, INVOICE))
    namespace = _run(snippet("readme-reissue"))
    try:
        assert namespace["invoice"].id == "INV2-AAAA-BBBB"
        posts = paypal_env.api_requests("POST", create)
        assert len(posts) == 4  # three attempts, then the re-issue with the error's request_id
        assert len({p.headers["paypal-request-id"] for p in posts}) == 1
    finally:
        namespace["client"].get_httpx_client().close()


def test_redis_token_store(paypal_env: ScriptedServer, readme_redis: str) -> None:
    # The session's Redis may hold a token from another test of the same credentials and URL:
    # the scripted server of this test never issued it, so start from a clean database.
    import redis

    redis.Redis.from_url(readme_redis).flushdb()
    paypal_env.route("GET", "/v2/invoicing/invoices/INV2-AAAA-BBBB", lambda r: Reply(200, INVOICE))
    clients = [_run(snippet("readme-redis"))["client"] for _ in range(2)]
    for client in clients:
        assert get_invoice.sync("INV2-AAAA-BBBB", client=client).id == "INV2-AAAA-BBBB"  # type: ignore[union-attr]
        client.get_httpx_client().close()
    assert len(paypal_env.token_requests) == 1  # the second client found the token in Redis
