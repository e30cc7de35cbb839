"""What sync_detailed / asyncio_detailed do with connect()'s client, as the README says."""

from __future__ import annotations

from typing import Any

import pytest

from paypal_invoicing import NotFoundError, ValidationError
from paypal_invoicing_client.api.invoices import delete_invoice, get_invoice
from paypal_invoicing_client.models import Invoice
from tests.overlay.scripted_server import Reply, ScriptedServer

INVOICE = {"id": "INV2-AAAA-BBBB", "status": "DRAFT", "detail": {"currency_code": "USD"}}
GONE = {"name": "RESOURCE_NOT_FOUND", "message": "gone", "debug_id": "d1"}


@pytest.fixture
def routes(server: ScriptedServer) -> ScriptedServer:
    server.route("GET", "/v2/invoicing/invoices/INV2-AAAA-BBBB", lambda rec: Reply(200, INVOICE))
    server.route("GET", "/v2/invoicing/invoices/INV2-GONE", lambda rec: Reply(404, GONE))
    bad = {"name": "INVALID_REQUEST", "message": "bad", "debug_id": "d2"}
    server.route("DELETE", "/v2/invoicing/invoices/INV2-BAD", lambda rec: Reply(400, bad))
    server.route("DELETE", "/v2/invoicing/invoices/INV2-AAAA-BBBB", lambda rec: Reply(204))
    return server


def test_sync_detailed_returns_successes_and_raises_on_errors(
    routes: ScriptedServer, make_client: Any
) -> None:
    client = make_client()
    response = get_invoice.sync_detailed("INV2-AAAA-BBBB", client=client)
    assert response.status_code == 200 and isinstance(response.parsed, Invoice)
    deleted = delete_invoice.sync_detailed("INV2-AAAA-BBBB", client=client)
    assert deleted.status_code == 204 and deleted.parsed is None
    with pytest.raises(NotFoundError) as error:
        get_invoice.sync_detailed("INV2-GONE", client=client)
    assert error.value.debug_id == "d1"
    with pytest.raises(ValidationError):
        delete_invoice.sync_detailed("INV2-BAD", client=client)


@pytest.mark.asyncio
async def test_asyncio_detailed_returns_successes_and_raises_on_errors(
    routes: ScriptedServer, aclient_factory: Any
) -> None:
    client = aclient_factory()
    response = await get_invoice.asyncio_detailed("INV2-AAAA-BBBB", client=client)
    assert response.status_code == 200 and isinstance(response.parsed, Invoice)
    with pytest.raises(NotFoundError):
        await get_invoice.asyncio_detailed("INV2-GONE", client=client)
