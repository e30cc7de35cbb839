"""Python names do not move: spec/names.yaml pins them, and only a visible change to it adds one."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path
from typing import Any

import pytest
import yaml

from tests.spec.helpers import ROOT, SPEC_PATH, run_script, spec

NAMES = ROOT / "spec" / "names.yaml"
V1 = ROOT / "spec" / "v1" / "invoicing_v1.json"
WEBHOOKS = ROOT / "spec" / "webhooks" / "notifications_webhooks_v1.json"
SOURCES = {"v1": V1, "webhooks": WEBHOOKS}


def normalize(tmp_path: Path, *args: str, **inputs: Path) -> Any:
    names = tmp_path / "names.yaml"
    if not names.exists():
        shutil.copy2(NAMES, names)
    flags = [x for key, path in inputs.items() for x in (f"--{key}", str(path))]
    return run_script(
        "normalize", *flags, "--names", str(names), "--output", str(tmp_path / "out.json"), *args
    )


def rename_component(source: Path, kind: str, old: str, new: str, out: Path) -> Path:
    """PayPal's file with one component renamed (and every reference to it), content unchanged."""
    doc = json.loads(source.read_text())
    section = doc["components"][kind]
    doc["components"][kind] = {new if key == old else key: value for key, value in section.items()}
    text = json.dumps(doc).replace(f'"#/components/{kind}/{old}"', f'"#/components/{kind}/{new}"')
    out.write_text(text)
    return out


def test_every_paypal_name_is_pinned() -> None:
    pins = yaml.safe_load(NAMES.read_text())
    for api, source in SOURCES.items():
        doc = json.loads(source.read_text())
        for kind, section in doc["components"].items():
            if kind != "securitySchemes":
                assert set(section) == set(pins[api][kind]), (api, kind)
        operation_ids = {
            op["operationId"] for item in doc["paths"].values() for op in item.values()
        }
        assert operation_ids == set(pins[api]["operations"])


def test_generated_names_are_the_pinned_ones() -> None:
    pins = yaml.safe_load(NAMES.read_text())
    schemas = spec()["components"]["schemas"]
    pinned = {entry["python"] for api in pins.values() for entry in api["schemas"].values()}
    paypal = {key for key in schemas if key.startswith(("v1_", "webhook"))}
    assert paypal <= pinned
    operations = {
        f"{op['tags'][0]}.{op['operationId']}"
        for path, item in spec()["paths"].items()
        if not path.startswith("/v2/")
        for op in item.values()
    }
    assert operations == {
        entry["python"] for api in pins.values() for entry in api["operations"].values()
    }
    for key in sorted(pinned & {k for k, v in schemas.items() if "properties" in v}):
        module = ROOT / "generated" / "paypal_invoicing_client" / "models" / f"{key}.py"
        assert module.exists(), key


def test_the_pin_file_is_deterministic(tmp_path: Path) -> None:
    result = normalize(tmp_path, "--update-names")
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "names.yaml").read_bytes() == NAMES.read_bytes()
    assert (tmp_path / "out.json").read_bytes() == SPEC_PATH.read_bytes()


@pytest.mark.parametrize(
    ("api", "old", "new"),
    [
        ("webhooks", "error_details-2", "error_details_v2"),
        ("v1", "error_details-2", "error_location"),
    ],
)
def test_a_renamed_component_keeps_its_python_name(
    tmp_path: Path, api: str, old: str, new: str
) -> None:
    """PayPal renamed `error_default` with no change on the wire: no Python rename."""
    source = rename_component(SOURCES[api], "schemas", old, new, tmp_path / "source.json")
    failed = normalize(tmp_path, **{api: source})
    assert failed.returncode == 1
    lines = failed.stderr.strip().splitlines()
    assert len(lines) <= 10
    assert str(source) in failed.stderr
    assert f"#/components/schemas/{new}" in failed.stderr
    assert "scripts/normalize --update-names" in failed.stderr
    assert not (tmp_path / "out.json").exists()
    assert (tmp_path / "names.yaml").read_bytes() == NAMES.read_bytes()

    updated = normalize(tmp_path, "--update-names", **{api: source})
    assert updated.returncode == 0, updated.stderr
    assert f"`{new}` keeps" in updated.stdout
    pins = yaml.safe_load((tmp_path / "names.yaml").read_text())
    before = yaml.safe_load(NAMES.read_text())
    assert pins[api]["schemas"][new]["python"] == before[api]["schemas"][old]["python"]
    assert old not in pins[api]["schemas"]
    # The same normalized spec, so the same generated modules, classes and functions.
    assert (tmp_path / "out.json").read_bytes() == SPEC_PATH.read_bytes()


def test_a_renamed_operation_keeps_its_function(tmp_path: Path) -> None:
    doc = json.loads(V1.read_text())
    op = doc["paths"]["/v1/invoicing/invoices/{invoice_id}/cancel"]["post"]
    op["operationId"] = "invoice.cancel-invoice"
    (tmp_path / "v1.json").write_text(json.dumps(doc))
    assert normalize(tmp_path, v1=tmp_path / "v1.json").returncode == 1
    updated = normalize(tmp_path, "--update-names", v1=tmp_path / "v1.json")
    assert updated.returncode == 0, updated.stderr
    pins = yaml.safe_load((tmp_path / "names.yaml").read_text())
    assert pins["v1"]["operations"]["invoice.cancel-invoice"]["python"] == (
        "v1_invoices.v1_cancel_invoice"
    )
    assert (tmp_path / "out.json").read_bytes() == SPEC_PATH.read_bytes()


def test_a_new_component_gets_a_name_only_through_the_pin_file(tmp_path: Path) -> None:
    doc = json.loads(V1.read_text())
    doc["components"]["schemas"]["error_location"] = {
        "type": "object",
        "title": "Error Location",
        "properties": {"location": {"type": "string", "enum": ["body", "path", "query"]}},
    }
    source = tmp_path / "v1.json"
    source.write_text(json.dumps(doc))
    failed = normalize(tmp_path, v1=source)
    assert failed.returncode == 1
    assert "#/components/schemas/error_location" in failed.stderr
    updated = normalize(tmp_path, "--update-names", v1=source)
    assert updated.returncode == 0, updated.stderr
    assert "`error_location` is new: `v1_error_location`" in updated.stdout
    pins = yaml.safe_load((tmp_path / "names.yaml").read_text())
    assert pins["v1"]["schemas"]["error_location"]["python"] == "v1_error_location"
    # Its title is not a class name: the pin is.
    assert normalize(tmp_path, v1=source).returncode == 0


def test_two_schemas_for_one_class_are_refused_naming_both(tmp_path: Path) -> None:
    text = NAMES.read_text().replace("address: {python: v1_address,", "address: {python: address,")
    (tmp_path / "names.yaml").write_text(text)
    failed = normalize(tmp_path)
    assert failed.returncode == 1
    message = failed.stderr
    assert len(message.strip().splitlines()) <= 10
    assert "two schemas would both become class `Address`" in message
    assert "#/components/schemas/address (v1, spec/v1/invoicing_v1.json)" in message
    assert "(v2, spec/v2/invoicing_v2.yaml)" in message
    assert "remedy:" in message and "names.yaml" in message


def test_one_python_name_pinned_twice_is_refused(tmp_path: Path) -> None:
    text = NAMES.read_text().replace("phone: {python: v1_phone,", "phone: {python: v1_address,")
    (tmp_path / "names.yaml").write_text(text)
    failed = normalize(tmp_path)
    assert failed.returncode == 1
    assert "`v1_address` is pinned twice" in failed.stderr
    assert "/v1/schemas/address" in failed.stderr and "/v1/schemas/phone" in failed.stderr


def test_corrections_follow_a_rename_through_the_pins(tmp_path: Path) -> None:
    """PayPal renames components the v1 corrections name (`address`, `phone`, which a
    correction's `$ref` points at, and `currency`): the pins record the former names, and
    every correction still applies, now and in every later run."""
    source = tmp_path / "v1.json"
    shutil.copy2(V1, source)
    for old, new in (("address", "postal-address"), ("phone", "phone-number"),
                     ("currency", "money")):  # fmt: skip
        rename_component(source, "schemas", old, new, source)
    updated = normalize(tmp_path, "--update-names", v1=source)
    assert updated.returncode == 0, updated.stderr
    assert "point at nothing" not in updated.stderr and "no longer needed" not in updated.stderr
    pins = yaml.safe_load((tmp_path / "names.yaml").read_text())["v1"]["schemas"]
    assert pins["postal-address"] == {"python": "v1_address", "shape": pins["postal-address"]
                                      ["shape"], "was": "address"}  # fmt: skip
    assert pins["money"]["was"] == "currency" and pins["phone-number"]["was"] == "phone"
    # Every correction applied to the renamed components: the committed spec, byte for byte.
    assert (tmp_path / "out.json").read_bytes() == SPEC_PATH.read_bytes()
    again = normalize(tmp_path, v1=source)
    assert again.returncode == 0, again.stderr
    assert (tmp_path / "out.json").read_bytes() == SPEC_PATH.read_bytes()


def test_without_the_pins_record_a_renamed_target_is_reported(tmp_path: Path) -> None:
    """The `was:` record is what leads a correction to the renamed component."""
    source = rename_component(V1, "schemas", "currency", "money", tmp_path / "v1.json")
    assert normalize(tmp_path, "--update-names", v1=source).returncode == 0
    names = tmp_path / "names.yaml"
    text = names.read_text()
    assert re.search(r"money: {python: v1_currency, shape: \w+, was: currency}", text), text
    names.write_text(text.replace(", was: currency}", "}"))
    failed = normalize(tmp_path, v1=source)
    assert failed.returncode == 1
    assert "a v1 correction points at nothing" in failed.stderr
    assert "#/components/schemas/currency (scripts/_speclib.py:" in failed.stderr
