"""Bad input answers 400 INVALID_REQUEST naming the field, and never a 500."""

from __future__ import annotations

import json
from typing import Any

import httpx
import pytest

from .helpers import create, simple_invoice

INV = "/v2/invoicing/invoices"


def details(response: httpx.Response) -> list[tuple[str, str]]:
    return [(d.get("field", ""), d["issue"]) for d in response.json()["details"]]


def test_malformed_json(api: httpx.Client) -> None:
    response = api.post(INV, content=b'{"detail": ', headers={"Content-Type": "application/json"})
    assert response.status_code == 400
    assert response.json()["name"] == "INVALID_REQUEST"
    assert details(response)[0][1] == "MALFORMED_REQUEST_JSON"


def test_missing_currency(api: httpx.Client) -> None:
    response = api.post(INV, json={"detail": {"invoice_number": "X"}})
    assert response.status_code == 400
    assert ("/detail/currency_code", "MISSING_REQUIRED_PARAMETER") in details(response)


def test_missing_detail(api: httpx.Client) -> None:
    response = api.post(INV, json={"items": []})
    assert ("/detail", "MISSING_REQUIRED_PARAMETER") in details(response)


def test_unknown_currency(api: httpx.Client) -> None:
    response = api.post(INV, json=simple_invoice(currency="XYZ"))
    assert response.status_code == 400
    assert details(response) == [("/detail/currency_code", "INVALID_PARAMETER_VALUE")]


@pytest.mark.parametrize(
    ("mutate", "field", "issue"),
    [
        (
            lambda b: b["items"][0].update(unit_of_measure="LITRES"),
            "/items/0/unit_of_measure",
            "INVALID_PARAMETER_VALUE",
        ),
        (
            lambda b: b["detail"].update(payment_term={"term_type": "NET_7"}),
            "/detail/payment_term/term_type",
            "INVALID_PARAMETER_VALUE",
        ),
        (lambda b: b["items"][0].pop("name"), "/items/0/name", "MISSING_REQUIRED_PARAMETER"),
        (
            lambda b: b["items"][0].update(quantity="lots"),
            "/items/0/quantity",
            "INVALID_PARAMETER_SYNTAX",
        ),
        (
            lambda b: b["items"][0].update(quantity=3),
            "/items/0/quantity",
            "INVALID_PARAMETER_SYNTAX",
        ),
        (
            lambda b: b["detail"].update(invoice_date="2024-02-30"),
            "/detail/invoice_date",
            "INVALID_PARAMETER_VALUE",
        ),
        (
            lambda b: b["detail"].update(invoice_date="12/01/2024"),
            "/detail/invoice_date",
            "INVALID_PARAMETER_SYNTAX",
        ),
        (
            lambda b: b["items"][0].update(tax={"name": "T", "percent": "101"}),
            "/items/0/tax/percent",
            "INVALID_PARAMETER_VALUE",
        ),
        (
            lambda b: b["items"][0]["unit_amount"].update(value="-1.00"),
            "/items/0/unit_amount/value",
            "INVALID_PARAMETER_VALUE",
        ),
        (lambda b: b["detail"].update(memo="x" * 501), "/detail/memo", "INVALID_STRING_LENGTH"),
        (lambda b: b.update(items=[b["items"][0]] * 101), "/items", "INVALID_PARAMETER_VALUE"),
    ],
)
def test_invalid_fields(api: httpx.Client, mutate: Any, field: str, issue: str) -> None:
    body = simple_invoice()
    mutate(body)
    response = api.post(INV, json=body)
    assert response.status_code == 400, response.text
    assert (field, issue) in details(response)
    assert api.get(INV, params={"total_required": "true"}).json()["total_items"] == 0


def test_payment_without_method(api: httpx.Client) -> None:
    inv = create(api, simple_invoice())
    response = api.post(
        f"{INV}/{inv['id']}/payments", json={"amount": {"currency_code": "USD", "value": "1.00"}}
    )
    assert response.status_code == 400
    assert details(response) == [("/method", "MISSING_REQUIRED_PARAMETER")]


WEIRD_BODIES: list[Any] = [
    None,
    [],
    "text",
    42,
    True,
    {"detail": None},
    {"detail": []},
    {"detail": {"currency_code": 5}},
    {"detail": {"currency_code": "USD"}, "items": {"a": 1}},
    {"detail": {"currency_code": "USD"}, "items": [None, 1, "x"]},
    {
        "detail": {"currency_code": "USD"},
        "items": [
            {
                "name": "a",
                "quantity": "1e999",
                "unit_amount": {"currency_code": "USD", "value": "1"},
            }
        ],
    },
    {
        "detail": {"currency_code": "USD"},
        "items": [
            {
                "name": "a",
                "quantity": "99999999999999",
                "unit_amount": {"currency_code": "USD", "value": "9" * 32},
            }
        ],
    },
    {
        "detail": {"currency_code": "USD"},
        "amount": {"breakdown": {"discount": {"invoice_discount": {"percent": "100"}}}},
    },
    {
        "detail": {"currency_code": "USD"},
        "items": [
            {"name": "a", "quantity": "0", "unit_amount": {"currency_code": "USD", "value": "0"}}
        ],
        "amount": {"breakdown": {"discount": {"invoice_discount": {"percent": "50"}}}},
    },
    {"detail": {"currency_code": "USD"}, "configuration": {"partial_payment": "yes"}},
    {"method": "CASH", "amount": {"currency_code": "USD", "value": ".5"}},
    {"width": "big"},
    {"status": "SENT"},
    {"status": [1]},
    {"total_amount_range": {}},
    {"creation_date_range": {"start": "2024-01-01T00:00:60Z", "end": "2024-13-01T00:00:00Z"}},
    {"name": None},
    {"name": "t", "template_info": {"items": [{"name": "x"}]}},
    {
        "name": "t",
        "template_info": {
            "detail": {"currency_code": "JPY"},
            "items": [
                {
                    "name": "x",
                    "quantity": "1",
                    "unit_amount": {"currency_code": "JPY", "value": "1.5"},
                }
            ],
        },
    },
]
ENDPOINTS = [
    ("POST", INV),
    ("POST", "/v2/invoicing/search-invoices"),
    ("POST", "/v2/invoicing/templates"),
    ("PUT", "{inv}"),
    ("POST", "{inv}/send"),
    ("POST", "{inv}/payments"),
    ("POST", "{inv}/refunds"),
    ("POST", "{inv}/generate-qr-code"),
    ("POST", "{inv}/cancel"),
    ("POST", "/v1/invoicing/invoices"),
    ("POST", "/v1/invoicing/search"),
    ("POST", "/v1/invoicing/templates"),
    ("PUT", "/v1/invoicing/invoices/{id}"),
    ("POST", "/v1/invoicing/invoices/{id}/record-payment"),
]


def test_weird_bodies_never_cause_a_server_error(api: httpx.Client) -> None:
    inv = create(api, simple_invoice(partial=True))
    api.post(f"{INV}/{inv['id']}/send")
    seen: set[int] = set()
    for method, template in ENDPOINTS:
        path = template.format(inv=f"{INV}/{inv['id']}", id=inv["id"])
        for body in WEIRD_BODIES:
            response = api.request(
                method, path, content=json.dumps(body), headers={"Content-Type": "application/json"}
            )
            assert response.status_code < 500, (method, path, body, response.text)
            seen.add(response.status_code)
        raw = api.request(method, path, content=b"\xff\xfe{", headers={"Content-Type": "x/y"})
        assert raw.status_code == 400
    assert 400 in seen


def test_unknown_path_and_method_in_paypal_shape(api: httpx.Client) -> None:
    missing = api.get("/v2/invoicing/nothing-here")
    assert missing.status_code == 404
    assert missing.json()["name"] == "RESOURCE_NOT_FOUND"
    assert missing.headers["Paypal-Debug-Id"] == missing.json()["debug_id"]
    wrong = api.patch(INV)
    assert wrong.status_code == 405
    assert wrong.json()["name"] == "METHOD_NOT_SUPPORTED"
