"""Invoicing v1: each of v1's 21 operations answers in v1's shapes, over the v2 store."""

from __future__ import annotations

import base64
import json
from pathlib import Path
from typing import Any

import httpx
import jsonschema
import pytest

from paypal_invoicing.sandbox import SandboxServer

from .test_qr import decode_png

V1 = "/v1/invoicing"
SPEC = json.loads((Path(__file__).resolve().parents[2] / "spec/v1/invoicing_v1.json").read_text())


def conforms(body: Any, schema_name: str) -> None:
    """Validate a v1 answer against v1's published schema."""
    schema = {"$ref": f"#/components/schemas/{schema_name}", "components": SPEC["components"]}
    jsonschema.Draft7Validator(schema).validate(body)


def v1_invoice(number: str | None = None, price: str = "50.00") -> dict[str, Any]:
    body: dict[str, Any] = {
        "merchant_info": {
            "email": "merchant@example.com",
            "first_name": "David",
            "last_name": "Larusso",
            "business_name": "Mitchell & Murray",
            "address": {
                "line1": "1234 First Street",
                "city": "Anytown",
                "state": "CA",
                "postal_code": "98765",
                "country_code": "US",
            },
            "phone": {"country_code": "001", "national_number": "4085551234"},
        },
        "billing_info": [
            {"email": "bill-me@example.com", "first_name": "Stephanie", "last_name": "Meyers"}
        ],
        "shipping_info": {
            "first_name": "Stephanie",
            "last_name": "Meyers",
            "address": {"line1": "1234 Main Street", "city": "Anytown", "country_code": "US"},
        },
        "items": [
            {
                "name": "Zoom System wireless headphones",
                "quantity": 2,
                "unit_price": {"currency": "USD", "value": price},
                "tax": {"name": "Tax", "percent": 8},
            }
        ],
        "discount": {"percent": 1},
        "shipping_cost": {"amount": {"currency": "USD", "value": "10.00"}},
        "note": "Thank you for your business.",
        "terms": "No refunds after 30 days.",
        "allow_partial_payment": True,
        "minimum_amount_due": {"currency": "USD", "value": "20.00"},
    }
    if number:
        body["number"] = number
    return body


def test_v1_invoice_lifecycle_covers_every_invoice_operation(api: httpx.Client) -> None:
    created = api.post(f"{V1}/invoices", json=v1_invoice("V1-0001"))
    assert created.status_code == 201
    inv = created.json()
    conforms(inv, "invoice")
    assert inv["number"] == "V1-0001"
    assert inv["status"] == "DRAFT"
    # 2 x 50 = 100 ; -1% = 99 ; tax 8% of 100 (v1 default: tax before discount) = 8 ; +10 ship
    assert inv["total_amount"] == {"currency": "USD", "value": "117.00"}
    invoice_id = inv["id"]

    # the same invoice through v2
    v2 = api.get(f"/v2/invoicing/invoices/{invoice_id}").json()
    assert v2["detail"]["invoice_number"] == "V1-0001"
    assert v2["amount"]["value"] == "117.00"

    got = api.get(f"{V1}/invoices/{invoice_id}")
    assert got.status_code == 200
    conforms(got.json(), "invoice")

    updated = api.put(f"{V1}/invoices/{invoice_id}", json=v1_invoice("V1-0001", "60.00"))
    assert updated.status_code == 200
    conforms(updated.json(), "invoice")
    assert updated.json()["total_amount"]["value"] == "138.40"

    number = api.post(f"{V1}/invoices/next-invoice-number")
    assert number.status_code == 200
    assert number.json() == {"number": "V1-0002"}
    conforms(number.json(), "invoice_number")

    listed = api.get(
        f"{V1}/invoices", params={"page": 0, "page_size": 10, "total_count_required": "true"}
    )
    assert listed.status_code == 200
    conforms(listed.json(), "invoices")
    assert listed.json()["total_count"] == 1

    found = api.post(f"{V1}/search", json={"number": "V1-0001", "total_count_required": True})
    assert found.status_code == 200
    conforms(found.json(), "invoices")
    assert [i["id"] for i in found.json()["invoices"]] == [invoice_id]
    assert api.post(f"{V1}/search", json={"status": "SENT"}).json()["invoices"] == []

    assert api.post(f"{V1}/invoices/{invoice_id}/send").status_code == 202
    assert api.get(f"{V1}/invoices/{invoice_id}").json()["status"] == "SENT"
    assert api.post(f"{V1}/invoices/{invoice_id}/remind", json={"subject": "Hi"}).status_code == 202

    qr = api.get(f"{V1}/invoices/{invoice_id}/qr-code", params={"width": 200, "height": 200})
    assert qr.status_code == 200
    conforms(qr.json(), "qr_code")
    width, height, texts = decode_png(base64.b64decode(qr.json()["image"]))
    assert (width, height) == (200, 200)
    assert texts == [v2["detail"]["metadata"]["recipient_view_url"]]

    paid = api.post(
        f"{V1}/invoices/{invoice_id}/record-payment",
        json={
            "method": "CASH",
            "date": "2024-05-01 03:30:00 PST",
            "amount": {"currency": "USD", "value": "39.60"},
        },
    )
    assert paid.status_code == 204  # PayPal: 204, empty body
    assert paid.content == b""
    after = api.get(f"{V1}/invoices/{invoice_id}").json()
    conforms(after, "invoice")
    assert after["status"] == "PARTIALLY_PAID"
    assert after["paid_amount"]["other"]["value"] == "39.60"
    payment_id = after["payments"][0]["transaction_id"]
    assert api.delete(f"{V1}/invoices/{invoice_id}/payment-records/{payment_id}").status_code == 204
    assert api.get(f"{V1}/invoices/{invoice_id}").json()["status"] == "SENT"

    api.post(
        f"{V1}/invoices/{invoice_id}/record-payment",
        json={"method": "CHECK", "amount": {"currency": "USD", "value": "138.40"}},
    )
    assert api.get(f"{V1}/invoices/{invoice_id}").json()["status"] == "MARKED_AS_PAID"
    refunded = api.post(
        f"{V1}/invoices/{invoice_id}/record-refund",
        json={"date": "2024-05-02 03:30:00 PST", "amount": {"currency": "USD", "value": "9.60"}},
    )
    assert refunded.status_code == 204
    assert refunded.content == b""
    after = api.get(f"{V1}/invoices/{invoice_id}").json()
    assert after["status"] == "PARTIALLY_REFUNDED"
    refund_id = after["refunds"][0]["transaction_id"]
    assert api.delete(f"{V1}/invoices/{invoice_id}/refund-records/{refund_id}").status_code == 204
    assert api.get(f"{V1}/invoices/{invoice_id}").json()["status"] == "MARKED_AS_PAID"


def test_v1_schedule_cancel_and_delete(api: httpx.Client) -> None:
    body = v1_invoice()
    body["invoice_date"] = "2999-01-01"
    scheduled = api.post(f"{V1}/invoices", json=body).json()
    assert api.post(f"{V1}/invoices/{scheduled['id']}/schedule").status_code == 202
    assert api.get(f"{V1}/invoices/{scheduled['id']}").json()["status"] == "SCHEDULED"
    assert api.delete(f"{V1}/invoices/{scheduled['id']}").status_code == 204

    sent = api.post(f"{V1}/invoices", json=v1_invoice()).json()
    api.post(f"{V1}/invoices/{sent['id']}/send")
    cancel = api.post(
        f"{V1}/invoices/{sent['id']}/cancel", json={"subject": "Cancelled", "send_to_payer": True}
    )
    assert cancel.status_code == 204
    assert api.get(f"{V1}/invoices/{sent['id']}").json()["status"] == "CANCELLED"
    refused = api.delete(f"{V1}/invoices/{sent['id']}")
    assert refused.status_code == 422
    conforms(refused.json(), "error")


def test_v1_templates_cover_every_template_operation(api: httpx.Client) -> None:
    template = {
        "name": "Hours",
        "default": True,
        "unit_of_measure": "HOURS",
        "template_data": {k: v for k, v in v1_invoice().items() if k not in ("number",)},
        "settings": [
            {"field_name": "items.date", "display_preference": {"hidden": True}},
            {"field_name": "shipping", "display_preference": {"hidden": False}},
        ],
    }
    created = api.post(f"{V1}/templates", json=template)
    assert created.status_code == 200
    conforms(created.json(), "template")
    template_id = created.json()["template_id"]
    assert created.json()["template_data"]["total_amount"]["value"] == "117.00"

    got = api.get(f"{V1}/templates/{template_id}")
    assert got.status_code == 200
    conforms(got.json(), "template")
    assert got.json()["settings"][0] == {
        "field_name": "items.date",
        "display_preference": {"hidden": True},
    }

    template["name"] = "Hours (new)"
    updated = api.put(f"{V1}/templates/{template_id}", json=template)
    assert updated.status_code == 200
    assert updated.json()["name"] == "Hours (new)"

    listed = api.get(f"{V1}/templates")
    assert listed.status_code == 200
    conforms(listed.json(), "templates")
    assert listed.json()["emails"] == ["merchant@example.com"]
    assert [t["template_id"] for t in listed.json()["templates"]] == [template_id]
    # the same template through v2
    assert api.get(f"/v2/invoicing/templates/{template_id}").json()["name"] == "Hours (new)"

    assert api.delete(f"{V1}/templates/{template_id}").status_code == 204
    assert api.get(f"{V1}/templates/{template_id}").status_code == 404


@pytest.mark.parametrize(
    ("method", "path", "body"),
    [
        ("POST", "/invoices", {"items": []}),
        ("POST", "/invoices", {"merchant_info": {}, "items": [{"name": "x"}]}),
        ("GET", "/invoices/INV2-NOPE", None),
        ("GET", "/invoices", None),
    ],
)
def test_v1_errors_conform(api: httpx.Client, method: str, path: str, body: Any) -> None:
    params = {"page_size": 500} if path == "/invoices" and method == "GET" else None
    response = api.request(method, V1 + path, json=body, params=params)
    assert response.status_code in (400, 404)
    conforms(response.json(), "error")
    assert all("field" in d for d in response.json()["details"])


def test_v1_requires_a_token(server: SandboxServer) -> None:
    assert httpx.get(server.url + V1 + "/invoices").status_code == 401


def _v1_one_item(currency: str, value: Any) -> dict[str, Any]:
    return {
        "merchant_info": {"email": "merchant@example.com"},
        "items": [
            {"name": "Work", "quantity": 1, "unit_price": {"currency": currency, "value": value}}
        ],
    }


@pytest.mark.parametrize(
    ("currency", "sent", "shown"),
    [
        ("USD", "100.00", "100.00"),
        ("USD", 100, "100.00"),
        ("USD", "100.5", "100.50"),
        ("JPY", "1000", "1000"),
        ("JPY", "1000.00", "1000"),
    ],
)
def test_v1_amounts_come_back_with_the_currency_minor_unit(
    api: httpx.Client, currency: str, sent: Any, shown: str
) -> None:
    created = api.post(f"{V1}/invoices", json=_v1_one_item(currency, sent))
    assert created.status_code == 201, created.text
    inv = created.json()
    conforms(inv, "invoice")
    assert inv["items"][0]["unit_price"] == {"currency": currency, "value": shown}
    assert inv["total_amount"] == {"currency": currency, "value": shown}
    assert inv["paid_amount"]["other"]["value"] == ("0" if currency == "JPY" else "0.00")
    # the v2 view of the same invoice
    v2 = api.get(f"/v2/invoicing/invoices/{inv['id']}").json()
    assert v2["items"][0]["unit_amount"] == {"currency_code": currency, "value": shown}

    template = api.post(
        f"{V1}/templates", json={"name": "Work", "template_data": _v1_one_item(currency, sent)}
    )
    assert template.status_code == 200, template.text
    assert template.json()["template_data"]["items"][0]["unit_price"]["value"] == shown


def test_v1_amount_finer_than_the_currency_is_refused(api: httpx.Client) -> None:
    response = api.post(f"{V1}/invoices", json=_v1_one_item("JPY", "1000.5"))
    assert response.status_code == 422
    conforms(response.json(), "error")


def test_v2_upper_case_setting_names_read_in_v1_spelling(api: httpx.Client) -> None:
    settings = {
        "template_item_settings": [
            {"field_name": "ITEMS_QUANTITY", "display_preference": {"hidden": True}}
        ],
        "template_subtotal_settings": [
            {"field_name": "DISCOUNT", "display_preference": {"hidden": False}}
        ],
    }
    created = api.post("/v2/invoicing/templates", json={"name": "Upper", "settings": settings})
    assert created.status_code in (200, 201), created.text
    bare = {
        "name": "Bare",
        "template_info": {"detail": {"currency_code": "USD"}},  # no invoicer
        "settings": {"template_item_settings": [{"display_preference": {"hidden": True}}]},
    }
    assert api.post("/v2/invoicing/templates", json=bare).status_code in (200, 201)
    listed = api.get(f"{V1}/templates").json()["templates"]
    (template,) = [t for t in listed if t["name"] == "Upper"]
    assert [s["field_name"] for s in template["settings"]] == ["items.quantity", "discount"]
    conforms(template, "template")
    (plain,) = [t for t in listed if t["name"] == "Bare"]
    assert plain["settings"] == []  # a v2 setting without a field has no v1 form
    assert plain["template_data"]["merchant_info"] == {}
    conforms(plain, "template")
