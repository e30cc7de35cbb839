"""Every operation of spec/openapi.json is one method of the resource client, sync and async."""

from __future__ import annotations

import asyncio
import inspect
import json
import re
from pathlib import Path
from typing import Any

import httpx
import pytest

from paypal_invoicing import AsyncPayPal, PayPal, PayPalInvoicingError
from paypal_invoicing.resources._runtime import Resource

SPEC = json.loads((Path(__file__).resolve().parents[2] / "spec" / "openapi.json").read_text())
OPERATIONS = {
    (method.upper(), path)
    for path, item in SPEC["paths"].items()
    for method in item
    if method in ("get", "post", "put", "patch", "delete")
}
PATTERNS = [
    (re.compile("^" + re.sub(r"\\\{\w+\\\}", "[^/]+", re.escape(path)) + "$"), method, path)
    for method, path in OPERATIONS
]


def _template(method: str, path: str) -> tuple[str, str]:
    found = [(m, p) for rx, m, p in PATTERNS if m == method and rx.match(path)]
    # a literal segment wins over a parameter (/invoices/next-invoice-number)
    found.sort(key=lambda mp: mp[1].count("{"))
    assert found, f"{method} {path} is no operation of the spec"
    return found[0]


def _handler(seen: list[tuple[str, str]]) -> Any:
    def handle(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/v1/oauth2/token":
            token = {"access_token": "t", "token_type": "Bearer", "expires_in": 3600}
            return httpx.Response(200, json=token)
        seen.append((request.method, request.url.path))
        return httpx.Response(200, json={})

    return handle


def _methods(resource: Resource, where: str = "client") -> list[tuple[str, Any]]:
    """(dotted name, bound method) of every operation method below ``resource``."""
    found: list[tuple[str, Any]] = []
    for name in sorted(dir(type(resource))):
        if name.startswith("_") or name in (
            "with_raw_response",
            "with_options",
            "from_client",
            "client",
            "close",
            "aclose",
        ):
            continue
        attribute = getattr(type(resource), name)
        if callable(attribute):
            found.append((f"{where}.{name}", getattr(resource, name)))
        else:  # a sub-resource (cached_property)
            found += _methods(getattr(resource, name), f"{where}.{name}")
    return found


def _arguments(method: Any) -> tuple[list[Any], dict[str, Any]]:
    args: list[Any] = []
    kwargs: dict[str, Any] = {}
    for parameter in inspect.signature(method).parameters.values():
        if parameter.kind is parameter.POSITIONAL_OR_KEYWORD:
            args.append(f"ID-{parameter.name}")
        elif parameter.default is inspect.Parameter.empty:
            kwargs[parameter.name] = [] if "Sequence" in str(parameter.annotation) else "x"
    return args, kwargs


def test_each_operation_is_one_sync_method() -> None:
    seen: list[tuple[str, str]] = []
    client = PayPal("id", "secret", transport=httpx.MockTransport(_handler(seen)))
    reached: dict[tuple[str, str], str] = {}
    for name, method in _methods(client):
        before = len(seen)
        args, kwargs = _arguments(method)
        try:
            result = method(*args, **kwargs)
            if hasattr(result, "items") and hasattr(result, "has_next_page"):
                list(result)  # a page: walks on from its first request
        except PayPalInvoicingError:
            pass  # an empty answer where a PNG belongs: the request was made
        made = {_template(*request) for request in seen[before:]}
        assert len(made) == 1, f"{name} made {made}"
        (operation,) = made
        assert operation not in reached, f"{name} and {reached.get(operation)} both call it"
        reached[operation] = name
    assert set(reached) == OPERATIONS
    assert len(reached) == 57


def test_each_operation_is_one_async_method() -> None:
    seen: list[tuple[str, str]] = []

    async def run() -> dict[tuple[str, str], str]:
        transport = httpx.MockTransport(_handler(seen))
        reached: dict[tuple[str, str], str] = {}
        async with AsyncPayPal("id", "secret", async_transport=transport) as client:
            for name, method in _methods(client):
                before = len(seen)
                args, kwargs = _arguments(method)
                result = method(*args, **kwargs)
                try:
                    if inspect.isawaitable(result) and not hasattr(result, "__aiter__"):
                        await result
                    else:
                        _ = [item async for item in result]
                except PayPalInvoicingError:
                    pass
                (operation,) = {_template(*request) for request in seen[before:]}
                reached[operation] = name
        return reached

    reached = asyncio.run(run())
    assert set(reached) == OPERATIONS


@pytest.mark.parametrize(
    ("name", "method", "path"),
    [
        ("client.invoices.retrieve", "GET", "/v2/invoicing/invoices/{invoice_id}"),
        ("client.invoices.payments.create", "POST", "/v2/invoicing/invoices/{invoice_id}/payments"),
        (
            "client.invoices.generate_next_number",
            "POST",
            "/v2/invoicing/generate-next-invoice-number",
        ),
        ("client.v1.templates.update", "PUT", "/v1/invoicing/templates/{template_id}"),
        (
            "client.webhooks.list_event_types",
            "GET",
            "/v1/notifications/webhooks/{webhook_id}/event-types",
        ),
        (
            "client.webhooks.events.verify_signature",
            "POST",
            "/v1/notifications/verify-webhook-signature",
        ),
        (
            "client.webhooks.lookups.delete",
            "DELETE",
            "/v1/notifications/webhooks-lookup/{webhook_lookup_id}",
        ),
    ],
)
def test_names_follow_the_readme_rule(name: str, method: str, path: str) -> None:
    seen: list[tuple[str, str]] = []
    client = PayPal("id", "secret", transport=httpx.MockTransport(_handler(seen)))
    target = dict(_methods(client))[name]
    args, kwargs = _arguments(target)
    target(*args, **kwargs)
    assert {_template(*request) for request in seen} == {(method, path)}
