"""The ``/_sandbox/`` operations (not PayPal's): faults, stats, tokens, payer actions, reset.

For tests and a sandbox run from the CLI; :func:`~.wire.endpoint` guards them with
``admin=True`` (no faults, the sandbox's credentials, JSON-only POSTs).
"""

from __future__ import annotations

from ..core import Sandbox
from ..state import validation
from ..state.errors import ApiError, detail
from ..state.records import Reply
from .wire import Call, empty, json_reply

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
