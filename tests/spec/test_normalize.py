"""scripts/normalize: deterministic output, v1 renamed and prefixed, faults located."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

from tests.spec.helpers import ROOT, SPEC_PATH, spec, spec_operations

V1 = ROOT / "spec" / "v1" / "invoicing_v1.json"
V2 = ROOT / "spec" / "v2" / "invoicing_v2.yaml"


def normalize(tmp_path: Path, v1: Path = V1, v2: Path = V2) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "normalize"), "--v1", str(v1), "--v2", str(v2),
         "--output", str(tmp_path / "out.json")],
        capture_output=True, text=True, check=False,
    )  # fmt: skip


def refs(node: Any) -> set[str]:
    found: set[str] = set()
    if isinstance(node, dict):
        if isinstance(node.get("$ref"), str):
            found.add(node["$ref"])
        for value in node.values():
            found |= refs(value)
    elif isinstance(node, list):
        for value in node:
            found |= refs(value)
    return found


def test_output_is_deterministic_and_committed(tmp_path: Path) -> None:
    first = normalize(tmp_path)
    assert first.returncode == 0, first.stderr
    out = (tmp_path / "out.json").read_bytes()
    second = normalize(tmp_path)
    assert second.returncode == 0
    assert (tmp_path / "out.json").read_bytes() == out
    assert SPEC_PATH.read_bytes() == out, "spec/openapi.json is stale: run scripts/regenerate"


def test_v1_names_are_prefixed_and_apart_from_v2() -> None:
    schemas = spec()["components"]["schemas"]
    for operation_id, (_, _, operation) in spec_operations().items():
        keys = {r.rsplit("/", 1)[1] for r in refs(operation) if "/schemas/" in r}
        if operation_id.startswith("v1_"):
            assert all(k.startswith("v1_") for k in keys), (operation_id, keys)
        else:
            assert not any(k.startswith("v1_") for k in keys), (operation_id, keys)
    assert "v1_invoice" in schemas and "invoice" in schemas


def test_unused_components_are_dropped() -> None:
    doc = spec()
    used = refs(doc["paths"])
    pending = set(used)
    while pending:
        ref = pending.pop()
        _, _, kind, key = ref.split("/", 3)
        new = refs(doc["components"][kind][key]) - used
        used |= new
        pending |= new
    declared = {
        f"#/components/{kind}/{key}"
        for kind, section in doc["components"].items()
        if kind != "securitySchemes"
        for key in section
    }
    assert declared == used
    assert "v1_error_400" not in doc["components"]["schemas"]
    assert "v1_error_default" not in doc["components"]["schemas"]


def test_v1_dates_are_text_and_version_is_the_package_version() -> None:
    doc = spec()
    metadata = doc["components"]["schemas"]["v1_metadata"]["properties"]
    assert "format" not in metadata["created_date"]
    assert metadata["created_date"]["x-paypal-format"] == "date-time"
    from paypal_invoicing._version import __version__

    assert doc["info"]["version"] == __version__
    assert "deprecated" not in doc


def test_duplicate_titles_are_made_unique(tmp_path: Path) -> None:
    v2 = yaml.safe_load(V2.read_text())
    v2["components"]["schemas"]["money"]["title"] = "Error Details"
    v2["components"]["schemas"]["error"]["title"] = "Error Details"
    (tmp_path / "v2.yaml").write_text(yaml.safe_dump(v2))
    result = normalize(tmp_path, v2=tmp_path / "v2.yaml")
    assert result.returncode == 0, result.stderr
    out = json.loads((tmp_path / "out.json").read_text())["components"]["schemas"]
    titles = [s["title"] for s in out.values() if "title" in s]
    assert len(titles) == 2 and len(set(titles)) == 2


def test_paypal_titles_never_name_a_class() -> None:
    """PayPal's v1 file titles its schemas `Address`, `Invoice`, `Error Details` twice...: none of
    them reaches the normalized spec, so class names come from the pinned component names."""
    titles = [
        s["title"]
        for s in json.loads(V1.read_text())["components"]["schemas"].values()
        if "title" in s
    ]
    assert {"Address", "Invoice", "Error", "Template"} <= set(titles)
    assert titles.count("Error Details") == 2
    schemas = spec()["components"]["schemas"]
    for key, schema in schemas.items():
        if key.startswith(("v1_", "webhook")):
            assert '"title"' not in json.dumps(schema), key


def fails_with(tmp_path: Path, **inputs: Path) -> str:
    result = normalize(tmp_path, **inputs)
    assert result.returncode == 1
    assert not (tmp_path / "out.json").exists()
    assert "Traceback" not in result.stderr
    return result.stderr


def test_invalid_json_names_file_and_line(tmp_path: Path) -> None:
    bad = tmp_path / "v1.json"
    bad.write_text('{\n  "openapi": "3.0.3",\n  "info": {,\n}')
    message = fails_with(tmp_path, v1=bad)
    assert str(bad) in message and "line 3" in message


def test_dangling_ref_names_file_and_pointer(tmp_path: Path) -> None:
    v2 = yaml.safe_load(V2.read_text())
    response = v2["paths"]["/v2/invoicing/generate-next-invoice-number"]["post"]["responses"]["200"]
    response["content"]["application/json"]["schema"] = {"$ref": "#/components/schemas/nothing"}
    bad = tmp_path / "v2.yaml"
    bad.write_text(yaml.safe_dump(v2))
    message = fails_with(tmp_path, v2=bad)
    assert str(bad) in message
    assert "/paths/~1v2~1invoicing~1generate-next-invoice-number/post/responses/200" in message


def test_structural_fault_names_file_and_pointer(tmp_path: Path) -> None:
    v2 = yaml.safe_load(V2.read_text())
    del v2["paths"]["/v2/invoicing/templates"]["get"]["responses"]
    bad = tmp_path / "v2.yaml"
    bad.write_text(yaml.safe_dump(v2))
    message = fails_with(tmp_path, v2=bad)
    assert str(bad) in message and "/paths/~1v2~1invoicing~1templates/get" in message
    assert "responses" in message


def test_missing_v1_operation_id_names_file_and_pointer(tmp_path: Path) -> None:
    v1 = json.loads(V1.read_text())
    del v1["paths"]["/v1/invoicing/search"]["post"]["operationId"]
    bad = tmp_path / "v1.json"
    bad.write_text(json.dumps(v1))
    message = fails_with(tmp_path, v1=bad)
    assert str(bad) in message and "/paths/~1v1~1invoicing~1search/post" in message


@pytest.mark.parametrize("content", ["[]", "plain text"])
def test_a_document_that_is_not_an_object_is_refused(tmp_path: Path, content: str) -> None:
    bad = tmp_path / "v2.yaml"
    bad.write_text(content)
    assert "must be an object" in fails_with(tmp_path, v2=bad)


# --- v1 corrections: PayPal's file stays as published, the spec says what PayPal sends ----------


def test_v1_source_is_left_as_paypal_published_it() -> None:
    v1 = json.loads(V1.read_text())
    schemas = v1["components"]["schemas"]
    assert schemas["address"]["required"] == ["line1", "city", "country_code"]
    phone = schemas["address"]["properties"]["phone"]
    assert {k: v for k, v in phone.items() if k != "description"} == {
        "type": "string",
        "format": "phone",
    }
    assert "information_link" in schemas["error"]["required"]


def test_v1_corrections_are_in_the_normalized_spec() -> None:
    doc = spec()
    schemas = doc["components"]["schemas"]
    assert schemas["v1_error"]["required"] == ["name", "message"]
    for action in ("record-payment", "record-refund"):
        responses = doc["paths"][f"/v1/invoicing/invoices/{{invoice_id}}/{action}"]["post"][
            "responses"
        ]
        assert "204" in responses and "content" not in responses["204"]
        assert "200" in responses  # what PayPal documents stays declared
    address = schemas["v1_address"]
    assert "required" not in address
    assert address["properties"]["phone"] == {"$ref": "#/components/schemas/v1_phone"}
    shipping = schemas["v1_shipping_info"]["properties"]
    assert shipping["phone"] == {"$ref": "#/components/schemas/v1_phone"}
    assert shipping["email"]["type"] == "string"
    assert schemas["v1_invoice"]["properties"]["referrer_code"]["type"] == "string"
    value = schemas["v1_currency"]["properties"]["value"]
    assert value["anyOf"] == [{"type": "string"}, {"type": "number"}]
    for unit in (
        schemas["v1_invoice_item"]["properties"]["unit_of_measure"],
        schemas["v1_template"]["properties"]["unit_of_measure"],
    ):
        assert {"HOURS", "Hours", "Quantity", "Amount"} <= set(unit["enum"])
        assert len(unit["x-enum-varnames"]) == len(unit["enum"])
        assert "HOURS_MIXED_CASE" in unit["x-enum-varnames"]


def test_a_v1_correction_whose_target_is_gone_names_it(tmp_path: Path) -> None:
    v1 = json.loads(V1.read_text())
    del v1["paths"]["/v1/invoicing/invoices/{invoice_id}/record-refund"]
    bad = tmp_path / "v1.json"
    bad.write_text(json.dumps(v1))
    message = fails_with(tmp_path, v1=bad)
    assert str(bad) in message
    assert "/paths/~1v1~1invoicing~1invoices~1{invoice_id}~1record-refund" in message
    assert "a v1 correction points at nothing" in message


WEBHOOKS = ROOT / "spec" / "webhooks" / "notifications_webhooks_v1.json"


def test_webhooks_source_is_merged_with_its_license() -> None:
    doc = spec()
    info = doc["info"]
    assert info["x-source-versions"]["webhooks"] == "1.11"
    assert info["x-source-licenses"]["webhooks"]["name"] == "Apache-2.0"
    assert (WEBHOOKS.parent / "NOTICE").read_text().count("Apache License, Version 2.0") == 1
    tags = {t["name"] for t in doc["tags"]}
    assert {"webhooks", "webhook_lookups", "webhook_events"} <= tags
    scopes = doc["components"]["securitySchemes"]["Oauth2"]["flows"]["clientCredentials"]
    assert "https://uri.paypal.com/services/applications/webhooks" in scopes["scopes"]
    assert list(doc["components"]["securitySchemes"]) == ["Oauth2"]


def test_webhooks_components_cannot_collide_and_times_stay_text() -> None:
    doc = spec()
    schemas = doc["components"]["schemas"]
    # PayPal's Webhooks file has its own `link_description` and `error_details`: prefixed.
    assert "webhooks_link_description" in schemas and "link_description" in schemas
    assert "title" not in schemas["webhooks_link_description"]
    signed_time = schemas["verify_webhook_signature"]["properties"]["transmission_time"]
    assert "format" not in signed_time and signed_time["x-paypal-format"] == "date-time"
    for operation_id, (path, _, operation) in spec_operations().items():
        if path.startswith("/v1/notifications/"):
            keys = {r.rsplit("/", 1)[1] for r in refs(operation) if "/schemas/" in r}
            assert all(k.startswith(("webhook", "verify_webhook", "simulate")) for k in keys), (
                operation_id,
                keys,
            )


def test_unknown_webhooks_operation_is_named(tmp_path: Path) -> None:
    doc = json.loads(WEBHOOKS.read_text())
    doc["paths"]["/v1/notifications/webhooks"]["get"]["operationId"] = "webhooks.browse"
    bad = tmp_path / "webhooks.json"
    bad.write_text(json.dumps(doc))
    result = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "normalize"), "--webhooks", str(bad),
         "--output", str(tmp_path / "out.json")],
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert result.returncode == 1
    assert str(bad) in result.stderr
    assert "/paths/~1v1~1notifications~1webhooks/get/operationId" in result.stderr
    assert not (tmp_path / "out.json").exists()
