"""The 16 Webhooks Management operations (``/v1/notifications/...``) and the certificate URL."""

from __future__ import annotations

import copy
import datetime as dt
import json

from .. import delivery
from ..core import Sandbox
from ..state import validation, webhooks
from ..state.errors import ApiError, bad_query, invalid
from ..state.records import Reply
from ..state.search import parse_time
from ..state.signing import CERT_ID, signing_key
from .wire import Call, empty, json_reply

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
        sandbox.store, sandbox.send_event, call.params["event_id"], call.json(required=False)
    )
    return json_reply(202, webhooks.render_event(record, call.base))


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
        if not webhooks.deliverable(url, store.deliver_anywhere):
            raise invalid(
                "INVALID_PARAMETER_VALUE",
                "The sandbox delivers only to loopback URLs.",
                "/url",
                url,
            )
    else:
        raise invalid("MISSING_REQUIRED_PARAMETER", "webhook_id or url is required.", "/webhook_id")
    resource = webhooks.sample_resource(store, store.base_url, version)
    record = webhooks.new_event(store, event_type, resource, version)
    sandbox.send_event(record, target_id, url)
    return json_reply(202, webhooks.render_event(record, call.base))


def verify_webhook_signature(sandbox: Sandbox, call: Call) -> Reply:
    """POST /v1/notifications/verify-webhook-signature: checks the sandbox's own signature
    over ``webhook_event`` exactly as sent in this request."""
    fields = validation.check(call.json(), "verify_webhook_signature")
    event_bytes = raw_member(call.raw, "webhook_event")
    status = delivery.verify(sandbox.store, fields, event_bytes)
    return json_reply(200, {"verification_status": status})


def certificate(sandbox: Sandbox, call: Call) -> Reply:
    """GET /v1/notifications/certs/{cert_id}: the signing chain, PEM (no token needed)."""
    if call.params["cert_id"] != CERT_ID:
        raise ApiError(404)
    return Reply(200, signing_key().chain_pem, "application/x-pem-file")


def raw_member(raw: bytes, name: str) -> bytes | None:
    """The exact bytes of top-level member ``name`` of the JSON object ``raw`` (None if absent
    or not an object): what the caller sent, not a re-serialization."""
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        return None
    decoder = json.JSONDecoder()
    ws = " \t\r\n"
    i = len(text) - len(text.lstrip(ws))
    if text[i : i + 1] != "{":
        return None
    i += 1
    try:
        while True:
            while text[i] in ws:
                i += 1
            if text[i] == "}":
                return None
            key, i = decoder.raw_decode(text, i)
            while text[i] in ws:
                i += 1
            if text[i] != ":":
                return None
            i += 1
            while text[i] in ws:
                i += 1
            start = i
            value, i = decoder.raw_decode(text, i)
            if key == name:
                return text[start:i].encode("utf-8") if isinstance(value, dict) else None
            while text[i] in ws:
                i += 1
            if text[i] != ",":
                return None
            i += 1
    except (ValueError, IndexError):
        return None
