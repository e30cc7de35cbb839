"""Closing the client connect() returns: close(), aclose(), with, async with; calls after close."""

from __future__ import annotations

import asyncio
import subprocess
import sys
from pathlib import Path

import pytest

from paypal_invoicing import ClientClosedError, PayPalInvoicingError, connect
from paypal_invoicing_client.api.invoices import get_invoice
from tests.overlay.conftest import CLIENT_ID, CLIENT_SECRET, FAST
from tests.overlay.scripted_server import Reply, ScriptedServer

INVOICE = {"id": "INV2-AAAA-BBBB", "status": "DRAFT", "detail": {"currency_code": "USD"}}
PATH = "/v2/invoicing/invoices/INV2-AAAA-BBBB"
ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def url(server: ScriptedServer) -> str:
    server.route("GET", PATH, lambda rec: Reply(200, INVOICE))
    return server.url


def _closed(error: pytest.ExceptionInfo[BaseException]) -> None:
    assert type(error.value) is ClientClosedError
    assert isinstance(error.value, PayPalInvoicingError)
    assert "client was closed" in str(error.value)


def test_calls_after_a_with_block_raise_client_closed(url: str, server: ScriptedServer) -> None:
    with connect(CLIENT_ID, CLIENT_SECRET, base_url=url, retry_policy=FAST) as client:
        assert get_invoice.sync("INV2-AAAA-BBBB", client=client).id == "INV2-AAAA-BBBB"
    for call in (
        lambda: get_invoice.sync("INV2-AAAA-BBBB", client=client),
        lambda: get_invoice.sync_detailed("INV2-AAAA-BBBB", client=client),
    ):
        with pytest.raises(ClientClosedError) as error:
            call()
        _closed(error)
    assert len(server.api_requests("GET", PATH)) == 1  # nothing more was sent
    with pytest.raises(ClientClosedError), client:
        pass


@pytest.mark.parametrize("how", ["close()", "get_httpx_client().close()"])
def test_close_then_sync_and_async_calls_raise(url: str, how: str) -> None:
    client = connect(CLIENT_ID, CLIENT_SECRET, base_url=url, retry_policy=FAST)
    get_invoice.sync("INV2-AAAA-BBBB", client=client)
    if how == "close()":
        client.close()
        client.close()  # twice is fine
    else:
        client.get_httpx_client().close()
    with pytest.raises(ClientClosedError) as error:
        get_invoice.sync("INV2-AAAA-BBBB", client=client)
    _closed(error)

    async def call() -> None:
        await get_invoice.asyncio("INV2-AAAA-BBBB", client=client)

    with pytest.raises(ClientClosedError) as error:
        asyncio.run(call())
    _closed(error)


@pytest.mark.asyncio
async def test_async_with_and_aclose(url: str, server: ScriptedServer) -> None:
    async with connect(CLIENT_ID, CLIENT_SECRET, base_url=url, retry_policy=FAST) as client:
        invoice = await get_invoice.asyncio("INV2-AAAA-BBBB", client=client)
        assert invoice.id == "INV2-AAAA-BBBB"
    with pytest.raises(ClientClosedError) as error:
        await get_invoice.asyncio("INV2-AAAA-BBBB", client=client)
    _closed(error)
    with pytest.raises(ClientClosedError):
        get_invoice.sync("INV2-AAAA-BBBB", client=client)

    other = connect(CLIENT_ID, CLIENT_SECRET, base_url=url, retry_policy=FAST)
    await get_invoice.asyncio("INV2-AAAA-BBBB", client=other)
    await other.aclose()
    with pytest.raises(ClientClosedError):
        await get_invoice.asyncio_detailed("INV2-AAAA-BBBB", client=other)
    assert len(server.api_requests("GET", PATH)) == 2


def test_closing_a_copy_ends_the_copy_and_closing_the_original_ends_every_copy(
    url: str,
) -> None:
    client = connect(CLIENT_ID, CLIENT_SECRET, base_url=url, retry_policy=FAST)
    copy = client.with_headers({"X-Trace": "1"})
    get_invoice.sync("INV2-AAAA-BBBB", client=copy)
    copy.close()
    with pytest.raises(ClientClosedError):
        get_invoice.sync("INV2-AAAA-BBBB", client=copy)
    with pytest.raises(ClientClosedError):
        asyncio.run(get_invoice.asyncio("INV2-AAAA-BBBB", client=copy))
    get_invoice.sync("INV2-AAAA-BBBB", client=client)  # the original still works
    second = client.with_timeout(client.get_httpx_client().timeout)
    client.close()
    with pytest.raises(ClientClosedError):
        get_invoice.sync("INV2-AAAA-BBBB", client=second)


SCRIPT = """
import asyncio, gc, sys
from paypal_invoicing import ClientClosedError, connect
from paypal_invoicing_client.api.invoices import get_invoice

url, close, CID, SECRET = sys.argv[1], sys.argv[2] == "close", sys.argv[3], sys.argv[4]
ID = "INV2-AAAA-BBBB"

async def acall(client):
    await get_invoice.asyncio(ID, client=client)

def expect_closed(client):
    try:
        get_invoice.sync(ID, client=client)
    except ClientClosedError:
        return
    raise SystemExit("a call after close worked")

# with: the sync pool, a finished loop's pool and an open loop's pool
client = connect(CID, SECRET, base_url=url)
loop = asyncio.new_event_loop()
client.__enter__()
get_invoice.sync(ID, client=client)
asyncio.run(acall(client))
loop.run_until_complete(acall(client))
if close:
    client.__exit__(None, None, None)
    expect_closed(client)
loop.run_until_complete(loop.shutdown_asyncgens())
loop.close()

# async with, then close() of a client used by sync code and by a loop
async def main():
    async with connect(CID, SECRET, base_url=url) as inner:
        await acall(inner)
        get_invoice.sync(ID, client=inner)
    if close:
        expect_closed(inner)
asyncio.run(main())
plain = connect(CID, SECRET, base_url=url)
get_invoice.sync(ID, client=plain)
asyncio.run(acall(plain))
if close:
    plain.close()
    expect_closed(plain)
del client, plain
gc.collect()
print("done")
"""


@pytest.mark.parametrize("close", [True, False])
def test_no_connection_is_left_open_under_dev_mode(url: str, close: bool) -> None:
    mode = "close" if close else "leave"
    dev = [sys.executable, "-X", "dev", "-W", "error::ResourceWarning"]
    run = subprocess.run(
        [*dev, "-c", SCRIPT, url, mode, CLIENT_ID, CLIENT_SECRET],
        capture_output=True,
        text=True,
        timeout=60,
        cwd=ROOT,
    )
    assert run.returncode == 0, run.stderr
    assert run.stdout.strip() == "done"
    if close:
        assert "ResourceWarning" not in run.stderr, run.stderr
    else:  # the control: a client never closed does leave a socket open
        assert "ResourceWarning" in run.stderr, run.stderr
