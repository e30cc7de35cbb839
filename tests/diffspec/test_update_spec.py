"""scripts/update-spec end to end, on a copy of the tree (its files as git lists them).

The copy reuses this tree's .venv and Optic by symlink; update-spec runs there from a shell as a
user would run it, on changed copies of the current v1 file.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
import subprocess
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml

from tests.diffspec.conftest import ROOT
from tests.spec.test_shapes import base_in_servers, load, write

V1 = Path("spec/v1/invoicing_v1.json")
WEBHOOKS = Path("spec/webhooks/notifications_webhooks_v1.json")
NAMES = Path("spec/names.yaml")
# What update-spec changes and puts back on failure: the inputs, the merged spec, the resource
# client and api.md (rendered beside the generated package), and generated/ below.
WATCHED = (
    V1,
    WEBHOOKS,
    NAMES,
    Path("spec/openapi.json"),
    Path("api.md"),
    *(
        Path("overlay/paypal_invoicing/resources") / name
        for name in ("_api.py", "params.py", "answers.py")
    ),
)
GENERATED = Path("generated/paypal_invoicing_client")
V1_API = "paypal_invoicing_client.api.v1_templates"
V1_TEMPLATES = "v1_templates.v1_delete_template"
# Enough of the contract tests to exercise v1 through the sandbox cassettes; the default
# (no --tests) runs them all.
SUBSET = "v1"
BASE = "/v1/notifications"

Json = dict[str, Any]


def copy_tree(dest: Path) -> Path:
    """The repository's files (tracked, and new ones not ignored) copied to `dest`."""
    listed = subprocess.run(
        ["git", "-C", str(ROOT), "ls-files", "-z", "--cached", "--others", "--exclude-standard"],
        capture_output=True,
        check=True,
    ).stdout.decode()
    for rel in filter(None, listed.split("\0")):
        source = ROOT / rel
        if source.is_file():
            (dest / rel).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, dest / rel)
    (dest / ".venv").symlink_to(ROOT / ".venv")
    (dest / "tools" / "optic" / "node_modules").symlink_to(ROOT / "tools/optic/node_modules")
    return dest


@pytest.fixture
def tree(tmp_path: Path) -> Path:
    return copy_tree(tmp_path / "tree")


def release(tree: Path) -> None:
    """What `make release-spec` does: the baseline becomes the current spec."""
    shutil.copyfile(tree / "spec/openapi.json", tree / "spec/baseline/openapi.json")


def fingerprint(tree: Path) -> dict[str, str]:
    """sha256 of every spec input, the merged spec, the resource client and every generated
    file."""
    files = [tree / rel for rel in WATCHED]
    files += sorted(p for p in (tree / GENERATED).rglob("*") if p.is_file())
    return {
        str(p.relative_to(tree)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in files
        if "__pycache__" not in p.parts
    }


def update_spec(
    tree: Path, source: Path, *args: str, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    """Run the copy's scripts/update-spec from a shell without an activated venv."""
    return subprocess.run(
        [str(tree / "scripts" / "update-spec"), str(source), *args],
        capture_output=True,
        text=True,
        cwd=tree,
        env={"PATH": "/usr/bin:/bin:/usr/local/bin", "HOME": str(tree.parent), **(env or {})},
        timeout=900,
        check=False,
    )


def changed_v1(tmp_path: Path, change: Callable[[Json], None]) -> Path:
    """A copy of the current v1 file, changed, written as PayPal writes it (indent 2)."""
    doc = json.loads((ROOT / V1).read_text(encoding="utf-8"))
    change(doc)
    path = tmp_path / "invoicing_v1.json"
    path.write_text(json.dumps(doc, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return path


def reword(doc: Json) -> None:
    """Words only: every operation's summary and description."""
    for item in doc["paths"].values():
        for operation in item.values():
            if isinstance(operation, dict) and "responses" in operation:
                operation["summary"] = "Reworded: " + operation.get("summary", "")
                operation["description"] = "Described anew."


# --- refusals: nothing is touched ----------------------------------------------------------


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("{not json", "not JSON"),
        ('{"swagger": "2.0", "paths": {}}', "not an OpenAPI 3 document"),
        (
            '{"openapi": "3.0.3", "info": {"title": "Invoicing", "version": "2"}, '
            '"paths": {"/v2/invoicing/invoices": {}}}',
            "it is an Invoicing v2 spec: v2 is hand-written",
        ),
        (
            '{"openapi": "3.0.3", "info": {"title": "Orders", "version": "2"}, '
            '"paths": {"/v2/checkout/orders": {}}}',
            "its paths (title 'Orders') are neither under /v1/invoicing/",
        ),
    ],
    ids=["not-json", "swagger-2", "v2", "unknown-api"],
)
def test_a_file_it_cannot_place_is_refused(
    tree: Path, tmp_path: Path, content: str, message: str
) -> None:
    before = fingerprint(tree)
    bad = tmp_path / "new.json"
    bad.write_text(content, encoding="utf-8")
    proc = update_spec(tree, bad)
    assert proc.returncode == 2, proc.stdout + proc.stderr
    assert message in proc.stderr
    assert str(bad) in proc.stderr
    assert "the previous tree is restored" in proc.stderr
    assert fingerprint(tree) == before


def test_the_base_path_in_servers_is_placed_and_changes_nothing(tree: Path, tmp_path: Path) -> None:
    """PayPal's current webhooks file with its base path in `servers` (the shape of its earlier
    versions) is read as the webhooks file, and its 16 operations keep their URLs: the update
    changes no operation, no Python name and no pin."""
    source = write(tmp_path, "webhooks.json", base_in_servers(load(ROOT / WEBHOOKS), BASE))
    assert not any(path.startswith(BASE) for path in load(source)["paths"])
    release(tree)
    spec = (tree / "spec/openapi.json").read_bytes()
    names = (tree / NAMES).read_bytes()
    proc = update_spec(tree, source, "--tests", "webhook")
    assert proc.returncode == 0, proc.stdout + proc.stderr
    out = proc.stdout
    assert f"is PayPal's Webhooks Management spec: it replaces {WEBHOOKS}" in out
    assert "  operations: 0 added, 0 removed" in out
    assert "  breaking changes: 0 on the wire, 0 in Python names" in out
    assert "  Python names: 0 added, 0 removed, 0 renamed" in out
    assert f"  name pins ({NAMES}): 0 new, 0 kept through an upstream rename, 0 dropped" in out
    assert re.search(r"  contract tests: \d+ passed", out), out
    assert (tree / WEBHOOKS).read_bytes() == source.read_bytes()  # byte for byte
    assert (tree / "spec/openapi.json").read_bytes() == spec  # the same URLs, the same spec
    assert (tree / NAMES).read_bytes() == names


# --- end to end ------------------------------------------------------------------------------


def test_a_removed_operation_is_breaking_and_the_tree_is_restored(
    tree: Path, tmp_path: Path
) -> None:
    def remove(doc: Json) -> None:
        del doc["paths"]["/v1/invoicing/templates/{template_id}"]["delete"]

    release(tree)
    baseline = (tree / "spec/baseline/openapi.json").read_bytes()
    before = fingerprint(tree)
    proc = update_spec(tree, changed_v1(tmp_path, remove), "--tests", SUBSET)
    assert proc.returncode == 1, proc.stdout + proc.stderr
    out = proc.stdout
    assert "it replaces spec/v1/invoicing_v1.json" in out
    assert "  operations: 0 added, 1 removed" in out
    assert "      - DELETE /v1/invoicing/templates/{template_id}" in out
    assert "  breaking changes: 1 on the wire, 1 in Python names" in out
    assert f"      x {V1_API}.v1_delete_template: public name removed" in out
    assert "  Python names: 0 added, 1 removed, 0 renamed" in out
    assert f"  name pins ({NAMES}): 0 new, 0 kept through an upstream rename, 1 dropped" in out
    assert f"      - v1 operations `template.delete` is gone: `{V1_TEMPLATES}` unpinned" in out
    assert "  spec gate: FAILED: breaking changes without a breaking version bump" in out
    assert "breaking changes (the spec gate failed); contract tests not run" in proc.stderr
    assert "contract tests:" not in out
    assert "FAILED (exit 1); the previous tree is restored." in proc.stderr
    assert fingerprint(tree) == before
    assert (tree / "spec/baseline/openapi.json").read_bytes() == baseline


def test_a_contract_test_failure_exits_3_and_the_tree_is_restored(
    tree: Path, tmp_path: Path
) -> None:
    """A narrower response (an id of at most 1 character) is no break for the gate, but the
    recorded traffic no longer conforms: the contract tests fail."""

    def narrow(doc: Json) -> None:
        doc["components"]["schemas"]["invoice"]["properties"]["id"]["maxLength"] = 1

    release(tree)
    before = fingerprint(tree)
    proc = update_spec(tree, changed_v1(tmp_path, narrow), "--tests", SUBSET)
    assert proc.returncode == 3, proc.stdout + proc.stderr
    assert "  breaking changes: 0 on the wire, 0 in Python names" in proc.stdout
    assert "  spec gate: passed (no breaking change)." in proc.stdout
    assert re.search(r"  contract tests: \d+ failed, \d+ passed", proc.stdout), proc.stdout
    assert "FAILED (exit 3); the previous tree is restored." in proc.stderr
    assert fingerprint(tree) == before


def rename_and_add(doc: Json) -> None:
    """PayPal renames `cancel-notification` (same content) and adds a schema an invoice uses."""
    old, new = "#/components/schemas/cancel-notification", "#/components/schemas/cancel-notice"
    renamed = json.loads(json.dumps(doc).replace(f'"{old}"', f'"{new}"'))
    schemas = renamed["components"]["schemas"]
    schemas["cancel-notice"] = schemas.pop("cancel-notification")
    schemas["reminder-note"] = {"type": "object", "properties": {"note": {"type": "string"}}}
    schemas["invoice"]["properties"]["reminder"] = {"$ref": "#/components/schemas/reminder-note"}
    doc.clear()
    doc.update(renamed)


def test_new_upstream_names_are_pinned_and_the_summary_shows_the_pins(
    tree: Path, tmp_path: Path
) -> None:
    """A component PayPal renames keeps its Python name, a new one gets a Python name, both
    through a visible change to spec/names.yaml that the summary lists."""
    release(tree)
    proc = update_spec(tree, changed_v1(tmp_path, rename_and_add), "--tests", SUBSET)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    out = proc.stdout
    assert "  breaking changes: 0 on the wire, 0 in Python names" in out
    pins_line = f"  name pins ({NAMES}): 1 new, 1 kept through an upstream rename, 0 dropped, 0"
    assert f"{pins_line} Python name(s) changed; 1 record PayPal's new content" in out
    assert "      + v1 schemas `reminder-note`: new Python name `v1_reminder_note`" in out
    kept = "      = v1 schemas `cancel-notification` renamed `cancel-notice` upstream: keeps"
    assert f"{kept} `v1_cancel_notification`" in out
    assert re.search(r"  Python names: [1-9]\d* added, 0 removed, 0 renamed", out), out
    assert "      + paypal_invoicing_client.models.V1ReminderNote" in out
    assert f"Review and commit {V1}, {NAMES}, spec/openapi.json" in out
    pins = yaml.safe_load((tree / NAMES).read_text(encoding="utf-8"))["v1"]["schemas"]
    assert "cancel-notification" not in pins
    assert pins["cancel-notice"]["python"] == "v1_cancel_notification"
    assert pins["reminder-note"]["python"] == "v1_reminder_note"
    check = subprocess.run(
        [str(tree / ".venv/bin/python"), str(tree / "scripts/regenerate"), "--check"],
        capture_output=True, text=True, cwd=tree, check=False,
    )  # fmt: skip
    assert check.returncode == 0, check.stdout + check.stderr  # names, spec, generated agree


def test_make_update_spec_needs_spec(tree: Path) -> None:
    proc = subprocess.run(
        [
            "make",
            "--no-print-directory",
            "-o",
            ".venv/.installed",
            "-o",
            "tools/optic/node_modules/.installed",
            "update-spec",
        ],
        capture_output=True,
        text=True,
        cwd=tree,
        env={**os.environ, "MAKEFLAGS": ""},
        check=False,
    )
    assert proc.returncode == 2
    assert "usage: make update-spec SPEC=PATH" in proc.stderr


# --- the README's commands -------------------------------------------------------------------


def snippet(name: str) -> str:
    """The fenced shell block that follows ``<!-- tested: name -->`` in the README."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    match = re.search(rf"<!-- tested: {re.escape(name)} -->\n```sh\n(.*?)\n```", readme, re.S)
    assert match, f"README has no shell block marked {name}"
    return match.group(1)


def run_shell(tree: Path, code: str, home: Path) -> subprocess.CompletedProcess[str]:
    """Run a README shell block in the tree, as a user's shell would (no activated venv)."""
    return subprocess.run(
        ["bash", "-e", "-c", code],
        capture_output=True,
        text=True,
        cwd=tree,
        env={"PATH": "/usr/bin:/bin:/usr/local/bin", "HOME": str(home)},
        timeout=900,
        check=False,
    )


def test_readme_update_spec_takes_a_words_only_change(tree: Path, tmp_path: Path) -> None:
    """The README's command, verbatim, on PayPal's v1 file with its words changed: it goes
    through, with every contract test. As in this tree, the baseline is an older release's: the
    gate compares with it, the summary with the spec the update replaced."""
    downloads = tmp_path / "home" / "Downloads"
    downloads.mkdir(parents=True)
    source = downloads / "invoicing_v1.json"
    shutil.copyfile(changed_v1(tmp_path, reword), source)
    baseline = (tree / "spec/baseline/openapi.json").read_bytes()
    proc = run_shell(tree, snippet("readme-update-spec"), tmp_path / "home")
    assert proc.returncode == 0, proc.stdout + proc.stderr
    out = proc.stdout
    assert "  operations: 0 added, 0 removed" in out
    assert "  breaking changes: 0 on the wire, 0 in Python names" in out
    assert "  Python names: 0 added, 0 removed, 0 renamed" in out
    assert "  spec gate: passed" in out
    result = out.split("  contract tests: ")[1].splitlines()[0]
    assert re.fullmatch(r"\d+ passed(, \d+ skipped)? in [\d.]+s", result), result  # none deselected
    assert "update-spec: done." in out
    assert (tree / V1).read_bytes() == source.read_bytes()  # byte for byte
    assert (tree / "spec/baseline/openapi.json").read_bytes() == baseline
    check = subprocess.run(
        [str(tree / ".venv/bin/python"), str(tree / "scripts/regenerate"), "--check"],
        capture_output=True,
        text=True,
        cwd=tree,
        check=False,
    )
    assert check.returncode == 0, check.stdout + check.stderr  # spec/ and generated/ agree


def test_readme_diff_spec_json_writes_the_findings(tree: Path, tmp_path: Path) -> None:
    proc = run_shell(tree, snippet("readme-diff-spec-json"), tmp_path)
    findings = json.loads((tree / "findings.json").read_text(encoding="utf-8"))
    assert set(findings) >= {"operations", "breaking", "python"}
    assert set(findings["python"]) >= {"breaking", "added", "removed", "renamed"}
    breaks = bool(findings["breaking"] or findings["python"]["breaking"])
    assert proc.returncode == (1 if breaks else 0), proc.stdout + proc.stderr
    summary = proc.stdout.splitlines()[-1]
    assert summary.startswith(f"Python surface: {len(findings['python']['breaking'])} breaking;")
