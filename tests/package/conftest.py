"""Helpers for the package tests: run Python in a subprocess, with or without the extra."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Mapping
from pathlib import Path

import pytest

# Prepended to a subprocess's code: makes the [sandbox] extra's modules unimportable, as in a
# venv where it is not installed (find_spec() and import both see None in sys.modules).
WITHOUT_EXTRA = (
    "import sys; sys.modules.update(dict.fromkeys(['starlette', 'uvicorn', 'qrcode', 'png']))\n"
)


def run_python(
    args: list[str],
    *,
    cwd: Path | None = None,
    env: Mapping[str, str] | None = None,
    timeout: float = 120,
) -> subprocess.CompletedProcess[str]:
    """``python ARGS`` in a subprocess, text output captured, PAYPAL_* variables cleared."""
    base = {k: v for k, v in os.environ.items() if not k.startswith("PAYPAL_")}
    return subprocess.run(
        [sys.executable, *args],
        cwd=cwd,
        env={**base, **(env or {})},
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )


@pytest.fixture
def clean_env(monkeypatch: pytest.MonkeyPatch) -> None:
    """No PAYPAL_* variable from the calling shell."""
    for name in list(os.environ):
        if name.startswith("PAYPAL_"):
            monkeypatch.delenv(name)
