"""v1's declarative field tables: one table per shape, read in both directions."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from paypal_invoicing.sandbox.state.v1 import shapes
from paypal_invoicing.sandbox.state.v1.fields import Field, Table, to_v1, to_v2, v1_field

from .test_v1 import V1, v1_invoice


def test_a_v1_invoice_survives_the_round_trip() -> None:
    sent = v1_invoice("RT-1")
    v2 = to_v2(shapes.INVOICE, sent)
    assert v2["detail"]["invoice_number"] == "RT-1"
    assert v2["detail"]["currency_code"] == "USD"
    assert v2["invoicer"]["address"]["admin_area_2"] == "Anytown"
    assert v2["primary_recipients"][0]["billing_info"]["email_address"] == "bill-me@example.com"
    assert v2["primary_recipients"][0]["shipping_info"]["name"]["given_name"] == "Stephanie"
    back = to_v1(shapes.INVOICE, v2)
    for key in ("merchant_info", "billing_info", "shipping_info", "note", "terms", "payment_term"):
        if key in sent:
            assert back[key] == sent[key], key
    assert [i["name"] for i in back["items"]] == [i["name"] for i in sent["items"]]


def test_each_direction_fills_its_own_defaults() -> None:
    v2 = to_v2(shapes.INVOICE, {"merchant_info": {"email": "m@example.com"}})
    assert v2["configuration"] == {
        "partial_payment": {"allow_partial_payment": False},
        "tax_calculated_after_discount": False,
        "tax_inclusive": False,
        "allow_tip": False,
    }
    assert v2["items"] == []
    v1 = to_v1(shapes.INVOICE, {"invoicer": {}})
    assert v1["tax_calculated_after_discount"] is True  # PayPal's v1 default
    assert v1["items"] == []
    assert v1["merchant_info"] == {}  # v1 always names the merchant: its default fills it
    bare = Table((Field("a", "x"), Field("b", "y")))
    assert to_v1(bare, {"x": {}, "y": []}) == {}  # an empty v2 object or list is left out


def test_one_way_fields_stay_one_way() -> None:
    table = Table(
        (
            Field("a", "x", outbound=False),
            Field("b", "y", inbound=False),
            Field("c", "z.deep.0", into=str.upper, back=str.lower),
        )
    )
    assert to_v2(table, {"a": 1, "b": 2, "c": "k"}) == {"x": 1, "z": {"deep": ["K"]}}
    assert to_v1(table, {"x": 1, "y": 2, "z": {"deep": ["K"]}}) == {"b": 2, "c": "k"}


@pytest.mark.parametrize(
    ("table", "pointer", "named"),
    [
        (shapes.INVOICE, "/items/0/unit_amount/value", "items[0].unit_price.value"),
        (shapes.INVOICE, "/primary_recipients/1/billing_info/email_address",
         "billing_info[1].email"),
        (shapes.INVOICE, "/primary_recipients/0/shipping_info/name/surname",
         "shipping_info.last_name"),
        (shapes.INVOICE, "/invoicer/phones/0/national_number",
         "merchant_info.phone.national_number"),
        (shapes.INVOICE, "/amount/breakdown/shipping/tax/percent", "shipping_cost.tax.percent"),
        (shapes.INVOICE, "/configuration/allow_tip", "allow_tip"),
        (shapes.TEMPLATE, "/template_info/items/2/quantity", "template_data.items[2].quantity"),
        (shapes.PAYMENT, "/amount/currency_code", "amount.currency"),
        (shapes.REFUND, "/refund_date", "date"),
    ],
)  # fmt: skip
def test_v2_pointers_are_named_in_v1_terms(table: Table, pointer: str, named: str) -> None:
    assert v1_field(table, pointer) == named


@pytest.mark.parametrize(
    ("change", "field"),
    [
        (lambda b: b["items"][0].update(unit_price={"currency": "USD", "value": "1,5"}),
         "items[0].unit_price.value"),
        (lambda b: b["items"][0].pop("name"), "items[0].name"),
        (lambda b: b["billing_info"][0].update(email="e" * 300), "billing_info[0].email"),
        (lambda b: b["items"][0].update(quantity="many"), "items[0].quantity"),
        (lambda b: b.update(allow_tip="yes"), "allow_tip"),
    ],
)  # fmt: skip
def test_v1_refusals_name_the_v1_field(api: httpx.Client, change: Any, field: str) -> None:
    body = v1_invoice()
    change(body)
    response = api.post(f"{V1}/invoices", json=body)
    assert response.status_code == 400, response.text
    assert response.json()["details"][0]["field"] == field


@pytest.mark.parametrize("merchant", [[], "m", 3, [{"email": "m@example.com"}]])
def test_a_clash_of_shapes_is_refused_not_a_500(api: httpx.Client, merchant: Any) -> None:
    body = v1_invoice()
    body["merchant_info"] = merchant
    body["logo_url"] = "https://example.com/logo.png"  # written below merchant_info's v2 form
    response = api.post(f"{V1}/invoices", json=body)
    assert response.status_code == 400, response.text
    assert response.json()["details"][0]["field"] == "merchant_info"
    template = api.post(f"{V1}/templates", json={"name": "T", "template_data": body})
    assert template.status_code == 400, template.text


def test_writing_through_a_clash_leaves_the_clash_for_the_schema() -> None:
    table = Table((Field("a", "x"), Field("b", "x.y"), Field("c", "l.0"), Field("d", "l.k")))
    assert to_v2(table, {"a": "text", "b": 1, "c": 2, "d": 3}) == {"x": "text", "l": [2]}
