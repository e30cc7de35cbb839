"""Credentials are unreachable from every exception: raw header values, not masked reprs.

httpx masks the Authorization header in ``repr(headers)``, so these tests read the raw values
(``headers.get("authorization")`` and every header value) of each request and response reachable
from the exception, its ``__cause__`` / ``__context__`` chain and their attributes. They also
read what an error reporter that captures local variables (Sentry-style) would: the ``repr`` of
every local of every frame of the tracebacks, strings and containers in full.
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
    AuthenticationError,
    NotFoundError,
    PayPalInvoicingError,
    RetryPolicy,
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
    _assert_no_secret_in_frames(error, secrets)


def _captured(value: Any, depth: int = 0) -> Iterator[str]:
    """What a local-capturing error reporter would record of ``value``."""
    if isinstance(value, str | bytes):
        yield value if isinstance(value, str) else value.decode("latin-1")
    elif isinstance(value, httpx.Request):  # a reporter may read headers, not just the repr
        for key, item in value.headers.raw:
            yield key.decode("latin-1") + ": " + item.decode("latin-1")
    elif isinstance(value, httpx.Response):
        with contextlib.suppress(RuntimeError):
            yield from _captured(value.request, depth + 1)
    elif isinstance(value, dict) and depth < 4:
        for key, item in value.items():
            yield from _captured(key, depth + 1)
            yield from _captured(item, depth + 1)
    elif isinstance(value, list | tuple | set | frozenset) and depth < 4:
        for item in value:
            yield from _captured(item, depth + 1)
    else:
        try:
            yield repr(value)
        except Exception:  # a broken repr records nothing
            return


def _assert_no_secret_in_frames(error: BaseException, secrets: list[str]) -> None:
    frames = 0
    for exc in _chain(error):
        tb = exc.__traceback__
        while tb is not None:
            frame = tb.tb_frame
            if frame.f_code.co_filename != __file__:  # the test's own locals hold the secrets
                frames += 1
                for name, value in frame.f_locals.items():
                    for text in _captured(value):
                        for secret in secrets:
                            assert secret not in text, f"{frame.f_code.co_name}: local {name}"
            tb = tb.tb_next
    assert frames, "the traceback must reach into the client to be meaningful"


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
    # A body that claims gzip but is not: httpx's DecodingError, mapped like a transport error.
    "undecodable_body": (
        APIConnectionError,
        {},
        [Reply(200, b"not gzip at all", headers={"Content-Encoding": "gzip"})],
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


def test_connection_error_chains_nothing(server: ScriptedServer) -> None:
    server.script("GET", PATH, Reply(drop=True), Reply(drop=True))
    client = _client(server)
    try:
        with pytest.raises(APIConnectionError) as caught:
            get_invoice.sync("INV2-AAAA-BBBB", client=client)
    finally:
        client.get_httpx_client().close()
    # The httpx error's traceback holds the live request: it is named, not chained.
    assert caught.value.__cause__ is None
    assert caught.value.__context__ is None
    assert "RemoteProtocolError" in str(caught.value) or "ReadError" in str(caught.value)
    assert caught.value.request is not None
    assert caught.value.request.headers["authorization"] == REDACTED


def _mock_client(handler: Any, token: str = "SECRET-T0KEN") -> Any:
    def answer(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/v1/oauth2/token":
            return httpx.Response(200, json={"access_token": token, "expires_in": 3600})
        return handler(request)  # type: ignore[no-any-return]

    client = connect(
        CLIENT_ID,
        CLIENT_SECRET,
        base_url="https://api.example.test",
        transport=httpx.MockTransport(answer),
        async_transport=httpx.MockTransport(answer),
        retry_policy=RetryPolicy(max_retries=1, initial_delay=0),
    )
    return client


@pytest.mark.parametrize("raised", [httpx.ConnectError, httpx.ReadTimeout])
def test_httpx_error_holding_the_request_leaves_nothing_behind(
    raised: type[httpx.TransportError],
) -> None:
    # httpx's own transport raises without a request, but others (mocks, recorders, a caller's
    # transport) attach the live one: nothing of it may reach the caller.
    def handler(request: httpx.Request) -> httpx.Response:
        raise raised("boom", request=request)

    client = _mock_client(handler)
    with pytest.raises(APIConnectionError) as caught:
        get_invoice.sync("INV2-AAAA-BBBB", client=client)
    assert caught.value.__cause__ is None
    secrets = ["SECRET-T0KEN", CLIENT_SECRET, GOOD_BASIC]
    _assert_no_secret(caught.value, secrets)


@pytest.mark.asyncio
async def test_httpx_error_holding_the_request_leaves_nothing_behind_async() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        raise httpx.ReadError("boom", request=request)

    client = _mock_client(handler)
    with pytest.raises(APIConnectionError) as caught:
        await get_invoice.asyncio("INV2-AAAA-BBBB", client=client)
    _assert_no_secret(caught.value, ["SECRET-T0KEN", CLIENT_SECRET, GOOD_BASIC])
    assert caught.value.__cause__ is None


@pytest.mark.parametrize("token", ["T0k3n\nX-Injected: 1", "T0k3n\u00e9", "T0k3n withspace"])
def test_a_token_no_header_can_carry_is_refused_unquoted(token: str) -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json={"id": "INV2-AAAA-BBBB"})

    client = _mock_client(handler, token=token)
    with pytest.raises(AuthenticationError) as caught:
        get_invoice.sync("INV2-AAAA-BBBB", client=client)
    assert "no header can carry" in str(caught.value)
    for exc in _chain(caught.value):
        assert token not in str(exc) + repr(exc)
        assert "T0k3n" not in str(exc) + repr(exc)
    _assert_no_secret_in_frames(caught.value, [token, "T0k3n", CLIENT_SECRET, GOOD_BASIC])


def test_illegal_header_value_is_named_not_quoted() -> None:
    # A header value h11 refuses: httpx's error text quotes it; ours names the error only.
    def handler(request: httpx.Request) -> httpx.Response:
        raise httpx.LocalProtocolError("Illegal header value b'Bearer SECRET-T0KEN\\x00'")

    client = _mock_client(handler)
    with pytest.raises(APIConnectionError) as caught:
        get_invoice.sync("INV2-AAAA-BBBB", client=client)
    assert "LocalProtocolError" in str(caught.value)
    assert "Bearer" not in str(caught.value)
    _assert_no_secret_in_frames(caught.value, ["SECRET-T0KEN", CLIENT_SECRET, GOOD_BASIC])


def test_a_real_illegal_header_value_is_not_quoted(server: ScriptedServer) -> None:
    client = _client(server).with_headers({"X-Note": "private-n0te\x00"})
    try:
        with pytest.raises(APIConnectionError) as caught:
            get_invoice.sync("INV2-AAAA-BBBB", client=client)
    finally:
        client.get_httpx_client().close()
    assert "LocalProtocolError" in str(caught.value)
    assert "private-n0te" not in str(caught.value) + repr(caught.value)
    assert caught.value.__cause__ is None and caught.value.__context__ is None
    assert server.api_requests() == []  # refused before it left; not retried either
