"""``connect(json_loads=...)``: answers parse with the given function, with the same results."""

from __future__ import annotations

from typing import Any

import orjson
import pytest

from paypal_invoicing import ConfigurationError, NotFoundError, connect
from paypal_invoicing_client.api.invoices import get_invoice
from paypal_invoicing_client.models import Invoice
from tests.overlay.conftest import CLIENT_ID, CLIENT_SECRET
from tests.overlay.scripted_server import Reply, ScriptedServer

GET = "/v2/invoicing/invoices/INV2-AAAA-BBBB"
INVOICE = {
    "id": "INV2-AAAA-BBBB",
    "status": "DRAFT",
    "detail": {"currency_code": "USD", "invoice_number": "Ünïcode-7"},
    "amount": {"currency_code": "USD", "value": "10.00"},
    "custom": [1, 2.5, None, True, {"x": "y"}],
}


def _counting() -> tuple[list[bytes], Any]:
    seen: list[bytes] = []

    def loads(content: bytes) -> Any:
        seen.append(content)
        return orjson.loads(content)

    return seen, loads


def test_answers_parse_with_json_loads_and_round_trip_the_same(
    server: ScriptedServer, make_client: Any
) -> None:
    server.route("GET", GET, lambda rec: Reply(200, INVOICE))
    seen, loads = _counting()
    fast = get_invoice.sync("INV2-AAAA-BBBB", client=make_client(json_loads=loads))
    plain = get_invoice.sync("INV2-AAAA-BBBB", client=make_client())
    assert len(seen) == 1  # the answer went through it (the token's did not: auth parses it)
    assert isinstance(fast, Invoice) and isinstance(plain, Invoice)
    assert fast.to_dict() == plain.to_dict() == INVOICE
    assert fast.detail.invoice_number == "Ünïcode-7"


def test_what_json_loads_refuses_is_parsed_as_before(
    server: ScriptedServer, make_client: Any
) -> None:
    # orjson refuses NaN, which json.loads reads: the answer parses as it did without it.
    body = b'{"id": "INV2-AAAA-BBBB", "status": "DRAFT", "tax_rate": NaN}'
    server.route("GET", GET, lambda rec: Reply(200, body, {"Content-Type": "application/json"}))
    seen, loads = _counting()
    invoice = get_invoice.sync("INV2-AAAA-BBBB", client=make_client(json_loads=loads))
    assert len(seen) == 1
    assert isinstance(invoice, Invoice)
    assert invoice.id == "INV2-AAAA-BBBB"
    assert str(invoice.additional_properties["tax_rate"]) == "nan"


def test_errors_are_mapped_as_before(server: ScriptedServer, make_client: Any) -> None:
    server.route("GET", GET, lambda rec: Reply(404, {"name": "RESOURCE_NOT_FOUND"}))
    seen, loads = _counting()
    with pytest.raises(NotFoundError, match="RESOURCE_NOT_FOUND"):
        get_invoice.sync("INV2-AAAA-BBBB", client=make_client(json_loads=loads))
    assert seen == []  # an error's body is read by the one error parser, as before


@pytest.mark.asyncio
async def test_async_answers_parse_with_it_too(
    server: ScriptedServer, aclient_factory: Any
) -> None:
    server.route("GET", GET, lambda rec: Reply(200, INVOICE))
    seen, loads = _counting()
    invoice = await get_invoice.asyncio("INV2-AAAA-BBBB", client=aclient_factory(json_loads=loads))
    assert isinstance(invoice, Invoice)
    assert invoice.to_dict() == INVOICE
    assert len(seen) == 1


def test_json_loads_must_be_callable() -> None:
    with pytest.raises(ConfigurationError, match="json_loads must be callable, got str"):
        connect(CLIENT_ID, CLIENT_SECRET, json_loads="orjson")
