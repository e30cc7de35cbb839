"""Every ``python`` block of README.md runs, against a sandbox, as the README says it does."""

from __future__ import annotations

from pathlib import Path

import pytest

from paypal_invoicing.sandbox import SandboxServer

from .conftest import run_python
from .readme_blocks import Block, blocks, python_blocks

BLOCKS = python_blocks()


def test_the_readme_has_runnable_python_blocks() -> None:
    assert len(BLOCKS) >= 5
    skipped = [b for b in blocks() if b.language == "python" and "no-run" in b.flags]
    assert skipped == [], "a no-run block must be explained in the README and listed here"


def test_blocks_tested_on_their_own_have_a_test() -> None:
    names = {b.tested_by for b in blocks() if b.tested_by is not None}
    assert names, "the README marks the blocks a test of their own runs"
    tests = "".join(path.read_text() for path in Path(__file__).parents[1].rglob("test_*.py"))
    for name in names:
        assert f'snippet("{name}")' in tests, f"no test runs the README block {name}"


def test_blocks_are_found_with_their_flags() -> None:
    text = "x\n```python no-run\na = 1\n```\n\n```sh\nls\n```\n```python\nb = 2\n```\n"
    found = blocks(text)
    assert [(b.language, b.flags, b.code, b.line) for b in found] == [
        ("python", ("no-run",), "a = 1\n", 2),
        ("sh", (), "ls\n", 6),
        ("python", (), "b = 2\n", 9),
    ]
    assert [b.code for b in python_blocks(text)] == ["b = 2\n"]


@pytest.mark.parametrize("block", BLOCKS, ids=[b.name for b in BLOCKS])
def test_readme_block_runs(block: Block, tmp_path: Path) -> None:
    with SandboxServer() as server:  # any credentials get a token
        env = {
            "PAYPAL_BASE_URL": server.url,
            "PAYPAL_CLIENT_ID": "readme-id",
            "PAYPAL_CLIENT_SECRET": "readme-secret",
        }
        if block.is_test_module:
            path = tmp_path / f"test_readme_{block.line}.py"
            path.write_text(block.code, encoding="utf-8")
            args = [
                "-X",
                "dev",
                "-W",
                "error",
                "-m",
                "pytest",
                "-q",
                "-p",
                "no:cacheprovider",
                "-p",
                "no:asyncio",
            ]
            result = run_python([*args, "--rootdir", str(tmp_path), str(path)], cwd=tmp_path)
            assert result.returncode == 0, result.stdout + result.stderr
            assert " passed" in result.stdout
        else:
            path = tmp_path / "snippet.py"
            path.write_text(block.code, encoding="utf-8")
            result = run_python(["-X", "dev", "-W", "error", str(path)], cwd=tmp_path, env=env)
            assert result.returncode == 0, f"{block.name}:\n{result.stdout}{result.stderr}"
            assert "Traceback" not in result.stderr
        if "connect()" in block.code and "qr_code_png" in block.code:  # the quickstart
            assert server.sandbox.invoice_ids(), "the quickstart created no invoice"
            (invoice_id,) = server.sandbox.invoice_ids()
            assert server.sandbox.invoice(invoice_id)["status"] == "SENT"
            assert "RESOURCE_NOT_FOUND" in result.stdout
