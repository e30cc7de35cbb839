"""The 16 Webhooks Management routes (``/v1/notifications/...``) and the certificate URL."""

from __future__ import annotations

import copy
import datetime as dt
from typing import Any

from . import invoices, validation, webhooks
from .core import Sandbox
from .delivery import deliverable
from .errors import ApiError, bad_query, invalid
from .search import parse_time
from .signing import CERT_ID, signing_key
from .store import InvoiceRecord, Reply, timestamp
from .v1.routes import invoice_out
from .wire import Call, empty, json_reply

_W = webhooks.WEBHOOKS
_E = webhooks.EVENTS
_L = webhooks.LOOKUPS
_MAX_PAGE = 300


def create_webhook(sandbox: Sandbox, call: Call) -> Reply:
    """POST /v1/notifications/webhooks."""
    webhook = webhooks.create_webhook(sandbox.store, call.json())
    return json_reply(201, webhooks.render_webhook(webhook, call.base))


def list_webhooks(sandbox: Sandbox, call: Call) -> Reply:
    """GET /v1/notifications/webhooks (``anchor_type`` APPLICATION or ACCOUNT)."""
    anchor = call.query.get("anchor_type", "APPLICATION")
    if anchor not in ("APPLICATION", "ACCOUNT"):
        raise bad_query("anchor_type", "Expected APPLICATION or ACCOUNT.", anchor)
    items = [webhooks.render_webhook(w, call.base) for w in sandbox.store.webhooks.values()]
    return json_reply(200, {"webhooks": items})


def get_webhook(sandbox: Sandbox, call: Call) -> Reply:
    """GET /v1/notifications/webhooks/{webhook_id}."""
    webhook = webhooks.get_webhook(sandbox.store, call.params["webhook_id"])
    return json_reply(200, webhooks.render_webhook(webhook, call.base))


def update_webhook(sandbox: Sandbox, call: Call) -> Reply:
    """PATCH /v1/notifications/webhooks/{webhook_id}."""
    webhook = webhooks.update_webhook(sandbox.store, call.params["webhook_id"], call.json())
    return json_reply(200, webhooks.render_webhook(webhook, call.base))


def delete_webhook(sandbox: Sandbox, call: Call) -> Reply:
    """DELETE /v1/notifications/webhooks/{webhook_id}."""
    webhooks.delete_webhook(sandbox.store, call.params["webhook_id"])
    return empty(204)


def list_webhook_event_types(sandbox: Sandbox, call: Call) -> Reply:
    """GET /v1/notifications/webhooks/{webhook_id}/event-types."""
    webhook = webhooks.get_webhook(sandbox.store, call.params["webhook_id"])
    return json_reply(200, {"event_types": copy.deepcopy(webhook["event_types"])})


def list_available_event_types(sandbox: Sandbox, call: Call) -> Reply:
    """GET /v1/notifications/webhooks-event-types: the INVOICING types."""
    types = [
        {
            "name": name,
            "description": summary,
            "status": "ENABLED",
            "resource_versions": list(webhooks.RESOURCE_VERSIONS),
        }
        for name, summary in webhooks.EVENT_TYPES.items()
    ]
    return json_reply(200, {"event_types": types})


# -- lookups ----------------------------------------------------------------------------------
def create_webhook_lookup(sandbox: Sandbox, call: Call) -> Reply:
    """POST /v1/notifications/webhooks-lookup."""
    lookup = webhooks.create_lookup(sandbox.store)
    return json_reply(201, webhooks.render_lookup(lookup, call.base))


def list_webhook_lookups(sandbox: Sandbox, call: Call) -> Reply:
    """GET /v1/notifications/webhooks-lookup."""
    items = [webhooks.render_lookup(x, call.base) for x in sandbox.store.lookups.values()]
    return json_reply(200, {"webhooks_lookups": items})


def get_webhook_lookup(sandbox: Sandbox, call: Call) -> Reply:
    """GET /v1/notifications/webhooks-lookup/{webhook_lookup_id}."""
    lookup = webhooks.get_lookup(sandbox.store, call.params["webhook_lookup_id"])
    return json_reply(200, webhooks.render_lookup(lookup, call.base))


def delete_webhook_lookup(sandbox: Sandbox, call: Call) -> Reply:
    """DELETE /v1/notifications/webhooks-lookup/{webhook_lookup_id}."""
    lookup = webhooks.get_lookup(sandbox.store, call.params["webhook_lookup_id"])
    del sandbox.store.lookups[lookup["id"]]
    return empty(204)


# -- events -----------------------------------------------------------------------------------
def _query_time(call: Call, name: str) -> dt.datetime | None:
    raw = call.query.get(name)
    if raw is None:
        return None
    try:
        return parse_time(raw)
    except ValueError:
        raise bad_query(name, "Not a date-time.", raw) from None


def list_webhook_events(sandbox: Sandbox, call: Call) -> Reply:
    """GET /v1/notifications/webhooks-events: newest first, filtered by ``event_type``,
    ``transaction_id`` (the invoice id), ``start_time`` and ``end_time``."""
    raw_size = call.query.get("page_size", "10")
    if not raw_size.isdigit() or not 1 <= int(raw_size) <= _MAX_PAGE:
        raise bad_query("page_size", f"page_size must be 1 to {_MAX_PAGE}.", raw_size)
    start, end = _query_time(call, "start_time"), _query_time(call, "end_time")
    wanted_type = call.query.get("event_type")
    wanted_id = call.query.get("transaction_id")
    rows = []
    for record in reversed(sandbox.store.events.values()):
        event = record.event
        made = parse_time(event["create_time"])
        if wanted_type and event["event_type"] != wanted_type:
            continue
        if wanted_id and event["resource"].get("id") != wanted_id:
            continue
        if (start and made < start) or (end and made > end):
            continue
        rows.append(webhooks.render_event(record, call.base))
    rows = rows[: int(raw_size)]
    return json_reply(200, {"events": rows, "count": len(rows), "links": []})


def get_webhook_event(sandbox: Sandbox, call: Call) -> Reply:
    """GET /v1/notifications/webhooks-events/{event_id}."""
    record = webhooks.get_event(sandbox.store, call.params["event_id"])
    return json_reply(200, webhooks.render_event(record, call.base))


def resend_webhook_event(sandbox: Sandbox, call: Call) -> Reply:
    """POST /v1/notifications/webhooks-events/{event_id}/resend."""
    record = webhooks.resend(
        sandbox.store, sandbox.dispatcher, call.params["event_id"], call.json(required=False)
    )
    return json_reply(202, webhooks.render_event(record, call.base))


def _sample(sandbox: Sandbox, base: str, version: str) -> dict[str, Any]:
    """A sample invoice resource (never stored) in the shape of ``version``."""
    store = sandbox.store
    now = store.now()
    invoice_id = "INV2-SAMP-" + "-".join(store.random_id(4) for _ in range(3))
    invoice: dict[str, Any] = {
        "id": invoice_id,
        "status": "SENT",
        "detail": {
            "invoice_number": "SAMPLE-0001",
            "currency_code": "USD",
            "invoice_date": now.date().isoformat(),
            "metadata": {"create_time": timestamp(now)},
        },
        "invoicer": {"email_address": store.merchant.get("email_address")},
        "primary_recipients": [{"billing_info": {"email_address": "payer@example.com"}}],
        "items": [
            {
                "id": "ITEM-SAMPLE",
                "name": "Sample item",
                "quantity": "1",
                "unit_amount": {"currency_code": "USD", "value": "10.00"},
            }
        ],
        "amount": {"currency_code": "USD", "value": "10.00"},
        "due_amount": {"currency_code": "USD", "value": "10.00"},
    }
    record = InvoiceRecord(invoice, now, sent=True)
    if version == "1.0":
        return {"invoice": invoice_out(record, base)}
    out = copy.deepcopy(invoice)
    out["links"] = invoices.links(record, base)
    return out


def simulate_webhook_event(sandbox: Sandbox, call: Call) -> Reply:
    """POST /v1/notifications/simulate-event: a sample event to ``webhook_id`` or ``url``."""
    body = validation.check(call.json(), "simulate_webhook_event")
    store = sandbox.store
    event_type = body["event_type"]
    if event_type not in webhooks.EVENT_TYPES:
        raise invalid(
            "INVALID_PARAMETER_VALUE",
            "Not an event type the sandbox knows.",
            "/event_type",
            event_type,
        )
    version = body.get("resource_version", "2.0")
    if version not in webhooks.RESOURCE_VERSIONS:
        raise invalid(
            "INVALID_PARAMETER_VALUE", "Expected 1.0 or 2.0.", "/resource_version", version
        )
    if "webhook_id" in body:
        webhook = webhooks.get_webhook(store, body["webhook_id"])
        target_id, url = webhook["id"], webhook["url"]
    elif "url" in body:
        target_id, url = "WEBHOOK-SIMULATOR", body["url"]
        if not deliverable(url, store.deliver_anywhere):
            raise invalid(
                "INVALID_PARAMETER_VALUE",
                "The sandbox delivers only to loopback URLs.",
                "/url",
                url,
            )
    else:
        raise invalid("MISSING_REQUIRED_PARAMETER", "webhook_id or url is required.", "/webhook_id")
    record = webhooks.new_event(
        store, event_type, _sample(sandbox, store.base_url, version), version
    )
    webhooks.transmit(store, sandbox.dispatcher, record, target_id, url)
    return json_reply(202, webhooks.render_event(record, call.base))


def verify_webhook_signature(sandbox: Sandbox, call: Call) -> Reply:
    """POST /v1/notifications/verify-webhook-signature: checks the sandbox's own signature
    over ``webhook_event`` exactly as sent in this request."""
    fields = validation.check(call.json(), "verify_webhook_signature")
    event_bytes = webhooks.raw_member(call.raw, "webhook_event")
    status = webhooks.verify(sandbox.store, fields, event_bytes)
    return json_reply(200, {"verification_status": status})


def certificate(sandbox: Sandbox, call: Call) -> Reply:
    """GET /v1/notifications/certs/{cert_id}: the signing chain, PEM (no token needed)."""
    if call.params["cert_id"] != CERT_ID:
        raise ApiError(404)
    return Reply(200, signing_key().chain_pem, "application/x-pem-file")


# (path, operation, method, authenticated)
ROUTES: list[tuple[str, Any, str, bool]] = [
    (_W, create_webhook, "POST", True),
    (_W, list_webhooks, "GET", True),
    (_W + "/{webhook_id}", get_webhook, "GET", True),
    (_W + "/{webhook_id}", update_webhook, "PATCH", True),
    (_W + "/{webhook_id}", delete_webhook, "DELETE", True),
    (_W + "/{webhook_id}/event-types", list_webhook_event_types, "GET", True),
    ("/v1/notifications/webhooks-event-types", list_available_event_types, "GET", True),
    (_L, create_webhook_lookup, "POST", True),
    (_L, list_webhook_lookups, "GET", True),
    (_L + "/{webhook_lookup_id}", get_webhook_lookup, "GET", True),
    (_L + "/{webhook_lookup_id}", delete_webhook_lookup, "DELETE", True),
    (_E, list_webhook_events, "GET", True),
    (_E + "/{event_id}", get_webhook_event, "GET", True),
    (_E + "/{event_id}/resend", resend_webhook_event, "POST", True),
    ("/v1/notifications/simulate-event", simulate_webhook_event, "POST", True),
    ("/v1/notifications/verify-webhook-signature", verify_webhook_signature, "POST", True),
    (webhooks.CERTS + "/{cert_id}", certificate, "GET", False),
]
