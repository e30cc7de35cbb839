"""Round trips counted on the bench server (scripts/_bench): tokens, connections, pages.

The counts of ``scripts/bench`` item 4, asserted. Nothing here is timed.
"""

from __future__ import annotations

import importlib
import importlib.util
import math
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

BENCH_DIR = Path(__file__).resolve().parents[2] / "scripts" / "_bench"


def _bench_module(name: str) -> ModuleType:
    """Import ``_bench.<name>`` from scripts/ without putting scripts/ on sys.path."""
    if "_bench" not in sys.modules:
        spec = importlib.util.spec_from_file_location(
            "_bench", BENCH_DIR / "__init__.py", submodule_search_locations=[str(BENCH_DIR)]
        )
        assert spec is not None and spec.loader is not None
        package = importlib.util.module_from_spec(spec)
        sys.modules["_bench"] = package
        spec.loader.exec_module(package)
    return importlib.import_module(f"_bench.{name}")


cases = _bench_module("cases")
server_module = _bench_module("server")


@pytest.fixture(scope="module")
def server() -> Iterator[Any]:
    srv = server_module.BenchServer(delay=0.005).start()
    try:
        yield srv
    finally:
        srv.stop()


@pytest.fixture(scope="module")
def counts(server: Any) -> dict[str, int]:
    result: dict[str, int] = cases.count_round_trips(server)
    return result


@pytest.fixture(autouse=True)
def _clean_env(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in (
        "PAYPAL_CLIENT_ID",
        "PAYPAL_CLIENT_SECRET",
        "PAYPAL_ENVIRONMENT",
        "PAYPAL_BASE_URL",
    ):
        monkeypatch.delenv(name, raising=False)


def test_one_token_request_for_sequential_calls(counts: dict[str, int]) -> None:
    assert counts["sequential_50_tokens"] == 1
    assert counts["sequential_50_requests"] == 51  # the token, then 50 calls


def test_one_token_request_per_token_lifetime(counts: dict[str, int]) -> None:
    assert counts["two_lifetimes_tokens"] == 2


def test_one_connection_reused_for_sequential_calls(counts: dict[str, int]) -> None:
    assert counts["sequential_50_connections"] == 1


@pytest.mark.parametrize("invoices", [0, 99, 100, 250, 1000])
def test_listing_takes_one_request_per_page(counts: dict[str, int], invoices: int) -> None:
    assert counts[f"list_{invoices}_requests"] == max(1, math.ceil(invoices / cases.PAGE_SIZE))


def test_concurrent_calls_share_one_token_and_the_pool(server: Any) -> None:
    stats = cases.count_concurrent(server, calls=60, limit=20)
    assert stats["token_requests"] == 1
    assert stats["invoice_requests"] == 60
    assert stats["unauthorized"] == 0
    assert stats["max_open_connections"] <= 20
