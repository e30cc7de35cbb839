"""Fixtures: a sandbox served on loopback, and an httpx client holding a bearer token."""

from __future__ import annotations

import copy
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from paypal_invoicing.sandbox import SandboxServer

from .helpers import seed


@pytest.fixture
def server() -> Iterator[SandboxServer]:
    with SandboxServer(client_id="test-id", client_secret="test-secret") as running:
        yield running


@pytest.fixture
def api(server: SandboxServer) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=server.url) as client:
        token = client.post(
            "/v1/oauth2/token",
            auth=("test-id", "test-secret"),
            data={"grant_type": "client_credentials"},
        ).json()["access_token"]
        client.headers["Authorization"] = f"Bearer {token}"
        yield client


@pytest.fixture
def invoice_body() -> dict[str, Any]:
    """Seed 004's create request, without its fixed invoice number."""
    body = copy.deepcopy(seed("004_create_invoice_request.json"))
    del body["detail"]["invoice_number"]
    return body


@pytest.fixture(autouse=True)
def _no_sandbox_bugs(caplog: pytest.LogCaptureFixture) -> Iterator[None]:
    """Fail any test during which the sandbox hit an unexpected exception (an answered 500)."""
    yield
    bugs = [r for r in caplog.records if r.name == "paypal_invoicing.sandbox"]
    assert not bugs, [r.getMessage() for r in bugs]
