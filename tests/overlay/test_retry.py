"""The retry loop: which failures are retried, PayPal-Request-Id, backoff and Retry-After."""

from __future__ import annotations

import socket
import time
import uuid
from email.utils import formatdate
from typing import Any

import httpx
import pytest

from paypal_invoicing import (
    APIConnectionError,
    APITimeoutError,
    ConflictError,
    NotFoundError,
    PayPalError,
    RateLimitError,
    RetryPolicy,
    ServerError,
    UnprocessableEntityError,
    ValidationError,
    connect,
)
from paypal_invoicing._retry import parse_retry_after, retry_delay
from paypal_invoicing_client.api.invoices import create_invoice, get_invoice
from paypal_invoicing_client.models.invoice import Invoice
from tests.overlay.scripted_server import Reply, ScriptedServer

INVOICE = {"id": "INV2-AAAA-BBBB", "status": "DRAFT", "detail": {"currency_code": "USD"}}
CREATE = "/v2/invoicing/invoices"
GET = "/v2/invoicing/invoices/INV2-AAAA-BBBB"
UNAVAILABLE = Reply(503, {"name": "SERVICE_UNAVAILABLE", "message": "try later", "debug_id": "d5"})


def _body() -> Invoice:
    return Invoice.from_dict({"detail": {"currency_code": "USD", "invoice_number": "42"}})


def test_post_503_twice_then_success_shares_one_request_id(
    server: ScriptedServer, make_client: Any
) -> None:
    server.script("POST", CREATE, UNAVAILABLE, UNAVAILABLE, Reply(201, INVOICE))
    client = make_client()
    created = create_invoice.sync(client=client, body=_body())
    assert created.id == "INV2-AAAA-BBBB"  # type: ignore[union-attr]
    posts = server.api_requests("POST", CREATE)
    assert len(posts) == 3
    ids = {p.headers["paypal-request-id"] for p in posts}
    assert len(ids) == 1
    assert uuid.UUID(ids.pop()).version == 4
    assert {p.body for p in posts} == {posts[0].body}  # the same body each time


@pytest.mark.asyncio
async def test_post_503_twice_then_success_async(
    server: ScriptedServer, aclient_factory: Any
) -> None:
    server.script("POST", CREATE, UNAVAILABLE, UNAVAILABLE, Reply(201, INVOICE))
    client = aclient_factory()
    created = await create_invoice.asyncio(client=client, body=_body())
    assert created.id == "INV2-AAAA-BBBB"  # type: ignore[union-attr]
    posts = server.api_requests("POST", CREATE)
    assert len(posts) == 3
    assert len({p.headers["paypal-request-id"] for p in posts}) == 1


def test_each_call_gets_its_own_request_id(server: ScriptedServer, make_client: Any) -> None:
    server.route("POST", CREATE, lambda rec: Reply(201, INVOICE))
    client = make_client()
    create_invoice.sync(client=client, body=_body())
    create_invoice.sync(client=client, body=_body())
    first, second = server.api_requests("POST", CREATE)
    assert first.headers["paypal-request-id"] != second.headers["paypal-request-id"]


def test_caller_request_id_is_kept_across_retries(server: ScriptedServer, make_client: Any) -> None:
    server.script("POST", CREATE, UNAVAILABLE, Reply(201, INVOICE))
    client = make_client()
    create_invoice.sync(client=client, body=_body(), pay_pal_request_id="my-key-1")
    posts = server.api_requests("POST", CREATE)
    assert [p.headers["paypal-request-id"] for p in posts] == ["my-key-1", "my-key-1"]


def test_get_is_retried_and_carries_no_request_id(server: ScriptedServer, make_client: Any) -> None:
    server.script("GET", GET, Reply(500, {"name": "INTERNAL_SERVER_ERROR"}), Reply(200, INVOICE))
    client = make_client()
    assert get_invoice.sync("INV2-AAAA-BBBB", client=client).id == "INV2-AAAA-BBBB"  # type: ignore[union-attr]
    gets = server.api_requests("GET", GET)
    assert len(gets) == 2
    assert all("paypal-request-id" not in g.headers for g in gets)


@pytest.mark.parametrize("status", [408, 429, 500, 502, 503, 504])
def test_retryable_statuses(server: ScriptedServer, make_client: Any, status: int) -> None:
    server.script("GET", GET, Reply(status, {"name": "X"}), Reply(200, INVOICE))
    client = make_client()
    get_invoice.sync("INV2-AAAA-BBBB", client=client)
    assert len(server.api_requests("GET", GET)) == 2


@pytest.mark.parametrize(
    ("status", "error"),
    [
        (400, ValidationError),
        (404, NotFoundError),
        (409, ConflictError),
        (422, UnprocessableEntityError),
    ],
)
def test_other_4xx_are_tried_once(
    server: ScriptedServer, make_client: Any, status: int, error: type[PayPalError]
) -> None:
    server.script(
        "POST",
        CREATE,
        Reply(status, {"name": "INVALID_REQUEST", "message": "bad", "details": [{"issue": "I1"}]}),
        Reply(201, INVOICE),
    )
    client = make_client(retry_policy=RetryPolicy(max_retries=3, initial_delay=0.01))
    with pytest.raises(error) as caught:
        create_invoice.sync(client=client, body=_body())
    assert caught.value.status_code == status
    assert caught.value.issues == ["I1"]
    assert len(server.api_requests("POST", CREATE)) == 1


def test_exhausted_retries_raise_the_last_error(server: ScriptedServer, make_client: Any) -> None:
    server.script("POST", CREATE, *[UNAVAILABLE] * 5)
    client = make_client()  # max_retries=2
    with pytest.raises(ServerError) as caught:
        create_invoice.sync(client=client, body=_body())
    assert caught.value.debug_id == "d5"
    assert len(server.api_requests("POST", CREATE)) == 3


def test_rate_limit_exhausted(server: ScriptedServer, make_client: Any) -> None:
    server.script("GET", GET, *[Reply(429, {"name": "RATE_LIMIT_REACHED"})] * 3)
    client = make_client(max_retries=1, retry_policy=RetryPolicy(max_retries=1, initial_delay=0))
    with pytest.raises(RateLimitError):
        get_invoice.sync("INV2-AAAA-BBBB", client=client)
    assert len(server.api_requests("GET", GET)) == 2


def test_max_retries_zero_tries_once(server: ScriptedServer, make_client: Any) -> None:
    server.script("GET", GET, UNAVAILABLE, Reply(200, INVOICE))
    client = make_client(max_retries=0)
    with pytest.raises(ServerError):
        get_invoice.sync("INV2-AAAA-BBBB", client=client)
    assert len(server.api_requests("GET", GET)) == 1


def test_retry_after_delays_the_retry(server: ScriptedServer, make_client: Any) -> None:
    # The fast test policy would retry after ~10 ms; Retry-After asks for a full second.
    server.script(
        "GET",
        GET,
        Reply(429, {"name": "RATE_LIMIT_REACHED"}, {"Retry-After": "1"}),
        Reply(200, INVOICE),
    )
    client = make_client()
    get_invoice.sync("INV2-AAAA-BBBB", client=client)
    first, second = server.api_requests("GET", GET)
    assert second.at - first.at >= 0.9


def test_dropped_connection_is_retried_with_the_same_request_id(
    server: ScriptedServer, make_client: Any
) -> None:
    server.script("POST", CREATE, Reply(drop=True), Reply(201, INVOICE))
    client = make_client()
    create_invoice.sync(client=client, body=_body())
    posts = server.api_requests("POST", CREATE)
    assert len(posts) == 2
    assert posts[0].headers["paypal-request-id"] == posts[1].headers["paypal-request-id"]


class _Counting(httpx.HTTPTransport):
    def __init__(self) -> None:
        super().__init__()
        self.calls = 0

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        self.calls += 1
        return super().handle_request(request)


def _closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def test_refused_connection_raises_api_connection_error_after_retries() -> None:
    inner = _Counting()
    sleeps: list[float] = []
    client = connect(
        "id",
        "secret",
        base_url=f"http://127.0.0.1:{_closed_port()}",
        transport=inner,
        retry_policy=RetryPolicy(max_retries=2),
    )
    http = client.get_httpx_client()
    http._sleep = sleeps.append  # type: ignore[attr-defined]
    with http, pytest.raises(APIConnectionError) as caught:
        http.get("/v2/invoicing/invoices")
    assert not isinstance(caught.value, APITimeoutError)
    assert "after 3 attempts" in str(caught.value)
    assert "ConnectError" in str(caught.value)
    assert caught.value.__cause__ is None  # no chained httpx error (it holds the live request)
    assert inner.calls == 3  # each attempt fails at the token request: retried, never sent
    assert len(sleeps) == 2


def test_hung_server_raises_within_the_timeout(server: ScriptedServer, make_client: Any) -> None:
    server.script("GET", GET, Reply(hang=True), Reply(hang=True))
    client = make_client(timeout=0.3, retry_policy=RetryPolicy(max_retries=1, initial_delay=0.01))
    started = time.monotonic()
    with pytest.raises(APITimeoutError) as caught:
        get_invoice.sync("INV2-AAAA-BBBB", client=client)
    assert time.monotonic() - started < 10  # two 0.3 s attempts; generous bound
    assert "ReadTimeout" in str(caught.value)
    assert len(server.api_requests("GET", GET)) == 2


@pytest.mark.asyncio
async def test_hung_server_raises_within_the_timeout_async(
    server: ScriptedServer, aclient_factory: Any
) -> None:
    server.script("GET", GET, Reply(hang=True))
    client = aclient_factory(timeout=0.3, max_retries=0)
    started = time.monotonic()
    with pytest.raises(APITimeoutError):
        await get_invoice.asyncio("INV2-AAAA-BBBB", client=client)
    assert time.monotonic() - started < 10


# -- the decision on its own, and the loop with a mock transport and recorded sleeps ----------


def _token_or(handler: Any) -> Any:
    def answer(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/v1/oauth2/token":
            return httpx.Response(200, json={"access_token": "T0k3n", "expires_in": 3600})
        return handler(request)  # type: ignore[no-any-return]

    return answer


def _mock(
    *responses: httpx.Response, policy: RetryPolicy | None = None
) -> tuple[httpx.Client, list[httpx.Request], list[float]]:
    seen: list[httpx.Request] = []
    queue = list(responses)

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return queue.pop(0)

    client = connect(
        "id",
        "secret",
        base_url="https://example.test",
        transport=httpx.MockTransport(_token_or(handler)),
        retry_policy=policy or RetryPolicy(),
    )
    sleeps: list[float] = []
    http = client.get_httpx_client()
    http._sleep = sleeps.append  # type: ignore[attr-defined]
    return http, seen, sleeps


@pytest.mark.parametrize(("header", "expected"), [("1.5", 1.5), ("0", 0.0), ("-4", 0.0)])
def test_retry_after_seconds_are_slept(header: str, expected: float) -> None:
    http, seen, sleeps = _mock(
        httpx.Response(503, headers={"Retry-After": header}), httpx.Response(200)
    )
    with http:
        assert http.get("/x").status_code == 200
    assert sleeps == [expected]
    assert len(seen) == 2


@pytest.mark.parametrize("status", [429, 503])
def test_retry_after_above_the_cap_raises_at_once(status: int) -> None:
    http, seen, sleeps = _mock(
        httpx.Response(status, headers={"Retry-After": "3600"}), httpx.Response(200)
    )
    with http, pytest.raises(PayPalError) as caught:
        http.get("/x")
    assert caught.value.status_code == status
    assert caught.value.retry_after == 3600.0
    assert isinstance(caught.value, RateLimitError) == (status == 429)
    assert "retry after 3600 s" in str(caught.value)
    assert sleeps == []
    assert len(seen) == 1


def test_retry_after_http_date() -> None:
    header = formatdate(time.time() + 5, usegmt=True)
    http, _, sleeps = _mock(
        httpx.Response(429, headers={"Retry-After": header}), httpx.Response(200)
    )
    with http:
        http.get("/x")
    assert len(sleeps) == 1
    assert 3.0 <= sleeps[0] <= 5.5


def test_parse_retry_after() -> None:
    assert parse_retry_after("7") == 7.0
    assert parse_retry_after("Wed, 21 Oct 2015 07:28:00 GMT", now=1445412470.0) == 10.0
    assert parse_retry_after("soon") is None
    assert parse_retry_after("") is None
    assert parse_retry_after(None) is None


def test_backoff_is_exponential_jittered_and_capped() -> None:
    policy = RetryPolicy(initial_delay=0.5, max_delay=8.0, jitter=0.25)
    for _ in range(50):
        assert 0.375 <= policy.backoff(1) <= 0.5
        assert 0.75 <= policy.backoff(2) <= 1.0
        assert 1.5 <= policy.backoff(3) <= 2.0
        assert 6.0 <= policy.backoff(30) <= 8.0
    assert len({policy.backoff(3) for _ in range(20)}) > 1  # jitter varies
    with pytest.raises(ValueError):
        RetryPolicy(max_retries=-1)


def test_no_retry_after_uses_backoff() -> None:
    policy = RetryPolicy(initial_delay=1.0, jitter=0.0)
    http, _, sleeps = _mock(
        httpx.Response(502), httpx.Response(502), httpx.Response(200), policy=policy
    )
    with http:
        http.get("/x")
    assert sleeps == [1.0, 2.0]


@pytest.mark.asyncio
async def test_async_loop_honours_retry_after_with_injected_sleep() -> None:
    seen: list[httpx.Request] = []
    queue = [httpx.Response(503, headers={"Retry-After": "2"}), httpx.Response(201)]

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return queue.pop(0)

    sleeps: list[float] = []

    async def sleep(seconds: float) -> None:
        sleeps.append(seconds)

    client = connect(
        "id",
        "secret",
        base_url="https://example.test",
        async_transport=httpx.MockTransport(_token_or(handler)),
    )
    http = client.get_async_httpx_client()
    http._sleep = sleep  # type: ignore[attr-defined]
    async with http:
        response = await http.post("/v2/invoicing/invoices", json={"a": 1})
    assert response.status_code == 201
    assert sleeps == [2.0]
    assert seen[0].headers["paypal-request-id"] == seen[1].headers["paypal-request-id"]


def test_the_decision_is_pure_and_bounded() -> None:
    policy = RetryPolicy(max_retries=2, initial_delay=1.0, jitter=0.0, max_retry_after=10.0)

    def decide(**kwargs: Any) -> float | None:
        kwargs.setdefault("attempt", 1)
        kwargs.setdefault("method", "GET")
        kwargs.setdefault("path", "/v2/invoicing/invoices")
        return retry_delay(policy, **kwargs)

    assert decide(status=503) == 1.0
    assert decide(status=503, attempt=2) == 2.0
    assert decide(status=503, attempt=3) is None  # retries spent
    assert decide(status=404) is None
    assert decide(status=429, retry_after=7.0) == 7.0
    assert decide(status=429, retry_after=10.5) is None  # above the cap: raise, never sleep
    assert decide(error=httpx.ReadTimeout("t")) == 1.0
    v1 = {"method": "POST", "path": "/v1/invoicing/invoices"}
    assert decide(status=503, **v1) is None  # may have reached PayPal: no replay for v1
    assert decide(error=httpx.ReadError("r"), **v1) is None
    assert decide(error=httpx.ConnectError("c"), **v1) == 1.0  # provably never sent
    assert decide(error=httpx.PoolTimeout("p"), **v1) == 1.0
    assert decide(status=503, token_failed=True, **v1) == 1.0  # the token failed: never sent
    assert decide(status=503, method="POST", path="/v2/invoicing/invoices") == 1.0
    assert decide(status=503, method="POST", path="/v1/oauth2/token") == 1.0
    assert decide(error=httpx.LocalProtocolError("illegal header")) is None  # same again
    assert decide(error=httpx.UnsupportedProtocol("ftp")) is None
    assert policy.worst_case(1.0) == 3 * 1.0 + 2 * 10.0
    deaf = RetryPolicy(initial_delay=1.0, jitter=0.0, honor_retry_after=False)
    retry_after_30 = {"attempt": 1, "method": "GET", "path": "/v2/invoicing/invoices"}
    assert retry_delay(deaf, status=429, retry_after=3.0, **retry_after_30) == 1.0  # backoff
    assert retry_delay(deaf, status=429, retry_after=30.0, **retry_after_30) is None  # the cap


# -- a failure while reading the body is retried like any other transport failure -------------


@pytest.mark.parametrize(
    ("partial", "error"), [("stall", APITimeoutError), ("reset", APIConnectionError)]
)
def test_body_read_failure_is_retried_then_mapped(
    server: ScriptedServer, make_client: Any, partial: str, error: type[Exception]
) -> None:
    server.script("GET", GET, *[Reply(200, INVOICE, partial=partial)] * 3)
    client = make_client(timeout=0.3)  # max_retries=2
    with pytest.raises(error) as caught:
        get_invoice.sync("INV2-AAAA-BBBB", client=client)
    assert isinstance(caught.value, APITimeoutError) == (error is APITimeoutError)
    assert "after 3 attempts" in str(caught.value)
    assert len(server.api_requests("GET", GET)) == 3


@pytest.mark.parametrize(
    ("partial", "error"), [("stall", APITimeoutError), ("reset", APIConnectionError)]
)
@pytest.mark.asyncio
async def test_body_read_failure_is_retried_then_mapped_async(
    server: ScriptedServer, aclient_factory: Any, partial: str, error: type[Exception]
) -> None:
    server.script("GET", GET, *[Reply(200, INVOICE, partial=partial)] * 3)
    client = aclient_factory(timeout=0.3)
    with pytest.raises(error) as caught:
        await get_invoice.asyncio("INV2-AAAA-BBBB", client=client)
    assert isinstance(caught.value, APITimeoutError) == (error is APITimeoutError)
    assert len(server.api_requests("GET", GET)) == 3


def test_body_read_failure_then_success_keeps_the_request_id(
    server: ScriptedServer, make_client: Any
) -> None:
    server.script("POST", CREATE, Reply(201, INVOICE, partial="reset"), Reply(201, INVOICE))
    client = make_client()
    created = create_invoice.sync(client=client, body=_body())
    assert created.id == "INV2-AAAA-BBBB"  # type: ignore[union-attr]
    posts = server.api_requests("POST", CREATE)
    assert len(posts) == 2
    assert posts[0].headers["paypal-request-id"] == posts[1].headers["paypal-request-id"]


def test_read_responses_still_report_elapsed(server: ScriptedServer, make_client: Any) -> None:
    server.route("GET", GET, lambda rec: Reply(200, INVOICE))
    client = make_client()
    assert get_invoice.sync_detailed("INV2-AAAA-BBBB", client=client).status_code == 200
    raw = client.get_httpx_client().get(GET)
    assert raw.json() == INVOICE
    assert raw.elapsed.total_seconds() >= 0
