"""The Webhooks Management spec as the normalizer's third source.

PayPal's ``notifications_webhooks_v1.json`` is checked as published, then given snake_case
operationIds, the tags ``webhooks`` / ``webhook_lookups`` / ``webhook_events``, and component
names that cannot collide with the invoicing specs, before it joins the merged document.
"""

from __future__ import annotations

import copy
from typing import Any

from _speclib import (
    COMPONENT_KINDS,
    SpecError,
    check_refs,
    deprecate_operations,
    operations,
    pointer_of,
    readable_upstream,
    rename_components,
    snake,
    validate,
    walk,
)

Json = dict[str, Any]

SOURCE_LICENSE = {
    "name": "Apache-2.0",
    "url": "https://www.apache.org/licenses/LICENSE-2.0",
    "x-source": "paypal/paypal-rest-api-specifications openapi/notifications_webhooks_v1.json"
    " (commit ec4d8f36); see spec/webhooks/NOTICE",
}
# PayPal's operationId -> (ours, tag).
OPERATIONS: dict[str, tuple[str, str]] = {
    "webhooks.post": ("create_webhook", "webhooks"),
    "webhooks.list": ("list_webhooks", "webhooks"),
    "webhooks.get": ("get_webhook", "webhooks"),
    "webhooks.update": ("update_webhook", "webhooks"),
    "webhooks.delete": ("delete_webhook", "webhooks"),
    "event-types.list": ("list_webhook_event_types", "webhooks"),
    "webhooks-lookup.post": ("create_webhook_lookup", "webhook_lookups"),
    "webhooks-lookup.list": ("list_webhook_lookups", "webhook_lookups"),
    "webhooks-lookup.get": ("get_webhook_lookup", "webhook_lookups"),
    "webhooks-lookup.delete": ("delete_webhook_lookup", "webhook_lookups"),
    "verify-webhook-signature.post": ("verify_webhook_signature", "webhook_events"),
    "webhooks-event-types.list": ("list_available_event_types", "webhook_events"),
    "webhooks-events.list": ("list_webhook_events", "webhook_events"),
    "webhooks-events.get": ("get_webhook_event", "webhook_events"),
    "webhooks-events.resend": ("resend_webhook_event", "webhook_events"),
    "simulate-event.post": ("simulate_webhook_event", "webhook_events"),
}
TAGS = {
    "webhooks": "Subscribe a listener URL to events; list, show, update and delete webhooks.",
    "webhook_lookups": "Create, list, show and delete webhook lookups.",
    "webhook_events": (
        "Event types, event notifications (list, show, resend), simulated events, and the "
        "verify-webhook-signature postback."
    ),
}
# Schemas whose names read well as classes; every other component gets the `webhooks_` prefix.
SCHEMAS = {
    "webhook": "webhook",
    "WebhookList": "webhook_list",
    "webhooks_lookup": "webhook_lookup",
    "WebhookLookupList": "webhook_lookup_list",
    "event": "webhook_event",
    "EventList": "webhook_event_list",
    "event_type": "webhook_event_type",
    "EventTypeList": "webhook_event_type_list",
    "event_resend": "webhook_event_resend",
    "simulate_event": "simulate_webhook_event",
    "verify_webhook_signature": "verify_webhook_signature",
    "verify_webhook_signature_response": "verify_webhook_signature_response",
    "patch": "webhook_patch",
    "patch_request": "webhook_patch_request",
}
PREFIX = "webhooks_"


def prepare_webhooks(source: Json, name: str) -> Json:
    """Validate PayPal's file, then rename its operations, tags and components."""
    doc = copy.deepcopy(source)
    deprecated = bool(doc.pop("deprecated", False))
    check_refs(doc, name)
    validate(doc, name)
    rename = {
        kind: {
            key: SCHEMAS[key] if kind == "schemas" and key in SCHEMAS else PREFIX + snake(key)
            for key in doc.get("components", {}).get(kind, {})
        }
        for kind in COMPONENT_KINDS
    }
    rename_components(doc, rename)
    # PayPal's titles ("Link Description", "Error Details") are the invoicing specs' class
    # names: they go, and the component's key decides. Descriptions become plain text.
    readable_upstream(doc)
    if deprecated:
        deprecate_operations(doc, "Webhooks Management")
    # Times are signed as sent (`transmission_time` is part of the signed message): a
    # `date-time` would be parsed and written back as `+00:00` instead of PayPal's `Z`.
    for _, node in walk(doc):
        if isinstance(node, dict) and node.get("format") == "date-time":
            node["x-paypal-format"] = node.pop("format")
    for path, method, op in operations(doc):
        original = op.get("operationId")
        if original not in OPERATIONS:
            raise SpecError(
                name, pointer_of(("paths", path, method, "operationId")), "unknown operation"
            )
        op["operationId"], tag = OPERATIONS[original]
        op["tags"] = [tag]
    found = {op["operationId"] for _, _, op in operations(doc)}
    missing = sorted({ours for ours, _ in OPERATIONS.values()} - found)
    if missing:
        raise SpecError(name, "/paths", f"operations missing: {', '.join(missing)}")
    doc["tags"] = [{"name": tag, "description": text} for tag, text in TAGS.items()]
    return doc


def add_webhooks(merged: Json, webhooks: Json, name: str) -> None:
    """Add the prepared webhooks document to a merged spec: paths, components, tags, scopes."""
    for path, item in webhooks.get("paths", {}).items():
        if path in merged["paths"]:
            raise SpecError(name, pointer_of(("paths", path)), "path defined by two specs")
        merged["paths"][path] = item
    for kind in COMPONENT_KINDS:
        for key, value in webhooks.get("components", {}).get(kind, {}).items():
            section = merged["components"].setdefault(kind, {})
            if key in section:
                raise SpecError(
                    name, pointer_of(("components", kind, key)), "name defined by two specs"
                )
            section[key] = value
    merged["tags"] = sorted(
        [*merged["tags"], *webhooks.get("tags", [])], key=lambda t: str(t["name"])
    )
    scopes = merged["components"]["securitySchemes"]["Oauth2"]["flows"]["clientCredentials"]
    for scheme in webhooks.get("components", {}).get("securitySchemes", {}).values():
        flow = scheme.get("flows", {}).get("clientCredentials", {})
        scopes["scopes"] = dict(sorted({**scopes["scopes"], **flow.get("scopes", {})}.items()))
    for _, _, op in operations(webhooks):
        for requirement in op.get("security", []):
            for scheme_name in list(requirement):
                if scheme_name != "Oauth2":
                    requirement["Oauth2"] = requirement.pop(scheme_name)
    info = merged["info"]
    info["description"] += " Webhooks Management (`/v1/notifications`) from PayPal's spec."
    info.setdefault("x-source-versions", {})["webhooks"] = str(
        webhooks.get("info", {}).get("version", "")
    )
    info.setdefault("x-source-licenses", {})["webhooks"] = SOURCE_LICENSE
