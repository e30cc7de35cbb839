"""The resource client is typed for its users (``mypy --strict``): request keys and amounts are
checked, answers are typed as PayPal sends them, pages and raw answers are typed."""

from __future__ import annotations

import re
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

TYPED = """
from decimal import Decimal
from typing import assert_type

from paypal_invoicing import AsyncPayPal, PayPal
from paypal_invoicing.resources import AsyncPaginator, SyncPage
from paypal_invoicing.resources.answers import InvoiceAnswer, PaymentReferenceAnswer
from paypal_invoicing_client.models import InvoiceStatus, Money, Template
from paypal_invoicing_client.types import Response, Unset

client = PayPal()
invoice = client.invoices.retrieve("INV2-1")
assert_type(invoice, InvoiceAnswer)
assert_type(invoice.id, str)
assert_type(invoice.status, InvoiceStatus)
assert_type(invoice.amount.value, str)
assert_type(invoice.detail.invoice_number, str)
assert_type(invoice.due_amount, Money | Unset)
assert_type(client.invoices.list(page_size=10), SyncPage[InvoiceAnswer])
for each in client.invoices.search(status=["PAID"]):
    assert_type(each.id, str)
assert_type(client.templates.retrieve("TEMP-1").id, str)
payment = client.invoices.payments.create(
    "INV2-1", method="CASH", amount={"currency_code": "USD", "value": Decimal("1.50")}
)
assert_type(payment, PaymentReferenceAnswer)
assert_type(payment.payment_id, str)
assert_type(client.invoices.qr_code("INV2-1"), bytes)
raw = client.invoices.with_raw_response.retrieve("INV2-1")
assert isinstance(raw, Response)
assert_type(raw.content, bytes)
client.with_options(max_retries=0, timeout=2.5).invoices.delete("INV2-1")
template: Template = Template(name="t")
client.templates.update("TEMP-1", name="t", template_info=template.template_info)


async def main() -> None:
    async with AsyncPayPal() as aclient:
        assert_type(aclient.invoices.list(), AsyncPaginator[InvoiceAnswer])
        first = await aclient.invoices.list()
        assert_type(first.items, list[InvoiceAnswer])
        assert_type((await aclient.invoices.retrieve("INV2-1")).id, str)
"""

MISUSES = """
from decimal import Decimal

from paypal_invoicing import PayPal
from paypal_invoicing.resources.params import ItemParam

client = PayPal()
client.invoices.create(detail={"currency_code": "USD", "note": "fine"})
client.invoices.create(detail={"curency_code": "USD"})  # line 9: a misspelt key
client.invoices.payments.create("INV2-1", method="CASH", amount={"currency_code": "USD", "value": 1.5})  # line 10: a float amount
client.invoices.payments.create("INV2-1", method="CHEQUE")  # line 11: not one of PayPal's values
client.invoices.retrieve("INV2-1", page=1)  # line 12: no such keyword
PayPal(timeout="soon")  # line 13: PayPal takes connect()'s arguments, typed
item: ItemParam = {"name": "A", "quantity": "1", "unit_amount": {"currency_code": "USD", "value": Decimal("1")}}
"""


def _readme_block(name: str) -> str:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    match = re.search(rf"<!-- tested: {re.escape(name)} -->\n```python\n(.*?)\n```", readme, re.S)
    assert match is not None, f"README has no block marked {name}"
    return match.group(1)


@pytest.fixture(scope="module")
def mypy_output(tmp_path_factory: pytest.TempPathFactory) -> str:
    """One ``mypy --strict`` run (mypy is slow to start)."""
    where = tmp_path_factory.mktemp("resources_typed")
    (where / "typed.py").write_text(textwrap.dedent(TYPED), encoding="utf-8")
    (where / "misuses.py").write_text(textwrap.dedent(MISUSES), encoding="utf-8")
    (where / "quickstart_async.py").write_text(_readme_block("quickstart-async"), encoding="utf-8")
    files = ["typed.py", "misuses.py", "quickstart_async.py"]
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "mypy",
            "--strict",
            "--no-incremental",
            "--cache-dir",
            str(where / ".mypy_cache"),
            *files,
        ],  # fmt: skip
        cwd=where,
        capture_output=True,
        text=True,
        check=False,
        timeout=600,
    )
    return proc.stdout + proc.stderr


def _errors(output: str, file: str) -> list[str]:
    return [line for line in output.splitlines() if line.startswith(f"{file}:")]


def test_answers_pages_and_raw_answers_are_typed(mypy_output: str) -> None:
    assert _errors(mypy_output, "typed.py") == [], mypy_output


def test_the_async_quickstart_passes_mypy_strict(mypy_output: str) -> None:
    assert _errors(mypy_output, "quickstart_async.py") == [], mypy_output


def test_misspelt_keys_float_amounts_unknown_values_and_bad_options_are_type_errors(
    mypy_output: str,
) -> None:
    lines = {int(line.split(":")[1]) for line in _errors(mypy_output, "misuses.py")}
    assert {9, 10, 11, 12, 13} <= lines, mypy_output
    assert lines <= {9, 10, 11, 12, 13}, mypy_output  # the correct uses pass
