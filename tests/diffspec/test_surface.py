"""scripts/diff-spec compares the public Python surface of the clients generated from both specs."""

from __future__ import annotations

import json
from pathlib import Path

from tests.diffspec.conftest import Run, spec
from tests.diffspec.test_wording_and_refs import Json, variant

MODELS = "paypal_invoicing_client.models"
API = "paypal_invoicing_client.api.default"


def surface_breaking(output: str) -> list[str]:
    """The Python surface's breaking lines of the text report."""
    return [line.strip()[2:] for line in output.splitlines() if line.startswith("    x ")]


def surface_added(output: str) -> list[str]:
    """The Python surface's added lines of the text report."""
    return [line.strip()[2:] for line in output.splitlines() if line.startswith("    + ")]


def rename_component(doc: Json) -> None:
    """Rename the `invoice` component to `bill`: the same wire contract."""
    text = json.dumps(doc).replace('"#/components/schemas/invoice"', '"#/components/schemas/bill"')
    renamed = json.loads(text)
    renamed["components"]["schemas"]["bill"] = renamed["components"]["schemas"].pop("invoice")
    doc.clear()
    doc.update(renamed)


def test_renamed_component_is_a_breaking_python_rename(diff_spec: Run, tmp_path: Path) -> None:
    proc = diff_spec(spec("base"), variant(tmp_path, "renamed", rename_component))
    assert proc.returncode == 1, proc.stdout + proc.stderr
    assert "No changes on the wire." in proc.stdout
    assert "0 breaking, 0 non-breaking change(s)" in proc.stdout
    assert surface_breaking(proc.stdout) == [
        f"{MODELS}.Invoice: renamed to {MODELS}.Bill",
        f"{MODELS}.invoice: renamed to {MODELS}.bill",
    ]
    assert "Python surface: 2 breaking; 0 added, 0 removed, 2 renamed name(s)" in proc.stdout


def test_a_title_added_upstream_renames_the_class_and_the_gate_sees_it(
    diff_spec: Run, tmp_path: Path
) -> None:
    """A new schema title is wording to Optic, but it renames the generated class."""

    def titled(doc: Json) -> None:
        doc["components"]["schemas"]["invoice_request"]["title"] = "Invoice Draft"

    proc = diff_spec("--gate", spec("base"), variant(tmp_path, "titled", titled))
    assert proc.returncode == 1, proc.stdout + proc.stderr
    assert "~ POST /v2/invoicing/invoices: words only (title x1)" in proc.stdout
    assert f"{MODELS}.InvoiceRequest: renamed to {MODELS}.InvoiceDraft" in surface_breaking(
        proc.stdout
    )
    assert "spec gate: FAILED" in proc.stderr
    assert "pin its old\n  name in spec/" in proc.stderr


def test_wording_only_change_leaves_the_python_surface_unchanged(
    diff_spec: Run, tmp_path: Path
) -> None:
    def reword(doc: Json) -> None:
        for schema in doc["components"]["schemas"].values():
            schema["description"] = "Reworded."
            for prop in schema["properties"].values():
                prop["description"] = "A field, reworded."
                prop["example"] = "an example"
        for item in doc["paths"].values():
            for operation in item.values():
                operation["summary"] = "New summary"

    proc = diff_spec(spec("base"), variant(tmp_path, "reworded", reword))
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "public names):\n    unchanged." in proc.stdout
    assert "Python surface: 0 breaking; 0 added, 0 removed, 0 renamed name(s)" in proc.stdout


def test_removed_operation_removes_its_module(diff_spec: Run) -> None:
    proc = diff_spec(spec("base"), spec("removed_operation"))
    assert proc.returncode == 1, proc.stdout + proc.stderr
    assert surface_breaking(proc.stdout) == [f"{API}.invoices_delete: public name removed"]


def test_new_required_parameter_is_named_once_for_its_four_functions(diff_spec: Run) -> None:
    proc = diff_spec(spec("base"), spec("new_required_parameter"))
    assert proc.returncode == 1, proc.stdout + proc.stderr
    assert surface_breaking(proc.stdout) == [
        f"{API}.invoices_list.{{asyncio, asyncio_detailed, sync, sync_detailed}}: "
        "Parameter was added as required (total_required)"
    ]


def test_additions_are_listed_and_not_breaking(diff_spec: Run, tmp_path: Path) -> None:
    findings = tmp_path / "findings.json"
    proc = diff_spec(spec("base"), spec("additive"), "--json", findings)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert surface_breaking(proc.stdout) == []
    added = surface_added(proc.stdout)
    assert f"{API}.invoices_search" in added
    assert f"{MODELS}.invoice.Invoice.due_date" in added
    data = json.loads(findings.read_text())
    assert data["operations"] == {"added": ["POST /v2/invoicing/search-invoices"], "removed": []}
    assert f"{API}.invoices_search" in data["python"]["added"]
    assert data["python"]["breaking"] == []


def test_json_findings_of_a_rename(diff_spec: Run, tmp_path: Path) -> None:
    findings = tmp_path / "findings.json"
    new = variant(tmp_path, "renamed", rename_component)
    proc = diff_spec(spec("base"), new, "--json", findings)
    assert proc.returncode == 1, proc.stdout + proc.stderr
    data = json.loads(findings.read_text())
    assert data["breaking"] == []
    assert [f"{MODELS}.Invoice", f"{MODELS}.Bill"] in data["python"]["renamed"]
    assert data["python"]["removed"] == []


def test_markdown_has_the_python_surface(diff_spec: Run, tmp_path: Path) -> None:
    proc = diff_spec("--markdown", spec("base"), variant(tmp_path, "renamed", rename_component))
    assert proc.returncode == 1, proc.stdout + proc.stderr
    assert "### Python surface" in proc.stdout
    assert f"- **breaking:** `{MODELS}.Invoice`: renamed to {MODELS}.Bill" in proc.stdout


def test_a_spec_the_generator_refuses_is_a_tool_error(diff_spec: Run, tmp_path: Path) -> None:
    """Two schemas titled alike would be one class: no surface to compare, so exit 2."""

    def clash(doc: Json) -> None:
        for schema in doc["components"]["schemas"].values():
            schema["title"] = "Same"

    proc = diff_spec(spec("base"), variant(tmp_path, "clash", clash))
    assert proc.returncode == 2, proc.stdout + proc.stderr
    assert "cannot generate the Python client from" in proc.stderr
    assert "clash.json" in proc.stderr
    assert "the comparison was NOT made" in proc.stderr


def test_a_format_only_change_is_no_change(diff_spec: Run, tmp_path: Path) -> None:
    """The same API written differently (keys in another order, no indentation): no change on
    the wire, the same Python surface."""

    def reorder(node: object) -> object:
        if isinstance(node, dict):
            return {key: reorder(node[key]) for key in reversed(list(node))}
        if isinstance(node, list):
            return [reorder(item) for item in node]
        return node

    doc = json.loads(spec("base").read_text(encoding="utf-8"))
    same = tmp_path / "same.json"
    same.write_text(json.dumps(reorder(doc), separators=(",", ":")), encoding="utf-8")
    proc = diff_spec(spec("base"), same)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "No changes for clients." in proc.stdout
    assert "public names):\n    unchanged." in proc.stdout
