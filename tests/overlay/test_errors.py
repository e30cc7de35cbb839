"""errors.py: PayPal's error bodies, OAuth bodies and non-JSON bodies become typed exceptions."""

from __future__ import annotations

import copy
import json
import pickle
from typing import Any

import httpx
import pytest

from paypal_invoicing import (
    APIConnectionError,
    APITimeoutError,
    AuthenticationError,
    ConfigurationError,
    ConflictError,
    NotFoundError,
    PayPalError,
    PayPalInvoicingError,
    PermissionDeniedError,
    RateLimitError,
    ServerError,
    UnprocessableEntityError,
    ValidationError,
)
from paypal_invoicing._errors import error_from_response


def _response(
    status: int, body: Any = None, headers: dict[str, str] | None = None
) -> httpx.Response:
    content = body if isinstance(body, bytes) else json.dumps(body).encode()
    return httpx.Response(status, headers=headers or {}, content=content)


def test_unprocessable_entity_is_still_a_validation_error() -> None:
    body = {
        "name": "UNPROCESSABLE_ENTITY",
        "message": "The requested action could not be performed.",
        "details": [{"issue": "CANNOT_DELETE_SENT_INVOICE"}],
    }
    error = error_from_response(_response(422, body))
    assert isinstance(error, UnprocessableEntityError)
    assert isinstance(error, ValidationError)
    assert error.issues == ["CANNOT_DELETE_SENT_INVOICE"]
    with pytest.raises(ValidationError):
        raise error


@pytest.mark.parametrize(
    ("status", "cls"),
    [
        (400, ValidationError),
        (401, AuthenticationError),
        (403, PermissionDeniedError),
        (404, NotFoundError),
        (409, ConflictError),
        (415, PayPalError),
        (422, UnprocessableEntityError),
        (429, RateLimitError),
        (500, ServerError),
        (503, ServerError),
    ],
)
def test_status_picks_the_subclass(status: int, cls: type[PayPalError]) -> None:
    error = error_from_response(_response(status, {"name": "X", "message": "m"}))
    assert type(error) is cls
    assert isinstance(error, PayPalError)
    assert isinstance(error, PayPalInvoicingError)
    assert error.status_code == status


def test_paypal_error_body_fills_every_field() -> None:
    body = {
        "name": "UNPROCESSABLE_ENTITY",
        "message": "The requested action could not be performed.",
        "debug_id": "b1d1f06c7246c",
        "information_link": "https://developer.paypal.com/docs/api/invoicing/#errors",
        "details": [
            {
                "field": "/detail/invoice_number",
                "value": "#123",
                "location": "body",
                "issue": "DUPLICATE_INVOICE_NUMBER",
                "description": "Invoice number already exists.",
            },
            {"issue": "CANNOT_CANCEL_DRAFT_INVOICE"},
        ],
        "links": [{"href": "https://x/y", "rel": "information_link", "method": "GET"}],
    }
    error = error_from_response(_response(422, body, {"Paypal-Debug-Id": "header-id"}))
    assert isinstance(error, ValidationError)
    assert error.name == "UNPROCESSABLE_ENTITY"
    assert error.message == "The requested action could not be performed."
    assert error.debug_id == "b1d1f06c7246c"  # the body wins over the header
    assert error.information_link == body["information_link"]
    assert error.details == body["details"]
    assert error.issues == ["DUPLICATE_INVOICE_NUMBER", "CANNOT_CANCEL_DRAFT_INVOICE"]
    assert error.headers["paypal-debug-id"] == "header-id"
    assert error.links[0]["rel"] == "information_link"
    text = str(error)
    for part in (
        "UNPROCESSABLE_ENTITY",
        "The requested action could not be performed.",
        "b1d1f06c7246c",
        # PayPal's sentence beside the issue code and the field (issue 19)
        "/detail/invoice_number: DUPLICATE_INVOICE_NUMBER: Invoice number already exists.",
        "CANNOT_CANCEL_DRAFT_INVOICE",
    ):
        assert part in text


def test_debug_id_falls_back_to_the_header() -> None:
    error = error_from_response(
        _response(404, {"name": "RESOURCE_NOT_FOUND", "message": "gone"}, {"Paypal-Debug-Id": "h1"})
    )
    assert error.debug_id == "h1"
    assert "h1" in str(error)


def test_oauth_shaped_body() -> None:
    error = error_from_response(
        _response(
            401, {"error": "invalid_client", "error_description": "Client Authentication failed"}
        )
    )
    assert isinstance(error, AuthenticationError)
    assert error.name == "invalid_client"
    assert error.message == "Client Authentication failed"
    assert error.details == []
    assert str(error).startswith("invalid_client: Client Authentication failed")


def test_non_json_body() -> None:
    error = error_from_response(
        _response(
            502, b"<html>Bad Gateway</html>", {"Content-Type": "text/html", "Paypal-Debug-Id": "g1"}
        )
    )
    assert isinstance(error, ServerError)
    assert error.name is None
    assert error.message == "<html>Bad Gateway</html>"
    assert error.debug_id == "g1"
    assert "HTTP 502" in str(error)


def test_empty_body_uses_the_reason_phrase() -> None:
    error = error_from_response(httpx.Response(503))
    assert isinstance(error, ServerError)
    assert error.message == "Service Unavailable"


def test_connection_errors_share_the_base() -> None:
    assert issubclass(APITimeoutError, APIConnectionError)
    assert issubclass(APIConnectionError, PayPalInvoicingError)
    assert not issubclass(APIConnectionError, PayPalError)


# -- pickle and copy: errors cross process boundaries (multiprocessing, concurrent.futures) -----

_ALL_PAYPAL = [
    PayPalError,
    ValidationError,
    AuthenticationError,
    PermissionDeniedError,
    NotFoundError,
    ConflictError,
    RateLimitError,
    ServerError,
]


def _full_error(cls: type[PayPalError]) -> PayPalError:
    request = httpx.Request(
        "GET", "https://api.example.test/v2/x", headers={"Authorization": "Bearer SECRET-T0KEN"}
    )
    response = httpx.Response(
        418,
        headers={"Paypal-Debug-Id": "h1", "Set-Cookie": "a=1"},
        json={"name": "N"},
        request=request,
    )
    return cls(
        "broken",
        status_code=418,
        name="N",
        debug_id="d1",
        details=[{"field": "/a", "issue": "I1"}],
        information_link="https://x/info",
        links=[{"rel": "self", "href": "https://x"}],
        headers=httpx.Headers(
            [("Paypal-Debug-Id", "h1"), ("X-Multi", "1"), ("X-Multi", "2"), ("Retry-After", "7")]
        ),
        body={"name": "N"},
        response=response,
        request_id="rid-2",
    )


@pytest.mark.parametrize("cls", _ALL_PAYPAL)
@pytest.mark.parametrize("how", ["pickle", "copy", "deepcopy"])
def test_paypal_errors_survive_pickle_and_copy(cls: type[PayPalError], how: str) -> None:
    error = _full_error(cls)
    if how == "pickle":
        clone = pickle.loads(pickle.dumps(error))
    elif how == "copy":
        clone = copy.copy(error)
    else:
        clone = copy.deepcopy(error)
    assert type(clone) is cls
    assert str(clone) == str(error)
    assert repr(clone) == repr(error)
    for name in (
        "status_code",
        "name",
        "message",
        "debug_id",
        "details",
        "information_link",
        "links",
        "body",
        "issues",
        "request_id",
        "retry_after",
    ):
        assert getattr(clone, name) == getattr(error, name), name
    assert clone.headers.multi_items() == error.headers.multi_items()
    assert clone.response is None  # no request/response objects travel
    assert b"SECRET-T0KEN" not in pickle.dumps(error)


@pytest.mark.parametrize("cls", [APIConnectionError, APITimeoutError])
def test_connection_errors_survive_pickle_and_copy(cls: type[APIConnectionError]) -> None:
    request = httpx.Request("GET", "https://x/y", headers={"Authorization": "Bearer SECRET-T0KEN"})
    error = cls("GET /y failed after 3 attempts", request=request, request_id="rid-1")
    data = pickle.dumps(error)
    assert b"SECRET-T0KEN" not in data
    for clone in (pickle.loads(data), copy.copy(error)):
        assert type(clone) is cls
        assert str(clone) == str(error)
        assert clone.message == error.message
        assert clone.request_id == "rid-1"
        assert clone.request is None


def test_other_errors_pickle() -> None:
    for error in (ConfigurationError("bad base_url"), PayPalInvoicingError("x")):
        clone = pickle.loads(pickle.dumps(error))
        assert type(clone) is type(error)
        assert str(clone) == str(error)


def test_error_crosses_a_process_pool() -> None:
    from concurrent.futures import ProcessPoolExecutor

    with ProcessPoolExecutor(max_workers=1) as pool:
        future = pool.submit(_raise_not_found)
        with pytest.raises(NotFoundError) as caught:
            future.result(timeout=60)
    assert caught.value.debug_id == "d-pool"
    assert caught.value.issues == ["GONE"]


def _raise_not_found() -> None:
    raise error_from_response(
        httpx.Response(
            404, json={"name": "NF", "debug_id": "d-pool", "details": [{"issue": "GONE"}]}
        )
    )
