"""scripts/regenerate on a copy of the toolchain: swaps in only on success, --check lists files."""

from __future__ import annotations

import hashlib
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from tests.spec.helpers import ROOT

PACKAGE = Path("generated/paypal_invoicing_client")


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    """A copy of what regeneration reads and writes."""
    copy = tmp_path / "repo"
    for rel in ("scripts", "spec/v1", "spec/v2", "spec/webhooks", "generated"):
        shutil.copytree(ROOT / rel, copy / rel, ignore=shutil.ignore_patterns("__pycache__"))
    for rel in (
        "spec/openapi.json",
        "spec/names.yaml",
        "generator-config.yml",
        "overlay/paypal_invoicing/_version.py",
        "overlay/paypal_invoicing/resources/_api.py",
        "overlay/paypal_invoicing/resources/params.py",
        "overlay/paypal_invoicing/resources/answers.py",
        "api.md",
    ):
        (copy / rel).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(ROOT / rel, copy / rel)
    return copy


def regenerate(repo: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(repo / "scripts" / "regenerate"), *args],
        capture_output=True, text=True, check=False, cwd=repo,
    )  # fmt: skip


def digest(repo: Path) -> str:
    """One hash over generated/ and spec/openapi.json, names and bytes."""
    h = hashlib.sha256()
    files = [repo / "spec/openapi.json", *sorted((repo / PACKAGE).rglob("*.py"))]
    for path in files:
        h.update(str(path.relative_to(repo)).encode() + b"\0" + path.read_bytes())
    return h.hexdigest()


def edit_v2(repo: Path, change: object) -> None:
    path = repo / "spec/v2/invoicing_v2.yaml"
    doc = yaml.safe_load(path.read_text())
    change(doc)  # type: ignore[operator]
    path.write_text(yaml.safe_dump(doc, sort_keys=False))


def test_check_passes_on_the_committed_tree_and_lists_stale_files(repo: Path) -> None:
    fresh = regenerate(repo, "--check")
    assert fresh.returncode == 0, fresh.stdout + fresh.stderr
    assert "57 endpoint modules" in fresh.stdout
    (repo / PACKAGE / "types.py").write_text("# edited by hand\n")
    (repo / PACKAGE / "models" / "money.py").unlink()
    stale = regenerate(repo, "--check")
    assert stale.returncode == 1
    assert "changed: generated/paypal_invoicing_client/types.py" in stale.stdout
    assert "generated/paypal_invoicing_client/models/money.py" in stale.stdout


def test_a_spec_change_is_generated_and_then_fresh(repo: Path) -> None:
    def add_field(doc: dict) -> None:  # type: ignore[type-arg]
        doc["components"]["schemas"]["money"]["properties"]["exchange_note"] = {"type": "string"}

    edit_v2(repo, add_field)
    assert regenerate(repo, "--check").returncode == 1
    result = regenerate(repo)
    assert result.returncode == 0, result.stderr
    assert "exchange_note" in (repo / PACKAGE / "models" / "money.py").read_text()
    assert "exchange_note" in (repo / "spec/openapi.json").read_text()
    assert regenerate(repo, "--check").returncode == 0
    assert not list(repo.glob(".regenerate-*"))


def test_the_resource_client_and_api_md_are_regenerated_and_fresh_checked(repo: Path) -> None:
    api = repo / "overlay/paypal_invoicing/resources/_api.py"
    (repo / "api.md").write_text("# edited by hand\n")
    stale = regenerate(repo, "--check")
    assert stale.returncode == 1 and "changed: api.md" in stale.stdout

    def always_send_note(doc: dict) -> None:  # type: ignore[type-arg]
        doc["components"]["schemas"]["money"]["properties"]["exchange_note"] = {"type": "string"}
        doc["components"]["schemas"]["money"]["x-paypal-always-sent"] = ["exchange_note"]

    edit_v2(repo, always_send_note)
    result = regenerate(repo)
    assert result.returncode == 0, result.stderr
    answers = (repo / "overlay/paypal_invoicing/resources/answers.py").read_text()
    assert "class MoneyAnswer(Money):" in answers and "exchange_note: str" in answers
    assert "exchange_note" in (repo / "overlay/paypal_invoicing/resources/params.py").read_text()
    assert "-> PaymentReferenceAnswer:" in api.read_text()
    assert "# edited by hand" not in (repo / "api.md").read_text()
    assert regenerate(repo, "--check").returncode == 0


def test_an_always_sent_name_without_a_property_changes_nothing(repo: Path) -> None:
    before = digest(repo)

    def typo(doc: dict) -> None:  # type: ignore[type-arg]
        doc["components"]["schemas"]["invoice"]["x-paypal-always-sent"] = ["id", "stauts"]

    edit_v2(repo, typo)
    result = regenerate(repo)
    assert result.returncode == 1
    assert "Invoice: x-paypal-always-sent names ['stauts']" in result.stderr
    assert digest(repo) == before


def test_a_broken_spec_changes_nothing(repo: Path) -> None:
    before = digest(repo)

    def dangle(doc: dict) -> None:  # type: ignore[type-arg]
        doc["components"]["schemas"]["invoice"]["properties"]["detail"] = {
            "$ref": "#/components/schemas/missing"
        }

    edit_v2(repo, dangle)
    result = regenerate(repo)
    assert result.returncode == 1
    assert "/components/schemas/invoice/properties/detail" in result.stderr
    assert "nothing was changed" in result.stderr
    assert digest(repo) == before
    assert not list(repo.glob(".regenerate-*"))


def test_a_generator_warning_changes_nothing(repo: Path) -> None:
    before = digest(repo)

    def unsupported(doc: dict) -> None:  # type: ignore[type-arg]
        op = doc["paths"]["/v2/invoicing/generate-next-invoice-number"]["post"]
        op["responses"]["200"]["content"] = {"application/xml": {"schema": {"type": "object"}}}

    edit_v2(repo, unsupported)
    result = regenerate(repo)
    assert result.returncode == 1
    assert "openapi-python-client" in result.stderr
    assert digest(repo) == before
    assert not list(repo.glob(".regenerate-*"))


def test_a_failed_swap_puts_the_old_package_back(repo: Path) -> None:
    def add_field(doc: dict) -> None:  # type: ignore[type-arg]
        doc["components"]["schemas"]["money"]["properties"]["exchange_note"] = {"type": "string"}

    edit_v2(repo, add_field)  # so the fresh package differs from the old one
    package = repo / PACKAGE
    before = sorted((p.relative_to(package), p.read_bytes()) for p in package.rglob("*.py"))
    spec = repo / "spec/openapi.json"
    spec.unlink()
    (spec / "in-the-way").mkdir(parents=True)  # the new spec cannot replace a directory
    result = regenerate(repo)
    assert result.returncode == 1
    assert "could not put the new files in place" in result.stderr
    after = sorted((p.relative_to(package), p.read_bytes()) for p in package.rglob("*.py"))
    assert after == before
    assert "exchange_note" not in (package / "models" / "money.py").read_text()
    assert not list(repo.glob(".regenerate-*"))
