"""The generated package's hand-written runtime (scripts/runtime/_runtime.py), on its own."""

from __future__ import annotations

import filecmp
from typing import Any

import httpx
import pytest

import paypal_invoicing_client
from paypal_invoicing_client import _runtime
from paypal_invoicing_client.errors import UnexpectedStatus
from paypal_invoicing_client.models.error import Error
from paypal_invoicing_client.models.invoice import Invoice
from paypal_invoicing_client.models.link_description import LinkDescription
from paypal_invoicing_client.types import Response
from tests.spec.helpers import ROOT


def test_the_generated_package_holds_the_runtime_as_written() -> None:
    package = ROOT / "generated" / "paypal_invoicing_client"
    assert paypal_invoicing_client.__file__.startswith(str(package))
    for name in ("_runtime.py", "errors.py"):
        assert filecmp.cmp(ROOT / "scripts" / "runtime" / name, package / name, shallow=False)


def _json(body: Any, status: int = 200) -> httpx.Response:
    return httpx.Response(status, json=body)


SHAPES = [
    (Invoice, ["id", "status", "links"], {}),
    (LinkDescription, ["href", "rel", "method"], {}),
    (Error, ["name", "message"], {"name": "RESOURCE_NOT_FOUND"}),
]


def test_choose_model_takes_the_shape_whose_fields_and_enums_fit() -> None:
    link = _runtime.choose_model(_json({"href": "/v2/x", "rel": "self"}), SHAPES)
    assert isinstance(link, LinkDescription)
    invoice = _runtime.choose_model(_json({"id": "INV2-1", "status": "DRAFT"}), SHAPES)
    assert isinstance(invoice, Invoice)
    error = _runtime.choose_model(_json({"name": "RESOURCE_NOT_FOUND", "message": "m"}), SHAPES)
    assert isinstance(error, Error)
    assert _runtime.choose_model(httpx.Response(200, content=b"not json"), SHAPES) is None
    assert _runtime.choose_model(_json([1, 2]), SHAPES) is None


def _answer(parsed: Any, status: int = 200) -> Response[Any]:
    return Response(status_code=status, content=b"{}", headers={}, parsed=parsed)


def test_success_value_returns_the_declared_type_or_raises() -> None:
    invoice = Invoice.from_dict({"id": "INV2-1"})
    assert _runtime.success_value(_answer(invoice), (Invoice,), nullable=False) is invoice
    assert _runtime.success_value(_answer(None), (Invoice,), nullable=True) is None
    with pytest.raises(UnexpectedStatus):
        _runtime.success_value(_answer(None), (Invoice,), nullable=False)
    with pytest.raises(UnexpectedStatus):
        _runtime.success_value(_answer(invoice, 404), (Invoice,), nullable=True)


ELSEWHERE = "https://elsewhere.example/v2/invoicing/invoices/I-1?x=1"
PAYPAL = "https://api-m.paypal.com/v2/invoicing/invoices/I-1"


@pytest.mark.parametrize(
    ("link", "expected"),
    [
        ({"href": ELSEWHERE}, "/v2/invoicing/invoices/I-1?x=1"),
        ({"href": PAYPAL, "rel": "self", "method": "GET"}, "/v2/invoicing/invoices/I-1"),
    ],
)
def test_a_link_is_followed_on_the_clients_host_only(link: dict[str, str], expected: str) -> None:
    request = _runtime.link_request(_answer(LinkDescription.from_dict(link)), LinkDescription)
    assert request == {"method": "get", "url": expected}  # a path: the client's base URL


@pytest.mark.parametrize(
    "link",
    [
        {"href": PAYPAL, "method": "DELETE"},
        {"href": PAYPAL, "rel": "payer-view"},
        {"href": "https://api-m.paypal.com/"},
    ],
)
def test_a_link_to_no_resource_raises(link: dict[str, str]) -> None:
    with pytest.raises(UnexpectedStatus):
        _runtime.link_request(_answer(LinkDescription.from_dict(link)), LinkDescription)


def test_loaded_keeps_a_value_of_an_unexpected_type_as_sent() -> None:
    invoice = Invoice.from_dict({"id": "INV2-1", "detail": "not an object", "status": 7})
    assert invoice.detail == "not an object"
    assert invoice.to_dict() == {"id": "INV2-1", "detail": "not an object", "status": 7}
