"""Whole v1 bodies over the v2 store: a v1 invoice in, stored invoices and templates out."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from .. import amounts
from ..errors import ApiError, detail
from ..records import InvoiceRecord
from . import shapes
from .fields import to_v1, to_v2

V1 = "/v1/invoicing"


def an_object(body: Any, field: str = "/") -> dict[str, Any]:
    """``body`` when it is a JSON object; PayPal's 400 otherwise."""
    if not isinstance(body, dict):
        raise ApiError(
            400, [detail("INVALID_PARAMETER_SYNTAX", "Expected an object.", field=field)]
        )
    return body


def invoice_in(body: Any) -> dict[str, Any]:
    """A v1 invoice as a v2 body."""
    src = an_object(body)
    if "merchant_info" not in src:  # v1's schema requires it; v2's does not
        raise ApiError(
            400,
            [
                detail(
                    "MISSING_REQUIRED_PARAMETER", "A required field is missing.", field="/invoicer"
                )
            ],
        )
    return to_v2(shapes.INVOICE, src)


def _summed(rows: list[dict[str, Any]], currency: str) -> dict[str, Any]:
    totals = {"PAYPAL": Decimal(0), "EXTERNAL": Decimal(0)}
    for row in rows:
        totals[row["type"]] += Decimal(row["amount"]["value"])
    return {
        "paypal": {"currency": currency, "value": amounts.fmt(totals["PAYPAL"], currency)},
        "other": {"currency": currency, "value": amounts.fmt(totals["EXTERNAL"], currency)},
    }


def _self_link(href: str) -> list[dict[str, str]]:
    return [{"href": href, "rel": "self", "method": "GET"}]


def invoice_out(record: InvoiceRecord, base: str) -> dict[str, Any]:
    """The v1 representation of a stored invoice."""
    inv = record.invoice
    det = inv["detail"]
    out: dict[str, Any] = {
        "id": inv["id"],
        "number": shapes.fit(25)(det["invoice_number"]),
        "status": inv["status"],
    }
    out.update(to_v1(shapes.INVOICE, inv))
    out["invoice_date"] = det.get("invoice_date")
    payments = (inv.get("payments") or {}).get("transactions") or []
    refunds = (inv.get("refunds") or {}).get("transactions") or []
    out["payments"] = [to_v1(shapes.PAYMENT, p) for p in payments]
    out["refunds"] = [to_v1(shapes.REFUND, r) for r in refunds]
    out["paid_amount"] = _summed(payments, det["currency_code"])
    out["refunded_amount"] = _summed(refunds, det["currency_code"])
    out["metadata"] = to_v1(shapes.METADATA, det["metadata"])
    out["links"] = _self_link(f"{base}{V1}/invoices/{inv['id']}")
    return {k: v for k, v in out.items() if v is not None}


def template_out(template: dict[str, Any], base: str) -> dict[str, Any]:
    """The v1 representation of a stored template."""
    out = to_v1(shapes.TEMPLATE, template)
    out["links"] = _self_link(f"{base}{V1}/templates/{template['id']}")
    return out
