"""The ``paypal_sandbox`` fixture with ``connect={"http_backend": "aiohttp"}``."""

from __future__ import annotations

from typing import Any

import aiohttp
import pytest

from paypal_invoicing.pytest_plugin import PayPalSandbox
from paypal_invoicing_client.api.invoices import generate_invoice_number


@pytest.fixture
def paypal_sandbox_options() -> dict[str, Any]:
    return {"connect": {"http_backend": "aiohttp"}}


@pytest.mark.asyncio
async def test_the_fixture_client_sends_through_aiohttp(paypal_sandbox: PayPalSandbox) -> None:
    client: Any = paypal_sandbox.client
    result = await generate_invoice_number.asyncio(client=client)
    assert result is not None
    assert result.invoice_number == "0001"  # type: ignore[union-attr]
    assert paypal_sandbox.sandbox.token_requests == 1
    inner = await client.get_async_httpx_client().pool.current()
    assert isinstance(inner._transport.client, aiohttp.ClientSession)
