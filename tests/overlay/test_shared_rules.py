"""Rules written once: the host policy, the parser of PayPal's error body, raise_for_status and
the options of connect() / httpx_clients()."""

from __future__ import annotations

import inspect
import json
from http import HTTPStatus
from typing import Any

import httpx
import pytest

from paypal_invoicing import (
    AuthenticationError,
    ConfigurationError,
    NotFoundError,
    PayPalError,
    ServerError,
    ValidationError,
    connect,
    httpx_clients,
)
from paypal_invoicing._client import PayPalClient
from paypal_invoicing._connect import Options
from paypal_invoicing._errors import error_from_response, raise_for_status
from paypal_invoicing._net import is_host, is_ip_address, is_loopback
from paypal_invoicing_client import AuthenticatedClient
from paypal_invoicing_client.errors import ErrorBody, UnexpectedStatus
from paypal_invoicing_client.types import Response


@pytest.mark.parametrize(
    ("host", "loopback"),
    [
        ("localhost", True),
        ("LOCALHOST.", True),
        ("127.0.0.1", True),
        ("127.8.9.10", True),
        ("::1", True),
        ("[::1]", True),
        ("10.0.0.1", False),
        ("localhost.example", False),
        ("api-m.paypal.com", False),
    ],
)
def test_loopback(host: str, loopback: bool) -> None:
    assert is_loopback(host) is loopback


@pytest.mark.parametrize(
    ("host", "valid"),
    [
        ("api-m.sandbox.paypal.com", True),
        ("API.PayPal.com.", True),
        ("under_score.example", True),
        ("[::1]", True),
        ("ap\u0131.paypal.com", False),  # dotless i: case-folds to "i" unless ASCII-only
        ("\u212aey.example", False),  # the Kelvin sign folds to "k"
        ("-bad.example", False),
        ("exa mple.com", False),
        ("a" * 64 + ".example", False),
        ("", False),
    ],
)
def test_host_names(host: str, valid: bool) -> None:
    assert is_host(host) is valid
    assert is_ip_address(host) is (host == "[::1]")


PAYPAL_BODY = {
    "name": "RESOURCE_NOT_FOUND",
    "message": "The specified resource does not exist.",
    "debug_id": "b1d1f06c7246c",
    "details": [{"issue": "INVALID_RESOURCE_ID", "field": "invoice_id"}, "junk"],
    "information_link": "https://developer.paypal.com/docs/api/invoicing/",
    "links": [{"href": "https://example/x", "rel": "information_link"}],
}


@pytest.mark.parametrize(
    ("content", "headers", "expected"),
    [
        (
            json.dumps(PAYPAL_BODY).encode(),
            {},
            ("RESOURCE_NOT_FOUND", "The specified resource does not exist.", "b1d1f06c7246c"),
        ),
        (
            b'{"error": "invalid_token", "error_description": "Token signature failed"}',
            {"PayPal-Debug-Id": "from-header"},
            ("invalid_token", "Token signature failed", "from-header"),
        ),
        (b"<html>Bad gateway</html>", {"paypal-debug-id": "h"}, (None, None, "h")),
        (b"[1, 2]", {}, (None, None, None)),
        (b"", {}, (None, None, None)),
    ],
)
def test_one_parser_for_the_generated_and_the_overlay_errors(
    content: bytes, headers: dict[str, str], expected: tuple[Any, ...]
) -> None:
    parsed = ErrorBody.parse(content, headers)
    assert (parsed.name, parsed.message, parsed.debug_id) == expected
    unexpected = UnexpectedStatus(404, content, headers)
    assert (unexpected.name, unexpected.message, unexpected.debug_id) == expected
    error = error_from_response(httpx.Response(404, headers=headers, content=content))
    assert isinstance(error, NotFoundError)
    assert (error.name, error.debug_id) == expected[::2]
    if expected[1] is not None:
        assert error.message == expected[1]
    assert error.details == parsed.details


def test_the_parser_keeps_only_the_dicts_of_details_and_links() -> None:
    parsed = ErrorBody.parse(json.dumps(PAYPAL_BODY).encode())
    assert parsed.details == [{"issue": "INVALID_RESOURCE_ID", "field": "invoice_id"}]
    assert parsed.links == PAYPAL_BODY["links"]
    assert parsed.information_link == PAYPAL_BODY["information_link"]


@pytest.mark.parametrize("status", [400, 401])
@pytest.mark.parametrize("name", ["invalid_client", "unauthorized_client"])
def test_refused_credentials_are_an_authentication_error_whatever_the_status(
    status: int, name: str
) -> None:
    content = json.dumps({"error": name, "error_description": "Client Authentication failed"})
    error = error_from_response(httpx.Response(status, content=content.encode()))
    assert type(error) is AuthenticationError
    assert (error.status_code, error.name) == (status, name)


def test_raise_for_status_takes_httpx_and_generated_responses() -> None:
    raise_for_status(httpx.Response(204))
    raise_for_status(Response(HTTPStatus.OK, b"{}", {}, None))
    content = json.dumps({"name": "VALIDATION_ERROR", "message": "bad"}).encode()
    with pytest.raises(ValidationError, match="VALIDATION_ERROR: bad"):
        raise_for_status(Response(HTTPStatus.BAD_REQUEST, content, {}, None))
    with pytest.raises(ServerError) as caught:
        raise_for_status(httpx.Response(503, headers={"Retry-After": "2"}, content=b"down"))
    assert caught.value.retry_after == 2.0
    assert caught.value.message == "down"


def test_connect_and_httpx_clients_take_the_options_class() -> None:
    expected = list(inspect.signature(Options).parameters)
    assert expected[:2] == ["client_id", "client_secret"]
    assert len(expected) == 18  # ... token_store, allow_http, http_backend, json_loads
    for function in (connect, httpx_clients):
        parameters = inspect.signature(function).parameters
        assert list(parameters) == expected
        assert all(p.kind is inspect.Parameter.KEYWORD_ONLY for p in list(parameters.values())[2:])
    # A PayPalClient: the generated AuthenticatedClient, plus close() / aclose() (issue 19)
    assert inspect.signature(connect).return_annotation == "PayPalClient"
    assert issubclass(PayPalClient, AuthenticatedClient)
    assert connect.__name__ == "connect" and "AuthenticatedClient" in (connect.__doc__ or "")


@pytest.mark.parametrize(
    ("kwargs", "field"),
    [
        ({"timeout": 0}, "timeout"),
        ({"max_retries": -1}, "max_retries"),
        ({"retry_policy": 3}, "retry_policy"),
        ({"headers": {"X": 1}}, "headers"),
        ({"proxy": 8080}, "proxy"),
        ({"limits": 10}, "limits"),
        ({"token_store": {}}, "token_store"),
    ],
)
def test_both_entry_points_refuse_a_bad_option_alike(kwargs: dict[str, Any], field: str) -> None:
    messages = []
    for function in (connect, httpx_clients):
        with pytest.raises(ConfigurationError, match=field) as caught:
            function("id", "secret", **kwargs)
        messages.append(str(caught.value))
    assert messages[0] == messages[1]


def test_the_secret_stays_out_of_the_options_repr() -> None:
    options = Options("id", "s3cr3t-value", timeout=5)
    assert "s3cr3t-value" not in repr(options)
    assert options.timeout == httpx.Timeout(5)
    assert isinstance(error_from_response(httpx.Response(418)), PayPalError)
