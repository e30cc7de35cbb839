"""Retries are decided per operation: the rule matches the spec; v1 POSTs are not replayed."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import httpx
import pytest

from paypal_invoicing import APIConnectionError, RetryPolicy, ServerError, connect
from paypal_invoicing._retry import (
    ACTIONLESS_POSTS,
    TOKEN_PATH,
    declares_request_id,
    is_idempotent,
)
from paypal_invoicing_client.api.v1_invoices import v1_create_invoice
from paypal_invoicing_client.models.v1_invoice import V1Invoice
from tests.overlay.scripted_server import Reply, ScriptedServer

SPEC = Path(__file__).resolve().parents[2] / "spec" / "openapi.json"
V1_CREATE = "/v1/invoicing/invoices"
V1_CREATED = {"id": "INV2-1", "merchant_info": {"email": "m@example.com"}}
METHODS = ("get", "put", "post", "delete", "patch", "head", "options")


def _operations() -> list[tuple[str, str, bool]]:
    """(method, path with sample ids, declares PayPal-Request-Id) for every spec operation."""
    spec = json.loads(SPEC.read_text())
    shared = spec.get("components", {}).get("parameters", {})
    found = []
    for path, item in spec["paths"].items():
        for method in METHODS:
            operation = item.get(method)
            if operation is None:
                continue
            names = set()
            for parameter in [*item.get("parameters", []), *operation.get("parameters", [])]:
                if "$ref" in parameter:
                    parameter = shared[parameter["$ref"].rsplit("/", 1)[-1]]
                if parameter.get("in") == "header":
                    names.add(parameter["name"].lower())
            concrete = path.replace("{", "X").replace("}", "")
            found.append((method.upper(), concrete, "paypal-request-id" in names))
    return found


def test_the_rule_matches_every_operation_of_the_spec() -> None:
    operations = _operations()
    assert len(operations) > 30
    assert any(declared for _, _, declared in operations)
    for method, path, declared in operations:
        assert declares_request_id(method, path) == declared, (method, path)
        actionless = method == "POST" and path in ACTIONLESS_POSTS
        expected = method not in {"POST", "PATCH"} or declared or actionless
        assert is_idempotent(method, path) == expected, (method, path)
    assert is_idempotent("POST", TOKEN_PATH)
    assert is_idempotent("POST", "/v1/notifications/verify-webhook-signature")
    assert not is_idempotent("PATCH", "/v1/notifications/webhooks/WH-1")  # JSON Patch may append
    assert not is_idempotent("POST", "/v1/notifications/webhooks")  # creates a webhook


def _v1(client: Any) -> Any:
    body = V1Invoice.from_dict({"merchant_info": {"email": "m@example.com"}})
    return v1_create_invoice.sync(client=client, body=body)


def test_v1_post_answered_503_is_not_replayed(server: ScriptedServer, make_client: Any) -> None:
    server.script("POST", V1_CREATE, Reply(503, {"name": "X"}), Reply(201, V1_CREATED))
    client = make_client()
    with pytest.raises(ServerError) as caught:
        _v1(client)
    assert len(server.api_requests("POST", V1_CREATE)) == 1
    assert caught.value.request_id is None
    assert "paypal-request-id" not in server.api_requests("POST", V1_CREATE)[0].headers


def test_v1_post_whose_connection_dropped_is_not_replayed(
    server: ScriptedServer, make_client: Any
) -> None:
    server.script("POST", V1_CREATE, Reply(drop=True), Reply(201, V1_CREATED))
    client = make_client()
    with pytest.raises(APIConnectionError, match="may have reached PayPal"):
        _v1(client)
    assert len(server.api_requests("POST", V1_CREATE)) == 1


def test_v1_post_that_never_left_is_retried() -> None:
    attempts: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path == TOKEN_PATH:
            return httpx.Response(200, json={"access_token": "T0k3n", "expires_in": 3600})
        attempts.append(request.url.path)
        if len(attempts) == 1:
            raise httpx.ConnectError("refused", request=request)
        if len(attempts) == 2:
            raise httpx.PoolTimeout("no free connection", request=request)
        return httpx.Response(201, json=V1_CREATED)

    client = connect(
        "id",
        "secret",
        base_url="https://example.test",
        transport=httpx.MockTransport(handler),
        retry_policy=RetryPolicy(max_retries=2, initial_delay=0),
    )
    assert _v1(client).id == "INV2-1"
    assert attempts == [V1_CREATE] * 3


def test_v1_post_after_a_failed_token_request_is_retried(
    server: ScriptedServer, make_client: Any
) -> None:
    # The token request failed: the v1 POST itself was never sent, so it may be sent now.
    server.token_replies.append(Reply(503, {"name": "SERVICE_UNAVAILABLE"}))
    server.route("POST", V1_CREATE, lambda rec: Reply(201, V1_CREATED))
    client = make_client()
    assert _v1(client).id == "INV2-1"
    assert len(server.token_requests) == 2
    assert len(server.api_requests("POST", V1_CREATE)) == 1


def test_errors_for_v2_posts_carry_their_request_id(
    server: ScriptedServer, make_client: Any
) -> None:
    from paypal_invoicing_client.api.invoices import create_invoice
    from paypal_invoicing_client.models.invoice import Invoice

    server.script("POST", "/v2/invoicing/invoices", *[Reply(503, {"name": "X"})] * 3)
    client = make_client()
    with pytest.raises(ServerError) as caught:
        create_invoice.sync(
            client=client, body=Invoice.from_dict({"detail": {"currency_code": "USD"}})
        )
    sent = {r.headers["paypal-request-id"] for r in server.api_requests("POST")}
    assert sent == {caught.value.request_id}
    assert caught.value.request_id in repr(caught.value)
