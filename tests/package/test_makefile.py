"""The Makefile's care of .venv: a broken one is rebuilt, an old Python named; clean cleans."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def project(tmp_path: Path) -> Path:
    shutil.copy(ROOT / "Makefile", tmp_path / "Makefile")
    shutil.copy(ROOT / "pyproject.toml", tmp_path / "pyproject.toml")
    return tmp_path


def make(project: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        ["make", "--no-print-directory", *args],
        cwd=project,
        capture_output=True,
        text=True,
        check=False,
        timeout=60,
    )


def test_a_venv_without_python_is_removed_and_rebuilt(project: Path) -> None:
    (project / ".venv" / "lib").mkdir(parents=True)
    result = make(project, "-n", "demo")
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[0] == (
        ".venv is broken (no working bin/python >= 3.11): removing it to rebuild it"
    )
    assert not (project / ".venv").exists()
    assert "-m venv .venv" in result.stdout
    assert "pip install -q --disable-pip-version-check -e '.[sandbox]'" in result.stdout


def test_a_venv_of_an_old_python_is_removed(project: Path) -> None:
    bin_dir = project / ".venv" / "bin"
    bin_dir.mkdir(parents=True)
    old = bin_dir / "python"
    old.write_text("#!/bin/sh\necho False\n", encoding="utf-8")  # what 3.10 would answer
    old.chmod(0o755)
    result = make(project, "-n", "demo")
    assert "removing it to rebuild it" in result.stdout
    assert not (project / ".venv").exists()


def test_an_unsupported_python_is_named_in_one_line(project: Path) -> None:
    fake = project / "python3.10"
    fake.write_text("#!/bin/sh\nexit 1\n", encoding="utf-8")
    fake.chmod(0o755)
    result = make(project, f"PYTHON={fake}", "demo")
    assert result.returncode != 0
    assert result.stderr.splitlines()[0] == (
        f"paypal-invoicing needs Python >= 3.11; '{fake}' is not: "
        "run make PYTHON=python3.11 (or 3.12, 3.13)"
    )
    assert not (project / ".venv").exists()


def test_demo_installs_only_the_sandbox_extra(project: Path) -> None:
    result = make(project, "-n", "demo")
    assert "-e '.[sandbox]'" in result.stdout
    assert "[dev]" not in result.stdout and "[test]" not in result.stdout


def test_clean_removes_what_the_demo_wrote(project: Path) -> None:
    (project / "demo-output").mkdir()
    (project / "demo-output" / "qr-INV2-X.png").write_bytes(b"png")
    result = make(project, "clean")
    assert result.returncode == 0, result.stderr
    assert not (project / "demo-output").exists()
