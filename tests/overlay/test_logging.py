"""_logging.py and redaction: what is logged, and that credentials never are."""

from __future__ import annotations

import base64
import logging
from typing import Any

import pytest

from paypal_invoicing import AuthenticationError, connect
from paypal_invoicing._connect import resolve_settings
from paypal_invoicing._errors import REDACTED
from paypal_invoicing_client.api.invoices import create_invoice, get_invoice
from paypal_invoicing_client.models.invoice import Invoice
from tests.overlay.conftest import CLIENT_ID, CLIENT_SECRET
from tests.overlay.scripted_server import Reply, ScriptedServer

INVOICE = {"id": "INV2-AAAA-BBBB", "status": "DRAFT", "detail": {"currency_code": "USD"}}
GET = "/v2/invoicing/invoices/INV2-AAAA-BBBB"


def _secrets(server: ScriptedServer) -> list[str]:
    basic = base64.b64encode(f"{CLIENT_ID}:{CLIENT_SECRET}".encode()).decode()
    return [CLIENT_SECRET, basic, *server.issued]


def test_debug_logs_carry_attempts_but_no_secret(
    server: ScriptedServer, make_client: Any, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)  # root: paypal_invoicing, httpx and httpcore alike
    for name in ("paypal_invoicing", "httpx", "httpcore"):
        caplog.set_level(logging.DEBUG, logger=name)
    server.script(
        "GET",
        GET,
        Reply(503, {"name": "SERVICE_UNAVAILABLE"}, {"Paypal-Debug-Id": "dbg-503"}),
        Reply(200, INVOICE, {"Paypal-Debug-Id": "dbg-200"}),
    )
    server.route("GET", GET, lambda rec: Reply(200, INVOICE))
    server.script("POST", "/v2/invoicing/invoices", Reply(201, INVOICE))
    client = make_client()
    get_invoice.sync("INV2-AAAA-BBBB", client=client)
    create_invoice.sync(client=client, body=Invoice.from_dict({"detail": {"currency_code": "USD"}}))
    server.revoke_tokens()
    get_invoice.sync("INV2-AAAA-BBBB", client=client)  # a refresh: the token flows again
    assert len(server.issued) == 2

    ours = [r for r in caplog.records if r.name == "paypal_invoicing"]
    attempts = [r for r in ours if hasattr(r, "attempt")]
    failed = next(r for r in attempts if r.http_status == 503)  # type: ignore[attr-defined]
    assert (failed.http_method, failed.http_path, failed.attempt, failed.debug_id) == (  # type: ignore[attr-defined]
        "GET",
        GET,
        1,
        "dbg-503",
    )
    assert failed.duration_ms >= 0  # type: ignore[attr-defined]
    retried = next(r for r in attempts if r.http_status == 200 and r.http_path == GET)  # type: ignore[attr-defined]
    assert retried.attempt == 2  # type: ignore[attr-defined]
    assert "GET /v2/invoicing/invoices/INV2-AAAA-BBBB -> 503 (attempt 1" in caplog.text
    assert any(r.name.startswith("httpcore") for r in caplog.records)  # they were captured too

    everything = "\n".join(
        [
            caplog.text,
            *(repr(r.args) for r in caplog.records),
            *(str(r.__dict__) for r in caplog.records),
        ]
    )
    for secret in _secrets(server):
        assert secret not in everything


def test_reprs_and_errors_never_show_credentials(server: ScriptedServer) -> None:
    client = connect(CLIENT_ID, CLIENT_SECRET, base_url=server.url, max_retries=0)
    try:
        sync_client = client.get_httpx_client()
        server.route("GET", GET, lambda rec: Reply(200, INVOICE))
        get_invoice.sync("INV2-AAAA-BBBB", client=client)
        token = server.issued[0]
        shown = [
            repr(client),
            str(client),
            repr(sync_client.auth),
            str(sync_client.auth),
            repr(sync_client.headers),
            repr(sync_client.auth._local),  # type: ignore[union-attr]
            repr(resolve_settings(CLIENT_ID, CLIENT_SECRET)),
        ]
        for text in shown:
            assert CLIENT_SECRET not in text
            assert token not in text
    finally:
        client.get_httpx_client().close()


def test_authentication_error_does_not_echo_credentials(server: ScriptedServer) -> None:
    client = connect(CLIENT_ID, CLIENT_SECRET + "x", base_url=server.url)
    try:
        with pytest.raises(AuthenticationError) as caught:
            get_invoice.sync("INV2-AAAA-BBBB", client=client)
    finally:
        client.get_httpx_client().close()
    error = caught.value
    assert error.response is not None
    # Raw values, not reprs: httpx masks Authorization in repr(headers), which proves nothing.
    sent = error.response.request.headers
    assert sent.get("authorization") == REDACTED
    text = " ".join(
        [
            str(error),
            repr(error),
            repr(error.headers),
            *(value for _, value in error.headers.multi_items()),
            *(value for _, value in sent.multi_items()),
            error.response.request.content.decode(),
        ]
    )
    assert CLIENT_SECRET not in text
    basic = base64.b64encode(f"{CLIENT_ID}:{CLIENT_SECRET}x".encode()).decode()
    assert basic not in text
