"""The ``paypal_sandbox`` fixture: one server per session, emptied per test, closing its clients."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

import pytest

from paypal_invoicing.pytest_plugin import PayPalSandbox
from paypal_invoicing_client.api.invoices import generate_invoice_number

from .conftest import WITHOUT_EXTRA, run_python

SESSION_MODULE = """
import asyncio

import pytest

from paypal_invoicing.pytest_plugin import PayPalSandbox
from paypal_invoicing_client.api.invoices import (
    create_invoice,
    generate_invoice_number,
    list_invoices,
)
from paypal_invoicing_client.models.invoice import Invoice

URLS = set()
DRAFT = {"detail": {"currency_code": "USD"}}


@pytest.mark.parametrize("round", range(3))
def test_sync_starts_empty(paypal_sandbox: PayPalSandbox, round: int) -> None:
    URLS.add(paypal_sandbox.url)
    box = paypal_sandbox.sandbox
    assert box.invoice_ids() == [] and box.token_requests == 0
    # Left pending: the next tests list invoices (GET), which must not meet it.
    box.inject("/v2/invoicing/invoices", 500, count=50, method="GET")
    create_invoice.sync(client=paypal_sandbox.client, body=Invoice.from_dict(DRAFT))
    assert len(box.invoice_ids()) == 1 and box.token_requests == 1


@pytest.mark.asyncio
@pytest.mark.parametrize("round", range(3))
async def test_async_starts_empty(paypal_sandbox: PayPalSandbox, round: int) -> None:
    URLS.add(paypal_sandbox.url)
    client = paypal_sandbox.client
    found = await asyncio.gather(*(list_invoices.asyncio(client=client) for _ in range(4)))
    assert [len(page.items) for page in found] == [0, 0, 0, 0]
    number = await generate_invoice_number.asyncio(client=client)
    assert number.invoice_number == "0001"
    assert paypal_sandbox.sandbox.token_requests == 1


def test_one_server_for_the_session() -> None:
    assert len(URLS) == 1
"""


def _pytest(tmp_path: Path, module: str, *options: str, prefix: str = "") -> Any:
    (tmp_path / "test_user.py").write_text(module, encoding="utf-8")
    if "no:asyncio" not in options:
        (tmp_path / "pytest.ini").write_text(
            "[pytest]\nasyncio_default_fixture_loop_scope = function\n", encoding="utf-8"
        )
    code = prefix + (
        "import sys, pytest; sys.exit(pytest.main(['-q', '-p', 'no:cacheprovider', "
        f"'--rootdir', {str(tmp_path)!r}, *{list(options)!r}, {str(tmp_path / 'test_user.py')!r}]))"
    )
    return run_python(["-X", "dev", "-W", "error", "-c", code], cwd=tmp_path)


def test_session_server_reset_per_test_no_resource_warning(tmp_path: Path) -> None:
    result = _pytest(tmp_path, SESSION_MODULE)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "7 passed" in result.stdout
    assert "ResourceWarning" not in result.stdout + result.stderr


def test_an_unclosed_async_client_would_be_caught(tmp_path: Path) -> None:
    """The check above can fail: an async connection left open fails the same run."""
    module = """
import httpx
import pytest

@pytest.mark.asyncio
async def test_leaks(paypal_sandbox):
    client = httpx.AsyncClient()  # never closed: its pooled socket outlives the loop
    await client.get(paypal_sandbox.url + "/v2/invoicing/invoices")

def test_after():
    import gc; gc.collect()
"""
    result = _pytest(tmp_path, module)
    assert result.returncode != 0
    assert "ResourceWarning" in result.stdout + result.stderr


def test_plugin_loads_without_the_extra_and_the_fixture_names_it(tmp_path: Path) -> None:
    module = """
def test_plain():
    assert True

def test_uses_it(paypal_sandbox):
    pass
"""
    result = _pytest(tmp_path, module, "-p", "no:asyncio", prefix=WITHOUT_EXTRA)
    out = result.stdout
    assert result.returncode == 1, out + result.stderr
    assert "1 passed" in out and "1 error" in out
    assert (
        "the paypal_sandbox fixture needs the [sandbox] extra (missing: starlette, uvicorn, "
        "qrcode, png): pip install 'paypal-invoicing[sandbox]'" in out
    )
    assert "Traceback" not in out and "site-packages" not in out


@pytest.fixture
def paypal_sandbox_options() -> dict[str, Any]:
    return {"fast_retries": True, "connect": {"max_retries": 3}}


def test_fast_retries_option(paypal_sandbox: PayPalSandbox) -> None:
    paypal_sandbox.sandbox.inject("/v2/invoicing", 429, count=3, retry_after=5)
    started = time.perf_counter()
    number = generate_invoice_number.sync(client=paypal_sandbox.client)
    assert time.perf_counter() - started < 2  # three Retry-After: 5 answers, not waited for
    assert getattr(number, "invoice_number", None) == "0001"
    policy = paypal_sandbox.connect_options["retry_policy"]
    assert (policy.max_retries, policy.initial_delay, policy.honor_retry_after) == (3, 0.0, False)


class TestOwnServer:
    @pytest.fixture
    def paypal_sandbox_options(self) -> dict[str, Any]:
        return {"token_lifetime": 5, "seed": "own"}

    def test_sandbox_options_get_a_server_of_their_own(
        self, paypal_sandbox: PayPalSandbox, request: pytest.FixtureRequest
    ) -> None:
        shared = request.getfixturevalue("paypal_sandbox_server")
        assert paypal_sandbox.server is not shared
        assert paypal_sandbox.sandbox.entropy.seed == "own"
        assert paypal_sandbox.sandbox.tokens.lifetime == 5
        number = generate_invoice_number.sync(client=paypal_sandbox.client)
        assert getattr(number, "invoice_number", None) == "0001"
