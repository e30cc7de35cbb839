"""Failures a person can act on: at most ten lines naming the file, pointer, cause and remedy."""

from __future__ import annotations

import hashlib
import json
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml

from tests.spec.helpers import ROOT, run_script

V1 = ROOT / "spec" / "v1" / "invoicing_v1.json"
V2 = ROOT / "spec" / "v2" / "invoicing_v2.yaml"
NAMES = ROOT / "spec" / "names.yaml"


def short(message: str) -> list[str]:
    lines = message.strip().splitlines()
    assert 0 < len(lines) <= 10, message
    assert "Traceback" not in message
    assert any(line.startswith("remedy: ") for line in lines), message
    return lines


def v1_with(change: Callable[[dict[str, Any]], None]) -> Callable[[Path], list[str]]:
    def write(tmp_path: Path) -> list[str]:
        doc = json.loads(V1.read_text())
        change(doc)
        (tmp_path / "v1.json").write_text(json.dumps(doc))
        return ["--v1", str(tmp_path / "v1.json")]

    return write


def v2_with(change: Callable[[dict[str, Any]], None]) -> Callable[[Path], list[str]]:
    def write(tmp_path: Path) -> list[str]:
        doc = yaml.safe_load(V2.read_text())
        change(doc)
        (tmp_path / "v2.yaml").write_text(yaml.safe_dump(doc))
        return ["--v2", str(tmp_path / "v2.yaml")]

    return write


def dangling(doc: dict[str, Any]) -> None:
    doc["components"]["schemas"]["money"]["properties"]["x"] = {"$ref": "#/components/schemas/no"}


def new_v1_schema(doc: dict[str, Any]) -> None:
    doc["components"]["schemas"]["error_location"] = {"type": "object", "title": "Error Location"}


def invalid_operation(doc: dict[str, Any]) -> None:
    del doc["paths"]["/v1/invoicing/search"]["post"]["responses"]


SCENARIOS = {
    # name: (input, file named, pointer named, cause in words)
    "dangling $ref": (v2_with(dangling), "v2.yaml", "/components/schemas/money/properties/x",
                      "points at nothing"),
    "name with no pin": (v1_with(new_v1_schema), "v1.json", "#/components/schemas/error_location",
                         "no Python name pinned"),
    "invalid operation": (v1_with(invalid_operation), "v1.json",
                          "/paths/~1v1~1invoicing~1search/post", "invalid OpenAPI"),
}  # fmt: skip


@pytest.mark.parametrize("scenario", sorted(SCENARIOS))
def test_a_normalize_failure_is_short_and_says_what_to_do(tmp_path: Path, scenario: str) -> None:
    write, file, pointer, cause = SCENARIOS[scenario]
    args = write(tmp_path)
    result = run_script("normalize", *args, "--output", str(tmp_path / "out.json"))
    assert result.returncode == 1
    lines = short(result.stderr)
    assert str(tmp_path / file) in lines[0]
    assert pointer in result.stderr and cause in result.stderr
    assert not (tmp_path / "out.json").exists()


def test_a_bad_json_file_names_its_line(tmp_path: Path) -> None:
    (tmp_path / "v1.json").write_text('{\n  "openapi": "3.0.3",\n  "info": {,\n}')
    result = run_script(
        "normalize", "--v1", str(tmp_path / "v1.json"), "--output", str(tmp_path / "out.json")
    )
    lines = short(result.stderr)
    assert str(tmp_path / "v1.json") in lines[0] and "line 3" in lines[0]


# --- regenerate: the generator's output goes to a file, the terminal gets ten lines at most ------


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    """A copy of what regeneration reads and writes."""
    copy = tmp_path / "repo"
    for rel in ("scripts", "spec/v1", "spec/v2", "spec/webhooks", "generated"):
        shutil.copytree(ROOT / rel, copy / rel, ignore=shutil.ignore_patterns("__pycache__"))
    for rel in ("spec/openapi.json", "spec/names.yaml", "generator-config.yml",
                "overlay/paypal_invoicing/_version.py", "api.md",
                "overlay/paypal_invoicing/resources/_api.py",
                "overlay/paypal_invoicing/resources/params.py",
                "overlay/paypal_invoicing/resources/answers.py"):  # fmt: skip
        (copy / rel).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(ROOT / rel, copy / rel)
    return copy


def digest(repo: Path) -> str:
    h = hashlib.sha256()
    for path in [repo / "spec/openapi.json", *sorted((repo / "generated").rglob("*.py"))]:
        h.update(str(path.relative_to(repo)).encode() + b"\0" + path.read_bytes())
    return h.hexdigest()


def test_a_generator_failure_is_short_and_its_output_is_in_a_file(repo: Path) -> None:
    before = digest(repo)
    path = repo / "spec/v2/invoicing_v2.yaml"
    doc = yaml.safe_load(path.read_text())
    op = doc["paths"]["/v2/invoicing/generate-next-invoice-number"]["post"]
    op["responses"]["200"]["content"] = {"application/xml": {"schema": {"type": "object"}}}
    path.write_text(yaml.safe_dump(doc, sort_keys=False))
    result = run_script("regenerate", cwd=repo)
    assert result.returncode == 1
    lines = short(result.stderr)
    assert "openapi-python-client" in lines[0]
    assert (
        "spec/v2/invoicing_v2.yaml #/paths/~1v2~1invoicing~1generate-next-invoice-number/post"
        in result.stderr
    )
    assert "application/xml" in result.stderr  # the cause, in the generator's words
    assert "the generator's full output: .regenerate.log" in result.stderr
    assert "nothing was changed" in lines[-1]
    log = (repo / ".regenerate.log").read_text()
    assert "WARNING parsing POST /v2/invoicing/generate-next-invoice-number" in log
    assert "WARNING parsing" not in result.stdout + result.stderr
    assert digest(repo) == before


def test_a_normalize_failure_in_regenerate_is_short_too(repo: Path) -> None:
    before = digest(repo)
    names = repo / "spec/names.yaml"
    names.write_text(
        names.read_text().replace("address: {python: v1_address,", "address: {python: address,")
    )
    result = run_script("regenerate", cwd=repo)
    assert result.returncode == 1
    short(result.stderr)
    assert "two schemas would both become class `Address`" in result.stderr
    assert "#/components/schemas/address" in result.stderr
    assert digest(repo) == before


def test_the_generator_log_is_ignored_by_git() -> None:
    assert ".regenerate.log" in (ROOT / ".gitignore").read_text().splitlines()


def test_a_stale_tree_is_listed_in_ten_lines_at_most(repo: Path) -> None:
    models = sorted((repo / "generated/paypal_invoicing_client/models").glob("v1_*.py"))[:12]
    for path in models:
        path.unlink()
    result = run_script("regenerate", "--check", cwd=repo)
    assert result.returncode == 1
    report = result.stdout[result.stdout.index("regenerate --check: generated code is stale") :]
    assert len(report.strip().splitlines()) <= 10, result.stdout
    assert "... and 8 more" in result.stdout
    assert "remedy: run scripts/regenerate" in result.stdout
