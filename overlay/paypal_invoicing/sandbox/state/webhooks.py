"""The Webhooks Management operations over the store, and the INVOICING events it raises.

Callers hold ``store.lock``. Webhooks, lookups and events live in the store. Each event is
serialized once; sending it to a webhook is the caller's ``send(record, webhook_id, url)``
(the sandbox signs and queues a :class:`~.records.Transmission`, see :mod:`...delivery`).
"""

from __future__ import annotations

import copy
import json
from collections.abc import Callable
from typing import Any
from urllib.parse import urlsplit

from paypal_invoicing._net import is_loopback

from . import invoices, validation
from .errors import ApiError, invalid, not_found
from .records import EventRecord, InvoiceRecord
from .signing import CERT_ID
from .store import Store, timestamp
from .v1 import bodies

Send = Callable[[EventRecord, str, str], object]
"""Sends an event to one webhook: ``send(record, webhook_id, url)``."""

WEBHOOKS = "/v1/notifications/webhooks"
EVENTS = "/v1/notifications/webhooks-events"
LOOKUPS = "/v1/notifications/webhooks-lookup"
CERTS = "/v1/notifications/certs"
MAX_WEBHOOKS = 10  # PayPal's limit per app

# The INVOICING event types, with the summary each event carries.
EVENT_TYPES: dict[str, str] = {
    "INVOICING.INVOICE.CREATED": "An invoice was created.",
    "INVOICING.INVOICE.UPDATED": "An invoice was updated.",
    "INVOICING.INVOICE.SENT": "An invoice was sent.",
    "INVOICING.INVOICE.SCHEDULED": "An invoice was scheduled.",
    "INVOICING.INVOICE.PAID": "An invoice was paid, partially paid, or payment was made and "
    "is pending.",
    "INVOICING.INVOICE.CANCELLED": "An invoice was cancelled.",
    "INVOICING.INVOICE.REFUNDED": "An invoice was refunded, partially refunded.",
}
RESOURCE_VERSIONS = ("1.0", "2.0")


def cert_url(base: str) -> str:
    """Where the sandbox serves its signing chain."""
    return f"{base}{CERTS}/{CERT_ID}"


def deliverable(url: str, anywhere: bool) -> bool:
    """Whether the sandbox may post to ``url``: http(s), and a loopback host unless
    ``anywhere`` (the sandbox itself listens beyond loopback)."""
    try:
        parts = urlsplit(url)
        host = parts.hostname or ""
        parts.port  # noqa: B018 - raises on a bad port
    except ValueError:
        return False
    if parts.scheme not in ("http", "https") or not host:
        return False
    return anywhere or is_loopback(host)


# -- webhooks ---------------------------------------------------------------------------------
def _bad(field_: str, description: str, value: Any = None) -> ApiError:
    return invalid("INVALID_PARAMETER_VALUE", description, field_, value)


def _event_types(raw: list[dict[str, Any]], where: str) -> list[dict[str, Any]]:
    names: list[str] = []
    for i, entry in enumerate(raw):
        name = entry["name"]
        if name != "*" and name not in EVENT_TYPES:
            raise _bad(f"{where}/{i}/name", "Not an event type the sandbox knows.", name)
        if name not in names:
            names.append(name)
    if not names:
        raise _bad(where, "At least one event type is required.")
    return [_event_type(name) for name in names]


def _event_type(name: str) -> dict[str, Any]:
    if name == "*":
        return {"name": "*", "description": "ALL", "status": "ENABLED"}
    return {"name": name, "description": EVENT_TYPES[name], "status": "ENABLED"}


def _check_url(store: Store, url: str, where: str) -> str:
    if not deliverable(url, store.deliver_anywhere):
        raise _bad(
            where,
            "The sandbox delivers only to http(s) URLs on loopback (127.0.0.1, ::1, localhost) "
            "unless it listens beyond loopback.",
            url,
        )
    for other in store.webhooks.values():
        if other["url"] == url:
            raise invalid("WEBHOOK_URL_ALREADY_EXISTS", "Webhook URL already exists.", where, url)
    return url


def _links(href: str, *rels: tuple[str, str]) -> list[dict[str, str]]:
    return [{"href": href, "rel": rel, "method": method} for rel, method in rels]


def render_webhook(webhook: dict[str, Any], base: str) -> dict[str, Any]:
    """A webhook with its links."""
    href = f"{base}{WEBHOOKS}/{webhook['id']}"
    links = _links(href, ("self", "GET"), ("update", "PATCH"), ("delete", "DELETE"))
    return {**copy.deepcopy(webhook), "links": links}


def create_webhook(store: Store, body: Any) -> dict[str, Any]:
    """Register a webhook (``url``, ``event_types``)."""
    data = validation.check(body, "webhook")
    if len(store.webhooks) >= MAX_WEBHOOKS:
        raise invalid(
            "WEBHOOK_NUMBER_LIMIT_EXCEEDED", "Maximum number of webhooks reached.", "/url"
        )
    url = _check_url(store, data["url"], "/url")
    webhook: dict[str, Any] = {
        "id": store.random_id(17),
        "url": url,
        "event_types": _event_types(data["event_types"], "/event_types"),
    }
    store.webhooks[webhook["id"]] = webhook
    return webhook


def get_webhook(store: Store, webhook_id: str) -> dict[str, Any]:
    """The stored webhook or a 404."""
    webhook = store.webhooks.get(webhook_id)
    if webhook is None:
        raise not_found("INVALID_RESOURCE_ID", "Webhook not found.", "webhook_id", webhook_id)
    return webhook


def update_webhook(store: Store, webhook_id: str, body: Any) -> dict[str, Any]:
    """Apply a JSON patch: ``replace`` of ``/url`` or ``/event_types``."""
    webhook = get_webhook(store, webhook_id)
    if not isinstance(body, list) or not body:
        raise _bad("/", "A non-empty array of patch operations is required.")
    changed = dict(webhook)
    for i, raw in enumerate(body):
        patch = validation.check(raw, "webhook_patch", f"/{i}")
        if patch["op"] != "replace":
            raise _bad(f"/{i}/op", "Only replace is supported.", patch["op"])
        path = patch.get("path")
        value = patch.get("value")
        if path == "/url" and isinstance(value, str):
            others = {k: v for k, v in store.webhooks.items() if k != webhook_id}
            if not deliverable(value, store.deliver_anywhere) or any(
                o["url"] == value for o in others.values()
            ):
                raise _bad(f"/{i}/value", "Not a URL the sandbox can deliver to.", value)
            changed["url"] = value
        elif path == "/event_types" and isinstance(value, list):
            if not all(isinstance(v, dict) and isinstance(v.get("name"), str) for v in value):
                raise _bad(f"/{i}/value", "Event types are objects with a name.")
            changed["event_types"] = _event_types(value, f"/{i}/value")
        else:
            raise _bad(f"/{i}/path", "Only /url and /event_types can be replaced.", path)
    store.webhooks[webhook_id] = changed
    return changed


def delete_webhook(store: Store, webhook_id: str) -> None:
    """Forget a webhook."""
    get_webhook(store, webhook_id)
    del store.webhooks[webhook_id]


def subscribed(webhook: dict[str, Any], event_type: str) -> bool:
    """Whether ``webhook`` gets ``event_type`` (named, or ``*``)."""
    return any(t["name"] in ("*", event_type) for t in webhook["event_types"])


# -- lookups ----------------------------------------------------------------------------------
def render_lookup(lookup: dict[str, Any], base: str) -> dict[str, Any]:
    """A webhook lookup with its links."""
    href = f"{base}{LOOKUPS}/{lookup['id']}"
    return {**lookup, "links": _links(href, ("self", "GET"), ("delete", "DELETE"))}


def create_lookup(store: Store) -> dict[str, Any]:
    """A lookup for the calling app. Its ``client_id`` is a stand-in, never the credential
    (which must not reach an answer, a log or a cassette)."""
    lookup = {"id": "WL-" + store.random_id(17), "client_id": "APP-" + store.random_id(17)}
    store.lookups[lookup["id"]] = lookup
    return lookup


def get_lookup(store: Store, lookup_id: str) -> dict[str, Any]:
    """The stored lookup or a 404."""
    lookup = store.lookups.get(lookup_id)
    if lookup is None:
        raise not_found(
            "INVALID_RESOURCE_ID", "Webhook lookup not found.", "webhook_lookup_id", lookup_id
        )
    return lookup


# -- events -----------------------------------------------------------------------------------
def render_event(record: EventRecord, base: str) -> dict[str, Any]:
    """An event as the API shows it (the delivered JSON, with the resend link)."""
    out = copy.deepcopy(record.event)
    href = f"{base}{EVENTS}/{record.id}"
    out["links"] = [
        {"href": href, "rel": "self", "method": "GET"},
        {"href": href + "/resend", "rel": "resend", "method": "POST"},
    ]
    return out


def get_event(store: Store, event_id: str) -> EventRecord:
    """The stored event or a 404."""
    record = store.events.get(event_id)
    if record is None:
        raise not_found("INVALID_RESOURCE_ID", "Webhook event not found.", "event_id", event_id)
    return record


def new_event(
    store: Store, event_type: str, resource: dict[str, Any], version: str = "2.0"
) -> EventRecord:
    """Make and keep an event about ``resource`` (not yet sent anywhere)."""
    event_id = store.random_id(34)  # letters and digits only, as PayPal's spec requires
    event = {
        "id": event_id,
        "event_version": "1.0",
        "create_time": timestamp(store.now()),
        "resource_type": "invoices",
        "resource_version": version,
        "event_type": event_type,
        "summary": EVENT_TYPES.get(event_type, event_type),
        "resource": resource,
    }
    record = EventRecord(event, json.dumps(event, separators=(",", ":")).encode())
    store.events[event_id] = record
    return record


def publish(
    store: Store,
    send: Send,
    event_type: str,
    resource: Callable[[], dict[str, Any]],
) -> EventRecord | None:
    """Raise ``event_type``: one event, delivered to every webhook subscribed to it (no event
    when none is)."""
    targets = [w for w in store.webhooks.values() if subscribed(w, event_type)]
    if not targets:
        return None
    record = new_event(store, event_type, resource())
    for webhook in targets:
        send(record, webhook["id"], webhook["url"])
    return record


def resend(store: Store, send: Send, event_id: str, body: Any) -> EventRecord:
    """Send a stored event again, to ``webhook_ids`` (default: the webhooks it went to)."""
    record = get_event(store, event_id)
    data = validation.check(body, "webhook_event_resend") if body is not None else {}
    wanted = data.get("webhook_ids") or list(
        dict.fromkeys(t.webhook_id for t in record.transmissions)
    )
    targets = []
    for i, webhook_id in enumerate(wanted):
        webhook = store.webhooks.get(webhook_id)
        if webhook is None:
            raise not_found(
                "INVALID_RESOURCE_ID", "Webhook not found.", f"/webhook_ids/{i}", webhook_id
            )
        targets.append(webhook)
    for webhook in targets:
        send(record, webhook["id"], webhook["url"])
    return record


def sample_resource(store: Store, base: str, version: str) -> dict[str, Any]:
    """A sample invoice resource (never stored) in the shape of ``version``."""
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
        return {"invoice": bodies.invoice_out(record, base)}
    return invoices.render(record, base)
