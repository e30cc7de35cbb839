"""No input gives a 500: each refusal is PayPal-shaped, names the field and changes nothing."""

from __future__ import annotations

import json
from typing import Any

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from paypal_invoicing.sandbox import SandboxServer

from .helpers import create, simple_invoice
from .test_v1 import V1, _v1_one_item, v1_invoice

INV = "/v2/invoicing/invoices"


def _state(server: SandboxServer) -> str:
    """Everything the sandbox holds, to compare before and after a refusal."""
    box = server.sandbox
    with box.store.lock:
        invoices = {i: box.invoice(i) for i in box.invoice_ids()}
        templates = dict(box.store.templates)
    return json.dumps([invoices, templates], sort_keys=True, default=str)


def _refused(response: httpx.Response, field_part: str) -> None:
    assert 400 <= response.status_code < 500, response.text
    body = response.json()
    assert body["name"] in ("INVALID_REQUEST", "UNPROCESSABLE_ENTITY"), body
    assert body["debug_id"] == response.headers["Paypal-Debug-Id"]
    assert any(field_part in d.get("field", "") for d in body["details"]), body


def _sent_invoice(api: httpx.Client) -> str:
    made = api.post(f"{V1}/invoices", json=v1_invoice())
    assert made.status_code == 201, made.text
    return str(made.json()["id"])


def test_v1_create_with_an_overflowing_amount(server: SandboxServer, api: httpx.Client) -> None:
    before = _state(server)
    response = api.post(f"{V1}/invoices", json=_v1_one_item("USD", "1e9999999"))
    _refused(response, "unit_price")
    assert _state(server) == before


def test_v1_record_payment_with_an_overflowing_amount(
    server: SandboxServer, api: httpx.Client
) -> None:
    invoice_id = _sent_invoice(api)
    before = _state(server)
    response = api.post(
        f"{V1}/invoices/{invoice_id}/record-payment",
        json={"method": "CASH", "amount": {"currency": "USD", "value": "1e9999999"}},
    )
    _refused(response, "amount")
    assert _state(server) == before


def test_v1_template_with_an_overflowing_amount(server: SandboxServer, api: httpx.Client) -> None:
    before = _state(server)
    response = api.post(
        f"{V1}/templates",
        json={"name": "Huge", "template_data": _v1_one_item("USD", "1e9999999")},
    )
    _refused(response, "unit_price")
    assert _state(server) == before


@pytest.mark.parametrize("bound", ["NaN", "Infinity", "-inf", "1e9999999", "ten", [1]])
@pytest.mark.parametrize("key", ["lower_total_amount", "upper_total_amount"])
def test_v1_search_with_a_non_number_bound(api: httpx.Client, bound: Any, key: str) -> None:
    _sent_invoice(api)
    response = api.post(f"{V1}/search", json={key: bound})
    assert response.status_code == 400
    assert response.json()["details"][0]["field"] == key


def test_v1_tiny_amount_is_refused_like_v2s_over_precise_one(
    server: SandboxServer, api: httpx.Client
) -> None:
    v1 = api.post(f"{V1}/invoices", json=_v1_one_item("USD", "1e-9999999"))
    _refused(v1, "unit_price")
    body = simple_invoice()
    body["items"][0]["unit_amount"]["value"] = "0.000000001"
    v2 = api.post(INV, json=body)
    _refused(v2, "unit_amount")
    assert server.sandbox.invoice_ids() == []


# -- a sweep: odd numbers everywhere an amount, a quantity or a percent goes -------------------
ODD_NUMBERS = st.one_of(
    st.sampled_from(
        [
            "1e9999999",
            "-1e9999999",
            "1e-9999999",
            "NaN",
            "sNaN",
            "Infinity",
            "-Infinity",
            "9" * 400,
            "0." + "0" * 400 + "1",
            "1_000",
            " 1",
            "0x10",
            "",
            "-",
            ".",
            "1e3",
        ]
    ),
    st.floats(allow_nan=False, allow_infinity=False),
    st.integers(min_value=-(10**40), max_value=10**40),
    st.text(max_size=12),
    st.none(),
    st.booleans(),
    st.lists(st.integers(), max_size=2),
)


def _v1_bodies(value: Any) -> list[tuple[str, dict[str, Any]]]:
    item = {"name": "Work", "quantity": value, "unit_price": {"currency": "USD", "value": value}}
    discount = {"percent": value, "amount": {"currency": "USD", "value": value}}
    return [
        ("/invoices", {**_v1_one_item("USD", value)}),
        ("/invoices", {"merchant_info": {"email": "m@example.com"}, "items": [item]}),
        (
            "/invoices",
            {**_v1_one_item("USD", "1.00"), "discount": discount, "shipping_cost": discount},
        ),
        ("/templates", {"name": "T", "template_data": _v1_one_item("USD", value)}),
        ("/search", {"lower_total_amount": value, "upper_total_amount": value}),
    ]


def _v2_bodies(value: Any) -> list[tuple[str, dict[str, Any]]]:
    body = simple_invoice()
    item = body["items"][0]
    item["quantity"] = value
    item["tax"] = {"name": "Tax", "percent": value}
    item["discount"] = {"percent": value}
    money = simple_invoice()
    money["items"][0]["unit_amount"]["value"] = value
    return [
        ("/invoices", body),
        ("/invoices", money),
        (
            "/search-invoices",
            {
                "total_amount_range": {
                    "lower_amount": {"currency_code": "USD", "value": value},
                    "upper_amount": {"currency_code": "USD", "value": value},
                }
            },
        ),
    ]


@settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(value=ODD_NUMBERS)
def test_odd_numbers_never_give_a_500(server: SandboxServer, api: httpx.Client, value: Any) -> None:
    if not server.sandbox.invoice_ids():
        create(api, simple_invoice())  # so searches compare against a stored invoice
    calls = [(V1 + p, b) for p, b in _v1_bodies(value)]
    calls += [("/v2/invoicing" + p, b) for p, b in _v2_bodies(value)]
    for path, body in calls:
        before = _state(server)
        response = api.post(path, json=body)
        assert response.status_code < 500, (path, value, response.text)
        if response.status_code >= 400:
            payload = response.json()
            assert payload["debug_id"] == response.headers["Paypal-Debug-Id"]
            assert payload.get("details"), (path, value, payload)
            assert _state(server) == before, (path, value)


V1_OBJECT_KEYS = [
    "merchant_info",
    "billing_info",
    "shipping_info",
    "cc_info",
    "items",
    "discount",
    "shipping_cost",
    "custom",
    "minimum_amount_due",
    "payment_term",
    "total_amount",
]
V2_OBJECT_KEYS = ["detail", "invoicer", "primary_recipients", "items", "configuration", "amount"]
ODD_SHAPES = st.one_of(
    ODD_NUMBERS,
    st.dictionaries(st.sampled_from(["email", "value", "currency", "0", "line1"]), ODD_NUMBERS),
    st.lists(
        st.one_of(st.text(max_size=3), st.dictionaries(st.text(max_size=3), st.none())), max_size=2
    ),
)


@settings(
    max_examples=30,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(value=ODD_SHAPES)
def test_odd_shapes_where_objects_go_never_give_a_500(
    server: SandboxServer, api: httpx.Client, value: Any
) -> None:
    for key in V1_OBJECT_KEYS:
        body = v1_invoice()
        body["logo_url"] = "https://example.com/logo.png"  # written inside merchant_info's v2 form
        body[key] = value
        for path, sent in ((f"{V1}/invoices", body), (f"{V1}/templates", {"template_data": body})):
            response = api.post(path, json=sent)
            assert response.status_code < 500, (path, key, value, response.text)
    for key in V2_OBJECT_KEYS:
        body = simple_invoice()
        body[key] = value
        response = api.post(INV, json=body)
        assert response.status_code < 500, (key, value, response.text)
