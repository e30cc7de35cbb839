"""Fixtures for the tests of scripts/diff-spec."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ROOT / "scripts" / "diff-spec"
SPECS = Path(__file__).resolve().parent / "specs"
OPTIC = ROOT / "tools" / "optic" / "node_modules" / ".bin" / "optic"

Run = Callable[..., subprocess.CompletedProcess[str]]


@pytest.fixture(scope="session")
def optic() -> Path:
    """The real Optic; fail (never skip) when `make` has not installed it."""
    if not OPTIC.exists():
        pytest.fail(
            f"Optic is not installed ({OPTIC} is missing): run "
            "`make tools/optic/node_modules/.installed` (or `make test`) first.",
            pytrace=False,
        )
    return OPTIC


def run_script(
    *args: str | Path, env: dict[str, str] | None = None, cwd: Path = ROOT
) -> subprocess.CompletedProcess[str]:
    """Run scripts/diff-spec with this interpreter; return the finished process."""
    full_env = {k: v for k, v in os.environ.items() if k != "DIFF_SPEC_OPTIC"}
    full_env.update(env or {})
    return subprocess.run(
        [sys.executable, str(SCRIPT), *map(str, args)],
        capture_output=True,
        text=True,
        env=full_env,
        cwd=cwd,
        timeout=300,
        check=False,
    )


@pytest.fixture
def diff_spec(optic: Path) -> Run:
    """Run scripts/diff-spec with the real Optic."""
    return run_script


def spec(name: str) -> Path:
    """The path of a synthetic spec in tests/diffspec/specs."""
    return SPECS / f"{name}.json"
