"""connect(): configuration, environment variables, defaults, and the generated operations."""

from __future__ import annotations

import importlib
from typing import Any

import httpx
import pytest

import paypal_invoicing
from paypal_invoicing import ConfigurationError, NotFoundError, connect
from paypal_invoicing._connect import LIVE_URL, SANDBOX_URL, resolve_settings
from paypal_invoicing._version import __version__
from paypal_invoicing_client import AuthenticatedClient
from paypal_invoicing_client.api.invoices import get_invoice
from tests.overlay.conftest import CLIENT_ID, CLIENT_SECRET
from tests.overlay.scripted_server import Reply, ScriptedServer

INVOICE = {"id": "INV2-AAAA-BBBB", "status": "DRAFT", "detail": {"currency_code": "USD"}}
INVOICE_PATH = "/v2/invoicing/invoices/INV2-AAAA-BBBB"


def test_missing_credentials_fail_at_once() -> None:
    with pytest.raises(ConfigurationError, match="PAYPAL_CLIENT_ID"):
        connect()
    with pytest.raises(ConfigurationError, match="client_secret"):
        connect("only-an-id")
    with pytest.raises(ValueError):  # ConfigurationError is a ValueError too
        connect(client_secret="only-a-secret")


def test_env_vars_supply_credentials_and_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PAYPAL_CLIENT_ID", "env-id")
    monkeypatch.setenv("PAYPAL_CLIENT_SECRET", "env-secret")
    settings = resolve_settings()
    assert (settings.client_id, settings.client_secret) == ("env-id", "env-secret")
    assert settings.base_url == SANDBOX_URL  # sandbox is the default
    monkeypatch.setenv("PAYPAL_ENVIRONMENT", "live")
    assert resolve_settings().base_url == LIVE_URL
    monkeypatch.setenv("PAYPAL_BASE_URL", "http://127.0.0.1:8123")
    assert resolve_settings().base_url == "http://127.0.0.1:8123"
    # explicit arguments win over variables
    assert resolve_settings(environment="sandbox").base_url == SANDBOX_URL
    assert resolve_settings("a", "b").client_id == "a"
    client = connect()
    try:
        assert str(client.get_httpx_client().base_url).rstrip("/") == "http://127.0.0.1:8123"
    finally:
        client.get_httpx_client().close()


def test_environments() -> None:
    assert resolve_settings("i", "s", environment="live").base_url == "https://api-m.paypal.com"
    assert (
        resolve_settings("i", "s", environment="sandbox").base_url
        == "https://api-m.sandbox.paypal.com"
    )
    with pytest.raises(ConfigurationError, match="unknown PayPal environment"):
        resolve_settings("i", "s", environment="staging")


@pytest.mark.parametrize(
    "url", ["http://api-m.paypal.com", "http://10.0.0.1:8000", "http://example.com", "ftp://x"]
)
def test_plain_http_is_refused_off_loopback(url: str) -> None:
    with pytest.raises(ConfigurationError):
        connect("i", "s", base_url=url)


@pytest.mark.parametrize(
    "url", ["http://127.0.0.1:8000", "http://127.8.9.10", "http://[::1]:9000", "http://localhost:1"]
)
def test_plain_http_is_allowed_on_loopback(url: str) -> None:
    assert resolve_settings("i", "s", base_url=url).base_url == url


def test_returns_a_generated_client_with_finite_timeout(make_client: Any) -> None:
    client = make_client(timeout=12.5)
    assert isinstance(client, AuthenticatedClient)
    sync_client = client.get_httpx_client()
    async_client = client.get_async_httpx_client()
    assert sync_client.timeout.read == 12.5
    assert async_client.timeout.read == 12.5
    default = connect("i", "s")
    try:
        timeout = default.get_httpx_client().timeout
        assert timeout.read == timeout.connect == 30.0
    finally:
        default.get_httpx_client().close()
    with pytest.raises(ConfigurationError):
        connect("i", "s", timeout=0)


def test_default_headers_reach_the_server(server: ScriptedServer, make_client: Any) -> None:
    server.script("GET", INVOICE_PATH, Reply(200, INVOICE))
    client = make_client()
    invoice = get_invoice.sync("INV2-AAAA-BBBB", client=client)
    assert invoice is not None and invoice.id == "INV2-AAAA-BBBB"
    (request,) = server.api_requests("GET", INVOICE_PATH)
    assert request.headers["prefer"] == "return=representation"
    assert request.headers["user-agent"].startswith(f"paypal-invoicing/{__version__}")
    assert request.headers["authorization"] == f"Bearer {server.issued[0]}"
    (token_request,) = server.token_requests
    assert token_request.headers["user-agent"].startswith("paypal-invoicing/")
    assert token_request.body == b"grant_type=client_credentials"


def test_all_four_generated_call_styles(server: ScriptedServer, make_client: Any) -> None:
    server.route("GET", INVOICE_PATH, lambda rec: Reply(200, INVOICE))
    client = make_client()
    assert get_invoice.sync("INV2-AAAA-BBBB", client=client).id == "INV2-AAAA-BBBB"  # type: ignore[union-attr]
    detailed = get_invoice.sync_detailed("INV2-AAAA-BBBB", client=client)
    assert detailed.status_code == 200

    import asyncio

    async def both() -> None:
        got = await get_invoice.asyncio("INV2-AAAA-BBBB", client=client)
        assert got is not None and got.id == "INV2-AAAA-BBBB"  # type: ignore[union-attr]
        resp = await get_invoice.asyncio_detailed("INV2-AAAA-BBBB", client=client)
        assert resp.status_code == 200
        await client.get_async_httpx_client().aclose()

    asyncio.run(both())
    assert len(server.api_requests("GET", INVOICE_PATH)) == 4
    assert len(server.token_requests) == 1  # one cache shared by the sync and async clients


def test_error_status_raises_through_generated_call(
    server: ScriptedServer, make_client: Any
) -> None:
    client = make_client()
    with pytest.raises(NotFoundError) as caught:
        get_invoice.sync("INV2-NOPE", client=client)
    assert caught.value.name == "RESOURCE_NOT_FOUND"
    assert caught.value.debug_id == "dbg-404"


def test_custom_inner_transport_is_wrapped(server: ScriptedServer) -> None:
    seen: list[str] = []

    class Spy(httpx.HTTPTransport):
        def handle_request(self, request: httpx.Request) -> httpx.Response:
            seen.append(request.url.path)
            return super().handle_request(request)

    server.route("GET", INVOICE_PATH, lambda rec: Reply(200, INVOICE))
    client = connect(CLIENT_ID, CLIENT_SECRET, base_url=server.url, transport=Spy())
    try:
        get_invoice.sync("INV2-AAAA-BBBB", client=client)
    finally:
        client.get_httpx_client().close()
    assert seen == ["/v1/oauth2/token", INVOICE_PATH]


def test_public_names_resolve() -> None:
    for name in paypal_invoicing.__all__:
        assert getattr(paypal_invoicing, name) is not None
    importlib.import_module("paypal_invoicing._connect")  # the module must not shadow connect()
    assert callable(paypal_invoicing.connect)
    with pytest.raises(AttributeError):
        _ = paypal_invoicing.no_such_name  # type: ignore[attr-defined]
    assert dir(paypal_invoicing) == sorted(paypal_invoicing.__all__)  # no import helpers listed


def test_the_models_field_errors_are_public_names_too() -> None:
    from paypal_invoicing_client import errors

    assert paypal_invoicing.InvalidFieldError is errors.InvalidFieldError
    assert paypal_invoicing.MissingFieldError is errors.MissingFieldError
    assert issubclass(paypal_invoicing.InvalidFieldError, paypal_invoicing.PayPalInvoicingError)


def test_with_copies_keep_auth_and_retries(server: ScriptedServer, make_client: Any) -> None:
    server.script("GET", INVOICE_PATH, Reply(503, {"name": "X"}), Reply(200, INVOICE))
    client = make_client().with_headers({"X-Trace": "t1"}).with_timeout(httpx.Timeout(4.0))
    assert isinstance(client, AuthenticatedClient)
    assert get_invoice.sync("INV2-AAAA-BBBB", client=client).id == "INV2-AAAA-BBBB"  # type: ignore[union-attr]
    _, second = server.api_requests("GET", INVOICE_PATH)  # the 503, then the retry
    assert second.headers["authorization"] == f"Bearer {server.issued[0]}"
    assert second.headers["x-trace"] == "t1"
    assert client.get_httpx_client().timeout.read == 4.0


# -- bad arguments: a ConfigurationError naming the argument, never a deep traceback ------------


@pytest.mark.parametrize(
    ("kwargs", "field"),
    [
        ({"base_url": "http://[::1"}, "base_url"),
        ({"base_url": "https://exa mple.com"}, "base_url"),
        ({"base_url": "https://api.example.com:99999"}, "base_url"),
        ({"base_url": "https://api.example.com:0"}, "base_url"),
        ({"base_url": 42}, "base_url"),
        ({"base_url": "https://user:pw@api.example.com"}, "base_url"),
        ({"timeout": "30"}, "timeout"),
        ({"timeout": True}, "timeout"),
        ({"timeout": float("nan")}, "timeout"),
        ({"timeout": float("inf")}, "timeout"),
        ({"timeout": -1}, "timeout"),
        ({"max_retries": "2"}, "max_retries"),
        ({"max_retries": -1}, "max_retries"),
        ({"max_retries": 1.5}, "max_retries"),
        ({"retry_policy": {"max_retries": 2}}, "retry_policy"),
        ({"environment": 1}, "environment"),
        ({"environment": "staging"}, "environment"),
        ({"headers": "X-Trace: 1"}, "headers"),
        ({"headers": {"X-Trace": 1}}, "headers"),
    ],
)
def test_bad_arguments_raise_configuration_error_naming_the_field(
    kwargs: dict[str, Any], field: str
) -> None:
    with pytest.raises(ConfigurationError, match=field):
        connect("id", "secret", **kwargs)


@pytest.mark.parametrize(
    ("args", "field"),
    [((123, "secret"), "client_id"), (("id", b"secret"), "client_secret")],
)
def test_non_string_credentials_are_refused(args: tuple[Any, Any], field: str) -> None:
    with pytest.raises(ConfigurationError, match=field):
        connect(*args)


def test_bad_base_url_variable_is_named(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PAYPAL_BASE_URL", "https://exa mple.com")
    with pytest.raises(ConfigurationError, match="PAYPAL_BASE_URL"):
        connect("id", "secret")


def test_good_arguments_of_every_accepted_type() -> None:
    for kwargs in (
        {"timeout": 5},
        {"timeout": 2.5},
        {"timeout": httpx.Timeout(3.0)},
        {"max_retries": 0},
        {"base_url": "https://API-M.sandbox.paypal.com/"},
        {"base_url": "https://127.0.0.1:8443"},
        {"base_url": "http://[::1]:8000"},
        {"environment": " Live "},
    ):
        client = connect("id", "secret", **kwargs)  # type: ignore[arg-type]
        client.get_httpx_client().close()
