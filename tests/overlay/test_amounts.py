"""Amounts PayPal would refuse are refused before any byte is sent; answers are never checked."""

from __future__ import annotations

from typing import Any

import pytest

from paypal_invoicing import PayPalInvoicingError
from paypal_invoicing_client.api.invoices import create_invoice, get_invoice, record_invoice_payment
from paypal_invoicing_client.api.v1_invoices import v1_create_invoice
from paypal_invoicing_client.errors import InvalidFieldError
from paypal_invoicing_client.models import (
    Invoice,
    InvoiceDetail,
    Item,
    Money,
    PaymentDetail,
    V1Invoice,
)
from tests.overlay.scripted_server import Reply, ScriptedServer

INVOICES = "/v2/invoicing/invoices"


def _invoice(value: str, currency: str = "USD", detail: str | None = None) -> dict[str, Any]:
    return {
        "detail": {"currency_code": detail or currency},
        "items": [
            {
                "name": "Work",
                "quantity": "1",
                "unit_amount": {"currency_code": currency, "value": value},
            }
        ],
    }


REFUSED = [
    ("12.345", "USD", None, "/items/0/unit_amount/value", "more decimal places than USD takes (2)"),
    ("abc", "USD", None, "/items/0/unit_amount/value", "not a decimal string"),
    ("10.50", "JPY", None, "/items/0/unit_amount/value", "more decimal places than JPY takes (0)"),
    ("1,000", "EUR", None, "/items/0/unit_amount/value", "not a decimal string"),
    ("10.00", "XYZ", None, "/detail/currency_code", "'XYZ' is not a currency PayPal invoices in"),
]


def _refused(error: pytest.ExceptionInfo[InvalidFieldError], path: str, rule: str) -> None:
    assert isinstance(error.value, PayPalInvoicingError)
    assert error.value.field == path
    assert rule in error.value.problem
    assert str(error.value).startswith(f"{path}: ")


def _nothing_sent(server: ScriptedServer) -> None:
    assert server.api_requests() == []
    assert server.token_requests == []  # not even the token


@pytest.mark.parametrize(("value", "currency", "detail", "path", "rule"), REFUSED)
def test_from_dict_bodies_are_refused_before_sending(
    server: ScriptedServer,
    make_client: Any,
    value: str,
    currency: str,
    detail: str | None,
    path: str,
    rule: str,
) -> None:
    body = Invoice.from_dict(_invoice(value, currency, detail))
    with pytest.raises(InvalidFieldError) as error:
        create_invoice.sync(client=make_client(), body=body)
    _refused(error, path, rule)
    _nothing_sent(server)


@pytest.mark.asyncio
@pytest.mark.parametrize(("value", "currency", "detail", "path", "rule"), REFUSED)
async def test_from_dict_bodies_are_refused_before_sending_async(
    server: ScriptedServer,
    aclient_factory: Any,
    value: str,
    currency: str,
    detail: str | None,
    path: str,
    rule: str,
) -> None:
    body = Invoice.from_dict(_invoice(value, currency, detail))
    with pytest.raises(InvalidFieldError) as error:
        await create_invoice.asyncio(client=aclient_factory(), body=body)
    _refused(error, path, rule)
    _nothing_sent(server)


def test_bodies_built_with_constructors_are_refused_too(
    server: ScriptedServer, make_client: Any
) -> None:
    body = Invoice(
        detail=InvoiceDetail(currency_code="USD"),
        items=[
            Item(name="Work", quantity="1", unit_amount=Money(currency_code="USD", value="9.999"))
        ],
    )
    with pytest.raises(InvalidFieldError) as error:
        create_invoice.sync(client=make_client(), body=body)
    _refused(error, "/items/0/unit_amount/value", "more decimal places")
    payment = PaymentDetail.from_dict(
        {"method": "CASH", "amount": {"currency_code": "USD", "value": "ten"}}
    )
    with pytest.raises(InvalidFieldError) as error:
        record_invoice_payment.sync("INV2-1", client=make_client(), body=payment)
    _refused(error, "/amount/value", "not a decimal string")
    _nothing_sent(server)


@pytest.mark.parametrize(
    ("value", "rule"),
    [("1.234", "more decimal places than USD"), ("", "not a decimal string")],
)
def test_v1_amounts_are_checked_too(
    server: ScriptedServer, make_client: Any, value: str, rule: str
) -> None:
    body = V1Invoice.from_dict(
        {
            "merchant_info": {"email": "m@example.com"},
            "items": [
                {"name": "W", "quantity": 1, "unit_price": {"currency": "USD", "value": value}}
            ],
        }
    )
    with pytest.raises(InvalidFieldError) as error:
        v1_create_invoice.sync(client=make_client(), body=body)
    _refused(error, "/items/0/unit_price/value", rule)
    _nothing_sent(server)


def test_amounts_paypal_takes_are_sent(server: ScriptedServer, make_client: Any) -> None:
    answer = {"id": "INV2-OK", "status": "DRAFT", "detail": {"currency_code": "USD"}}
    server.route("POST", INVOICES, lambda rec: Reply(201, answer))
    client = make_client()
    for value, currency in (("10.00", "USD"), ("10.5", "EUR"), ("-3", "USD"), ("1000", "JPY")):
        create_invoice.sync(client=client, body=Invoice.from_dict(_invoice(value, currency)))
    create_invoice.sync(client=client, body=Invoice.from_dict(_invoice("10.000", "USD")))
    assert len(server.api_requests("POST", INVOICES)) == 5


def test_answers_are_never_checked(server: ScriptedServer, make_client: Any) -> None:
    odd = {
        "id": "INV2-ODD",
        "status": "DRAFT",
        "detail": {"currency_code": "XYZ"},
        "amount": {"currency_code": "JPY", "value": "10.505"},
    }
    server.route("GET", f"{INVOICES}/INV2-ODD", lambda rec: Reply(200, odd))
    invoice = get_invoice.sync("INV2-ODD", client=make_client())
    assert invoice.amount.value == "10.505"
    assert invoice.detail.currency_code == "XYZ"
