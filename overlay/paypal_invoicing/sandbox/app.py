"""The ASGI application: PayPal's token endpoint, Invoicing v2 routes, v1 routes, admin routes."""

from __future__ import annotations

from typing import Any
from urllib.parse import parse_qsl

from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.middleware import Middleware
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from . import invoices, qr, search, templates, v1, validation, webhook_routes
from .core import Sandbox
from .errors import ApiError, detail
from .guard import Door, Guard
from .store import Reply
from .wire import Call, empty, endpoint, error_reply, json_reply, to_response

V2 = "/v2/invoicing"


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


# -- admin (not PayPal's: for tests and a sandbox run from the CLI) -------------------------
_FAULT_FIELDS = {
    "path",
    "status",
    "count",
    "retry_after",
    "delay",
    "method",
    "after_commit",
    "drop",
}


def admin_add_fault(sandbox: Sandbox, call: Call) -> Reply:
    """POST /_sandbox/faults {path, status, count, retry_after, delay, method, after_commit,
    drop}: the arguments of :meth:`Sandbox.inject`."""
    body = call.json()
    if not isinstance(body, dict) or not isinstance(body.get("path"), str):
        raise ApiError(
            400, [detail("MISSING_REQUIRED_PARAMETER", "path is required.", field="/path")]
        )
    unknown = sorted(set(body) - _FAULT_FIELDS)
    if unknown:
        raise ApiError(
            400, [detail("UNKNOWN_PARAMETER", "Not a fault parameter.", field=f"/{unknown[0]}")]
        )
    try:
        fault = sandbox.inject(
            body["path"],
            body.get("status", 503),
            count=body.get("count", 1),
            retry_after=body.get("retry_after"),
            delay=body.get("delay", 0.0),
            method=body.get("method"),
            after_commit=body.get("after_commit", False),
            drop=body.get("drop", False),
        )
    except ValueError as exc:
        name = str(exc).split(" ", 1)[0].split(":", 1)[0]
        field = f"/{name}" if name in _FAULT_FIELDS else None
        raise ApiError(400, [detail("INVALID_PARAMETER_VALUE", str(exc), field=field)]) from None
    return json_reply(201, fault.to_dict())


def admin_list_faults(sandbox: Sandbox, call: Call) -> Reply:
    """GET /_sandbox/faults."""
    return json_reply(200, {"faults": [f.to_dict() for f in sandbox.faults.pending()]})


def admin_clear_faults(sandbox: Sandbox, call: Call) -> Reply:
    """DELETE /_sandbox/faults."""
    sandbox.clear_faults()
    return empty(204)


def admin_stats(sandbox: Sandbox, call: Call) -> Reply:
    """GET /_sandbox/stats: token requests, tokens issued, faults fired, invoices."""
    return json_reply(
        200,
        {
            "token_requests": sandbox.tokens.token_requests,
            "tokens_issued": sandbox.tokens.tokens_issued,
            "faults_fired": sandbox.faults.fired,
            "invoices": len(sandbox.store.invoices),
            "templates": len(sandbox.store.templates),
        },
    )


def admin_tokens(sandbox: Sandbox, call: Call) -> Reply:
    """POST /_sandbox/tokens/{action}: ``expire``, ``revoke`` or ``issue``."""
    action = call.params["action"]
    if action == "expire":
        sandbox.expire_tokens()
    elif action == "revoke":
        sandbox.revoke_tokens()
    elif action == "issue":
        return json_reply(200, {"access_token": sandbox.access_token(), "token_type": "Bearer"})
    else:
        raise ApiError(404)
    return empty(204)


def admin_pay(sandbox: Sandbox, call: Call) -> Reply:
    """POST /_sandbox/invoices/{invoice_id}/pay|refund {"value": "10.00"}: act as PayPal."""
    body = call.json(required=False) or {}
    value = body.get("value") if isinstance(body, dict) else None
    if value is not None and not (isinstance(value, str) and validation.DECIMAL.match(value)):
        raise ApiError(
            400,
            [detail("INVALID_PARAMETER_VALUE", "value must be a decimal string.", field="/value")],
        )
    invoice_id = call.params["invoice_id"]
    if call.params["action"] == "pay":
        return json_reply(200, {"payment_id": sandbox.pay(invoice_id, value)})
    if call.params["action"] == "refund":
        return json_reply(200, {"refund_id": sandbox.refund(invoice_id, value)})
    raise ApiError(404)


def admin_reset(sandbox: Sandbox, call: Call) -> Reply:
    """POST /_sandbox/reset."""
    sandbox.reset()
    return empty(204)


def create_app(sandbox: Sandbox | None = None) -> Starlette:
    """The ASGI app serving ``sandbox`` (a fresh one when omitted); ``app.state.sandbox``.

    ``app.state.door`` (a :class:`~.guard.Door`) decides which ``Host`` values are admitted:
    any, until a server binds it to its address.
    """
    box = sandbox or Sandbox()

    def route(path: str, op: Any, method: str, auth: bool = True) -> Route:
        return Route(path, endpoint(box, op, authenticated=auth), methods=[method])

    def admin(path: str, op: Any, method: str) -> Route:
        return Route(path, endpoint(box, op, admin=True), methods=[method])

    inv = V2 + "/invoices/{invoice_id}"
    tpl = V2 + "/templates/{template_id}"
    routes = [
        route("/v1/oauth2/token", token, "POST", auth=False),
        route(V2 + "/invoices", create_invoice, "POST"),
        route(V2 + "/invoices", list_invoices, "GET"),
        route(V2 + "/search-invoices", search_invoices, "POST"),
        route(V2 + "/generate-next-invoice-number", next_number, "POST"),
        route(inv, get_invoice, "GET"),
        route(inv, replace_invoice, "PUT"),
        route(inv, delete_invoice, "DELETE"),
        route(inv + "/send", send_invoice, "POST"),
        route(inv + "/remind", remind_invoice, "POST"),
        route(inv + "/cancel", cancel_invoice, "POST"),
        route(inv + "/payments", record_payment, "POST"),
        route(inv + "/payments/{transaction_id}", delete_payment, "DELETE"),
        route(inv + "/refunds", record_refund, "POST"),
        route(inv + "/refunds/{transaction_id}", delete_refund, "DELETE"),
        route(inv + "/generate-qr-code", qr_code, "POST"),
        route(V2 + "/templates", list_templates, "GET"),
        route(V2 + "/templates", create_template, "POST"),
        route(tpl, get_template, "GET"),
        route(tpl, replace_template, "PUT"),
        route(tpl, delete_template, "DELETE"),
        *[route(path, op, method) for path, op, method in v1.ROUTES],
        *[route(path, op, method, auth) for path, op, method, auth in webhook_routes.ROUTES],
        admin("/_sandbox/faults", admin_add_fault, "POST"),
        admin("/_sandbox/faults", admin_list_faults, "GET"),
        admin("/_sandbox/faults", admin_clear_faults, "DELETE"),
        admin("/_sandbox/stats", admin_stats, "GET"),
        admin("/_sandbox/tokens/{action}", admin_tokens, "POST"),
        admin("/_sandbox/invoices/{invoice_id}/{action}", admin_pay, "POST"),
        admin("/_sandbox/reset", admin_reset, "POST"),
    ]

    async def not_found(request: Request, exc: Exception) -> Response:
        status = exc.status_code if isinstance(exc, HTTPException) else 500
        debug_id = box.store.entropy.debug_id()
        return to_response(
            error_reply(ApiError(status if status in (404, 405) else 500), debug_id), debug_id
        )

    door = Door()
    app = Starlette(
        routes=routes,
        exception_handlers={404: not_found, 405: not_found},
        middleware=[Middleware(Guard, sandbox=box, door=door)],
    )
    app.state.sandbox = box
    app.state.door = door
    return app


__all__ = ["create_app"]
