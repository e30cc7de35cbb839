"""The Webhooks Management spec as the normalizer's third source.

PayPal's ``notifications_webhooks_v1.json`` is checked as published, then given the Python names
pinned in spec/names.yaml (snake_case operationIds under the tags ``webhooks`` /
``webhook_lookups`` / ``webhook_events``, component names that cannot collide with the invoicing
specs), before it joins the merged document.
"""

from __future__ import annotations

import copy
from typing import TYPE_CHECKING, Any

from _speclib import (
    COMPONENT_KINDS,
    SpecError,
    apply_names,
    check_refs,
    deprecate_operations,
    operations,
    pointer_of,
    readable_upstream,
    require_operation_ids,
    snake,
    validate,
    walk,
)

if TYPE_CHECKING:
    from _names import NamePins

Json = dict[str, Any]

SOURCE_LICENSE = {
    "name": "Apache-2.0",
    "url": "https://www.apache.org/licenses/LICENSE-2.0",
    "x-source": "paypal/paypal-rest-api-specifications openapi/notifications_webhooks_v1.json"
    " (commit ec4d8f36); see spec/webhooks/NOTICE",
}
TAGS = {
    "webhooks": "Subscribe a listener URL to events; list, show, update and delete webhooks.",
    "webhook_lookups": "Create, list, show and delete webhook lookups.",
    "webhook_events": (
        "Event types, event notifications (list, show, resend), simulated events, and the "
        "verify-webhook-signature postback."
    ),
}
# Python names are pinned in spec/names.yaml; a new PayPal name is proposed with this prefix.
PREFIX = "webhooks_"


def default_name(kind: str, key: str, node: Any) -> str:
    """The Python name `--update-names` proposes for a new Webhooks Management name."""
    if kind == "operations":
        return f"webhooks.{snake(key)}"
    return PREFIX + snake(key)


def prepare_webhooks(source: Json, name: str, pins: NamePins) -> Json:
    """Validate PayPal's file, then name its operations, tags and components as pinned."""
    doc = copy.deepcopy(source)
    deprecated = bool(doc.pop("deprecated", False))
    check_refs(doc, name)
    require_operation_ids(doc, name)
    components, ops = pins.assign("webhooks", doc, name, default_name)
    validate(doc, name)
    # PayPal's titles ("Link Description", "Error Details") are the invoicing specs' class
    # names: they go, and the pinned name decides. Descriptions become plain text.
    readable_upstream(doc)
    if deprecated:
        deprecate_operations(doc, "Webhooks Management")
    apply_names(doc, components, ops)
    # Times are signed as sent (`transmission_time` is part of the signed message): a
    # `date-time` would be parsed and written back as `+00:00` instead of PayPal's `Z`.
    for _, node in walk(doc):
        if isinstance(node, dict) and node.get("format") == "date-time":
            node["x-paypal-format"] = node.pop("format")
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
