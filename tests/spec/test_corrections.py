"""V1 corrections by meaning: all missing targets reported at once, satisfied ones noted."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from tests.spec.helpers import ROOT, SPEC_PATH, run_script, spec

V1 = ROOT / "spec" / "v1" / "invoicing_v1.json"
SPECLIB = ROOT / "scripts" / "_speclib.py"
RECORD = "/v1/invoicing/invoices/{invoice_id}/record-"
RECORD_POINTER = "/paths/~1v1~1invoicing~1invoices~1{invoice_id}~1record-"


def normalize(tmp_path: Path, doc: dict[str, Any]) -> Any:
    source = tmp_path / "v1.json"
    source.write_text(json.dumps(doc))
    return run_script("normalize", "--v1", str(source), "--output", str(tmp_path / "out.json"))


def without_refs(doc: dict[str, Any], schema: str) -> dict[str, Any]:
    """PayPal's file where nothing refers to `schema` any more (the references become objects)."""
    text = json.dumps(doc).replace(f'"$ref": "#/components/schemas/{schema}"', '"type": "object"')
    return dict(json.loads(text))


def correction_at(line: int) -> str:
    """The text of the V1_CORRECTIONS entry that starts at `line` of scripts/_speclib.py."""
    lines = SPECLIB.read_text().splitlines()
    entry = lines[line - 1 : line + 5]
    assert entry[0].strip().startswith("("), entry
    return "\n".join(entry)


def test_every_missing_target_is_reported_at_once(tmp_path: Path) -> None:
    doc = json.loads(V1.read_text())
    del doc["paths"][RECORD + "payment"]
    del doc["paths"][RECORD + "refund"]
    del doc["components"]["schemas"]["template"]["properties"]["unit_of_measure"]
    del doc["components"]["schemas"]["invoice-item"]["properties"]["unit_of_measure"]
    for schema in ("shipping-info", "address", "currency"):
        doc = without_refs(doc, schema)
        del doc["components"]["schemas"][schema]
    result = normalize(tmp_path, doc)
    assert result.returncode == 1
    message = result.stderr
    assert "Traceback" not in message
    assert len(message.strip().splitlines()) <= 10
    assert str(tmp_path / "v1.json") in message
    assert "11 v1 corrections point at nothing" in message
    assert "remedy:" in message and "V1_CORRECTIONS" in message
    expected = {  # pointer -> words of its correction entry
        f"{RECORD_POINTER}payment/post/responses": "record-payment",
        f"{RECORD_POINTER}refund/post/responses": "record-refund",
        "/components/schemas/template/properties/unit_of_measure": "V1_TEMPLATE_UNIT",
        "/components/schemas/invoice-item/properties/unit_of_measure": "V1_ITEM_UNIT",
        "/components/schemas/shipping-info": "shipping-info",
        "/components/schemas/address": "/components/schemas/address",
        "/components/schemas/currency": "/components/schemas/currency",
    }
    for pointer, words in expected.items():
        found = re.search(re.escape(f"#{pointer} (scripts/_speclib.py:") + r"([0-9, ]+)\)", message)
        assert found, pointer
        for line in found.group(1).split(", "):
            assert words in correction_at(int(line)), (pointer, line)
    assert not (tmp_path / "out.json").exists()


def test_a_correction_paypal_already_made_is_noted_not_failed(tmp_path: Path) -> None:
    doc = json.loads(V1.read_text())
    doc["components"]["schemas"]["error"]["required"] = ["name", "message"]
    result = normalize(tmp_path, doc)
    assert result.returncode == 0, result.stderr
    note = [line for line in result.stderr.splitlines() if "no longer needed" in line]
    assert len(note) == 1, result.stderr
    assert "#/components/schemas/error" in note[0] and "remove it from V1_CORRECTIONS" in note[0]
    line = int(re.search(r"scripts/_speclib.py:(\d+)", note[0]).group(1))  # type: ignore[union-attr]
    assert '"/components/schemas/error"' in correction_at(line)
    assert (tmp_path / "out.json").read_bytes() == SPEC_PATH.read_bytes()


def test_paypal_already_sending_mixed_case_units_still_gets_distinct_members(
    tmp_path: Path,
) -> None:
    doc = json.loads(V1.read_text())
    unit = doc["components"]["schemas"]["invoice-item"]["properties"]["unit_of_measure"]
    unit["enum"] += ["Quantity", "Hours", "Amount"]
    result = normalize(tmp_path, doc)
    assert result.returncode == 0, result.stderr
    # The values are there, but `Hours` and `HOURS` still need members of their own.
    assert "no longer needed" not in result.stderr
    out = json.loads((tmp_path / "out.json").read_text())
    members = out["components"]["schemas"]["v1_invoice_item"]["properties"]["unit_of_measure"]
    assert len(set(members["x-enum-varnames"])) == len(members["enum"]) == 6


def test_the_current_file_needs_every_correction(tmp_path: Path) -> None:
    result = normalize(tmp_path, json.loads(V1.read_text()))
    assert result.returncode == 0, result.stderr
    assert "no longer needed" not in result.stderr
    assert "point at nothing" not in result.stderr


def test_a_corrected_property_keeps_paypals_words() -> None:
    value = spec()["components"]["schemas"]["v1_currency"]["properties"]["value"]
    assert value["description"].startswith("The value, which might be:")
    assert "PayPal also accepts a JSON number" in value["description"]
