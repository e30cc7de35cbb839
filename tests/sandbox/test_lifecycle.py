"""Statuses and PayPal's refusals: every forbidden move answers PayPal's error, changes nothing."""

from __future__ import annotations

import datetime as dt
from typing import Any

import httpx
import pytest

from paypal_invoicing.sandbox import SandboxServer

from .helpers import create, issues, simple_invoice

INV = "/v2/invoicing/invoices"


def get(api: httpx.Client, invoice_id: str) -> dict[str, Any]:
    response = api.get(f"{INV}/{invoice_id}")
    assert response.status_code == 200
    return dict(response.json())


def pay(api: httpx.Client, invoice_id: str, value: str, currency: str = "USD") -> httpx.Response:
    return api.post(
        f"{INV}/{invoice_id}/payments",
        json={
            "method": "BANK_TRANSFER",
            "payment_date": "2024-05-01",
            "amount": {"currency_code": currency, "value": value},
        },
    )


def refund(api: httpx.Client, invoice_id: str, value: str) -> httpx.Response:
    return api.post(
        f"{INV}/{invoice_id}/refunds",
        json={
            "method": "BANK_TRANSFER",
            "refund_date": "2024-05-21",
            "amount": {"currency_code": "USD", "value": value},
        },
    )


def sent_invoice(api: httpx.Client, **kwargs: Any) -> dict[str, Any]:
    inv = create(api, simple_invoice(**kwargs))
    assert api.post(f"{INV}/{inv['id']}/send", json={"send_to_invoicer": True}).status_code == 200
    return get(api, inv["id"])


def test_full_lifecycle_with_external_payments(api: httpx.Client) -> None:
    inv = create(api, simple_invoice("100.00", partial=True, minimum="20.00"))
    assert inv["status"] == "DRAFT"
    rels = {link["rel"] for link in inv["links"]}
    assert {"self", "send", "replace", "delete", "record-payment"} <= rels

    sent = api.post(f"{INV}/{inv['id']}/send", json={"send_to_invoicer": True})
    assert sent.status_code == 200
    payer_view = sent.json()["links"][0]
    assert payer_view["href"] == inv["detail"]["metadata"]["recipient_view_url"]
    assert get(api, inv["id"])["status"] == "SENT"

    first = pay(api, inv["id"], "30.00")
    assert first.status_code == 200
    payment_id = first.json()["payment_id"]
    after = get(api, inv["id"])
    assert after["status"] == "PARTIALLY_PAID"
    assert after["due_amount"]["value"] == "70.00"
    assert after["payments"]["paid_amount"]["value"] == "30.00"

    assert pay(api, inv["id"], "70.00").status_code == 200
    paid = get(api, inv["id"])
    assert paid["status"] == "MARKED_AS_PAID"
    assert paid["due_amount"]["value"] == "0.00"

    refund_id = refund(api, inv["id"], "25.00").json()["refund_id"]
    assert get(api, inv["id"])["status"] == "PARTIALLY_REFUNDED"
    assert refund(api, inv["id"], "75.00").status_code == 200
    done = get(api, inv["id"])
    assert done["status"] == "MARKED_AS_REFUNDED"
    assert done["refunds"]["refund_amount"]["value"] == "100.00"

    # deleting an external refund recomputes the status
    assert api.delete(f"{INV}/{inv['id']}/refunds/{refund_id}").status_code == 204
    assert get(api, inv["id"])["status"] == "PARTIALLY_REFUNDED"
    # a payment cannot go while refunds exceed what would remain
    response = api.delete(f"{INV}/{inv['id']}/payments/{payment_id}")
    assert response.status_code == 422
    assert get(api, inv["id"])["payments"]["paid_amount"]["value"] == "100.00"


def test_deleting_external_payment_recomputes_status_and_due(api: httpx.Client) -> None:
    inv = sent_invoice(api, partial=True)
    payment_id = pay(api, inv["id"], "40.00").json()["payment_id"]
    assert get(api, inv["id"])["due_amount"]["value"] == "60.00"
    assert api.delete(f"{INV}/{inv['id']}/payments/{payment_id}").status_code == 204
    back = get(api, inv["id"])
    assert back["status"] == "SENT"
    assert back["due_amount"]["value"] == "100.00"
    assert "payments" not in back


def test_paypal_payment_gives_paid_and_refunded(server: SandboxServer, api: httpx.Client) -> None:
    inv = sent_invoice(api)
    server.sandbox.pay(inv["id"])
    paid = get(api, inv["id"])
    assert paid["status"] == "PAID"
    (payment,) = paid["payments"]["transactions"]
    assert payment["type"] == "PAYPAL"
    assert payment["transaction_type"] == "SALE"
    assert payment["transaction_status"] == "SUCCESS"
    server.sandbox.refund(inv["id"])
    refunded = get(api, inv["id"])
    assert refunded["status"] == "REFUNDED"
    (refund,) = refunded["refunds"]["transactions"]
    assert refund["type"] == "PAYPAL"
    assert "method" not in refund  # PayPal's refunds carry no method...
    assert refund["recipient_transaction_id"] == payment["payment_id"]  # ...but the payment


def test_external_transactions_carry_their_method_and_no_paypal_fields(
    api: httpx.Client,
) -> None:
    inv = sent_invoice(api)
    pay(api, inv["id"], "100.00")
    refund = api.post(
        f"{INV}/{inv['id']}/refunds",
        json={"method": "CASH", "amount": {"currency_code": "USD", "value": "10.00"}},
    )
    assert refund.status_code == 200
    back = get(api, inv["id"])
    (payment,) = back["payments"]["transactions"]
    (external,) = back["refunds"]["transactions"]
    assert payment["type"] == external["type"] == "EXTERNAL"
    assert "transaction_type" not in payment
    assert "recipient_transaction_id" not in external
    assert external["method"] == "CASH"


def test_draft_can_be_marked_as_paid_and_back(api: httpx.Client) -> None:
    inv = create(api, simple_invoice("10.00"))
    payment_id = pay(api, inv["id"], "10.00").json()["payment_id"]
    assert get(api, inv["id"])["status"] == "MARKED_AS_PAID"
    api.delete(f"{INV}/{inv['id']}/payments/{payment_id}")
    assert get(api, inv["id"])["status"] == "DRAFT"


def test_future_invoice_date_is_scheduled_with_202(api: httpx.Client) -> None:
    future = (dt.date.today() + dt.timedelta(days=30)).isoformat()
    inv = create(api, simple_invoice(invoice_date=future))
    response = api.post(f"{INV}/{inv['id']}/send")
    assert response.status_code == 202
    # PayPal answers a scheduled send with the bare payer-view link
    assert response.json() == {
        "href": get(api, inv["id"])["detail"]["metadata"]["recipient_view_url"],
        "rel": "payer-view",
        "method": "GET",
    }
    assert get(api, inv["id"])["status"] == "SCHEDULED"
    # scheduled invoices can still be deleted
    assert api.delete(f"{INV}/{inv['id']}").status_code == 204
    assert api.get(f"{INV}/{inv['id']}").status_code == 404


def test_scheduled_invoice_becomes_sent_on_its_date(
    server: SandboxServer, api: httpx.Client
) -> None:
    future = dt.date.today() + dt.timedelta(days=3)
    inv = create(api, simple_invoice(invoice_date=future.isoformat()))
    api.post(f"{INV}/{inv['id']}/send")
    server.sandbox.set_today(future)
    assert get(api, inv["id"])["status"] == "SENT"


def test_resending_a_sent_invoice_has_no_effect(api: httpx.Client) -> None:
    inv = sent_invoice(api)
    response = api.post(f"{INV}/{inv['id']}/send")
    assert response.status_code == 200
    assert get(api, inv["id"]) == inv


def test_cancel_and_remind_of_sent_invoice(api: httpx.Client) -> None:
    inv = sent_invoice(api)
    assert api.post(f"{INV}/{inv['id']}/remind", json={"subject": "Reminder"}).status_code == 204
    assert (
        api.post(f"{INV}/{inv['id']}/cancel", json={"send_to_recipient": True}).status_code == 204
    )
    cancelled = get(api, inv["id"])
    assert cancelled["status"] == "CANCELLED"
    assert "cancel_time" in cancelled["detail"]["metadata"]


# -- refusals ---------------------------------------------------------------------------------
def _draft(api: httpx.Client) -> dict[str, Any]:
    return create(api, simple_invoice())


def _sent(api: httpx.Client) -> dict[str, Any]:
    return sent_invoice(api)


def _cancelled(api: httpx.Client) -> dict[str, Any]:
    inv = sent_invoice(api)
    api.post(f"{INV}/{inv['id']}/cancel")
    return get(api, inv["id"])


def _paid(api: httpx.Client) -> dict[str, Any]:
    inv = sent_invoice(api)
    pay(api, inv["id"], "100.00")
    return get(api, inv["id"])


def _refunded(api: httpx.Client) -> dict[str, Any]:
    inv = _paid(api)
    refund(api, inv["id"], "100.00")
    return get(api, inv["id"])


REFUSALS = [
    ("draft", _draft, "post", "/cancel", None, "CANNOT_CANCEL_DRAFT_INVOICE"),
    ("draft", _draft, "post", "/remind", None, "INVALID_INVOICE_STATUS"),
    (
        "draft",
        _draft,
        "post",
        "/generate-qr-code",
        {"width": 200},
        "CANNOT_GENERATE_QR_CODE_FOR_DRAFT",
    ),
    ("draft", _draft, "post", "/refunds", {"method": "CASH"}, "INVALID_INVOICE_STATUS"),
    ("sent", _sent, "delete", "", None, "CANNOT_DELETE_SENT_INVOICE"),
    ("paid", _paid, "delete", "", None, "CANNOT_DELETE_SENT_INVOICE"),
    ("paid", _paid, "post", "/cancel", None, "INVALID_INVOICE_STATUS"),
    ("paid", _paid, "post", "/send", None, "INVALID_INVOICE_STATUS"),
    ("paid", _paid, "post", "/payments", {"method": "CASH"}, "INVALID_INVOICE_STATUS"),
    ("paid", _paid, "put", "", "BODY", "INVALID_INVOICE_STATUS"),
    ("cancelled", _cancelled, "post", "/cancel", None, "INVALID_INVOICE_STATUS"),
    ("cancelled", _cancelled, "post", "/send", None, "INVALID_INVOICE_STATUS"),
    ("cancelled", _cancelled, "post", "/payments", {"method": "CASH"}, "INVALID_INVOICE_STATUS"),
    ("cancelled", _cancelled, "delete", "", None, "CANNOT_DELETE_SENT_INVOICE"),
    ("refunded", _refunded, "post", "/refunds", {"method": "CASH"}, "INVALID_INVOICE_STATUS"),
    ("refunded", _refunded, "post", "/remind", None, "INVALID_INVOICE_STATUS"),
]


@pytest.mark.parametrize(
    ("state", "make", "method", "suffix", "body", "issue"),
    REFUSALS,
    ids=[f"{r[0]}-{r[2]}{r[3] or '-invoice'}" for r in REFUSALS],
)
def test_forbidden_moves_answer_422_and_change_nothing(
    api: httpx.Client, state: str, make: Any, method: str, suffix: str, body: Any, issue: str
) -> None:
    inv = make(api)
    payload = simple_invoice() if body == "BODY" else body
    kwargs = {"json": payload} if payload is not None else {}
    response = api.request(method.upper(), f"{INV}/{inv['id']}{suffix}", **kwargs)
    assert response.status_code == 422, response.text
    assert response.json()["name"] == "UNPROCESSABLE_ENTITY"
    assert issues(response) == [issue]
    assert response.json()["debug_id"] == response.headers["Paypal-Debug-Id"]
    assert get(api, inv["id"]) == inv


@pytest.mark.parametrize(
    ("value", "issue"),
    [
        ("10.00", "PAYMENT_AMOUNT_BELOW_MINIMUM_AMOUNT_DUE"),
        ("100.01", "PAYMENT_AMOUNT_EXCEEDS_DUE_AMOUNT"),
    ],
)
def test_payment_amount_rules(api: httpx.Client, value: str, issue: str) -> None:
    inv = sent_invoice(api, partial=True, minimum="20.00")
    response = pay(api, inv["id"], value)
    assert response.status_code == 422
    assert issues(response) == [issue]
    assert get(api, inv["id"]) == inv


def test_payment_below_minimum_is_accepted_when_it_settles_the_balance(
    api: httpx.Client,
) -> None:
    inv = sent_invoice(api, partial=True, minimum="20.00")
    assert pay(api, inv["id"], "90.00").status_code == 200
    assert pay(api, inv["id"], "10.00").status_code == 200
    assert get(api, inv["id"])["status"] == "MARKED_AS_PAID"


def test_partial_payment_refused_when_not_allowed(api: httpx.Client) -> None:
    inv = sent_invoice(api)
    response = pay(api, inv["id"], "50.00")
    assert response.status_code == 422
    assert issues(response) == ["PARTIAL_PAYMENT_NOT_ALLOWED"]
    assert get(api, inv["id"]) == inv


def test_payment_in_other_currency_is_refused(api: httpx.Client) -> None:
    inv = sent_invoice(api)
    response = pay(api, inv["id"], "100.00", currency="EUR")
    assert response.status_code == 422
    assert issues(response) == ["CURRENCY_MISMATCH"]
    assert get(api, inv["id"]) == inv


def test_refund_beyond_payments_is_refused(api: httpx.Client) -> None:
    inv = _paid(api)
    response = refund(api, inv["id"], "100.01")
    assert response.status_code == 422
    assert issues(response) == ["REFUND_AMOUNT_EXCEEDS_PAID_AMOUNT"]
    assert get(api, inv["id"]) == inv


def test_paypal_payment_cannot_be_deleted(server: SandboxServer, api: httpx.Client) -> None:
    inv = sent_invoice(api)
    payment_id = server.sandbox.pay(inv["id"])
    before = get(api, inv["id"])
    response = api.delete(f"{INV}/{inv['id']}/payments/{payment_id}")
    assert response.status_code == 422
    assert issues(response) == ["CANNOT_DELETE_PAYPAL_PAYMENT"]
    assert get(api, inv["id"]) == before


@pytest.mark.parametrize(
    ("method", "suffix"),
    [
        ("GET", ""),
        ("PUT", ""),
        ("DELETE", ""),
        ("POST", "/send"),
        ("POST", "/cancel"),
        ("POST", "/remind"),
        ("POST", "/payments"),
        ("POST", "/refunds"),
        ("POST", "/generate-qr-code"),
        ("DELETE", "/payments/EXTR-1"),
        ("DELETE", "/refunds/X"),
    ],
)
def test_unknown_invoice_is_404(api: httpx.Client, method: str, suffix: str) -> None:
    body = {"PUT": simple_invoice(), "POST": {"method": "CASH"}}.get(method)
    if suffix in ("/send", "/cancel", "/remind", "/generate-qr-code"):
        body = None
    response = api.request(method, f"{INV}/INV2-NOPE-NOPE-NOPE-NOPE{suffix}", json=body)
    assert response.status_code == 404
    assert response.json()["name"] == "RESOURCE_NOT_FOUND"
    assert issues(response) == ["INVOICE_NOT_FOUND"]


def test_unknown_transaction_is_404(api: httpx.Client) -> None:
    inv = sent_invoice(api)
    response = api.delete(f"{INV}/{inv['id']}/payments/EXTR-UNKNOWN")
    assert response.status_code == 404
    assert issues(response) == ["TRANSACTION_NOT_FOUND"]


def test_update_replaces_and_recomputes(api: httpx.Client) -> None:
    inv = create(api, simple_invoice("10.00"))
    body = simple_invoice("25.00")
    body["detail"]["invoice_number"] = inv["detail"]["invoice_number"]
    response = api.put(f"{INV}/{inv['id']}", json=body, headers={"Prefer": "return=representation"})
    assert response.status_code == 200
    assert response.json()["amount"]["value"] == "25.00"
    assert (
        response.json()["detail"]["metadata"]["create_time"]
        == inv["detail"]["metadata"]["create_time"]
    )
    assert get(api, inv["id"])["due_amount"]["value"] == "25.00"


@pytest.mark.parametrize(
    ("term", "due"),
    [("NET_10", "2024-03-11"), ("NET_30", "2024-03-31"), ("DUE_ON_RECEIPT", "2024-03-01")],
)
def test_due_date_follows_the_payment_term(api: httpx.Client, term: str, due: str) -> None:
    body = simple_invoice(invoice_date="2024-03-01")
    body["detail"]["payment_term"] = {"term_type": term}
    assert create(api, body)["detail"]["payment_term"]["due_date"] == due


def test_update_without_date_keeps_the_invoice_date(api: httpx.Client) -> None:
    inv = create(api, simple_invoice(invoice_date="2024-03-01"))
    api.put(f"{INV}/{inv['id']}", json=simple_invoice("7.00"))
    assert get(api, inv["id"])["detail"]["invoice_date"] == "2024-03-01"
