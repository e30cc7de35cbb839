"""Many tasks on one event loop through token revocations: no lost call, one token per revocation.

The sandbox (the ``paypal_sandbox`` fixture) revokes every token it issued three times while 64 or
256 asyncio tasks call ``get_invoice`` without pause. PayPal may invalidate a token whenever it
likes; a call answered 401 takes the token another task already fetched, or fetches one, and
replays, so only a call that spans two revocations may fail, and each revocation costs one token
request. The revocations are 0.7 s apart, or more when calls are slower (a busy machine): twice
the 90th percentile of the calls made before the first, so that most calls span at most one.
"""

from __future__ import annotations

import asyncio
import time
from dataclasses import dataclass

import httpx
import pytest

from paypal_invoicing import AuthenticationError, connect
from paypal_invoicing.pytest_plugin import CLIENT_ID, CLIENT_SECRET, PayPalSandbox
from paypal_invoicing_client import AuthenticatedClient
from paypal_invoicing_client.api.invoices import create_invoice, get_invoice
from paypal_invoicing_client.models.invoice import Invoice
from tests.sandbox.helpers import simple_invoice

REVOCATIONS = 3
GAP = 0.7  # seconds between revocations, at least
MAX_GAP = 5.0
CALLS_PER_TASK = 200  # a bound on the count; a run stops well before it


@dataclass(frozen=True)
class Call:
    started: float
    ended: float
    error: BaseException | None

    def revocations(self, windows: list[tuple[float, float]]) -> int:
        """How many of the revocations (each done within a window) may have hit this call."""
        return sum(self.started < end and start < self.ended for start, end in windows)


class Counting(httpx.AsyncHTTPTransport):
    """Counts the answers 401 (a revocation landing on a request in flight)."""

    refused = 0

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        response = await super().handle_async_request(request)
        self.refused += response.status_code == 401
        return response


async def _storm(
    sandbox: PayPalSandbox, client: AuthenticatedClient, invoice_id: str, tasks: int
) -> tuple[list[Call], list[tuple[float, float]]]:
    """``tasks`` tasks calling get_invoice while the sandbox revokes its tokens 3 times."""
    calls: list[Call] = []
    windows: list[tuple[float, float]] = []
    stop = asyncio.Event()

    async def one() -> None:
        started, error = time.monotonic(), None
        try:
            got = await get_invoice.asyncio(invoice_id, client=client)
            assert isinstance(got, Invoice) and got.id == invoice_id
        except AuthenticationError as exc:
            error = exc
        calls.append(Call(started, time.monotonic(), error))

    async def caller() -> None:
        for _ in range(CALLS_PER_TASK):
            if stop.is_set():
                return
            await one()

    async def revoker() -> None:
        while len(calls) < tasks:  # warm-up: connections made, the pace of a call measured
            await asyncio.sleep(0.05)
        paces = sorted(c.ended - c.started for c in calls)
        gap = min(MAX_GAP, max(GAP, 2 * paces[len(paces) * 9 // 10]))
        for _ in range(REVOCATIONS):
            await asyncio.sleep(gap / 2 if not windows else gap)
            before = time.monotonic()
            sandbox.sandbox.revoke_tokens()
            windows.append((before, time.monotonic()))
        await asyncio.sleep(gap / 2)
        stop.set()

    async with asyncio.timeout(60):
        await asyncio.gather(revoker(), *(caller() for _ in range(tasks)))
    return calls, windows


@pytest.mark.parametrize("tasks", [64, 256])
def test_tasks_through_revocations_lose_no_call(paypal_sandbox: PayPalSandbox, tasks: int) -> None:
    # Fewer connections than tasks: httpcore's pool slows down with many (not the subject here).
    transport = Counting(limits=httpx.Limits(max_connections=16, max_keepalive_connections=16))
    client = connect(
        CLIENT_ID, CLIENT_SECRET, base_url=paypal_sandbox.url, async_transport=transport
    )
    try:
        invoice = create_invoice.sync(client=client, body=Invoice.from_dict(simple_invoice()))
        assert isinstance(invoice, Invoice) and isinstance(invoice.id, str)
        calls, windows = asyncio.run(_storm(paypal_sandbox, client, invoice.id, tasks))
    finally:
        client.get_httpx_client().close()
    assert len(windows) == REVOCATIONS
    assert transport.refused >= tasks  # the revocations landed on calls in flight
    spanning_one = [c for c in calls if c.revocations(windows) == 1]
    assert len(spanning_one) >= tasks // 2  # and many a call was in flight across one
    lost = [c for c in calls if c.error is not None and c.revocations(windows) <= 1]
    assert lost == []
    # The first token (create_invoice's), then one per revocation.
    assert paypal_sandbox.sandbox.token_requests <= REVOCATIONS + 1
