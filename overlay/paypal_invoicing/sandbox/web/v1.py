"""Invoicing v1's operations (deprecated), over the same store as v2.

Bodies come in and go out through the field tables of :mod:`..state.v1.shapes`; errors found
on the v2 side name the field in v1's terms (:func:`in_v1_terms`). v1 POSTs are not replayed by
``PayPal-Request-Id``: PayPal does not document it for v1 (see :mod:`.wire`).
"""

from __future__ import annotations

import base64
import functools
from collections.abc import Callable
from decimal import Decimal
from typing import Any

from ..core import Sandbox
from ..state import invoices, qr, search, templates, validation
from ..state.errors import ApiError, detail
from ..state.records import InvoiceRecord, Reply
from ..state.v1 import shapes
from ..state.v1.bodies import an_object, invoice_in, invoice_out, template_out
from ..state.v1.fields import Table, to_v1, to_v2, v1_field
from ..state.v1.numbers import bound
from .wire import Call, Operation, empty, json_reply


def in_v1_terms(table: Table | None = None) -> Callable[[Operation], Operation]:
    """v1's error details name a field in v1's terms (``/`` for the whole body), read back
    through ``table``: the field table of the operation's body."""

    def wrap(operation: Operation) -> Operation:
        @functools.wraps(operation)
        def run(sandbox: Sandbox, call: Call) -> Reply:
            try:
                return operation(sandbox, call)
            except ApiError as exc:
                for entry in exc.details:
                    named = entry.get("field")
                    if named is None:
                        entry["field"] = "/"
                    elif table is not None and named.startswith("/") and named != "/":
                        entry["field"] = v1_field(table, named)
                raise

        return run

    return wrap


# -- operations ---------------------------------------------------------------------------------
@in_v1_terms(shapes.INVOICE)
def create(sandbox: Sandbox, call: Call) -> Reply:
    """POST /v1/invoicing/invoices."""
    record = invoices.create(sandbox.store, invoice_in(call.json()))
    return json_reply(201, invoice_out(record, call.base))


def _v1_page(query: dict[str, str] | Any) -> tuple[int, int]:
    start = query.get("page", "0")
    size = query.get("page_size", "20")
    try:
        start_i, size_i = int(start), int(size)
    except (TypeError, ValueError):
        raise ApiError(
            400,
            [
                detail(
                    "INVALID_PARAMETER_SYNTAX", "Expected integers.", field="page", location="query"
                )
            ],
        ) from None
    if start_i < 0 or not 1 <= size_i <= search.MAX_PAGE_SIZE:
        raise ApiError(
            400,
            [
                detail(
                    "INVALID_PARAMETER_VALUE",
                    "page or page_size out of range.",
                    field="page_size",
                    location="query",
                )
            ],
        )
    return start_i, size_i


def _listing(rows: list[InvoiceRecord], call: Call, start: int, size: int, total: bool) -> Reply:
    chunk = rows[start : start + size]
    body: dict[str, Any] = {}
    if total:
        body["total_count"] = len(rows)
    body["invoices"] = [invoice_out(r, call.base) for r in chunk]
    body["links"] = [{"href": f"{call.base}{call.path}", "rel": "self", "method": call.method}]
    return json_reply(200, body)


def _sorted(sandbox: Sandbox) -> list[InvoiceRecord]:
    rows = list(reversed(sandbox.store.invoices.values()))
    return [invoices.get_record(sandbox.store, r.id) for r in rows]


@in_v1_terms()
def list_all(sandbox: Sandbox, call: Call) -> Reply:
    """GET /v1/invoicing/invoices (``page`` is a zero-relative start index)."""
    start, size = _v1_page(call.query)
    total = search.boolean(call.query, "total_count_required", False)
    return _listing(_sorted(sandbox), call, start, size, total)


def _bound(body: dict[str, Any], key: str) -> Decimal | None:
    try:
        return bound(body, key)
    except ValueError:
        raise ApiError(
            400,
            [detail("INVALID_PARAMETER_VALUE", "Not a number.", field=key, value=body[key])],
        ) from None


@in_v1_terms(shapes.SEARCH)
def search_v1(sandbox: Sandbox, call: Call) -> Reply:
    """POST /v1/invoicing/search."""
    body = an_object(call.json())
    filters = to_v2(shapes.SEARCH, body)
    for name, v2_key in (("invoice", "invoice_date_range"), ("due", "due_date_range")):
        lo, hi = body.get(f"start_{name}_date"), body.get(f"end_{name}_date")
        if isinstance(lo, str) or isinstance(hi, str):
            filters[v2_key] = {
                "start": shapes.date_in(lo) if lo else "0000-01-01",
                "end": shapes.date_in(hi) if hi else "9999-12-31",
            }
    filters = validation.check(filters, validation.SEARCH)
    low = _bound(body, "lower_total_amount")
    high = _bound(body, "upper_total_amount")

    def wanted(record: InvoiceRecord) -> bool:
        value = Decimal(record.invoice["amount"]["value"])
        in_range = (low is None or value >= low) and (high is None or value <= high)
        return in_range and search.matches(record, filters)

    rows = [r for r in _sorted(sandbox) if wanted(r)]
    query = {"page": str(body.get("page", 0)), "page_size": str(body.get("page_size", 20))}
    query = {k: v.split(".")[0] if v.endswith(".0") else v for k, v in query.items()}
    start, size = _v1_page(query)
    return _listing(rows, call, start, size, body.get("total_count_required") is True)


@in_v1_terms()
def get(sandbox: Sandbox, call: Call) -> Reply:
    """GET /v1/invoicing/invoices/{invoice_id}."""
    record = invoices.get_record(sandbox.store, call.params["invoice_id"])
    return json_reply(200, invoice_out(record, call.base))


@in_v1_terms(shapes.INVOICE)
def update(sandbox: Sandbox, call: Call) -> Reply:
    """PUT /v1/invoicing/invoices/{invoice_id}."""
    record = invoices.replace(sandbox.store, call.params["invoice_id"], invoice_in(call.json()))
    return json_reply(200, invoice_out(record, call.base))


@in_v1_terms()
def delete(sandbox: Sandbox, call: Call) -> Reply:
    """DELETE /v1/invoicing/invoices/{invoice_id}."""
    invoices.delete(sandbox.store, call.params["invoice_id"])
    return empty(204)


@in_v1_terms()
def send(sandbox: Sandbox, call: Call) -> Reply:
    """POST /v1/invoicing/invoices/{invoice_id}/send (and /schedule)."""
    invoices.send(sandbox.store, call.params["invoice_id"], None)
    return empty(202)


@in_v1_terms()
def remind(sandbox: Sandbox, call: Call) -> Reply:
    """POST /v1/invoicing/invoices/{invoice_id}/remind."""
    call.json(required=False)
    invoices.remind(sandbox.store, call.params["invoice_id"], None)
    return empty(202)


@in_v1_terms()
def cancel(sandbox: Sandbox, call: Call) -> Reply:
    """POST /v1/invoicing/invoices/{invoice_id}/cancel."""
    call.json(required=False)
    invoices.cancel(sandbox.store, call.params["invoice_id"], None)
    return empty(204)


@in_v1_terms(shapes.PAYMENT)
def record_payment(sandbox: Sandbox, call: Call) -> Reply:
    """POST /v1/invoicing/invoices/{invoice_id}/record-payment: 204, as PayPal answers."""
    body = to_v2(shapes.PAYMENT, an_object(call.json()))
    invoices.record_payment(sandbox.store, call.params["invoice_id"], body)
    return empty(204)


@in_v1_terms(shapes.REFUND)
def record_refund(sandbox: Sandbox, call: Call) -> Reply:
    """POST /v1/invoicing/invoices/{invoice_id}/record-refund: 204, as PayPal answers."""
    body = to_v2(shapes.REFUND, an_object(call.json()))
    invoices.record_refund(sandbox.store, call.params["invoice_id"], body)
    return empty(204)


@in_v1_terms()
def delete_payment(sandbox: Sandbox, call: Call) -> Reply:
    """DELETE /v1/invoicing/invoices/{invoice_id}/payment-records/{transaction_id}."""
    invoices.delete_payment(sandbox.store, call.params["invoice_id"], call.params["transaction_id"])
    return empty(204)


@in_v1_terms()
def delete_refund(sandbox: Sandbox, call: Call) -> Reply:
    """DELETE /v1/invoicing/invoices/{invoice_id}/refund-records/{transaction_id}."""
    invoices.delete_refund(sandbox.store, call.params["invoice_id"], call.params["transaction_id"])
    return empty(204)


@in_v1_terms()
def qr_code(sandbox: Sandbox, call: Call) -> Reply:
    """GET /v1/invoicing/invoices/{invoice_id}/qr-code?width&height: ``{"image": base64}``."""
    config: dict[str, Any] = {}
    for key in ("width", "height"):
        if key in call.query:
            try:
                config[key] = int(call.query[key])
            except ValueError:
                raise ApiError(
                    400,
                    [
                        detail(
                            "INVALID_PARAMETER_SYNTAX",
                            "Expected an integer.",
                            field=key,
                            location="query",
                        )
                    ],
                ) from None
    url, width, height = invoices.qr_target(sandbox.store, call.params["invoice_id"], config)
    image = base64.b64encode(qr.qr_png(url, width, height)).decode("ascii")
    return json_reply(200, {"image": image})


@in_v1_terms()
def next_number(sandbox: Sandbox, call: Call) -> Reply:
    """POST /v1/invoicing/invoices/next-invoice-number."""
    return json_reply(200, {"number": invoices.next_number(sandbox.store)})


@in_v1_terms(shapes.TEMPLATE)
def create_template(sandbox: Sandbox, call: Call) -> Reply:
    """POST /v1/invoicing/templates."""
    template = templates.create(sandbox.store, to_v2(shapes.TEMPLATE, an_object(call.json())))
    return json_reply(200, template_out(template, call.base))


@in_v1_terms()
def list_templates(sandbox: Sandbox, call: Call) -> Reply:
    """GET /v1/invoicing/templates."""
    listing = templates.listing(sandbox.store)
    body = {
        "addresses": [to_v1(shapes.ADDRESS, a) for a in listing["addresses"]],
        "emails": listing["emails"],
        "phones": [to_v1(shapes.PHONE, p) for p in listing["phones"]],
        "templates": [template_out(t, call.base) for t in sandbox.store.templates.values()],
        "links": [{"href": f"{call.base}{call.path}", "rel": "self", "method": "GET"}],
    }
    if call.query.get("fields", "all") == "none":
        for template in body["templates"]:
            template.pop("template_data", None)
    return json_reply(200, body)


@in_v1_terms()
def get_template(sandbox: Sandbox, call: Call) -> Reply:
    """GET /v1/invoicing/templates/{template_id}."""
    return json_reply(
        200, template_out(templates.get(sandbox.store, call.params["template_id"]), call.base)
    )


@in_v1_terms(shapes.TEMPLATE)
def update_template(sandbox: Sandbox, call: Call) -> Reply:
    """PUT /v1/invoicing/templates/{template_id}."""
    body = to_v2(shapes.TEMPLATE, an_object(call.json()))
    template = templates.replace(sandbox.store, call.params["template_id"], body)
    return json_reply(200, template_out(template, call.base))


@in_v1_terms()
def delete_template(sandbox: Sandbox, call: Call) -> Reply:
    """DELETE /v1/invoicing/templates/{template_id}."""
    templates.delete(sandbox.store, call.params["template_id"])
    return empty(204)
