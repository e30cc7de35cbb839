"""PayPal's token endpoint and the Invoicing v2 operations (invoices, templates)."""

from __future__ import annotations

from typing import Any
from urllib.parse import parse_qsl

from ..core import Sandbox
from ..state import invoices, qr, search, templates, validation
from ..state.errors import ApiError, detail
from ..state.records import Reply
from .wire import Call, empty, json_reply


# -- OAuth ----------------------------------------------------------------------------------
def token(sandbox: Sandbox, call: Call) -> Reply:
    """POST /v1/oauth2/token."""
    form = dict(parse_qsl(call.raw.decode("utf-8", "replace")))
    return json_reply(200, sandbox.tokens.issue(call.headers.get("authorization"), form))


# -- invoices -------------------------------------------------------------------------------
def _created(call: Call, href: str, full: dict[str, Any], status: int) -> Reply:
    if call.representation:
        return json_reply(status, full)
    return json_reply(status, {"rel": "self", "href": href, "method": "GET"})


def create_invoice(sandbox: Sandbox, call: Call) -> Reply:
    """POST /v2/invoicing/invoices."""
    record = invoices.create(sandbox.store, call.json())
    full = invoices.render(record, call.base)
    return _created(call, full["links"][0]["href"], full, 201)


def list_invoices(sandbox: Sandbox, call: Call) -> Reply:
    """GET /v2/invoicing/invoices."""
    paging = search.paging(call.query)
    rows = list(reversed(sandbox.store.invoices.values()))
    return _page(sandbox, call, rows, paging, "GET")


def _fields(call: Call) -> set[str]:
    raw = call.query.get("fields", "")
    return {f.strip().lower() for f in raw.split(",") if f.strip()}


def _page(
    sandbox: Sandbox, call: Call, rows: list[Any], paging: search.Paging, method: str
) -> Reply:
    for record in rows:
        invoices.get_record(sandbox.store, record.id)  # lets scheduled invoices mature
    extra = {"fields": call.query["fields"]} if "fields" in call.query else {}
    chunk, envelope = search.page_of(rows, paging, call.base + call.path, method, extra)
    fields = _fields(call)
    items = [invoices.summary(r, call.base, fields) for r in chunk]
    body = {k: v for k, v in envelope.items() if k != "links"}
    body["items"] = items
    body["links"] = envelope["links"]
    return json_reply(200, body)


def search_invoices(sandbox: Sandbox, call: Call) -> Reply:
    """POST /v2/invoicing/search-invoices."""
    paging = search.paging(call.query)
    filters = validation.check(call.json(), validation.SEARCH)
    for key in ("creation_date_range", "payment_date_range"):
        if key in filters:
            for end in ("start", "end"):
                try:
                    search.parse_time(filters[key][end])
                except ValueError:
                    raise ApiError(
                        400,
                        [
                            detail(
                                "INVALID_PARAMETER_VALUE",
                                "Not a date-time.",
                                field=f"/{key}/{end}",
                                value=filters[key][end],
                            )
                        ],
                    ) from None
    rows = list(reversed(sandbox.store.invoices.values()))
    for record in rows:
        invoices.get_record(sandbox.store, record.id)
    rows = [r for r in rows if search.matches(r, filters)]
    return _page(sandbox, call, rows, paging, "POST")


def get_invoice(sandbox: Sandbox, call: Call) -> Reply:
    """GET /v2/invoicing/invoices/{invoice_id}."""
    record = invoices.get_record(sandbox.store, call.params["invoice_id"])
    return json_reply(200, invoices.render(record, call.base))


def replace_invoice(sandbox: Sandbox, call: Call) -> Reply:
    """PUT /v2/invoicing/invoices/{invoice_id}."""
    search.boolean(call.query, "send_to_recipient", True)
    search.boolean(call.query, "send_to_invoicer", True)
    body = call.json()
    record = invoices.replace(sandbox.store, call.params["invoice_id"], body)
    full = invoices.render(record, call.base)
    return _created(call, full["links"][0]["href"], full, 200)


def delete_invoice(sandbox: Sandbox, call: Call) -> Reply:
    """DELETE /v2/invoicing/invoices/{invoice_id}."""
    invoices.delete(sandbox.store, call.params["invoice_id"])
    return empty(204)


def send_invoice(sandbox: Sandbox, call: Call) -> Reply:
    """POST /v2/invoicing/invoices/{invoice_id}/send: 200 ``{"links": [...]}`` once sent, 202
    with the bare payer-view link when scheduled for a later date."""
    invoice_id = call.params["invoice_id"]
    scheduled = invoices.send(sandbox.store, invoice_id, call.json(required=False))
    record = invoices.get_record(sandbox.store, invoice_id)
    url = record.invoice["detail"]["metadata"]["recipient_view_url"]
    link = {"href": url, "rel": "payer-view", "method": "GET"}
    if scheduled:  # PayPal: 202 and the payer-view link alone
        return json_reply(202, link)
    return json_reply(200, {"links": [link]})


def remind_invoice(sandbox: Sandbox, call: Call) -> Reply:
    """POST /v2/invoicing/invoices/{invoice_id}/remind."""
    invoices.remind(sandbox.store, call.params["invoice_id"], call.json(required=False))
    return empty(204)


def cancel_invoice(sandbox: Sandbox, call: Call) -> Reply:
    """POST /v2/invoicing/invoices/{invoice_id}/cancel."""
    invoices.cancel(sandbox.store, call.params["invoice_id"], call.json(required=False))
    return empty(204)


def record_payment(sandbox: Sandbox, call: Call) -> Reply:
    """POST /v2/invoicing/invoices/{invoice_id}/payments."""
    payment_id = invoices.record_payment(sandbox.store, call.params["invoice_id"], call.json())
    return json_reply(200, {"payment_id": payment_id})


def delete_payment(sandbox: Sandbox, call: Call) -> Reply:
    """DELETE /v2/invoicing/invoices/{invoice_id}/payments/{transaction_id}."""
    invoices.delete_payment(sandbox.store, call.params["invoice_id"], call.params["transaction_id"])
    return empty(204)


def record_refund(sandbox: Sandbox, call: Call) -> Reply:
    """POST /v2/invoicing/invoices/{invoice_id}/refunds."""
    refund_id = invoices.record_refund(sandbox.store, call.params["invoice_id"], call.json())
    return json_reply(200, {"refund_id": refund_id})


def delete_refund(sandbox: Sandbox, call: Call) -> Reply:
    """DELETE /v2/invoicing/invoices/{invoice_id}/refunds/{transaction_id}."""
    invoices.delete_refund(sandbox.store, call.params["invoice_id"], call.params["transaction_id"])
    return empty(204)


def qr_code(sandbox: Sandbox, call: Call) -> Reply:
    """POST /v2/invoicing/invoices/{invoice_id}/generate-qr-code (multipart/mixed answer)."""
    url, width, height = invoices.qr_target(
        sandbox.store, call.params["invoice_id"], call.json(required=False)
    )
    body, content_type = qr.multipart(
        qr.qr_png(url, width, height), sandbox.store.entropy.boundary()
    )
    return Reply(200, body, content_type)


def next_number(sandbox: Sandbox, call: Call) -> Reply:
    """POST /v2/invoicing/generate-next-invoice-number."""
    return json_reply(200, {"invoice_number": invoices.next_number(sandbox.store)})


# -- templates ------------------------------------------------------------------------------
def list_templates(sandbox: Sandbox, call: Call) -> Reply:
    """GET /v2/invoicing/templates."""
    fields = call.query.get("fields", "all")
    if fields not in ("all", "none"):
        raise ApiError(
            400,
            [
                detail(
                    "INVALID_PARAMETER_VALUE",
                    "Expected all or none.",
                    field="fields",
                    value=fields,
                    location="query",
                )
            ],
        )
    paging = search.paging(call.query, totals=False)
    rows = list(sandbox.store.templates.values())
    chunk, envelope = search.page_of(rows, paging, call.base + call.path, "GET", {"fields": fields})
    body = templates.listing(sandbox.store)
    body["templates"] = [templates.render(t, call.base, fields == "all") for t in chunk]
    body["links"] = envelope["links"]
    return json_reply(200, body)


def create_template(sandbox: Sandbox, call: Call) -> Reply:
    """POST /v2/invoicing/templates."""
    template = templates.create(sandbox.store, call.json())
    full = templates.render(template, call.base)
    return _created(call, full["links"][0]["href"], full, 201)


def get_template(sandbox: Sandbox, call: Call) -> Reply:
    """GET /v2/invoicing/templates/{template_id}."""
    template = templates.get(sandbox.store, call.params["template_id"])
    return json_reply(200, templates.render(template, call.base))


def replace_template(sandbox: Sandbox, call: Call) -> Reply:
    """PUT /v2/invoicing/templates/{template_id}."""
    body = call.json()
    template = templates.replace(sandbox.store, call.params["template_id"], body)
    full = templates.render(template, call.base)
    return _created(call, full["links"][0]["href"], full, 200)


def delete_template(sandbox: Sandbox, call: Call) -> Reply:
    """DELETE /v2/invoicing/templates/{template_id}."""
    templates.delete(sandbox.store, call.params["template_id"])
    return empty(204)
