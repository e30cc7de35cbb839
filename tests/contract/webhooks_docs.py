"""Cassettes for the 16 Webhooks Management operations, built from PayPal's Webhooks spec.

Each operation becomes ``cassettes/webhooks_docs/<operationId>.json``: the synthesized token
exchange of ``paypal_docs``, then one call. Where PayPal's spec carries a request example
(``create_webhook``, ``verify_webhook_signature``, ``simulate_webhook_event``) the request body
is that example, read from ``spec/webhooks/notifications_webhooks_v1.json``. The spec carries no
response examples: the answers below are written to its response schemas, with the ids and
values of the request examples, and ``test_spec.py`` validates every one of them against
``spec/openapi.json`` like any recorded cassette. They stand in until cassettes recorded from
a sandbox that serves these operations replace them.

``build()`` is deterministic: ``test_webhooks_docs.py`` fails when a committed cassette differs
from what it produces, and ``--record-cassettes`` rewrites them.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from tests.contract.paypal_docs import HOST, _interaction, token_interaction, write_cassettes
from tests.contract.recording import CASSETTES, REDACTED, dump_cassette

ROOT = Path(__file__).resolve().parents[2]
SOURCE = ROOT / "spec" / "webhooks" / "notifications_webhooks_v1.json"
DOCS_DIR = CASSETTES / "webhooks_docs"
WEBHOOK_ID = "0EH40505U7160970P"
LOOKUP_ID = "WL-1AD30584NX1234567"
# PayPal's spec allows only letters and digits in an event id path parameter.
EVENT_ID = "4M0448861G563140B9EX36365822141321"
INVOICE_ID = "INV2-W44B-KRGF-JM6R-26VK"
API = f"{HOST}/v1/notifications"


class MissingFromSpec(LookupError):
    """What a test is keyed to (a named example of PayPal's spec) is not in this version.

    The contract conftest turns it into a skip that names what is missing.
    """


def spec_example(path: str, name: str) -> Any:
    """A request example of PayPal's Webhooks spec (`MissingFromSpec` naming it if absent)."""
    doc = json.loads(SOURCE.read_text(encoding="utf-8"))
    keys = ("paths", path, "post", "requestBody", "content", "application/json", "examples")
    node: Any = doc
    for key in (*keys, name, "value"):
        if not isinstance(node, dict) or key not in node:
            pointer = "".join("/" + str(k).replace("~", "~0").replace("/", "~1") for k in keys)
            raise MissingFromSpec(
                f"{SOURCE.name} has no request example {name!r} at {pointer}: "
                "this version of PayPal's spec lacks it"
            )
        node = node[key]
    return node


@dataclass(frozen=True)
class Example:
    """A request body read from PayPal's spec only when the cassette is built."""

    path: str
    name: str

    def value(self) -> Any:
        return spec_example(self.path, self.name)


def _link(href: str, rel: str, method: str) -> dict[str, str]:
    return {"href": href, "rel": rel, "method": method}


def webhook(url: str = "https://example.com/example_webhook") -> dict[str, Any]:
    """A webhook as PayPal answers it: the subscription with its id and links."""
    self_href = f"{API}/webhooks/{WEBHOOK_ID}"
    return {
        "id": WEBHOOK_ID,
        "url": url,
        "event_types": [
            {
                "name": "PAYMENT.AUTHORIZATION.CREATED",
                "description": "A payment authorization was created.",
            },
            {
                "name": "PAYMENT.AUTHORIZATION.VOIDED",
                "description": "A payment authorization was voided.",
            },
        ],
        "links": [
            _link(self_href, "self", "GET"),
            _link(self_href, "update", "PATCH"),
            _link(self_href, "delete", "DELETE"),
        ],
    }


def invoicing_event() -> dict[str, Any]:
    """An INVOICING.INVOICE.PAID notification whose resource is a v2 invoice."""
    return {
        "id": EVENT_ID,
        "create_time": "2026-03-05T08:59:57.000Z",
        "resource_type": "invoices",
        "event_type": "INVOICING.INVOICE.PAID",
        "summary": "An invoice was paid",
        "resource_version": "2.0",
        "resource": {
            "id": INVOICE_ID,
            "status": "PAID",
            "detail": {
                "invoice_number": "0042",
                "currency_code": "USD",
                "invoice_date": "2026-03-04",
            },
            "amount": {"currency_code": "USD", "value": "10.50"},
        },
        "links": [
            _link(f"{API}/webhooks-events/{EVENT_ID}", "self", "GET"),
            _link(f"{API}/webhooks-events/{EVENT_ID}/resend", "resend", "POST"),
        ],
    }


def lookup() -> dict[str, Any]:
    return {
        "id": LOOKUP_ID,
        "client_id": "AeTestClientId-webhooks",
        "links": [
            _link(f"{API}/webhooks-lookup/{LOOKUP_ID}", "self", "GET"),
            _link(f"{API}/webhooks-lookup/{LOOKUP_ID}", "delete", "DELETE"),
        ],
    }


def event_types() -> dict[str, Any]:
    return {
        "event_types": [
            {
                "name": "INVOICING.INVOICE.PAID",
                "description": "An invoice was paid, partially paid, or payment was made and "
                "is pending.",
                "status": "ENABLED",
                "resource_versions": ["1.0", "2.0"],
            },
            {
                "name": "INVOICING.INVOICE.CANCELLED",
                "description": "A merchant or customer cancelled an invoice.",
                "status": "ENABLED",
                "resource_versions": ["1.0", "2.0"],
            },
        ]
    }


PATCH = [
    {"op": "replace", "path": "/url", "value": "https://example.com/example_webhook_2"},
    {
        "op": "replace",
        "path": "/event_types",
        "value": [{"name": "INVOICING.INVOICE.PAID"}, {"name": "INVOICING.INVOICE.CANCELLED"}],
    },
]


@dataclass(frozen=True)
class Call:
    """One operation: where it goes, what it sends, what PayPal answers."""

    operation_id: str
    method: str
    path: str
    status: int
    request: Any = None
    response: Any = None


def calls() -> tuple[Call, ...]:
    """The 16 operations, in the spec's order."""
    updated = {**webhook("https://example.com/example_webhook_2")}
    updated["event_types"] = [
        {"name": "INVOICING.INVOICE.PAID", "description": "An invoice was paid."},
        {"name": "INVOICING.INVOICE.CANCELLED", "description": "An invoice was cancelled."},
    ]
    resent = invoicing_event()
    return (
        Call(
            "create_webhook",
            "POST",
            "/v1/notifications/webhooks",
            201,
            Example("/v1/notifications/webhooks", "webhook"),
            webhook(),
        ),
        Call(
            "list_webhooks",
            "GET",
            "/v1/notifications/webhooks?anchor_type=APPLICATION",
            200,
            response={"webhooks": [webhook()]},
        ),
        Call(
            "get_webhook", "GET", f"/v1/notifications/webhooks/{WEBHOOK_ID}", 200, None, webhook()
        ),
        Call(
            "update_webhook",
            "PATCH",
            f"/v1/notifications/webhooks/{WEBHOOK_ID}",
            200,
            PATCH,
            updated,
        ),
        Call("delete_webhook", "DELETE", f"/v1/notifications/webhooks/{WEBHOOK_ID}", 204),
        Call(
            "list_webhook_event_types",
            "GET",
            f"/v1/notifications/webhooks/{WEBHOOK_ID}/event-types",
            200,
            response={"event_types": webhook()["event_types"]},
        ),
        Call(
            "create_webhook_lookup",
            "POST",
            "/v1/notifications/webhooks-lookup",
            201,
            None,
            lookup(),
        ),
        Call(
            "list_webhook_lookups",
            "GET",
            "/v1/notifications/webhooks-lookup",
            200,
            response={"webhooks_lookups": [lookup()]},
        ),
        Call(
            "get_webhook_lookup",
            "GET",
            f"/v1/notifications/webhooks-lookup/{LOOKUP_ID}",
            200,
            response=lookup(),
        ),
        Call(
            "delete_webhook_lookup", "DELETE", f"/v1/notifications/webhooks-lookup/{LOOKUP_ID}", 204
        ),
        Call(
            "verify_webhook_signature",
            "POST",
            "/v1/notifications/verify-webhook-signature",
            200,
            Example("/v1/notifications/verify-webhook-signature", "verify_webhook_signature"),
            {"verification_status": "SUCCESS"},
        ),
        Call(
            "list_available_event_types",
            "GET",
            "/v1/notifications/webhooks-event-types",
            200,
            response=event_types(),
        ),
        Call(
            "list_webhook_events",
            "GET",
            "/v1/notifications/webhooks-events?page_size=10&event_type=INVOICING.INVOICE.PAID",
            200,
            response={
                "events": [invoicing_event()],
                "count": 1,
                "links": [_link(f"{API}/webhooks-events?page_size=10", "self", "GET")],
            },
        ),
        Call(
            "get_webhook_event",
            "GET",
            f"/v1/notifications/webhooks-events/{EVENT_ID}",
            200,
            response=invoicing_event(),
        ),
        Call(
            "resend_webhook_event",
            "POST",
            f"/v1/notifications/webhooks-events/{EVENT_ID}/resend",
            202,
            {"webhook_ids": [WEBHOOK_ID]},
            resent,
        ),
        Call(
            "simulate_webhook_event",
            "POST",
            "/v1/notifications/simulate-event",
            202,
            Example("/v1/notifications/simulate-event", "simulate_event"),
            {
                "id": "8PT597110X687430LKGECATA",
                "create_time": "2013-06-25T21:41:28Z",
                "resource_type": "authorization",
                "event_type": "PAYMENT.AUTHORIZATION.CREATED",
                "summary": "A payment authorization was created",
                "resource_version": "1.0",
                "resource": {"id": "2DC87612EK520411B", "state": "authorized"},
                "links": [
                    _link(f"{API}/webhooks-events/8PT597110X687430LKGECATA", "self", "GET"),
                ],
            },
        ),
    )


_REASONS = {200: "OK", 201: "Created", 202: "Accepted", 204: "No Content"}


def call_interaction(call: Call) -> dict[str, Any]:
    """The call itself, shaped like a recorded interaction."""
    headers = {"authorization": f"Bearer {REDACTED}", "accept": "*/*"}
    body = b""
    if call.request is not None:
        headers["content-type"] = "application/json"
        request = call.request.value() if isinstance(call.request, Example) else call.request
        body = json.dumps(request).encode()
    answer = b"" if call.response is None else json.dumps(call.response).encode()
    interaction = _interaction(
        call.method, call.path, headers, body, 200, "application/json", answer
    )
    interaction["response"]["status"] = {"code": call.status, "message": _REASONS[call.status]}
    return interaction


def build() -> dict[Path, str]:
    """Every webhooks cassette: path -> serialized text."""
    return {
        DOCS_DIR / f"{call.operation_id}.json": dump_cassette(
            [token_interaction(), call_interaction(call)]
        )
        for call in calls()
    }


def write() -> list[Path]:
    """Write the cassettes (and drop stale ones); return what was written."""
    return write_cassettes(DOCS_DIR, build())
