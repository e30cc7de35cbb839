"""Proxies: HTTP(S)_PROXY / ALL_PROXY / NO_PROXY from the environment, or ``proxy=``.

The scripted server doubles as the proxy: a proxied plain-http request reaches it with an
absolute-form target (``GET http://host:port/path``), an https one as ``CONNECT host:443``.
"""

from __future__ import annotations

import socket
from typing import Any

import pytest

from paypal_invoicing import APIConnectionError, ConfigurationError, RetryPolicy, connect
from paypal_invoicing_client.api.invoices import get_invoice
from tests.overlay.conftest import CLIENT_ID, CLIENT_SECRET
from tests.overlay.scripted_server import Reply, ScriptedServer

INVOICE = {"id": "INV2-AAAA-BBBB", "status": "DRAFT", "detail": {"currency_code": "USD"}}
PATH = "/v2/invoicing/invoices/INV2-AAAA-BBBB"
ONCE = RetryPolicy(max_retries=0)


def _closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


# 127.0.0.2 is loopback (so plain http is allowed) but not one of the hosts that always bypass
# the proxy; nothing listens on this port, so only a proxy can answer.
TARGET = f"http://127.0.0.2:{_closed_port()}"


def _get(client: Any) -> Any:
    try:
        return get_invoice.sync("INV2-AAAA-BBBB", client=client)
    finally:
        client.get_httpx_client().close()


async def _aget(client: Any) -> Any:
    try:
        return await get_invoice.asyncio("INV2-AAAA-BBBB", client=client)
    finally:
        await client.get_async_httpx_client().aclose()


@pytest.mark.parametrize("variable", ["HTTP_PROXY", "http_proxy", "ALL_PROXY"])
def test_environment_proxy_is_used(
    server: ScriptedServer, monkeypatch: pytest.MonkeyPatch, variable: str
) -> None:
    monkeypatch.setenv(variable, server.url)
    server.route("GET", PATH, lambda rec: Reply(200, INVOICE))
    client = connect(CLIENT_ID, CLIENT_SECRET, base_url=TARGET, retry_policy=ONCE)
    assert _get(client).id == "INV2-AAAA-BBBB"
    assert [r.target for r in server.requests] == [
        f"{TARGET}/v1/oauth2/token",
        f"{TARGET}{PATH}",
    ]


@pytest.mark.asyncio
async def test_environment_proxy_is_used_async(
    server: ScriptedServer, monkeypatch: pytest.MonkeyPatch, http_backend: str
) -> None:
    monkeypatch.setenv("HTTP_PROXY", server.url)
    server.route("GET", PATH, lambda rec: Reply(200, INVOICE))
    client = connect(
        CLIENT_ID, CLIENT_SECRET, base_url=TARGET, retry_policy=ONCE, http_backend=http_backend
    )
    assert (await _aget(client)).id == "INV2-AAAA-BBBB"
    assert server.requests[-1].target == f"{TARGET}{PATH}"


def test_proxied_requests_are_still_retried(
    server: ScriptedServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HTTP_PROXY", server.url)
    server.script("GET", PATH, Reply(503, {"name": "X"}), Reply(200, INVOICE))
    client = connect(
        CLIENT_ID, CLIENT_SECRET, base_url=TARGET, retry_policy=RetryPolicy(initial_delay=0.01)
    )
    assert _get(client).id == "INV2-AAAA-BBBB"
    assert len(server.api_requests("GET", PATH)) == 2


def test_https_proxy_tunnels_with_connect(
    server: ScriptedServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HTTPS_PROXY", server.url)
    client = connect(CLIENT_ID, CLIENT_SECRET, environment="sandbox", retry_policy=ONCE)
    with pytest.raises(APIConnectionError):  # the scripted proxy refuses the tunnel
        _get(client)
    assert [(r.method, r.target) for r in server.requests] == [
        ("CONNECT", "api-m.sandbox.paypal.com:443")
    ]


def test_explicit_proxy_argument(server: ScriptedServer) -> None:
    server.route("GET", PATH, lambda rec: Reply(200, INVOICE))
    client = connect(CLIENT_ID, CLIENT_SECRET, base_url=TARGET, proxy=server.url, retry_policy=ONCE)
    assert _get(client).id == "INV2-AAAA-BBBB"
    assert server.requests[-1].target == f"{TARGET}{PATH}"


@pytest.mark.parametrize("no_proxy", ["127.0.0.2", "*", "http://127.0.0.2"])
def test_no_proxy_bypasses(
    server: ScriptedServer, monkeypatch: pytest.MonkeyPatch, no_proxy: str
) -> None:
    monkeypatch.setenv("HTTP_PROXY", server.url)
    monkeypatch.setenv("NO_PROXY", f"example.com, {no_proxy}")
    client = connect(CLIENT_ID, CLIENT_SECRET, base_url=TARGET, retry_policy=ONCE)
    with pytest.raises(APIConnectionError):  # went straight to the closed port
        _get(client)
    assert server.requests == []


def test_trust_env_false_ignores_the_environment(
    server: ScriptedServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HTTP_PROXY", server.url)
    client = connect(CLIENT_ID, CLIENT_SECRET, base_url=TARGET, retry_policy=ONCE, trust_env=False)
    with pytest.raises(APIConnectionError):
        _get(client)
    assert server.requests == []


@pytest.mark.parametrize("host", ["127.0.0.1", "localhost"])
def test_loopback_base_url_bypasses_the_proxy(
    server: ScriptedServer, monkeypatch: pytest.MonkeyPatch, host: str
) -> None:
    monkeypatch.setenv("HTTP_PROXY", f"http://127.0.0.1:{_closed_port()}")  # a dead proxy
    monkeypatch.setenv("ALL_PROXY", f"http://127.0.0.1:{_closed_port()}")
    server.route("GET", PATH, lambda rec: Reply(200, INVOICE))
    base_url = server.url.replace("127.0.0.1", host)
    client = connect(CLIENT_ID, CLIENT_SECRET, base_url=base_url, retry_policy=ONCE)
    assert _get(client).id == "INV2-AAAA-BBBB"
    assert server.requests[-1].target == PATH  # origin-form: no proxy in between


def test_bad_proxy_url_names_its_source(monkeypatch: pytest.MonkeyPatch) -> None:
    with pytest.raises(ConfigurationError, match="proxy"):
        connect(CLIENT_ID, CLIENT_SECRET, proxy="http://[::1")
    monkeypatch.setenv("HTTPS_PROXY", "ftp://proxy.example.com")
    with pytest.raises(ConfigurationError, match="HTTPS_PROXY"):
        connect(CLIENT_ID, CLIENT_SECRET)
