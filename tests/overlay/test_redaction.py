"""Credentials are unreachable from every exception: raw header values, not masked reprs.

httpx masks the Authorization header in ``repr(headers)``, so these tests read the raw values
(``headers.get("authorization")`` and every header value) of each request and response reachable
from the exception, its ``__cause__`` / ``__context__`` chain and their attributes.
"""

from __future__ import annotations

import base64
import contextlib
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from paypal_invoicing import (
    APIConnectionError,
    APITimeoutError,
    AsyncRetryTransport,
    AuthenticationError,
    NotFoundError,
    PayPalInvoicingError,
    RetryPolicy,
    RetryTransport,
    connect,
)
from paypal_invoicing._errors import REDACTED
from paypal_invoicing_client.api.invoices import get_invoice
from tests.overlay.conftest import CLIENT_ID, CLIENT_SECRET
from tests.overlay.scripted_server import Reply, ScriptedServer

PATH = "/v2/invoicing/invoices/INV2-AAAA-BBBB"
WRONG = CLIENT_SECRET + "-wrong"
WRONG_BASIC = base64.b64encode(f"{CLIENT_ID}:{WRONG}".encode()).decode()
GOOD_BASIC = base64.b64encode(f"{CLIENT_ID}:{CLIENT_SECRET}".encode()).decode()


def _chain(error: BaseException) -> Iterator[BaseException]:
    seen: set[int] = set()
    stack: list[BaseException | None] = [error]
    while stack:
        exc = stack.pop()
        if exc is None or id(exc) in seen:
            continue
        seen.add(id(exc))
        yield exc
        stack.extend([exc.__cause__, exc.__context__])


def _requests(error: BaseException) -> list[httpx.Request]:
    """Every httpx.Request reachable from the exception chain (directly or via a response)."""
    found: list[httpx.Request] = []
    for exc in _chain(error):
        values = list(vars(exc).values())
        for name in ("request", "response"):
            with contextlib.suppress(AttributeError, RuntimeError):  # httpx: RuntimeError if unset
                values.append(getattr(exc, name))
        for value in values:
            if isinstance(value, httpx.Response):
                values.extend(vars(value).values())
                values.extend(value.history)
            if isinstance(value, httpx.Request) and all(value is not r for r in found):
                found.append(value)
    return found


def _assert_no_secret(error: BaseException, secrets: list[str]) -> None:
    requests = _requests(error)
    assert requests, "the test must see at least one request to be meaningful"
    for request in requests:
        authorization = request.headers.get("authorization")
        assert authorization in (None, REDACTED), authorization
        for _, value in request.headers.multi_items():
            for secret in secrets:
                assert secret not in value
        for secret in secrets:
            assert secret.encode() not in request.content
    for exc in _chain(error):
        text = str(exc) + repr(exc) + repr(exc.args)
        for secret in secrets:
            assert secret not in text


def _secrets(server: ScriptedServer) -> list[str]:
    return [CLIENT_SECRET, WRONG, WRONG_BASIC, GOOD_BASIC, *server.issued]


def _client(server: ScriptedServer, **kwargs: Any) -> Any:
    kwargs.setdefault("retry_policy", RetryPolicy(max_retries=1, initial_delay=0.01))
    kwargs.setdefault("timeout", 5.0)
    secret = kwargs.pop("secret", CLIENT_SECRET)
    return connect(CLIENT_ID, secret, base_url=server.url, **kwargs)


SCENARIOS: dict[str, tuple[type[PayPalInvoicingError], dict[str, Any], list[Reply]]] = {
    # name: (expected error, connect() overrides, replies scripted for the GET)
    "paypal_error": (NotFoundError, {}, [Reply(404, {"name": "RESOURCE_NOT_FOUND"})]),
    "bad_credentials": (AuthenticationError, {"secret": WRONG}, []),
    "persistent_401": (
        AuthenticationError,
        {},
        [Reply(401, {"error": "invalid_token", "error_description": "nope"})] * 2,
    ),
    "connection_error": (APIConnectionError, {}, [Reply(drop=True)] * 2),
    "timeout": (APITimeoutError, {"timeout": 0.3}, [Reply(hang=True)] * 2),
    "body_timeout": (
        APITimeoutError,
        {"timeout": 0.3},
        [Reply(200, {"id": "x"}, partial="stall")] * 2,
    ),
}


@pytest.mark.parametrize("scenario", list(SCENARIOS))
def test_no_credential_reachable_from_the_exception(server: ScriptedServer, scenario: str) -> None:
    expected, overrides, replies = SCENARIOS[scenario]
    server.script("GET", PATH, *replies)
    client = _client(server, **overrides)
    try:
        with pytest.raises(expected) as caught:
            get_invoice.sync("INV2-AAAA-BBBB", client=client)
    finally:
        client.get_httpx_client().close()
    _assert_no_secret(caught.value, _secrets(server))


@pytest.mark.asyncio
@pytest.mark.parametrize("scenario", list(SCENARIOS))
async def test_no_credential_reachable_from_the_exception_async(
    server: ScriptedServer, scenario: str
) -> None:
    expected, overrides, replies = SCENARIOS[scenario]
    server.script("GET", PATH, *replies)
    client = _client(server, **overrides)
    try:
        with pytest.raises(expected) as caught:
            await get_invoice.asyncio("INV2-AAAA-BBBB", client=client)
    finally:
        await client.get_async_httpx_client().aclose()
    _assert_no_secret(caught.value, _secrets(server))


def test_redacted_copies_keep_what_helps_debugging(server: ScriptedServer) -> None:
    server.script("GET", PATH, Reply(404, {"name": "RESOURCE_NOT_FOUND"}))
    client = _client(server)
    try:
        with pytest.raises(NotFoundError) as caught:
            get_invoice.sync("INV2-AAAA-BBBB", client=client)
    finally:
        client.get_httpx_client().close()
    response = caught.value.response
    assert response is not None
    assert response.status_code == 404
    assert response.json() == {"name": "RESOURCE_NOT_FOUND"}
    assert response.request.method == "GET"
    assert response.request.url.path == PATH
    assert response.request.headers["authorization"] == REDACTED
    assert response.request.headers["prefer"] == "return=representation"


def test_connection_error_keeps_its_cause(server: ScriptedServer) -> None:
    server.script("GET", PATH, Reply(drop=True), Reply(drop=True))
    client = _client(server)
    try:
        with pytest.raises(APIConnectionError) as caught:
            get_invoice.sync("INV2-AAAA-BBBB", client=client)
    finally:
        client.get_httpx_client().close()
    assert isinstance(caught.value.__cause__, httpx.TransportError)
    assert caught.value.request is not None
    assert caught.value.request.headers["authorization"] == REDACTED


@pytest.mark.parametrize("raised", [httpx.ConnectError, httpx.ReadTimeout])
def test_chained_httpx_error_holding_the_request_is_redacted(
    raised: type[httpx.TransportError],
) -> None:
    # httpx's own transport raises without a request, but others (mocks, recorders, a caller's
    # transport) attach the live one: the chained exception must not keep the bearer token.
    def handler(request: httpx.Request) -> httpx.Response:
        raise raised("boom", request=request)

    transport = RetryTransport(
        httpx.MockTransport(handler), policy=RetryPolicy(max_retries=1), sleep=lambda s: None
    )
    headers = {"Authorization": "Bearer SECRET-T0KEN"}
    with httpx.Client(transport=transport) as http, pytest.raises(APIConnectionError) as caught:
        http.post("https://api.example.test/v2/invoicing/invoices", headers=headers, json={})
    cause = caught.value.__cause__
    assert isinstance(cause, raised)
    assert cause.request.headers.get("authorization") == REDACTED
    _assert_no_secret(caught.value, ["SECRET-T0KEN"])


@pytest.mark.asyncio
async def test_chained_httpx_error_holding_the_request_is_redacted_async() -> None:
    async def handler(request: httpx.Request) -> httpx.Response:
        raise httpx.ReadError("boom", request=request)

    transport = AsyncRetryTransport(httpx.MockTransport(handler), policy=RetryPolicy(max_retries=0))
    async with httpx.AsyncClient(transport=transport) as http:
        with pytest.raises(APIConnectionError) as caught:
            await http.get(
                "https://api.example.test/v2/x", headers={"Authorization": "Bearer SECRET-T0KEN"}
            )
    _assert_no_secret(caught.value, ["SECRET-T0KEN"])
    assert caught.value.__cause__ is not None
