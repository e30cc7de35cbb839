"""The typed client is typed for its users: ``mypy --strict`` on the README quickstart and on
uses of results and pagination, against the installed packages (which ship ``py.typed``)."""

from __future__ import annotations

import re
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]

TYPED_USES = """
import asyncio
from typing import assert_type

from paypal_invoicing import apaginate, aqr_code_png, connect, paginate, qr_code_png
from paypal_invoicing_client.api.invoices import (
    create_invoice, delete_invoice, get_invoice, list_invoices, search_invoices, send_invoice,
)
from paypal_invoicing_client.api.templates import list_templates
from paypal_invoicing_client.api.v1_invoices import v1_list_invoices, v1_record_invoice_payment
from paypal_invoicing_client.api.v1_templates import v1_list_templates
from paypal_invoicing_client.models import (
    Invoice, Invoices, LinkDescription, SendInvoiceResponse, Template, V1Invoice, V1Template,
)
from paypal_invoicing_client.types import Response

client = connect()
body = Invoice.from_dict({"detail": {"currency_code": "USD"}})
assert_type(create_invoice.sync(client=client, body=body), Invoice)
assert_type(get_invoice.sync("INV2-1", client=client), Invoice)
assert_type(delete_invoice.sync("INV2-1", client=client), None)
assert_type(v1_record_invoice_payment.sync("INV2-1", client=client), None)
assert_type(
    send_invoice.sync("INV2-1", client=client), LinkDescription | SendInvoiceResponse | None
)
assert_type(list_invoices.sync(client=client), Invoices)
detailed = get_invoice.sync_detailed("INV2-1", client=client)
assert isinstance(detailed.parsed, Invoice)
for invoice in paginate(list_invoices, client=client):
    assert_type(invoice, Invoice)
for found in paginate(search_invoices, client=client):
    assert_type(found, Invoice)
for template in paginate(list_templates, client=client):
    assert_type(template, Template)
for v1_invoice in paginate(v1_list_invoices, client=client):
    assert_type(v1_invoice, V1Invoice)
for v1_template in paginate(v1_list_templates, client=client):
    assert_type(v1_template, V1Template)
assert_type(qr_code_png("INV2-1", client=client), bytes)


async def main() -> None:
    assert_type(await create_invoice.asyncio(client=client, body=body), Invoice)
    assert_type(await delete_invoice.asyncio("INV2-1", client=client), None)
    async for item in apaginate(list_invoices, client=client):
        assert_type(item, Invoice)
    assert_type(await aqr_code_png("INV2-1", client=client), bytes)


asyncio.run(main())
"""

MISUSES = """
from decimal import Decimal

from paypal_invoicing import connect, paginate, qr_code_png
from paypal_invoicing_client.api.invoices import get_invoice
from paypal_invoicing_client.models import Money

client = connect()
paginate(get_invoice, client=client)  # line 9: not a paged operation
qr_code_png("INV2-1", client="not a client")  # line 10: not a client
Money(currency_code="USD", value=1.5)  # line 11: a float is no money value
Money(currency_code="USD", value=Decimal("1.50"))  # fine
"""


def quickstart() -> str:
    """The first ``python`` block after the README's Quickstart heading."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme[readme.index("## Quickstart") :]
    match = re.search(r"```python\n(.*?)```", section, re.S)
    assert match is not None, "the README quickstart has no python block"
    return match.group(1)


@pytest.fixture(scope="module")
def mypy_output(tmp_path_factory: pytest.TempPathFactory) -> str:
    """One ``mypy --strict`` run over the three files (mypy is slow to start)."""
    where = tmp_path_factory.mktemp("typed")
    (where / "quickstart.py").write_text(quickstart(), encoding="utf-8")
    (where / "typed_uses.py").write_text(textwrap.dedent(TYPED_USES), encoding="utf-8")
    (where / "misuses.py").write_text(textwrap.dedent(MISUSES), encoding="utf-8")
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "mypy",
            "--strict",
            "--no-incremental",
            "--cache-dir",
            str(where / ".mypy_cache"),
            "quickstart.py",
            "typed_uses.py",
            "misuses.py",
        ],
        cwd=where,
        capture_output=True,
        text=True,
        check=False,
        timeout=600,
    )
    return proc.stdout + proc.stderr


def _errors(output: str, file: str) -> list[str]:
    return [line for line in output.splitlines() if line.startswith(f"{file}:")]


def test_readme_quickstart_passes_mypy_strict(mypy_output: str) -> None:
    assert "from paypal_invoicing import" in quickstart()
    assert _errors(mypy_output, "quickstart.py") == [], mypy_output


def test_results_and_pages_are_typed_as_what_they_are(mypy_output: str) -> None:
    assert _errors(mypy_output, "typed_uses.py") == [], mypy_output


def test_misuses_are_type_errors(mypy_output: str) -> None:
    lines = {int(line.split(":")[1]) for line in _errors(mypy_output, "misuses.py")}
    assert {9, 10, 11} <= lines, mypy_output
    assert 12 not in lines, mypy_output


def test_readme_quickstart_runs_on_the_embedded_sandbox(
    paypal_sandbox: Any, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("PAYPAL_CLIENT_ID", paypal_sandbox.client_id)
    monkeypatch.setenv("PAYPAL_CLIENT_SECRET", paypal_sandbox.client_secret)
    monkeypatch.setenv("PAYPAL_BASE_URL", paypal_sandbox.url)
    monkeypatch.delenv("PAYPAL_ENVIRONMENT", raising=False)
    namespace: dict[str, Any] = {"__name__": "quickstart"}
    try:
        exec(compile(quickstart(), "README quickstart", "exec"), namespace)
    finally:
        if "client" in namespace:
            namespace["client"].close()  # the quickstart's `with` closed it already
    printed = capsys.readouterr().out.splitlines()
    invoice_id, other_id = namespace["invoice"].id, namespace["other"].id
    assert namespace["png"].startswith(b"\x89PNG")
    assert f"{invoice_id} MARKED_AS_PAID 311.60" in printed  # the paged list holds the paid one
    assert printed[-1].startswith("RESOURCE_NOT_FOUND ")  # the NotFoundError branch
    assert paypal_sandbox.sandbox.invoice(invoice_id)["status"] == "PARTIALLY_REFUNDED"
    assert paypal_sandbox.sandbox.invoice(other_id)["status"] == "CANCELLED"
