"""Helpers shared by the sandbox tests."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import httpx

SEEDS = Path(__file__).resolve().parents[1] / "fixtures" / "seeds"


def seed(name: str) -> Any:
    """A documented payload from tests/fixtures/seeds."""
    return json.loads((SEEDS / name).read_text())


def simple_invoice(
    value: str = "100.00",
    currency: str = "USD",
    *,
    partial: bool = False,
    minimum: str | None = None,
    invoice_date: str | None = None,
) -> dict[str, Any]:
    """An invoice of one untaxed item, with optional partial-payment settings."""
    body: dict[str, Any] = {
        "detail": {"currency_code": currency},
        "primary_recipients": [
            {
                "billing_info": {
                    "email_address": "payer@example.com",
                    "name": {"given_name": "Ada", "surname": "Lovelace"},
                }
            }
        ],
        "items": [
            {
                "name": "Work",
                "quantity": "1",
                "unit_amount": {"currency_code": currency, "value": value},
            }
        ],
    }
    if invoice_date:
        body["detail"]["invoice_date"] = invoice_date
    if partial:
        pp: dict[str, Any] = {"allow_partial_payment": True}
        if minimum:
            pp["minimum_amount_due"] = {"currency_code": currency, "value": minimum}
        body["configuration"] = {"partial_payment": pp}
    return body


def create(api: httpx.Client, body: dict[str, Any]) -> dict[str, Any]:
    """Create an invoice and return its full representation."""
    response = api.post(
        "/v2/invoicing/invoices", json=body, headers={"Prefer": "return=representation"}
    )
    assert response.status_code == 201, response.text
    return dict(response.json())


def issues(response: httpx.Response) -> list[str]:
    """The ``details[].issue`` codes of an error answer."""
    return [d["issue"] for d in response.json().get("details", [])]
