"""scripts/diff-spec on wording-only changes (one line per operation) and keys beside a $ref."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

from tests.diffspec.conftest import Run, spec
from tests.diffspec.test_diff_spec import breaking_lines, other_lines

Json = dict[str, Any]


def variant(
    tmp_path: Path, name: str, change: Callable[[Json], None], base: Json | None = None
) -> Path:
    """A copy of base.json (or of `base`) changed by `change`, written to tmp_path/name.json."""
    doc = json.loads(json.dumps(base)) if base else json.loads(spec("base").read_text())
    change(doc)
    path = tmp_path / f"{name}.json"
    path.write_text(json.dumps(doc, indent=2), encoding="utf-8")
    return path


def reword_schema(node: Any) -> None:
    """Add a description and (on strings) an example to a schema and all below it.

    Schema titles are left alone: they name generated classes (see test_surface.py).
    """
    if not isinstance(node, dict) or "$ref" in node:
        return
    node["description"] = "Reworded: " + str(node.get("description", ""))
    if node.get("type") == "string":
        node["example"] = "an example"
    for child in (node.get("properties") or {}).values():
        reword_schema(child)
    reword_schema(node.get("items"))


def reword(doc: Json) -> None:
    """Change every description, summary and example, and the API's title."""
    doc["info"]["description"] = "The API, reworded."
    doc["info"]["title"] = "Invoicing, reworded"
    for schema in doc["components"]["schemas"].values():
        reword_schema(schema)
    for item in doc["paths"].values():
        for operation in item.values():
            operation["summary"] = "A new summary"
            operation["description"] = "A new description"
            for param in operation.get("parameters", []):
                param["description"] = "A parameter, reworded"
                reword_schema(param["schema"])
            for response in operation["responses"].values():
                response["description"] = "A response, reworded"


def test_wording_only_changes_give_one_line_per_operation(diff_spec: Run, tmp_path: Path) -> None:
    new = variant(tmp_path, "reworded", reword)
    proc = diff_spec(spec("base"), new)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    lines = other_lines(proc.stdout)
    assert sorted(line.split(": words only")[0] for line in lines) == [
        "~ (specification)",
        "~ DELETE /v2/invoicing/invoices/{invoice_id}",
        "~ GET /v2/invoicing/invoices",
        "~ POST /v2/invoicing/invoices",
    ]
    get_line = next(line for line in lines if line.startswith("~ GET "))
    assert "description x" in get_line and "example x" in get_line and "summary x1" in get_line
    assert "/description" not in proc.stdout
    assert "0 breaking, 4 non-breaking" in proc.stdout
    assert len(proc.stdout.splitlines()) < 20


def test_wording_is_folded_but_a_real_change_beside_it_is_shown(
    diff_spec: Run, tmp_path: Path
) -> None:
    def change(doc: Json) -> None:
        reword(doc)
        doc["components"]["schemas"]["invoice"]["properties"]["total"]["type"] = "number"

    proc = diff_spec(spec("base"), variant(tmp_path, "reworded_and_typed", change))
    assert proc.returncode == 1, proc.stdout + proc.stderr
    assert (
        "x GET /v2/invoicing/invoices: response 200 (application/json) property total changed"
        in breaking_lines(proc.stdout)
    )
    assert '/type: "string" -> "number"' in proc.stdout
    assert any(
        line.startswith("~ GET /v2/invoicing/invoices: words only (")
        for line in other_lines(proc.stdout)
    )
    assert "/description" not in proc.stdout


def test_a_field_named_description_is_not_wording(diff_spec: Run, tmp_path: Path) -> None:
    def with_field(doc: Json) -> None:
        doc["components"]["schemas"]["invoice_request"]["properties"]["description"] = {
            "type": "string"
        }

    old = variant(tmp_path, "old", with_field)
    base = json.loads(old.read_text())

    def retype(doc: Json) -> None:
        doc["components"]["schemas"]["invoice_request"]["properties"]["description"]["type"] = (
            "integer"
        )

    proc = diff_spec(old, variant(tmp_path, "new", retype, base))
    assert proc.returncode == 1, proc.stdout + proc.stderr
    assert (
        "x POST /v2/invoicing/invoices: request body (application/json) property description "
        "changed" in breaking_lines(proc.stdout)
    )
    assert "words only" not in proc.stdout


def test_a_key_beside_a_ref_is_reported_with_its_value(diff_spec: Run, tmp_path: Path) -> None:
    """`readOnly: true` written beside a $ref is read there, not in the $ref's target."""

    def with_ref(doc: Json) -> None:
        doc["components"]["schemas"]["party"] = {
            "type": "object",
            "properties": {"name": {"type": "string"}},
        }
        doc["components"]["schemas"]["invoice"]["properties"]["payer"] = {
            "$ref": "#/components/schemas/party"
        }

    old = variant(tmp_path, "ref_old", with_ref)

    def read_only(doc: Json) -> None:
        doc["components"]["schemas"]["invoice"]["properties"]["payer"]["readOnly"] = True

    new = variant(tmp_path, "ref_new", read_only, json.loads(old.read_text()))
    proc = diff_spec(old, new)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "/readOnly added: true" in proc.stdout
    assert "null" not in proc.stdout
    back = diff_spec(new, old)
    assert "/readOnly removed: true" in back.stdout
