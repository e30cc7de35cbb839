"""Token answers PayPal should never give, and a token endpoint that stalls."""

from __future__ import annotations

import asyncio
import threading
import time
from typing import Any

import pytest

from paypal_invoicing import (
    DEFAULT_TOKEN_LIFETIME,
    APITimeoutError,
    AuthenticationError,
    OAuth2ClientCredentials,
    RetryPolicy,
)
from paypal_invoicing_client.api.invoices import get_invoice
from tests.overlay.conftest import CLIENT_ID, CLIENT_SECRET
from tests.overlay.scripted_server import Reply, ScriptedServer

INVOICE = {"id": "INV2-AAAA-BBBB", "status": "DRAFT", "detail": {"currency_code": "USD"}}
PATH = "/v2/invoicing/invoices/INV2-AAAA-BBBB"
BODY_TOKEN = "A21AA-secret-body-token"


def _ok(rec: Any) -> Reply:
    return Reply(200, INVOICE)


def _chain(error: BaseException) -> list[BaseException]:
    found: list[BaseException] = []
    current: BaseException | None = error
    while current is not None and current not in found:
        found.append(current)
        current = current.__cause__ or current.__context__
    return found


@pytest.mark.parametrize(
    ("body", "said"),
    [
        ({"access_token": None, "expires_in": 3600}, "a null access_token"),
        ({"access_token": "", "expires_in": 3600}, "an empty access_token"),
        ({"access_token": 12345, "expires_in": 3600}, "a non-string access_token"),
        ({"token_type": "Bearer", "expires_in": 3600}, "no access_token"),
        (f'{{"access_token": "{BODY_TOKEN}", "expires_in": 3600}} trailing', "not a JSON object"),
        (f'["{BODY_TOKEN}"]', "not a JSON object"),
        ({"access_token": BODY_TOKEN, "expires_in": "soon"}, "expires_in"),
    ],
)
def test_malformed_token_answer_raises_authentication_error(
    server: ScriptedServer, make_client: Any, body: Any, said: str
) -> None:
    server.token_replies.append(Reply(200, body))
    server.route("GET", PATH, _ok)
    client = make_client()
    with pytest.raises(AuthenticationError) as caught:
        get_invoice.sync("INV2-AAAA-BBBB", client=client)
    error = caught.value
    assert said in str(error)
    assert error.name == "MALFORMED_TOKEN_RESPONSE"
    assert error.__cause__ is None and error.__context__ is None
    for exc in _chain(error):
        assert BODY_TOKEN not in str(exc) + repr(exc) + repr(vars(exc))
    assert error.body is None and error.response is None  # the body may hold the token
    assert server.api_requests() == []  # never sent with a bad token
    assert len(server.token_requests) == 1  # a 200 is not retried


def test_token_without_expires_in_gets_the_default_lifetime(server: ScriptedServer) -> None:
    now = [1_000_000.0]
    server.token_replies.append(Reply(200, {"access_token": "A21AA-no-expiry"}))
    auth = OAuth2ClientCredentials(
        CLIENT_ID, CLIENT_SECRET, token_url=server.url + "/v1/oauth2/token", clock=lambda: now[0]
    )
    import httpx

    with httpx.Client(base_url=server.url, auth=auth) as http:
        server.valid_tokens.add("A21AA-no-expiry")
        server.route("GET", PATH, _ok)
        for _ in range(3):
            assert http.get(PATH).status_code == 200
        assert len(server.token_requests) == 1  # cached, not one per call
        now[0] += DEFAULT_TOKEN_LIFETIME - 61.0  # before the refresh margin
        http.get(PATH)
        assert len(server.token_requests) == 1
        now[0] += 2.0
        http.get(PATH)
        assert len(server.token_requests) == 2
    assert DEFAULT_TOKEN_LIFETIME == 900.0


@pytest.mark.parametrize("expires_in", ["32400", " 32400 "])
def test_a_numeric_string_expires_in_is_accepted_as_the_lifetime(
    server: ScriptedServer, expires_in: str
) -> None:
    now = [1_000_000.0]
    token = "A21AA-string-expiry"
    server.token_replies.extend([Reply(200, {"access_token": token, "expires_in": expires_in})] * 2)
    server.valid_tokens.add(token)
    server.route("GET", PATH, _ok)
    auth = OAuth2ClientCredentials(
        CLIENT_ID, CLIENT_SECRET, token_url=server.url + "/v1/oauth2/token", clock=lambda: now[0]
    )
    import httpx

    with httpx.Client(base_url=server.url, auth=auth) as http:
        assert http.get(PATH).status_code == 200
        now[0] += 32400 - 61.0  # far beyond the default 900 s, within the answer's 32400 s
        assert http.get(PATH).status_code == 200
        assert len(server.token_requests) == 1
        now[0] += 2.0
        http.get(PATH)
        assert len(server.token_requests) == 2


def test_a_numeric_string_expires_in_works_through_connect_sync_and_async(
    server: ScriptedServer, make_client: Any
) -> None:
    server.token_replies.append(Reply(200, {"access_token": "A21AA-s", "expires_in": "32400"}))
    server.valid_tokens.add("A21AA-s")
    server.route("GET", PATH, _ok)
    client = make_client()
    get_invoice.sync("INV2-AAAA-BBBB", client=client)
    asyncio.run(get_invoice.asyncio("INV2-AAAA-BBBB", client=client))
    assert len(server.token_requests) == 1


def test_stalled_token_endpoint_is_bounded_by_the_timeout(
    server: ScriptedServer, make_client: Any
) -> None:
    server.token_delay = 5.0  # PayPal's token endpoint hangs for 5 s
    server.route("GET", PATH, _ok)
    client = make_client(timeout=0.5, retry_policy=RetryPolicy(max_retries=1, initial_delay=0.01))
    durations: list[float] = []
    errors: list[BaseException] = []
    barrier = threading.Barrier(4)

    def work() -> None:
        barrier.wait()
        started = time.monotonic()
        try:
            get_invoice.sync("INV2-AAAA-BBBB", client=client)
        except BaseException as exc:
            errors.append(exc)
        durations.append(time.monotonic() - started)

    threads = [threading.Thread(target=work) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(30)
    assert len(errors) == 4
    assert all(isinstance(e, APITimeoutError) for e in errors)
    # Each attempt: at most one timeout waiting for another thread's token, one for its own
    # token request. Two attempts: well under the 5 s stall, whoever fetched first.
    assert max(durations) < 2 * (0.5 + 0.5) + 1.0, durations


@pytest.mark.asyncio
async def test_stalled_token_endpoint_is_bounded_by_the_timeout_async(
    server: ScriptedServer, aclient_factory: Any
) -> None:
    server.token_delay = 5.0
    server.route("GET", PATH, _ok)
    client = aclient_factory(timeout=0.5, max_retries=0)

    async def timed() -> tuple[float, BaseException | None]:
        started = time.monotonic()
        try:
            await get_invoice.asyncio("INV2-AAAA-BBBB", client=client)
        except BaseException as exc:
            return time.monotonic() - started, exc
        return time.monotonic() - started, None

    results = await asyncio.gather(*(timed() for _ in range(4)))
    assert all(isinstance(exc, APITimeoutError) for _, exc in results)
    assert max(duration for duration, _ in results) < 0.5 + 0.5 + 1.0


def test_a_task_cancelled_while_waiting_for_the_token_leaves_no_lock_behind(
    server: ScriptedServer, make_client: Any
) -> None:
    server.token_delay = 0.8  # a thread holds the token lock this long
    server.route("GET", PATH, _ok)
    client = make_client(timeout=3.0)
    fetching = threading.Thread(
        target=get_invoice.sync, args=("INV2-AAAA-BBBB",), kwargs={"client": client}
    )
    fetching.start()
    time.sleep(0.2)  # the thread is fetching the token, holding the store's lock

    async def impatient() -> None:
        with pytest.raises(TimeoutError):  # cancelled while waiting for that lock
            await asyncio.wait_for(get_invoice.asyncio("INV2-AAAA-BBBB", client=client), 0.2)

    asyncio.run(impatient())
    fetching.join(10)
    time.sleep(0.2)  # the cancelled waiter's thread gets the lock, then gives it back
    server.token_delay = 0.0
    server.revoke_tokens()  # the next call must refresh: it needs the lock again
    started = time.monotonic()
    assert get_invoice.sync("INV2-AAAA-BBBB", client=client).id == "INV2-AAAA-BBBB"  # type: ignore[union-attr]
    assert time.monotonic() - started < 2.0
