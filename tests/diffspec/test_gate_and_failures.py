"""The CI gate (--gate) and the wrapper's tool-failure path (exit 2, never a pass)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.diffspec.conftest import Run, run_script, spec

# --- the gate -------------------------------------------------------------------------------


def test_gate_fails_on_breaking_change_with_a_patch_bump_on_0x(diff_spec: Run) -> None:
    proc = diff_spec("--gate", spec("base"), spec("patch_bump_removed_operation"))
    assert proc.returncode == 1, proc.stdout + proc.stderr
    assert "DELETE /v2/invoicing/invoices/{invoice_id}: operation removed" in proc.stdout
    assert "spec gate: FAILED" in proc.stderr
    assert "(0.1.x -> 0.2.0)" in proc.stderr
    assert "make release-spec" in proc.stderr


def test_gate_passes_on_breaking_change_with_a_minor_bump_on_0x(diff_spec: Run) -> None:
    """On 0.x the minor number is the breaking position (0.1.0 -> 0.2.0)."""
    proc = diff_spec("--gate", spec("base"), spec("minor_bump_removed_operation"))
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "DELETE /v2/invoicing/invoices/{invoice_id}: operation removed" in proc.stdout
    assert "0.x minor version was bumped (0.1.0 -> 0.2.0)" in proc.stderr


def _with_version(tmp_path: Path, name: str, version: str) -> Path:
    doc = json.loads(spec(name).read_text(encoding="utf-8"))
    doc["info"]["version"] = version
    path = tmp_path / f"{name}-{version}.json"
    path.write_text(json.dumps(doc), encoding="utf-8")
    return path


def test_gate_fails_on_breaking_change_with_a_minor_bump_from_1x(
    diff_spec: Run, tmp_path: Path
) -> None:
    """From 1.0 on, only the major number is the breaking position."""
    old = _with_version(tmp_path, "base", "1.0.0")
    new = _with_version(tmp_path, "removed_operation", "1.1.0")
    proc = diff_spec("--gate", old, new)
    assert proc.returncode == 1, proc.stdout + proc.stderr
    assert "spec gate: FAILED: breaking changes without a breaking version bump" in proc.stderr


def test_gate_passes_on_breaking_change_with_major_bump(diff_spec: Run) -> None:
    proc = diff_spec("--gate", spec("base"), spec("major_bump_removed_operation"))
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "Breaking changes (1):" in proc.stdout
    assert "DELETE /v2/invoicing/invoices/{invoice_id}: operation removed" in proc.stdout
    assert "major version was bumped (0.1.0 -> 1.0.0)" in proc.stderr


def test_gate_passes_on_additive_change(diff_spec: Run) -> None:
    proc = diff_spec("--gate", spec("base"), spec("additive"))
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "spec gate: passed (no breaking change)" in proc.stderr


def test_gate_without_baseline_fails_clearly(tmp_path: Path) -> None:
    proc = run_script("--gate", tmp_path / "baseline" / "openapi.json", spec("base"))
    assert proc.returncode == 2
    assert "no baseline spec at" in proc.stderr
    assert "make release-spec" in proc.stderr


# --- the engine or the inputs fail: exit 2 ---------------------------------------------------


def fake_engine(tmp_path: Path, body: str) -> dict[str, str]:
    """An environment whose Optic is a shell script with this body."""
    fake = tmp_path / "fake-optic"
    fake.write_text("#!/bin/sh\n" + body + "\n")
    fake.chmod(0o755)
    return {"DIFF_SPEC_OPTIC": str(fake)}


FAILING_RESULT = {
    "completed": [
        {
            "apiName": "old.json",
            "comparison": {
                "groupedDiffs": {"endpoints": {}, "specification": {"diffs": [], "rules": []}},
                "results": [
                    {"where": "GET /x", "name": "r", "error": "e", "passed": False, "severity": 2}
                ],
            },
        }
    ],
    "failed": [],
    "noop": [],
}

CRASHES = {
    "exit-1-no-results": "echo 'TypeError: boom' >&2; exit 1",
    "exit-0-no-results": "exit 0",
    "killed": "kill -9 $$",
    "exit-3": "echo '{}' > ci-run-details.json; exit 3",
    "garbage-results": "echo 'not json' > ci-run-details.json; exit 0",
    "failed-comparison": (
        'echo \'{"completed": [], "failed": [{"apiName": "x", "error": "e"}], "noop": []}\''
        " > ci-run-details.json; exit 1"
    ),
    "exit-0-but-breaking-results": f"echo '{json.dumps(FAILING_RESULT)}' > ci-run-details.json",
    "malformed-results": (
        'echo \'{"completed": [{"comparison": {}}], "failed": [], "noop": []}\''
        " > ci-run-details.json; exit 0"
    ),
    "exit-1-but-no-breaking-results": (
        'echo \'{"completed": [], "failed": [], "noop": [{"apiName": "x"}]}\''
        " > ci-run-details.json; exit 1"
    ),
}


@pytest.mark.parametrize("body", CRASHES.values(), ids=CRASHES.keys())
@pytest.mark.parametrize("gate", [False, True], ids=["diff", "gate"])
def test_engine_crash_exits_2(tmp_path: Path, body: str, gate: bool) -> None:
    args = ["--gate"] if gate else []
    proc = run_script(*args, spec("base"), spec("additive"), env=fake_engine(tmp_path, body))
    assert proc.returncode == 2, proc.stdout + proc.stderr
    assert "diff-spec: error: " in proc.stderr
    assert "the comparison was NOT made" in proc.stderr
    assert "spec gate: passed" not in proc.stderr


def test_engine_message_is_shown(tmp_path: Path) -> None:
    body = "echo 'TypeError: boom' >&2; exit 1"
    proc = run_script(spec("base"), spec("additive"), env=fake_engine(tmp_path, body))
    assert "TypeError: boom" in proc.stderr


def test_engine_rejecting_a_spec_exits_2(diff_spec: Run) -> None:
    """The real Optic refuses a non-ECMA regex; that is a tool failure, not a pass."""
    proc = diff_spec("--gate", spec("base"), spec("invalid_pattern"))
    assert proc.returncode == 2, proc.stdout + proc.stderr
    assert 'pattern must match format "regex"' in proc.stderr
    assert "invalid_pattern.json (copy)" in proc.stderr


def test_missing_engine_exits_2(tmp_path: Path) -> None:
    env = {"DIFF_SPEC_OPTIC": str(tmp_path / "no-optic")}
    proc = run_script(spec("base"), spec("additive"), env=env)
    assert proc.returncode == 2
    assert "Optic is not installed" in proc.stderr


@pytest.mark.parametrize(
    "content", ["{not json", '{"swagger": "2.0"}'], ids=["bad-json", "no-oas3"]
)
def test_unreadable_spec_exits_2(tmp_path: Path, content: str) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text(content)
    proc = run_script(spec("base"), bad)
    assert proc.returncode == 2
    assert "new spec" in proc.stderr
    assert "bad.json" in proc.stderr


def test_missing_spec_exits_2(tmp_path: Path) -> None:
    proc = run_script(spec("base"), tmp_path / "nope.json")
    assert proc.returncode == 2
    assert "new spec not found" in proc.stderr


def test_wrong_argument_count_exits_2() -> None:
    proc = run_script(spec("base"))
    assert proc.returncode == 2
    assert "expected two SPECs" in proc.stderr


def test_unattached_breaking_result_is_still_reported(tmp_path: Path) -> None:
    """A failing result Optic did not attach to an element is listed, and still exits 1."""
    body = f"echo '{json.dumps(FAILING_RESULT)}' > ci-run-details.json; exit 1"
    proc = run_script(spec("base"), spec("additive"), env=fake_engine(tmp_path, body))
    assert proc.returncode == 1, proc.stdout + proc.stderr
    assert "x GET /x" in proc.stdout
    assert "e [r]" in proc.stdout
