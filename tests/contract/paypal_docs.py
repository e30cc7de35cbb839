"""Cassettes of PayPal's own published traffic, built from ``tests/fixtures/seeds/``.

Each documented call becomes ``cassettes/paypal_docs/<name>.json``: an OAuth2 token exchange,
then the documented request (body from the seed's request file, when there is one) and the
documented answer (the seed's response file; JSON is stored as data, so the bytes are
re-encoded but every key, value and their order are the seed's). They are replayed
through the generated client by ``test_paypal_docs.py`` and validated against the spec like any
recorded cassette, which proves the models on PayPal's payloads and not only on the sandbox's.

What is not from PayPal's pages, and why:

- The token exchange in front of each call is synthesized (the seeds hold no token answer); its
  token is the redaction marker, as in every recorded cassette.
- Query strings carry what the documented call asks for (``total_required=true`` for seed 004's
  list) plus the defaults the generated client always sends (``page=1&page_size=20`` etc.);
  the request matcher compares queries exactly, so they must be the client's.
- Seed 004 names no invoice id for send, remind, cancel, payments, refunds and the QR code; they
  use the id of its create answer (``INV2-Z56S-5LLA-Q52L-CPZ5``).
- The QR answer's Content-Type header (which the page does not show) carries the boundary of
  the transcribed body (see the seeds' README).

``build()`` is deterministic: ``test_paypal_docs.py`` fails when a committed cassette differs
from what it produces, and ``--record-cassettes`` rewrites them.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from tests.contract.recording import CASSETTES, REDACTED, TOKEN_PATH, dump_cassette

SEEDS = Path(__file__).resolve().parents[1] / "fixtures" / "seeds"
HOST = "https://api-m.sandbox.paypal.com"
DOCS_DIR = CASSETTES / "paypal_docs"
INVOICE_004 = "INV2-Z56S-5LLA-Q52L-CPZ5"
QR_BOUNDARY = "95dbdbed-7536-4c24-b5ca-bcdbc0006612"
_LIST_DEFAULTS = "page=1&page_size=20&total_required=false&fields=all"


@dataclass(frozen=True)
class Documented:
    """One documented call: where it goes, what it sends, what PayPal answers."""

    name: str
    method: str
    path: str
    status: int
    request_seed: str | None = None
    response_seed: str | None = None
    content_type: str = "application/json"


DOCUMENTED: tuple[Documented, ...] = (
    Documented(
        "000_generate_invoice_number",
        "POST",
        "/v2/invoicing/generate-next-invoice-number",
        200,
        response_seed="000_generate_invoice_number.json",
    ),
    Documented(
        "001_list_invoices",
        "GET",
        f"/v2/invoicing/invoices?{_LIST_DEFAULTS}",
        200,
        response_seed="001_list_invoices.json",
    ),
    Documented(
        "002_show_invoice",
        "GET",
        "/v2/invoicing/invoices/INV2-JY7V-QMJH-T7TP-4FKF",
        200,
        response_seed="002_show_invoice.json",
    ),
    Documented(
        "004_create_invoice",
        "POST",
        "/v2/invoicing/invoices",
        201,
        "004_create_invoice_request.json",
        "004_create_invoice_response.json",
    ),
    Documented(
        "004_list_invoices",
        "GET",
        "/v2/invoicing/invoices?page=1&page_size=20&total_required=true&fields=all",
        200,
        response_seed="004_list_invoices.json",
    ),
    Documented(
        "004_send_invoice",
        "POST",
        f"/v2/invoicing/invoices/{INVOICE_004}/send",
        200,
        "004_send_invoice_request.json",
        "004_send_invoice_response.json",
    ),
    Documented(
        "004_remind_invoice",
        "POST",
        f"/v2/invoicing/invoices/{INVOICE_004}/remind",
        204,
        "004_remind_invoice_request.json",
    ),
    Documented(
        "004_cancel_invoice",
        "POST",
        f"/v2/invoicing/invoices/{INVOICE_004}/cancel",
        204,
        "004_cancel_invoice_request.json",
    ),
    Documented(
        "004_record_payment",
        "POST",
        f"/v2/invoicing/invoices/{INVOICE_004}/payments",
        200,
        "004_record_payment_request.json",
        "004_record_payment_response.json",
    ),
    Documented(
        "004_record_refund",
        "POST",
        f"/v2/invoicing/invoices/{INVOICE_004}/refunds",
        200,
        "004_record_refund_request.json",
        "004_record_refund_response.json",
    ),
    Documented(
        "004_qr_code",
        "POST",
        f"/v2/invoicing/invoices/{INVOICE_004}/generate-qr-code",
        200,
        "004_qr_code_request.json",
        "004_qr_code_response.txt",
        content_type=f"multipart/mixed; boundary={QR_BOUNDARY}",
    ),
    Documented(
        "004_generate_invoice_number",
        "POST",
        "/v2/invoicing/generate-next-invoice-number",
        200,
        response_seed="004_generate_invoice_number.json",
    ),
    Documented(
        "004_get_invoice",
        "GET",
        f"/v2/invoicing/invoices/{INVOICE_004}",
        200,
        response_seed="004_get_invoice.json",
    ),
    Documented(
        "004_update_invoice",
        "PUT",
        "/v2/invoicing/invoices/INV2-C82X-JNN9-Y6S5-CNXW"
        "?send_to_recipient=true&send_to_invoicer=true",
        200,
        "004_update_invoice_request.json",
        "004_update_invoice_response.json",
    ),
)

_REASONS = {200: "OK", 201: "Created", 204: "No Content"}
TOKEN_ANSWER: dict[str, Any] = {
    "scope": "https://uri.paypal.com/services/invoicing",
    "access_token": REDACTED,
    "token_type": "Bearer",
    "app_id": "APP-80W284485P519543T",
    "expires_in": 32400,
    "nonce": REDACTED,
}


def seed_bytes(name: str) -> bytes:
    """A seed file's bytes."""
    return (SEEDS / name).read_bytes()


def seed_json(name: str) -> Any:
    """A seed file, parsed."""
    return json.loads(seed_bytes(name))


def _interaction(
    method: str,
    path: str,
    request_headers: dict[str, str],
    body: bytes,
    status: int,
    content_type: str | None,
    answer: bytes,
) -> dict[str, Any]:
    response_headers: dict[str, list[str]] = {}
    if content_type and answer:
        response_headers["content-type"] = [content_type]
    response_headers["content-length"] = [str(len(answer))]
    return {
        "request": {
            "method": method,
            "uri": HOST + path,
            "body": body.decode("utf-8"),
            "headers": {k: [v] for k, v in request_headers.items()},
        },
        "response": {
            "status": {"code": status, "message": _REASONS[status]},
            "headers": response_headers,
            "body": {"string": answer.decode("utf-8")},
        },
    }


def token_interaction() -> dict[str, Any]:
    """The synthesized token exchange at the start of each docs cassette."""
    return _interaction(
        "POST",
        TOKEN_PATH,
        {
            "authorization": f"Basic {REDACTED}",
            "accept": "application/json",
            "content-type": "application/x-www-form-urlencoded",
        },
        b"grant_type=client_credentials",
        200,
        "application/json",
        json.dumps(TOKEN_ANSWER).encode(),
    )


def call_interaction(doc: Documented) -> dict[str, Any]:
    """The documented call itself."""
    headers = {"authorization": f"Bearer {REDACTED}", "accept": "*/*"}
    body = b""
    if doc.request_seed:
        headers["content-type"] = "application/json"
        body = seed_bytes(doc.request_seed)
    answer = seed_bytes(doc.response_seed) if doc.response_seed else b""
    return _interaction(doc.method, doc.path, headers, body, doc.status, doc.content_type, answer)


def build() -> dict[Path, str]:
    """Every docs cassette: path -> serialized text."""
    return {
        DOCS_DIR / f"{doc.name}.json": dump_cassette([token_interaction(), call_interaction(doc)])
        for doc in DOCUMENTED
    }


def write_cassettes(directory: Path, built: dict[Path, str]) -> list[Path]:
    """Write built cassettes into ``directory`` (dropping stale ones); return what was written."""
    directory.mkdir(parents=True, exist_ok=True)
    for stale in set(directory.glob("*.json")) - set(built):
        stale.unlink()
    for path, text in built.items():
        path.write_text(text)
    return sorted(built)


def write() -> list[Path]:
    """Write the docs cassettes (and drop stale ones); return what was written."""
    return write_cassettes(DOCS_DIR, build())
