"""Every status has a meaning (scripts/templates/endpoint_module.py.jinja), sync and async,
through a plain generated ``AuthenticatedClient`` and through ``connect()``, both on
``httpx.MockTransport``.

- an undeclared 2xx is parsed as the operation's success body, or is ``None``, never as the
  error model;
- ``default`` (the error model) applies to 4xx/5xx only;
- ``sync()`` / ``asyncio()`` return the success type or ``None`` and raise otherwise
  (``UnexpectedStatus`` without ``connect()``, the overlay's ``PayPalError`` with it);
- a minimal-representation link answer is ``parsed`` as a ``LinkDescription`` and followed by
  ``sync()`` / ``asyncio()`` with one GET on the client's own base URL.
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import Callable
from decimal import Decimal
from typing import Any

import httpx
import pytest

import paypal_invoicing
from paypal_invoicing import NotFoundError, PayPalError, connect
from paypal_invoicing_client import AuthenticatedClient
from paypal_invoicing_client.api.invoices import (
    create_invoice,
    delete_invoice,
    get_invoice,
    send_invoice,
    update_invoice,
)
from paypal_invoicing_client.api.templates import create_template
from paypal_invoicing_client.api.v1_invoices import (
    v1_record_invoice_payment,
    v1_record_invoice_refund,
)
from paypal_invoicing_client.errors import (
    InvalidFieldError,
    MissingFieldError,
    PayPalInvoicingError,
    UnexpectedStatus,
)
from paypal_invoicing_client.models.error import Error
from paypal_invoicing_client.models.invoice import Invoice
from paypal_invoicing_client.models.link_description import LinkDescription
from paypal_invoicing_client.models.money import Money
from paypal_invoicing_client.models.send_invoice_response import SendInvoiceResponse
from paypal_invoicing_client.models.template import Template
from paypal_invoicing_client.models.v1_payment_detail import V1PaymentDetail
from paypal_invoicing_client.types import UNSET

BASE = "https://api.example.test"
TOKEN = "A21AAtokenNEVERinAnError"
INVOICE = {"id": "INV2-AAAA", "status": "DRAFT", "detail": {"currency_code": "USD"}}
SELF_LINK = {
    "href": "https://api-m.paypal.com/v2/invoicing/invoices/INV2-AAAA",
    "rel": "self",
    "method": "GET",
}
NOT_FOUND = {
    "name": "RESOURCE_NOT_FOUND",
    "message": "The specified resource does not exist.",
    "debug_id": "b1b2c3",
    "details": [{"issue": "INVOICE_NOT_FOUND"}],
}

Reply = tuple[int, Any]  # status, JSON body (bytes for a raw body, None for none)


class Script:
    """Answers by (method, path); records every request."""

    def __init__(self, routes: dict[tuple[str, str], Reply]) -> None:
        self.routes = routes
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        if request.url.path == "/v1/oauth2/token":
            return httpx.Response(
                200, json={"access_token": TOKEN, "token_type": "Bearer", "expires_in": 32400}
            )
        status, body = self.routes[(request.method, request.url.path)]
        headers = {"paypal-debug-id": "hdr-debug", "location": "/v2/invoicing/invoices/INV2-AAAA"}
        if body is None:
            return httpx.Response(status, headers=headers)
        if isinstance(body, bytes):
            return httpx.Response(status, content=body, headers=headers)
        return httpx.Response(status, json=body, headers=headers)

    def api(self) -> list[httpx.Request]:
        return [r for r in self.requests if r.url.path != "/v1/oauth2/token"]


def plain(script: Script) -> AuthenticatedClient:
    transport = httpx.MockTransport(script)
    return (
        AuthenticatedClient(base_url=BASE, token=TOKEN)
        .with_headers({})
        .set_httpx_client(httpx.Client(base_url=BASE, transport=transport))
        .set_async_httpx_client(httpx.AsyncClient(base_url=BASE, transport=transport))
    )


def connected(script: Script) -> AuthenticatedClient:
    transport = httpx.MockTransport(script)
    return connect("id", "secret", base_url=BASE, transport=transport, async_transport=transport)


CLIENTS: dict[str, Callable[[Script], AuthenticatedClient]] = {
    "plain": plain,
    "connect": connected,
}
MODES = ["sync", "async"]


def call(mode: str, module: Any, *args: Any, detailed: bool = False, **kwargs: Any) -> Any:
    if mode == "sync":
        return (module.sync_detailed if detailed else module.sync)(*args, **kwargs)
    function = module.asyncio_detailed if detailed else module.asyncio
    return asyncio.run(function(*args, **kwargs))


@pytest.fixture(autouse=True)
def _no_env(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in (
        "PAYPAL_CLIENT_ID",
        "PAYPAL_CLIENT_SECRET",
        "PAYPAL_ENVIRONMENT",
        "PAYPAL_BASE_URL",
    ):
        monkeypatch.delenv(name, raising=False)


# -- bodyless and undeclared 2xx -------------------------------------------------------------


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("kind", CLIENTS)
@pytest.mark.parametrize("module", [v1_record_invoice_payment, v1_record_invoice_refund])
def test_v1_payment_and_refund_answer_204_without_a_body(mode: str, kind: str, module: Any) -> None:
    suffix = "record-payment" if module is v1_record_invoice_payment else "record-refund"
    script = Script({("POST", f"/v1/invoicing/invoices/INV2-1/{suffix}"): (204, None)})
    client = CLIENTS[kind](script)
    body = V1PaymentDetail.from_dict({"method": "CASH", "amount": {"currency": "USD", "value": 10}})
    assert call(mode, module, "INV2-1", client=client, body=body) is None
    response = call(mode, module, "INV2-1", client=client, body=body, detailed=True)
    assert (response.status_code, response.parsed) == (204, None)
    assert len(script.api()) == 2  # one request per call: nothing retried, nothing duplicated


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("kind", CLIENTS)
def test_an_undeclared_2xx_with_a_body_is_the_typed_success(mode: str, kind: str) -> None:
    script = Script({("GET", "/v2/invoicing/invoices/INV2-AAAA"): (203, INVOICE)})
    client = CLIENTS[kind](script)
    response = call(mode, get_invoice, "INV2-AAAA", client=client, detailed=True)
    assert isinstance(response.parsed, Invoice) and not isinstance(response.parsed, Error)
    invoice = call(mode, get_invoice, "INV2-AAAA", client=client)
    assert isinstance(invoice, Invoice)
    assert invoice.to_dict() == INVOICE


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("kind", CLIENTS)
def test_an_undeclared_2xx_without_a_body_is_none_for_a_bodyless_operation(
    mode: str, kind: str
) -> None:
    script = Script({("DELETE", "/v2/invoicing/invoices/INV2-AAAA"): (200, None)})
    client = CLIENTS[kind](script)
    assert call(mode, delete_invoice, "INV2-AAAA", client=client) is None


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("kind", CLIENTS)
@pytest.mark.parametrize("body", [None, b"not json {", b"[1, 2]"], ids=["empty", "garbage", "list"])
def test_a_success_without_the_declared_body_is_parsed_none_and_sync_raises_with_the_answer(
    mode: str, kind: str, body: Any
) -> None:
    script = Script({("GET", "/v2/invoicing/invoices/INV2-AAAA"): (200, body)})
    client = CLIENTS[kind](script)
    response = call(mode, get_invoice, "INV2-AAAA", client=client, detailed=True)
    assert response.parsed is None
    with pytest.raises(UnexpectedStatus) as caught:
        call(mode, get_invoice, "INV2-AAAA", client=client)
    assert caught.value.status_code == 200
    assert caught.value.content == (body or b"")
    assert caught.value.headers["location"] == "/v2/invoicing/invoices/INV2-AAAA"  # findable


# -- error statuses ---------------------------------------------------------------------------


@pytest.mark.parametrize("mode", MODES)
def test_plain_client_errors_raise_unexpected_status_with_status_and_body(mode: str) -> None:
    script = Script({("GET", "/v2/invoicing/invoices/NOPE"): (404, NOT_FOUND)})
    client = plain(script)
    response = call(mode, get_invoice, "NOPE", client=client, detailed=True)
    assert isinstance(response.parsed, Error)  # `default` applies to 4xx
    with pytest.raises(UnexpectedStatus) as caught:
        call(mode, get_invoice, "NOPE", client=client)
    error = caught.value
    assert isinstance(error, PayPalInvoicingError)
    assert (error.status_code, error.name, error.debug_id) == (404, "RESOURCE_NOT_FOUND", "b1b2c3")
    assert error.body == NOT_FOUND
    assert "RESOURCE_NOT_FOUND" in str(error) and "404" in str(error)
    for text in (str(error), repr(error), repr(error.headers), repr(error.__dict__)):
        assert TOKEN not in text


@pytest.mark.parametrize("mode", MODES)
def test_connect_raises_the_overlay_errors_which_share_the_root(mode: str) -> None:
    script = Script({("GET", "/v2/invoicing/invoices/NOPE"): (404, NOT_FOUND)})
    client = connected(script)
    with pytest.raises(NotFoundError) as caught:
        call(mode, get_invoice, "NOPE", client=client)
    assert isinstance(caught.value, PayPalInvoicingError)
    assert paypal_invoicing.PayPalInvoicingError is PayPalInvoicingError
    assert issubclass(UnexpectedStatus, paypal_invoicing.PayPalInvoicingError)
    assert issubclass(PayPalError, PayPalInvoicingError)


@pytest.mark.parametrize("mode", MODES)
def test_a_3xx_is_not_the_error_model(mode: str) -> None:
    script = Script({("GET", "/v2/invoicing/invoices/INV2-AAAA"): (304, None)})
    response = call(mode, get_invoice, "INV2-AAAA", client=plain(script), detailed=True)
    assert response.parsed is None
    with pytest.raises(UnexpectedStatus, match="HTTP 304"):
        call(mode, get_invoice, "INV2-AAAA", client=plain(script))


def test_raise_on_unexpected_status_still_raises_for_an_undeclared_non_2xx() -> None:
    script = Script({("GET", "/v2/invoicing/invoices/INV2-AAAA"): (304, None)})
    client = plain(script)
    client.raise_on_unexpected_status = True
    with pytest.raises(UnexpectedStatus):
        get_invoice.sync_detailed("INV2-AAAA", client=client)


# -- minimal representation: a link, followed by sync() / asyncio() ------------------------------


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("kind", CLIENTS)
def test_a_create_link_answer_is_typed_and_followed_with_one_get(mode: str, kind: str) -> None:
    script = Script(
        {
            ("POST", "/v2/invoicing/invoices"): (201, SELF_LINK),
            ("GET", "/v2/invoicing/invoices/INV2-AAAA"): (200, INVOICE),
        }
    )
    client = CLIENTS[kind](script)
    body = Invoice.from_dict({"detail": {"currency_code": "USD"}})
    response = call(
        mode, create_invoice, client=client, body=body, prefer="return=minimal", detailed=True
    )
    assert isinstance(response.parsed, LinkDescription)
    assert response.parsed.href == SELF_LINK["href"]
    invoice = call(mode, create_invoice, client=client, body=body, prefer="return=minimal")
    assert isinstance(invoice, Invoice) and invoice.id == "INV2-AAAA"
    posts = [r for r in script.api() if r.method == "POST"]
    gets = [r for r in script.api() if r.method == "GET"]
    assert len(posts) == 2 and len(gets) == 1
    # the link's path on the client's own base URL: credentials never go to the link's host
    assert str(gets[0].url) == BASE + "/v2/invoicing/invoices/INV2-AAAA"


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("kind", CLIENTS)
def test_an_update_link_answer_is_followed(mode: str, kind: str) -> None:
    script = Script(
        {
            ("PUT", "/v2/invoicing/invoices/INV2-AAAA"): (200, SELF_LINK),
            ("GET", "/v2/invoicing/invoices/INV2-AAAA"): (200, INVOICE),
        }
    )
    client = CLIENTS[kind](script)
    body = Invoice.from_dict(INVOICE)
    response = call(mode, update_invoice, "INV2-AAAA", client=client, body=body, detailed=True)
    assert isinstance(response.parsed, LinkDescription)
    invoice = call(mode, update_invoice, "INV2-AAAA", client=client, body=body)
    assert isinstance(invoice, Invoice) and invoice.to_dict() == INVOICE
    assert [r.method for r in script.api()] == ["PUT", "PUT", "GET"]


@pytest.mark.parametrize("mode", MODES)
def test_a_full_answer_is_not_mistaken_for_a_link(mode: str) -> None:
    full = {**INVOICE, "links": [SELF_LINK]}
    script = Script({("PUT", "/v2/invoicing/invoices/INV2-AAAA"): (200, full)})
    client = plain(script)
    body = Invoice.from_dict(INVOICE)
    response = call(mode, update_invoice, "INV2-AAAA", client=client, body=body, detailed=True)
    assert isinstance(response.parsed, Invoice)
    invoice = call(mode, update_invoice, "INV2-AAAA", client=client, body=body)
    assert isinstance(invoice, Invoice) and invoice.to_dict() == full
    assert len(script.api()) == 2  # no GET


@pytest.mark.parametrize("mode", MODES)
def test_a_template_link_answer_is_followed(mode: str) -> None:
    link = {"href": "https://x.test/v2/invoicing/templates/TEMP-1", "rel": "self", "method": "GET"}
    template = {"id": "TEMP-1", "name": "Hours", "template_info": {}}
    script = Script(
        {
            ("POST", "/v2/invoicing/templates"): (201, link),
            ("GET", "/v2/invoicing/templates/TEMP-1"): (200, template),
        }
    )
    result = call(mode, create_template, client=plain(script), body=Template.from_dict(template))
    assert isinstance(result, Template) and result.id == "TEMP-1"


@pytest.mark.parametrize("mode", MODES)
def test_a_followed_link_that_fails_raises(mode: str) -> None:
    script = Script(
        {
            ("POST", "/v2/invoicing/invoices"): (201, SELF_LINK),
            ("GET", "/v2/invoicing/invoices/INV2-AAAA"): (404, NOT_FOUND),
        }
    )
    body = Invoice.from_dict({"detail": {"currency_code": "USD"}})
    with pytest.raises(UnexpectedStatus) as caught:
        call(mode, create_invoice, client=plain(script), body=body)
    assert caught.value.status_code == 404


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize(
    ("status", "answer", "expected"),
    [
        (
            202,
            {"href": "https://www.paypal.com/invoice/p/#X", "rel": "payer-view", "method": "GET"},
            LinkDescription,
        ),
        (
            200,
            {"href": "https://www.paypal.com/invoice/p/#X", "rel": "payer-view", "method": "GET"},
            LinkDescription,
        ),
        (
            200,
            {"links": [{"href": "https://www.paypal.com/invoice/p/#X", "rel": "payer-view"}]},
            SendInvoiceResponse,
        ),
    ],
)
def test_send_answers_are_typed_and_never_followed(
    mode: str, status: int, answer: dict[str, Any], expected: type
) -> None:
    script = Script({("POST", "/v2/invoicing/invoices/INV2-AAAA/send"): (status, answer)})
    result = call(mode, send_invoice, "INV2-AAAA", client=plain(script))
    assert isinstance(result, expected)
    assert result.to_dict() == answer
    assert len(script.api()) == 1


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("kind", CLIENTS)
@pytest.mark.parametrize("status", [200, 202, 204])
def test_a_send_answered_without_a_body_is_done_not_failed(
    mode: str, kind: str, status: int
) -> None:
    script = Script({("POST", "/v2/invoicing/invoices/INV2-AAAA/send"): (status, None)})
    assert call(mode, send_invoice, "INV2-AAAA", client=CLIENTS[kind](script)) is None
    assert len(script.api()) == 1


# -- models: missing fields, repr, Decimal -----------------------------------------------------


@pytest.mark.parametrize("kind", CLIENTS)
def test_a_required_field_left_out_raises_one_documented_error_when_read(kind: str) -> None:
    answer = {"id": "INV2-AAAA", "status": "SENT"}  # no "detail", which the spec requires
    script = Script({("GET", "/v2/invoicing/invoices/INV2-AAAA"): (200, answer)})
    invoice = get_invoice.sync("INV2-AAAA", client=CLIENTS[kind](script))
    assert invoice.id == "INV2-AAAA"
    with pytest.raises(MissingFieldError) as caught:
        _ = invoice.detail
    assert isinstance(caught.value, PayPalInvoicingError)
    assert (caught.value.model, caught.value.field, caught.value.key) == (
        "Invoice",
        "detail",
        "detail",
    )
    assert str(caught.value).startswith("Invoice.detail:")
    assert getattr(invoice, "detail", None) is None  # an AttributeError too
    assert invoice.to_dict() == answer
    assert "detail=<missing>" in repr(invoice)
    assert invoice == Invoice.from_dict(answer)


def test_building_a_request_keeps_its_required_arguments() -> None:
    with pytest.raises(TypeError, match="detail"):
        Invoice()  # type: ignore[call-arg]


def test_absent_fields_print_as_unset() -> None:
    text = repr(Invoice.from_dict({"detail": {"currency_code": "USD"}}))
    assert "id=UNSET" in text
    assert "object at 0x" not in text
    assert repr(UNSET) == "UNSET"


@pytest.mark.parametrize("kind", CLIENTS)
def test_decimal_amounts_are_sent_as_paypal_decimal_strings(kind: str) -> None:
    script = Script({("POST", "/v2/invoicing/invoices"): (201, INVOICE)})
    body = Invoice.from_dict({"detail": {"currency_code": "USD"}})
    body.due_amount = Money(currency_code="USD", value=Decimal("1.50"))
    body.gratuity = Money(currency_code="JPY", value=Decimal("100"))
    create_invoice.sync(client=CLIENTS[kind](script), body=body)
    sent = json.loads(script.api()[0].content)
    assert sent["due_amount"] == {"currency_code": "USD", "value": "1.50"}
    assert sent["gratuity"] == {"currency_code": "JPY", "value": "100"}


@pytest.mark.parametrize(
    ("value", "message"),
    [
        (1.5, "Money.value: must be str or Decimal, got float"),
        (Decimal("1.505"), "Money.value: Decimal('1.505') has 3 decimal places"),
        (Decimal("NaN"), "Money.value: NaN is not a finite amount"),
        (None, "Money.value: must be str or Decimal, got NoneType"),
    ],
)
def test_a_bad_money_value_is_refused_at_build_time_naming_the_field(
    value: Any, message: str
) -> None:
    with pytest.raises(InvalidFieldError) as caught:
        Money(currency_code="USD", value=value)
    assert str(caught.value).startswith(message)
    assert isinstance(caught.value, TypeError | ValueError)
    money = Money(currency_code="USD", value="1.00")
    with pytest.raises(InvalidFieldError, match=r"Money\.value"):
        money.value = value  # assignment is checked too
    assert money.value == "1.00"


def test_v1_amounts_take_numbers_and_decimals() -> None:
    from paypal_invoicing_client.models.v1_currency import V1Currency

    assert V1Currency(currency="USD", value=10).to_dict() == {"currency": "USD", "value": 10}
    assert V1Currency(currency="USD", value=Decimal("9.99")).to_dict()["value"] == "9.99"
    with pytest.raises(InvalidFieldError, match=r"V1Currency\.value"):
        V1Currency(currency="USD", value=True)


def test_both_packages_ship_py_typed() -> None:
    from importlib.resources import files

    assert files("paypal_invoicing_client").joinpath("py.typed").is_file()
    assert files("paypal_invoicing").joinpath("py.typed").is_file()


def test_the_generated_errors_pickle_with_their_fields() -> None:
    import pickle

    error = UnexpectedStatus(404, json.dumps(NOT_FOUND).encode(), {"paypal-debug-id": "h"})
    copy = pickle.loads(pickle.dumps(error))
    assert (copy.status_code, copy.name, copy.debug_id, str(copy)) == (
        404,
        "RESOURCE_NOT_FOUND",
        "b1b2c3",
        str(error),
    )
    missing = pickle.loads(pickle.dumps(MissingFieldError("Invoice", "detail")))
    assert (missing.model, missing.field, missing.key) == ("Invoice", "detail", "detail")
    invalid = pickle.loads(pickle.dumps(InvalidFieldError("Money.value", "bad")))
    assert str(invalid) == "Money.value: bad"


@pytest.mark.parametrize("value", [Decimal("100.5"), "100.50", Decimal("0.1")])
def test_a_zero_decimal_currency_refuses_decimal_places_at_build_time(value: Any) -> None:
    from paypal_invoicing_client.models.v1_currency import V1Currency

    with pytest.raises(InvalidFieldError, match=r"^Money\.value: .* PayPal takes none for JPY"):
        Money(currency_code="JPY", value=value)
    with pytest.raises(InvalidFieldError, match=r"^V1Currency\.value: .* none for HUF"):
        V1Currency(currency="HUF", value=value)
    assert Money(currency_code="JPY", value=Decimal("100")).to_dict()["value"] == "100"
    assert Money(currency_code="USD", value=value).to_dict()["value"] == str(value)
    # an answer is never refused: it loads as sent
    assert Money.from_dict({"currency_code": "JPY", "value": "1.5"}).value == "1.5"


# -- non-standard codes, request ids on failures, links that name no resource ------------------


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("kind", CLIENTS)
def test_a_non_standard_success_code_is_a_plain_number(mode: str, kind: str) -> None:
    script = Script({("GET", "/v2/invoicing/invoices/INV2-AAAA"): (299, INVOICE)})
    client = CLIENTS[kind](script)
    response = call(mode, get_invoice, "INV2-AAAA", client=client, detailed=True)
    assert response.status_code == 299
    assert isinstance(response.parsed, Invoice)
    assert call(mode, get_invoice, "INV2-AAAA", client=client).id == "INV2-AAAA"


@pytest.mark.parametrize("mode", MODES)
def test_a_non_standard_error_code_raises_unexpected_status(mode: str) -> None:
    script = Script({("GET", "/v2/invoicing/invoices/INV2-AAAA"): (520, b"origin error")})
    with pytest.raises(UnexpectedStatus) as caught:
        call(mode, get_invoice, "INV2-AAAA", client=plain(script))
    assert caught.value.status_code == 520
    assert "origin error" in str(caught.value)


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("kind", CLIENTS)
def test_a_create_without_its_body_raises_with_the_request_id(mode: str, kind: str) -> None:
    script = Script({("POST", "/v2/invoicing/invoices"): (201, None)})
    body = Invoice.from_dict({"detail": {"currency_code": "USD"}})
    with pytest.raises(UnexpectedStatus) as caught:
        call(
            mode, create_invoice, client=CLIENTS[kind](script), body=body, pay_pal_request_id="r-7"
        )
    assert caught.value.status_code == 201
    assert caught.value.request_id == "r-7"  # the same id re-issues the create safely


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("kind", CLIENTS)
@pytest.mark.parametrize(
    "link",
    [
        {"href": "", "rel": "self", "method": "GET"},
        {"href": "http://[bad", "rel": "self", "method": "GET"},
        {"href": "https://api-m.paypal.com/", "rel": "self", "method": "GET"},
        {"href": SELF_LINK["href"], "rel": "payer-view", "method": "GET"},
    ],
    ids=["empty", "unparsable", "no-resource", "not-self"],
)
def test_a_link_that_names_no_resource_is_not_followed(
    mode: str, kind: str, link: dict[str, str]
) -> None:
    script = Script({("POST", "/v2/invoicing/invoices"): (201, link)})
    body = Invoice.from_dict({"detail": {"currency_code": "USD"}})
    with pytest.raises(UnexpectedStatus) as caught:
        call(
            mode,
            create_invoice,
            client=CLIENTS[kind](script),
            body=body,
            prefer="return=minimal",
            pay_pal_request_id="r-8",
        )
    assert caught.value.request_id == "r-8"  # the create may have happened: its id finds it
    assert [r.method for r in script.api()] == ["POST"]  # nothing followed
