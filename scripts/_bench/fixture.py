"""Item 7: what the ``paypal_sandbox`` fixture adds to a test (set-up + tear-down).

A pytest run in a subprocess executes ``tests`` tests that each take ``paypal_sandbox``, make its
client and send one request; a small plugin records the set-up and tear-down durations pytest
reports for each. The first test also starts the session's server, so it is reported apart. The
baseline is the same run with a ``Sandbox`` option the shared server cannot take
(``token_lifetime``), which gives each test a server of its own, as the fixture did before.
"""

from __future__ import annotations

import json
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

from .cases import Row, _ms

_PLUGIN = """
import json, os

COSTS = {}
WHOLE = {}


def pytest_runtest_logreport(report):
    WHOLE[report.nodeid] = WHOLE.get(report.nodeid, 0.0) + report.duration
    if report.when in ("setup", "teardown"):
        COSTS[report.nodeid] = COSTS.get(report.nodeid, 0.0) + report.duration


def pytest_sessionfinish(session):
    with open(os.environ["FIXTURE_COSTS"], "w") as out:
        json.dump([list(COSTS.values()), list(WHOLE.values())], out)
"""

_MODULE = """
import pytest

from paypal_invoicing_client.api.invoices import generate_invoice_number

OPTIONS = {options}


@pytest.fixture
def paypal_sandbox_options():
    return dict(OPTIONS)


@pytest.mark.parametrize("n", range({tests}))
def test_one_call(paypal_sandbox, n):
    assert generate_invoice_number.sync(client=paypal_sandbox.client) is not None
"""


def _costs(options: dict[str, object], tests: int) -> tuple[list[float], list[float]]:
    """Per test: set-up + tear-down, and the whole test (with connect() and one request)."""
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        (folder / "fixture_costs.py").write_text(_PLUGIN, encoding="utf-8")
        (folder / "test_costs.py").write_text(
            _MODULE.format(options=options, tests=tests), encoding="utf-8"
        )
        out = folder / "costs.json"
        subprocess.run(
            [
                sys.executable,
                "-m",
                "pytest",
                "-q",
                "-p",
                "no:cacheprovider",
                "-p",
                "no:asyncio",
                "-p",
                "fixture_costs",
                "--rootdir",
                tmp,
                str(folder / "test_costs.py"),
            ],
            cwd=tmp,
            env={"FIXTURE_COSTS": str(out), "PYTHONPATH": tmp, "PATH": "/usr/bin:/bin"},
            capture_output=True,
            text=True,
            check=True,
        )
        costs, whole = json.loads(out.read_text(encoding="utf-8"))
        return costs, whole


def bench_fixture(tests: int = 40) -> list[Row]:
    """Median set-up + tear-down per test of ``paypal_sandbox``, shared server vs own server."""
    shared, whole = _costs({}, tests)
    own, own_whole = _costs({"token_lifetime": 32400}, max(5, tests // 4))
    per_test, baseline = statistics.median(shared[1:]), statistics.median(own)
    per_whole = statistics.median(whole[1:])
    return [
        Row(
            "7",
            f"`paypal_sandbox` set-up + tear-down per test (median of {tests - 1}; "
            "baseline: a server per test)",
            _ms(per_test),
            _ms(baseline),
            f"{per_test / baseline:.2f}x",
            "< 20 ms",
            per_test < 0.020,
        ),
        Row(
            "7b",
            "a whole test: the above + `connect()`, a token and one request",
            _ms(per_whole),
            _ms(statistics.median(own_whole)),
            f"{per_whole / statistics.median(own_whole):.2f}x",
            "-",
            None,
        ),
        Row(
            "7c",
            "`paypal_sandbox` first test of a session (starts the server)",
            _ms(shared[0]),
            "-",
            "-",
            "-",
            None,
        ),
    ]
