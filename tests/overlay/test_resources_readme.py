"""The README quickstart (the resource client) runs the whole lifecycle on the sandbox, sync and
async: create with two items, send, QR code, partial then full payment, list, refund, cancel."""

from __future__ import annotations

import contextlib
import io
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from paypal_invoicing.sandbox import SandboxServer

README = Path(__file__).resolve().parents[2] / "README.md"


def snippet(name: str) -> str:
    """The fenced Python block that follows ``<!-- tested: name -->`` in the README."""
    match = re.search(
        rf"<!-- tested: {re.escape(name)} -->\n```python\n(.*?)\n```", README.read_text(), re.S
    )
    assert match, f"README has no snippet marked {name}"
    return match.group(1)


@pytest.fixture
def sandbox(monkeypatch: pytest.MonkeyPatch) -> Iterator[SandboxServer]:
    with SandboxServer() as server:
        monkeypatch.setenv("PAYPAL_BASE_URL", server.url)
        monkeypatch.setenv("PAYPAL_CLIENT_ID", "readme-id")
        monkeypatch.setenv("PAYPAL_CLIENT_SECRET", "readme-secret")
        yield server


def _run(code: str) -> tuple[dict[str, Any], str]:
    namespace: dict[str, Any] = {"__name__": "readme"}
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        exec(compile(code, str(README), "exec"), namespace)
    return namespace, out.getvalue()


def test_quickstart_runs_the_lifecycle(sandbox: SandboxServer) -> None:
    namespace, out = _run(snippet("quickstart"))
    state = {i: sandbox.sandbox.invoice(i) for i in sandbox.sandbox.invoice_ids()}
    statuses = sorted(invoice["status"] for invoice in state.values())
    assert statuses == ["CANCELLED", "PARTIALLY_REFUNDED"]
    paid = next(i for i in state.values() if i["status"] == "PARTIALLY_REFUNDED")
    assert len(paid["items"]) == 2 and paid["amount"]["value"] == "311.60"
    assert [p["amount"]["value"] for p in paid["payments"]["transactions"]] == ["100.00", "211.60"]
    assert namespace["png"].startswith(b"\x89PNG")
    lines = out.splitlines()
    assert lines[0].endswith("DRAFT 311.60")
    assert lines[1] == "PARTIALLY_PAID 211.60"
    assert sum(line.startswith("INV2-") for line in lines) == 1 + 1  # created, then listed
    assert lines[-1].startswith("RESOURCE_NOT_FOUND")


def test_async_quickstart_runs_the_lifecycle(sandbox: SandboxServer) -> None:
    _, out = _run(snippet("quickstart-async"))
    state = {i: sandbox.sandbox.invoice(i) for i in sandbox.sandbox.invoice_ids()}
    statuses = sorted(invoice["status"] for invoice in state.values())
    assert statuses == ["CANCELLED", "PARTIALLY_REFUNDED"]
    paid = next(i for i in state.values() if i["status"] == "PARTIALLY_REFUNDED")
    assert [p["amount"]["value"] for p in paid["payments"]["transactions"]] == ["100.00", "211.60"]
    assert [r["amount"]["value"] for r in paid["refunds"]["transactions"]] == ["20.00"]
    lines = out.splitlines()
    assert lines[:2] == ["PARTIALLY_PAID 211.60 True", "1 1 False"]
    assert lines[2] == f"{paid['id']} MARKED_AS_PAID"
    assert lines[-1] == "RESOURCE_NOT_FOUND"
