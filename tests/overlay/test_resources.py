"""The resource client's behaviour: pages, per-call options, raw answers, typed answers, bodies."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Iterator
from decimal import Decimal
from typing import Any

import httpx
import pytest

from paypal_invoicing import AsyncPayPal, PayPal, PayPalInvoicingError, ServerError
from paypal_invoicing.resources import AsyncPage, SyncPage
from paypal_invoicing_client.errors import InvalidFieldError, MissingFieldError
from paypal_invoicing_client.models import Invoice, Item, Money
from tests.overlay.conftest import CLIENT_ID, CLIENT_SECRET, FAST
from tests.overlay.scripted_server import Recorded, Reply, ScriptedServer

LIST = "/v2/invoicing/invoices"


def _invoice(n: int) -> dict[str, Any]:
    return {
        "id": f"INV2-{n:04d}",
        "status": "SENT",
        "detail": {"currency_code": "USD", "invoice_number": str(n), "invoice_date": "2026-01-01"},
        "amount": {"currency_code": "USD", "value": "10.00"},
    }


def _pages(total: int) -> Any:
    """A list route answering ``page`` / ``page_size`` over ``total`` invoices."""

    def answer(request: Recorded) -> Reply:
        page, size = int(request.query["page"]), int(request.query["page_size"])
        items = [_invoice(n) for n in range((page - 1) * size, min(page * size, total))]
        body: dict[str, Any] = {"items": items, "total_items": total}
        if page * size < total:
            body["links"] = [{"href": f"{LIST}?page={page + 1}", "rel": "next", "method": "GET"}]
        return Reply(200, body)

    return answer


@pytest.fixture
def paypal(server: ScriptedServer) -> Iterator[PayPal]:
    with PayPal(CLIENT_ID, CLIENT_SECRET, base_url=server.url, retry_policy=FAST) as client:
        yield client


def test_a_list_is_a_page_whose_iteration_walks_every_page_lazily(
    paypal: PayPal, server: ScriptedServer
) -> None:
    server.route("GET", LIST, _pages(5))
    page = paypal.invoices.list(page_size=2, total_required=True)
    assert isinstance(page, SyncPage)
    assert [i.id for i in page.items] == ["INV2-0000", "INV2-0001"]
    assert page.total_items == 5
    assert page.has_next_page()
    assert len(server.api_requests("GET", LIST)) == 1
    walk = iter(page)
    assert [next(walk).id for _ in range(3)] == ["INV2-0000", "INV2-0001", "INV2-0002"]
    assert len(server.api_requests("GET", LIST)) == 2  # the third page is not fetched yet
    assert [i.id for i in walk] == ["INV2-0003", "INV2-0004"]
    pages = [r.query["page"] for r in server.api_requests("GET", LIST)]
    assert pages == ["1", "2", "3"]
    last = page.get_next_page().get_next_page()
    assert not last.has_next_page()
    with pytest.raises(PayPalInvoicingError, match="last page"):
        last.get_next_page()
    assert len(server.api_requests("GET", LIST)) == 5  # the walk's three, then pages 2 and 3


def test_async_list_awaited_is_the_first_page_and_iterated_walks_all(
    server: ScriptedServer,
) -> None:
    server.route("GET", LIST, _pages(3))

    async def run() -> tuple[AsyncPage[Any], list[str], list[str]]:
        async with AsyncPayPal(CLIENT_ID, CLIENT_SECRET, base_url=server.url) as client:
            page = await client.invoices.list(page_size=2)
            every = [invoice.id async for invoice in client.invoices.list(page_size=2)]
            from_page = [invoice.id async for invoice in page]
            return page, every, from_page

    page, every, from_page = asyncio.run(run())
    assert isinstance(page, AsyncPage)
    assert [i.id for i in page.items] == ["INV2-0000", "INV2-0001"]
    assert page.has_next_page()
    assert every == from_page == ["INV2-0000", "INV2-0001", "INV2-0002"]


def test_with_options_shares_the_pool_and_token_and_changes_only_the_copy(
    paypal: PayPal, server: ScriptedServer
) -> None:
    path = "/v2/invoicing/invoices/INV2-0001"
    unavailable = Reply(503, {"name": "SERVICE_UNAVAILABLE", "message": "later"})
    server.script("GET", path, unavailable, Reply(200, _invoice(1)))
    once = paypal.with_options(max_retries=0, timeout=3)
    with pytest.raises(ServerError):
        once.invoices.retrieve("INV2-0001")  # no retry
    assert paypal.invoices.retrieve("INV2-0001").id == "INV2-0001"  # the original retries
    assert len(server.token_requests) == 1
    mine, theirs = once.client.get_httpx_client(), paypal.client.get_httpx_client()
    assert mine.pool is theirs.pool
    assert mine.timeout == httpx.Timeout(3) and theirs.timeout != httpx.Timeout(3)
    assert theirs.policy.max_retries == FAST.max_retries and mine.policy.max_retries == 0
    once.close()  # a copy owns no connections: the original still works
    server.script("GET", path, Reply(200, _invoice(1)))
    assert paypal.invoices.retrieve("INV2-0001").status.value == "SENT"


def test_with_raw_response_returns_the_whole_answer(paypal: PayPal, server: ScriptedServer) -> None:
    path = "/v2/invoicing/invoices/INV2-0001"
    server.script("GET", path, Reply(200, _invoice(1), {"Paypal-Debug-Id": "dbg-1"}))
    raw = paypal.invoices.with_raw_response.retrieve("INV2-0001")
    assert raw.status_code == 200
    assert raw.headers["paypal-debug-id"] == "dbg-1"
    assert isinstance(raw.content, bytes) and b"INV2-0001" in raw.content
    assert isinstance(raw.parsed, Invoice) and raw.parsed.id == "INV2-0001"


def test_a_field_paypal_always_sends_raises_when_an_answer_lacks_it(
    paypal: PayPal, server: ScriptedServer
) -> None:
    path = "/v2/invoicing/invoices/INV2-0001"
    server.script("GET", path, Reply(200, {"detail": {"currency_code": "USD"}, "status": "DRAFT"}))
    invoice = paypal.invoices.retrieve("INV2-0001")  # loading stays tolerant
    assert invoice.status.value == "DRAFT"
    with pytest.raises(MissingFieldError, match=r"Invoice\.id"):
        _ = invoice.id
    with pytest.raises(MissingFieldError, match=r"InvoiceDetail\.invoice_number"):
        _ = invoice.detail.invoice_number
    assert invoice.to_dict() == {"detail": {"currency_code": "USD"}, "status": "DRAFT"}


def test_bodies_take_typed_dicts_models_and_decimals(
    paypal: PayPal, server: ScriptedServer
) -> None:
    server.route("POST", LIST, lambda request: Reply(201, {**_invoice(7), **request.json()}))
    paypal.invoices.create(
        detail={"currency_code": "USD"},
        items=[
            {
                "name": "A",
                "quantity": "1",
                "unit_amount": {"currency_code": "USD", "value": Decimal("1.50")},
            },
            Item(name="B", quantity="2", unit_amount=Money(currency_code="USD", value="3.00")),
        ],
    )
    (sent,) = server.api_requests("POST", LIST)
    assert sent.json() == {
        "detail": {"currency_code": "USD"},
        "items": [
            {
                "name": "A",
                "quantity": "1",
                "unit_amount": {"currency_code": "USD", "value": "1.50"},
            },
            {
                "name": "B",
                "quantity": "2",
                "unit_amount": {"currency_code": "USD", "value": "3.00"},
            },
        ],
    }


def test_an_amount_with_three_decimal_places_is_refused_before_any_request(
    paypal: PayPal, server: ScriptedServer
) -> None:
    with pytest.raises(InvalidFieldError, match=r"Invoice\.items\[0\]\.unit_amount\.value"):
        paypal.invoices.create(
            detail={"currency_code": "USD"},
            items=[
                {
                    "name": "A",
                    "quantity": "1",
                    "unit_amount": {"currency_code": "USD", "value": Decimal("1.505")},
                }
            ],
        )
    assert server.api_requests() == []


def test_enum_parameters_take_paypal_strings(paypal: PayPal, server: ScriptedServer) -> None:
    server.route("GET", "/v1/notifications/webhooks", lambda r: Reply(200, {"webhooks": []}))
    paypal.webhooks.list(anchor_type="ACCOUNT")
    (sent,) = server.api_requests("GET", "/v1/notifications/webhooks")
    assert sent.query == {"anchor_type": "ACCOUNT"}


def test_closing_closes_the_connections(server: ScriptedServer) -> None:
    with PayPal(CLIENT_ID, CLIENT_SECRET, base_url=server.url) as client:
        http = client.client.get_httpx_client()
        assert not http.is_closed
    assert http.is_closed

    async def run() -> httpx.AsyncClient:
        async with AsyncPayPal(CLIENT_ID, CLIENT_SECRET, base_url=server.url) as aclient:
            return aclient.client.get_async_httpx_client()

    assert asyncio.run(run()).is_closed


def test_from_client_puts_the_resources_over_a_connect_client(server: ScriptedServer) -> None:
    from paypal_invoicing import ConfigurationError, connect

    server.script("GET", "/v2/invoicing/invoices/INV2-0001", Reply(200, _invoice(1)))
    client = connect(CLIENT_ID, CLIENT_SECRET, base_url=server.url, timeout=3)
    with PayPal.from_client(client) as paypal:
        assert paypal.client is client
        assert paypal.invoices.retrieve("INV2-0001").id == "INV2-0001"
    assert client.get_httpx_client().is_closed  # closing one closes the other
    assert AsyncPayPal.from_client(client).client is client
    with pytest.raises(ConfigurationError, match="connect\\(\\) returned, got object"):
        PayPal.from_client(object())  # type: ignore[arg-type]


def test_paypal_takes_connect_arguments_and_variables(
    server: ScriptedServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PAYPAL_CLIENT_ID", CLIENT_ID)
    monkeypatch.setenv("PAYPAL_CLIENT_SECRET", CLIENT_SECRET)
    monkeypatch.setenv("PAYPAL_BASE_URL", server.url)
    server.script("GET", "/v2/invoicing/invoices/INV2-0001", Reply(200, _invoice(1)))
    with PayPal(timeout=4) as client:
        assert client.invoices.retrieve("INV2-0001").amount.value == "10.00"
        assert client.client.get_httpx_client().timeout == httpx.Timeout(4)


def test_async_raw_answers_and_options(server: ScriptedServer) -> None:
    path = "/v2/invoicing/invoices/INV2-0001"
    unavailable = Reply(503, {"name": "SERVICE_UNAVAILABLE", "message": "later"})
    server.script("GET", path, Reply(200, _invoice(1)), unavailable, Reply(200, _invoice(1)))

    async def run() -> None:
        async with AsyncPayPal(CLIENT_ID, CLIENT_SECRET, base_url=server.url) as client:
            raw = await client.invoices.with_raw_response.retrieve("INV2-0001")
            assert raw.status_code == 200 and isinstance(raw.parsed, Invoice)
            assert json.loads(raw.content)["id"] == "INV2-0001"
            with pytest.raises(ServerError):
                await client.with_options(max_retries=0).invoices.retrieve("INV2-0001")
            assert (await client.invoices.retrieve("INV2-0001")).id == "INV2-0001"

    asyncio.run(run())
    assert len(server.api_requests("GET", path)) == 3
