"""Invoice numbers, PayPal-Request-Id replays and Prefer."""

from __future__ import annotations

import httpx
import pytest

from paypal_invoicing.sandbox.state.numbers import increment, next_number

from .helpers import create, issues, simple_invoice

INV = "/v2/invoicing/invoices"
NEXT = "/v2/invoicing/generate-next-invoice-number"


@pytest.mark.parametrize(
    ("number", "expected"),
    [
        ("INVOICE-1234", "INVOICE-1235"),
        ("ee0044", "ee0045"),
        ("0009", "0010"),
        ("A-0999-X", "A-1000-X"),
        ("9999", "10000"),
        ("#123", "#124"),
        ("ABC", "ABC1"),
        ("2024-INV-7", "2024-INV-8"),
    ],
)
def test_increment_keeps_prefix_suffix_and_padding(number: str, expected: str) -> None:
    assert increment(number) == expected


def test_next_number_skips_numbers_in_use() -> None:
    assert next_number("INV-1", {"INV-2", "INV-3"}) == "INV-4"


def test_next_number_follows_the_last_invoice(api: httpx.Client) -> None:
    body = simple_invoice()
    body["detail"]["invoice_number"] = "INVOICE-1234"
    create(api, body)
    response = api.post(NEXT)
    assert response.status_code == 200
    assert response.json() == {"invoice_number": "INVOICE-1235"}


def test_invoice_without_number_gets_the_next_one(api: httpx.Client) -> None:
    body = simple_invoice()
    body["detail"]["invoice_number"] = "ee0044"
    create(api, body)
    assert create(api, simple_invoice())["detail"]["invoice_number"] == "ee0045"
    assert api.post(NEXT).json()["invoice_number"] == "ee0046"


def test_duplicate_number_is_refused_and_nothing_is_created(api: httpx.Client) -> None:
    body = simple_invoice()
    body["detail"]["invoice_number"] = "DUP-1"
    create(api, body)
    response = api.post(INV, json=body)
    assert response.status_code == 422
    assert issues(response) == ["DUPLICATE_INVOICE_NUMBER"]
    assert api.get(INV, params={"total_required": "true"}).json()["total_items"] == 1


def test_number_of_deleted_draft_is_reusable(api: httpx.Client) -> None:
    body = simple_invoice()
    body["detail"]["invoice_number"] = "REUSE-1"
    inv = create(api, body)
    api.delete(f"{INV}/{inv['id']}")
    assert api.post(INV, json=body).status_code == 201


def test_repeated_request_id_returns_first_result_and_creates_nothing(
    api: httpx.Client,
) -> None:
    headers = {"PayPal-Request-Id": "req-123", "Prefer": "return=representation"}
    first = api.post(INV, json=simple_invoice(), headers=headers)
    second = api.post(INV, json=simple_invoice("999.00"), headers=headers)
    assert first.status_code == second.status_code == 201
    assert second.json() == first.json()
    assert api.get(INV, params={"total_required": "true"}).json()["total_items"] == 1
    third = api.post(INV, json=simple_invoice(), headers={"PayPal-Request-Id": "req-456"})
    assert third.status_code == 201
    assert api.get(INV, params={"total_required": "true"}).json()["total_items"] == 2


def test_repeated_request_id_on_payment_records_one_payment(api: httpx.Client) -> None:
    inv = create(api, simple_invoice(partial=True))
    api.post(f"{INV}/{inv['id']}/send")
    payment = {"method": "CASH", "amount": {"currency_code": "USD", "value": "10.00"}}
    headers = {"PayPal-Request-Id": "pay-1"}
    first = api.post(f"{INV}/{inv['id']}/payments", json=payment, headers=headers)
    second = api.post(f"{INV}/{inv['id']}/payments", json=payment, headers=headers)
    assert first.json() == second.json()
    assert api.get(f"{INV}/{inv['id']}").json()["due_amount"]["value"] == "90.00"


def test_prefer_minimal_answers_a_link(api: httpx.Client) -> None:
    response = api.post(INV, json=simple_invoice(), headers={"Prefer": "return=minimal"})
    assert response.status_code == 201
    body = response.json()
    assert set(body) == {"rel", "href", "method"}
    assert body["rel"] == "self"
    assert body["method"] == "GET"
    fetched = httpx.get(body["href"], headers={"Authorization": api.headers["Authorization"]})
    assert fetched.status_code == 200
    assert fetched.json()["status"] == "DRAFT"


def test_no_prefer_means_minimal(api: httpx.Client) -> None:
    assert set(api.post(INV, json=simple_invoice()).json()) == {"rel", "href", "method"}


def test_update_prefer(api: httpx.Client) -> None:
    inv = create(api, simple_invoice())
    minimal = api.put(f"{INV}/{inv['id']}", json=simple_invoice("5.00"))
    assert minimal.status_code == 200
    assert minimal.json()["rel"] == "self"
    full = api.put(
        f"{INV}/{inv['id']}",
        json=simple_invoice("6.00"),
        headers={"Prefer": "return=representation"},
    )
    assert full.json()["amount"]["value"] == "6.00"
