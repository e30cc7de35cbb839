"""The v2 template operations (list, create, show, replace, delete)."""

from __future__ import annotations

import copy
from typing import Any

from . import amounts, rules, validation
from .errors import not_found, unprocessable
from .store import Store, timestamp


def _prepare(store: Store, body: Any, current_id: str | None) -> dict[str, Any]:
    template = validation.check(body, validation.TEMPLATE)
    for other_id, other in store.templates.items():
        name = template.get("name")  # optional in PayPal's schema; unique when given
        if other_id != current_id and name is not None and other.get("name") == name:
            raise unprocessable(
                "DUPLICATE_TEMPLATE_NAME",
                "A template with this name already exists.",
                "/name",
                name,
            )
    info = template.get("template_info")
    if info and info.get("detail"):
        rules.check_invoice(info, "/template_info")
        for item in info.get("items") or []:
            item.setdefault("id", "ITEM-" + store.random_id(17))
            if item.get("tax"):
                item["tax"]["id"] = "TAX-" + store.random_id(17)
        amounts.apply(info, amounts.compute(info))
    elif info and (info.get("items") or info.get("amount")):
        rules.check_invoice({**info, "detail": {"currency_code": "USD"}}, "/template_info")
    template.setdefault("default_template", False)
    template.setdefault("unit_of_measure", "QUANTITY")
    template["standard_template"] = False
    return template


def _make_default(store: Store, template_id: str) -> None:
    for other_id, other in store.templates.items():
        if other_id != template_id:
            other["default_template"] = False


def get(store: Store, template_id: str) -> dict[str, Any]:
    """The stored template or PayPal's 404."""
    template = store.templates.get(template_id)
    if template is None:
        raise not_found(
            "TEMPLATE_NOT_FOUND",
            "Template with the given ID does not exist.",
            "template_id",
            template_id,
        )
    return template


def create(store: Store, body: Any) -> dict[str, Any]:
    """Create a template."""
    template = _prepare(store, body, None)
    template_id = store.new_template_id()
    stamp = timestamp(store.now())
    detail = (template.get("template_info") or {}).get("detail")
    if detail is not None:
        detail["metadata"] = {
            "create_time": stamp,
            "last_update_time": stamp,
            "created_by": store.merchant.get("email_address"),
        }
    template = {"id": template_id, **template}
    store.templates[template_id] = template
    if template["default_template"]:
        _make_default(store, template_id)
    return template


def replace(store: Store, template_id: str, body: Any) -> dict[str, Any]:
    """Fully update a template."""
    old = get(store, template_id)
    template = {"id": template_id, **_prepare(store, body, template_id)}
    detail = (template.get("template_info") or {}).get("detail")
    old_meta = ((old.get("template_info") or {}).get("detail") or {}).get("metadata")
    if detail is not None:
        meta = dict(old_meta or {"create_time": timestamp(store.now())})
        meta["last_update_time"] = timestamp(store.now())
        detail["metadata"] = meta
    store.templates[template_id] = template
    if template["default_template"]:
        _make_default(store, template_id)
    return template


def delete(store: Store, template_id: str) -> None:
    """Delete a template."""
    get(store, template_id)
    del store.templates[template_id]


def render(template: dict[str, Any], base: str, full: bool = True) -> dict[str, Any]:
    """The v2 representation, with links (``full=False``: without ``template_info``)."""
    out = copy.deepcopy(template)
    if not full:
        out.pop("template_info", None)
    href = f"{base}/v2/invoicing/templates/{template['id']}"
    out["links"] = [
        {"href": href, "rel": "self", "method": "GET"},
        {"href": href, "rel": "replace", "method": "PUT"},
        {"href": href, "rel": "delete", "method": "DELETE"},
    ]
    return out


def listing(store: Store) -> dict[str, Any]:
    """The merchant's addresses, emails and phones that a template list carries."""
    merchant = store.merchant
    return {
        "addresses": [copy.deepcopy(merchant["address"])] if merchant.get("address") else [],
        "emails": [merchant["email_address"]] if merchant.get("email_address") else [],
        "phones": copy.deepcopy(merchant.get("phones") or []),
    }
