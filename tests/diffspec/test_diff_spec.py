"""scripts/diff-spec on synthetic spec pairs: classification, exit codes, reports, --base."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.diffspec.conftest import OPTIC, ROOT, SCRIPT, Run, spec

INVOICES = "/v2/invoicing/invoices"
ONE = "/v2/invoicing/invoices/{invoice_id}"


def breaking_lines(output: str) -> list[str]:
    """The headline of every change listed as breaking in the text report."""
    return [line.strip() for line in output.splitlines() if line.startswith("  x ")]


def other_lines(output: str) -> list[str]:
    """The headline of every change listed as non-breaking in the text report."""
    return [line.strip() for line in output.splitlines() if line[:4] in ("  + ", "  - ", "  ~ ")]


BREAKING_CASES = [
    ("removed_operation", f"DELETE {ONE}: operation removed", "cannot remove an operation"),
    (
        "new_required_property",
        f"POST {INVOICES}: request body (application/json) property note",
        "cannot make a request property required",
    ),
    (
        "new_required_parameter",
        f"GET {INVOICES}: query parameter total_required added",
        "required query parameter total_required",
    ),
    (
        "removed_response_property",
        f"GET {INVOICES}: response 200 (application/json) property total removed",
        "cannot remove response property 'total'",
    ),
    (
        "narrowed_request_enum",
        f"POST {INVOICES}: request body (application/json) property status changed",
        "cannot remove enum option 'PAID'",
    ),
    (
        "narrowed_query_enum",
        f"GET {INVOICES}: query parameter fields changed",
        "cannot remove enum option 'amount'",
    ),
    (
        "changed_request_type",
        f"POST {INVOICES}: request body (application/json) property amount changed",
        '/type: "string" -> "number"',
    ),
    (
        "changed_response_type",
        f"GET {INVOICES}: response 200 (application/json) property total changed",
        '/type: "string" -> "number"',
    ),
]


@pytest.mark.parametrize(("case", "headline", "detail"), BREAKING_CASES, ids=lambda v: v)
def test_breaking_change_is_named_and_exits_1(
    diff_spec: Run, case: str, headline: str, detail: str
) -> None:
    proc = diff_spec(spec("base"), spec(case))
    assert proc.returncode == 1, proc.stdout + proc.stderr
    assert any(line.startswith(f"x {headline}") for line in breaking_lines(proc.stdout)), (
        proc.stdout
    )
    assert detail in proc.stdout
    assert other_lines(proc.stdout) == []


def test_additive_changes_are_listed_and_exit_0(diff_spec: Run) -> None:
    proc = diff_spec(spec("base"), spec("additive"))
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert breaking_lines(proc.stdout) == []
    others = other_lines(proc.stdout)
    assert "+ POST /v2/invoicing/search-invoices: operation added" in others
    assert f"+ GET {INVOICES}: query parameter total_required added" in others
    assert f"+ POST {INVOICES}: request body (application/json) property terms added" in others
    assert f"+ GET {INVOICES}: response 200 (application/json) property due_date added" in others
    assert f"~ POST {INVOICES}: request body (application/json) property status changed" in others
    assert '/enum/3 added: "CANCELLED"' in proc.stdout
    assert "0 breaking, 6 non-breaking" in proc.stdout


def test_identical_specs_report_no_change(diff_spec: Run) -> None:
    proc = diff_spec(spec("base"), spec("base"))
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "No changes for clients." in proc.stdout


def test_widened_response_enum_is_not_breaking(diff_spec: Run, tmp_path: Path) -> None:
    """Generated enums accept unknown values, so a new response enum value breaks no client."""
    old = json.loads(spec("base").read_text())
    old["components"]["schemas"]["invoice"]["properties"]["status"]["enum"] = ["DRAFT", "PAID"]
    new = json.loads(json.dumps(old))
    new["components"]["schemas"]["invoice"]["properties"]["status"]["enum"].append("REFUNDED")
    (tmp_path / "old.json").write_text(json.dumps(old))
    (tmp_path / "new.json").write_text(json.dumps(new))
    proc = diff_spec(tmp_path / "old.json", tmp_path / "new.json")
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "cannot add enum option 'REFUNDED'" in proc.stdout
    assert "generated enums accept values they do not know" in proc.stdout
    assert "0 breaking, 2 non-breaking" in proc.stdout


def test_report_survives_a_major_version_change(diff_spec: Run) -> None:
    """Optic skips its checks across a major bump; the wrapper still reports and fails."""
    proc = diff_spec(spec("base"), spec("major_bump_removed_operation"))
    assert proc.returncode == 1, proc.stdout + proc.stderr
    assert f"x DELETE {ONE}: operation removed" in breaking_lines(proc.stdout)
    assert "info.version: 0.1.0 -> 1.0.0" in proc.stdout


# --- markdown -------------------------------------------------------------------------------


def test_markdown_to_stdout(diff_spec: Run) -> None:
    proc = diff_spec("--markdown", spec("base"), spec("removed_operation"))
    assert proc.returncode == 1, proc.stdout + proc.stderr
    assert proc.stdout.startswith("## API changes: 0.1.0 → 0.1.0")
    assert "### Breaking changes" in proc.stdout
    assert f"- `DELETE {ONE}`: operation removed" in proc.stdout
    assert "**breaking:** cannot remove an operation." in proc.stdout


def test_markdown_to_file(diff_spec: Run, tmp_path: Path) -> None:
    out = tmp_path / "changes.md"
    proc = diff_spec(spec("base"), spec("additive"), "--markdown", out)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "Non-breaking changes (6):" in proc.stdout
    text = out.read_text()
    assert "### Non-breaking changes" in text
    assert "- `POST /v2/invoicing/search-invoices`: operation added" in text
    assert "### Breaking changes" not in text


# --- --base GIT_REF -------------------------------------------------------------------------


def git(repo: Path, *args: str) -> None:
    """Run git in a scratch repository."""
    subprocess.run(
        ["git", "-C", str(repo), "-c", "user.name=t", "-c", "user.email=t@example.invalid", *args],
        check=True,
        capture_output=True,
    )


def test_base_git_ref(optic: Path, tmp_path: Path) -> None:
    """--base REF compares spec/openapi.json at REF with the working copy."""
    repo = tmp_path / "repo"
    (repo / "scripts").mkdir(parents=True)
    (repo / "spec").mkdir()
    for name in ("diff-spec", "_venv.py", "_surface.py", "regenerate"):  # + the client generator
        shutil.copy(SCRIPT.parent / name, repo / "scripts" / name)
    shutil.copytree(SCRIPT.parent / "templates", repo / "scripts" / "templates")
    shutil.copy(ROOT / "generator-config.yml", repo / "generator-config.yml")
    shutil.copy(spec("base"), repo / "spec" / "openapi.json")
    git(repo, "init", "-q")
    git(repo, "add", "-A")
    git(repo, "commit", "-q", "-m", "base")
    shutil.copy(spec("new_required_property"), repo / "spec" / "openapi.json")
    proc = subprocess.run(
        [sys.executable, str(repo / "scripts" / "diff-spec"), "--base", "HEAD"],
        capture_output=True,
        text=True,
        env={"PATH": "/usr/bin:/bin:/usr/local/bin", "DIFF_SPEC_OPTIC": str(OPTIC)},
        cwd=tmp_path,
        check=False,
    )
    assert proc.returncode == 1, proc.stdout + proc.stderr
    assert "HEAD:spec/openapi.json -> spec/openapi.json" in proc.stdout
    assert any("property note" in line for line in breaking_lines(proc.stdout))


def test_base_unknown_ref_is_a_tool_error(diff_spec: Run) -> None:
    proc = diff_spec("--base", "no-such-ref-4f1c")
    assert proc.returncode == 2
    assert "git show no-such-ref-4f1c:spec/openapi.json failed" in proc.stderr


def test_direct_invocation_uses_the_shebang(optic: Path) -> None:
    """`scripts/diff-spec ...` works from a shell without an activated venv."""
    proc = subprocess.run(
        [str(SCRIPT), str(spec("base")), str(spec("additive"))],
        capture_output=True,
        text=True,
        env={"PATH": "/usr/bin:/bin:/usr/local/bin"},
        check=False,
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "0 breaking, 6 non-breaking" in proc.stdout


def test_removed_operation_folds_its_inner_findings(diff_spec: Run) -> None:
    """The findings inside a removed operation do not each get a line of their own."""
    proc = diff_spec(spec("base"), spec("removed_operation"))
    assert breaking_lines(proc.stdout) == [f"x DELETE {ONE}: operation removed"]
    assert "(and 1 finding(s) on its parameters, body and responses)" in proc.stdout
