"""PayPal's arithmetic: the documented 74.21 invoice, rounding, tax modes, discounts."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from paypal_invoicing.sandbox.state import amounts

from .helpers import create, seed


def figures(invoice: dict[str, Any]) -> dict[str, Any]:
    """Every computed figure of an invoice, by name."""
    breakdown = invoice["amount"]["breakdown"]
    out: dict[str, Any] = {
        "total": invoice["amount"]["value"],
        "currency": invoice["amount"]["currency_code"],
        "due": invoice["due_amount"]["value"],
        "item_total": breakdown["item_total"]["value"],
        "item_discount": breakdown["discount"]["item_discount"]["value"],
        "invoice_discount_percent": breakdown["discount"]["invoice_discount"]["percent"],
        "invoice_discount": breakdown["discount"]["invoice_discount"]["amount"]["value"],
        "tax_total": breakdown["tax_total"]["value"],
        "shipping": breakdown["shipping"]["amount"]["value"],
        "shipping_tax": breakdown["shipping"]["tax"]["amount"]["value"],
        "custom": breakdown["custom"]["amount"]["value"],
        "custom_label": breakdown["custom"]["label"],
    }
    for i, item in enumerate(invoice["items"]):
        out[f"item{i}_tax"] = item["tax"]["amount"]["value"]
        out[f"item{i}_discount"] = f"{float(item['discount']['amount']['value']):.2f}"
    return out


def test_documented_breakdown_of_seed_004_matches_seed_002(api: httpx.Client) -> None:
    created = create(api, seed("004_create_invoice_request.json"))
    documented = seed("002_show_invoice.json")
    assert figures(created) == figures(documented)
    assert figures(created)["total"] == "74.21"
    assert figures(created)["invoice_discount"] == "-2.63"
    assert [i["tax"]["amount"]["value"] for i in created["items"]] == ["3.27", "0.34"]
    assert created["status"] == "DRAFT"
    # what the server stored is what it answered
    fetched = api.get(f"/v2/invoicing/invoices/{created['id']}").json()
    assert figures(fetched) == figures(documented)


def one_item(
    currency: str,
    unit: str,
    qty: str = "1",
    *,
    tax: str | None = None,
    discount: dict[str, Any] | None = None,
    config: dict[str, Any] | None = None,
    invoice_discount: dict[str, Any] | None = None,
    shipping: dict[str, Any] | None = None,
) -> dict[str, Any]:
    item: dict[str, Any] = {
        "name": "Thing",
        "quantity": qty,
        "unit_amount": {"currency_code": currency, "value": unit},
    }
    if tax:
        item["tax"] = {"name": "VAT", "percent": tax}
    if discount:
        item["discount"] = discount
    body: dict[str, Any] = {"detail": {"currency_code": currency}, "items": [item]}
    if config:
        body["configuration"] = config
    breakdown: dict[str, Any] = {}
    if invoice_discount:
        breakdown["discount"] = {"invoice_discount": invoice_discount}
    if shipping:
        breakdown["shipping"] = shipping
    if breakdown:
        body["amount"] = {"breakdown": breakdown}
    return body


def test_jpy_rounds_to_whole_yen(api: httpx.Client) -> None:
    # 3 x 333 = 999; 10% tax = 99.9 -> 100; total 1099, no decimals anywhere
    inv = create(api, one_item("JPY", "333", "3", tax="10"))
    assert inv["amount"]["value"] == "1099"
    assert inv["items"][0]["tax"]["amount"]["value"] == "100"
    assert inv["amount"]["breakdown"]["item_total"]["value"] == "999"
    assert inv["due_amount"] == {"currency_code": "JPY", "value": "1099"}


def test_jpy_half_rounds_up(api: httpx.Client) -> None:
    # 105 x 5% = 5.25 -> 5 ; 110 x 5% = 5.5 -> 6 (half-up, not banker's)
    assert create(api, one_item("JPY", "105", tax="5"))["amount"]["value"] == "110"
    assert create(api, one_item("JPY", "110", tax="5"))["amount"]["value"] == "116"


def test_jpy_amount_with_decimals_is_refused(api: httpx.Client) -> None:
    response = api.post("/v2/invoicing/invoices", json=one_item("JPY", "10.5"))
    assert response.status_code == 422
    assert response.json()["details"][0]["issue"] == "DECIMAL_PRECISION"
    assert api.get("/v2/invoicing/invoices?total_required=true").json()["total_items"] == 0


def test_usd_half_cent_rounds_up(api: httpx.Client) -> None:
    # 10.10 x 7.5% = 0.7575 -> 0.76 ; 0.05 x 50% = 0.025 -> 0.03
    assert create(api, one_item("USD", "10.10", tax="7.5"))["amount"]["value"] == "10.86"
    assert create(api, one_item("USD", "0.05", tax="50"))["amount"]["value"] == "0.08"


def test_tax_inclusive_prices_extract_the_tax(api: httpx.Client) -> None:
    # 119.00 incl. 19% -> tax 19.00, total stays 119.00
    inv = create(api, one_item("EUR", "119.00", tax="19", config={"tax_inclusive": True}))
    assert inv["items"][0]["tax"]["amount"]["value"] == "19.00"
    assert inv["amount"]["breakdown"]["tax_total"]["value"] == "19.00"
    assert inv["amount"]["value"] == "119.00"


def test_tax_inclusive_with_shipping_tax(api: httpx.Client) -> None:
    inv = create(
        api,
        one_item(
            "EUR",
            "100.00",
            tax="10",
            config={"tax_inclusive": True},
            shipping={
                "amount": {"currency_code": "EUR", "value": "11.00"},
                "tax": {"name": "VAT", "percent": "10"},
            },
        ),
    )
    # 100 incl 10% -> 9.09 ; 11 incl 10% -> 1.00 ; total = 111.00
    assert inv["items"][0]["tax"]["amount"]["value"] == "9.09"
    assert inv["amount"]["breakdown"]["shipping"]["tax"]["amount"]["value"] == "1.00"
    assert inv["amount"]["breakdown"]["tax_total"]["value"] == "10.09"
    assert inv["amount"]["value"] == "111.00"


def test_tax_before_discount(api: httpx.Client) -> None:
    body = one_item(
        "USD",
        "100.00",
        tax="10",
        discount={"percent": "20"},
        config={"tax_calculated_after_discount": False},
    )
    inv = create(api, body)
    # tax on the undiscounted 100.00 -> 10.00 ; total 100 - 20 + 10 = 90.00
    assert inv["items"][0]["tax"]["amount"]["value"] == "10.00"
    assert inv["amount"]["value"] == "90.00"
    body["configuration"]["tax_calculated_after_discount"] = True
    inv = create(api, body)
    # tax on 80.00 -> 8.00 ; total 88.00
    assert inv["items"][0]["tax"]["amount"]["value"] == "8.00"
    assert inv["amount"]["value"] == "88.00"


def test_invoice_discount_amount_is_spread_pro_rata_before_tax(api: httpx.Client) -> None:
    body = one_item(
        "USD",
        "30.00",
        tax="10",
        invoice_discount={"amount": {"currency_code": "USD", "value": "10.00"}},
    )
    body["items"].append(
        {
            "name": "Other",
            "quantity": "2",
            "unit_amount": {"currency_code": "USD", "value": "35.00"},
        }
    )
    inv = create(api, body)
    # lines 30 (taxed) and 70; discount 10 -> taxed line bears 3.00 ; tax 10% of 27 = 2.70
    assert inv["items"][0]["tax"]["amount"]["value"] == "2.70"
    discount = inv["amount"]["breakdown"]["discount"]["invoice_discount"]["amount"]["value"]
    assert discount == "-10.00"
    assert inv["amount"]["value"] == "92.70"


def test_item_discount_amount_and_quantity(api: httpx.Client) -> None:
    inv = create(
        api,
        one_item(
            "USD", "12.50", "4", discount={"amount": {"currency_code": "USD", "value": "5.00"}}
        ),
    )
    assert inv["amount"]["breakdown"]["item_total"]["value"] == "50.00"
    assert inv["amount"]["breakdown"]["discount"]["item_discount"]["value"] == "-5.00"
    assert inv["amount"]["value"] == "45.00"


def test_negative_custom_amount_reduces_total(api: httpx.Client) -> None:
    body = one_item("USD", "20.00")
    body["amount"] = {
        "breakdown": {
            "custom": {"label": "Loyalty", "amount": {"currency_code": "USD", "value": "-5.00"}}
        }
    }
    assert create(api, body)["amount"]["value"] == "15.00"


@pytest.mark.parametrize(
    ("value", "currency", "expected"),
    [
        ("2.675", "USD", "2.68"),
        ("2.665", "EUR", "2.67"),
        ("0.5", "JPY", "1"),
        ("1.5", "HUF", "2"),
        ("-0.004", "USD", "0.00"),
        ("7", "TWD", "7"),
    ],
)
def test_fmt_rounds_half_up_to_minor_unit(value: str, currency: str, expected: str) -> None:
    from decimal import Decimal

    assert amounts.fmt(Decimal(value), currency) == expected
