"""Request bodies are validated against the normalized spec: one source of truth.

The keywords map to PayPal's issue codes; the spec file is the one the client is generated from
(shipped in the wheel, read from spec/ in a development tree); each difference the former
hand-written schemas had with the spec is settled here, on PayPal's side.
"""

from __future__ import annotations

import json
import tomllib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from paypal_invoicing.sandbox.state import spec, validation
from paypal_invoicing.sandbox.state.errors import ApiError

from .helpers import create, issues, simple_invoice

ROOT = Path(__file__).resolve().parents[2]
INV = "/v2/invoicing/invoices"


def _refusal(body: Any, schema: str) -> list[dict[str, str]]:
    with pytest.raises(ApiError) as caught:
        validation.check(body, schema)
    assert caught.value.status == 400
    return caught.value.details


def _clear_caches() -> None:
    spec.schemas.cache_clear()
    validation._inlined.cache_clear()
    validation._validator.cache_clear()


# -- the spec file ------------------------------------------------------------------------------
def test_the_wheel_carries_spec_openapi_json_as_the_sandboxs_spec() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())
    force = project["tool"]["hatch"]["build"]["targets"]["wheel"]["force-include"]
    assert force["spec/openapi.json"] == "paypal_invoicing/sandbox/openapi.json"
    assert spec.PACKAGED.name == "openapi.json"
    assert spec.PACKAGED.parent.name == "sandbox"


def test_a_development_tree_reads_spec_openapi_json() -> None:
    found = spec.spec_file()
    assert found.read_bytes() == (ROOT / "spec" / "openapi.json").read_bytes()
    assert spec.schemas() == json.loads(found.read_text())["components"]["schemas"]


def test_the_packaged_copy_comes_first_and_a_missing_spec_is_named(tmp_path: Path) -> None:
    packaged = tmp_path / "openapi.json"
    packaged.write_text("{}")
    assert spec.spec_file([packaged, spec.DEV_TREE]) == packaged
    with pytest.raises(FileNotFoundError, match=r"nowhere\.json"):
        spec.spec_file([tmp_path / "nowhere.json"])


@pytest.fixture
def edited_spec(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[dict[str, Any]]:
    """A copy of the spec the sandbox reads instead; edit it, then call ``_clear_caches``."""
    document = json.loads((ROOT / "spec" / "openapi.json").read_text())
    copy = tmp_path / "openapi.json"
    monkeypatch.setattr(spec, "PACKAGED", copy)
    yield document
    _clear_caches()


def test_a_change_to_the_spec_changes_what_is_validated(
    edited_spec: dict[str, Any], tmp_path: Path
) -> None:
    edited_spec["components"]["schemas"]["template"]["required"] = ["name"]
    (tmp_path / "openapi.json").write_text(json.dumps(edited_spec))
    _clear_caches()
    (missing,) = _refusal({"default_template": True}, validation.TEMPLATE)
    assert missing["field"] == "/name"
    assert missing["issue"] == "MISSING_REQUIRED_PARAMETER"


# -- keywords to PayPal's issue codes -----------------------------------------------------------
_GONE = object()
MISSING = "MISSING_REQUIRED_PARAMETER"
LENGTH = "INVALID_STRING_LENGTH"
SYNTAX = "INVALID_PARAMETER_SYNTAX"
VALUE = "INVALID_PARAMETER_VALUE"


def _put(body: dict[str, Any], pointer: str, value: Any) -> None:
    *parents, last = pointer.strip("/").split("/")
    node: Any = body
    for part in parents:
        node = node[int(part)] if isinstance(node, list) else node.setdefault(part, {})
    if value is _GONE:
        del node[last]
    else:
        node[last] = value


@pytest.mark.parametrize(
    ("field", "value", "issue"),
    [
        ("/detail/currency_code", _GONE, MISSING),
        ("/items/0/unit_amount", _GONE, MISSING),
        ("/detail/currency_code", "USDX", LENGTH),
        ("/detail/memo", "m" * 501, LENGTH),
        ("/detail/invoice_date", "1-2-3", LENGTH),
        ("/detail/invoice_date", "2024/01/02", SYNTAX),
        ("/items/0/unit_amount/value", "1,5", SYNTAX),
        ("/items/0/name", 7, SYNTAX),
        ("/configuration/allow_tip", "yes", SYNTAX),
        ("/items/0/unit_of_measure", "DOZENS", VALUE),
        ("/detail/invoice_date", "2023-02-29", VALUE),
    ],
)
def test_keywords_map_to_paypals_issue_codes(field: str, value: Any, issue: str) -> None:
    body = simple_invoice()
    _put(body, field, value)
    details = _refusal(body, validation.INVOICE)
    assert (details[0]["field"], details[0]["issue"]) == (field, issue)
    assert details[0]["location"] == "body"


def test_too_many_items_is_invalid_parameter_value() -> None:
    body = simple_invoice()
    body["items"] = body["items"] * 101
    (entry,) = _refusal(body, validation.INVOICE)
    assert (entry["field"], entry["issue"]) == ("/items", VALUE)


def test_bounds_are_invalid_parameter_value() -> None:
    (too_small,) = _refusal({"width": 10}, validation.QR_CONFIG)
    assert (too_small["field"], too_small["issue"]) == ("/width", "INVALID_PARAMETER_VALUE")
    assert too_small["value"] == "10"


def test_every_missing_field_is_named_once() -> None:
    details = _refusal({"items": [{}]}, validation.INVOICE)
    fields = [d["field"] for d in details]
    assert fields == sorted(set(fields), key=fields.index)  # no duplicates
    assert set(fields) == {
        "/detail",
        "/items/0/name",
        "/items/0/quantity",
        "/items/0/unit_amount",
    }


def test_a_long_value_is_not_echoed_whole() -> None:
    body = simple_invoice()
    body["items"][0]["unit_amount"]["value"] = "x" * 30
    (entry,) = _refusal(body, validation.INVOICE)
    assert entry["value"] == "x" * 30
    body["detail"]["memo"] = "secret" * 1000
    body["items"][0]["unit_amount"]["value"] = "1.00"
    (entry,) = _refusal(body, validation.INVOICE)
    assert "value" not in entry  # a length error does not quote the text


# -- the differences the hand-written schemas had, each settled on PayPal's side ---------------
def test_item_id_is_read_only_and_ignored(api: httpx.Client) -> None:
    body = simple_invoice()
    body["items"][0]["id"] = "MINE-" + "x" * 40  # longer than the 22 the old copy allowed
    made = create(api, body)
    assert made["items"][0]["id"] != body["items"][0]["id"]


def test_percents_have_no_length_limit_but_must_be_in_range(api: httpx.Client) -> None:
    long_percent = "7.25" + "0" * 40
    body = simple_invoice()
    body["items"][0]["tax"] = {"name": "VAT", "percent": long_percent}
    body["items"][0]["discount"] = {"percent": "1" + ".0" + "0" * 40}
    assert api.post(INV, json=body).status_code == 201
    body["items"][0]["tax"]["percent"] = "1" + "0" * 40
    refused = api.post(INV, json=body)
    assert refused.status_code == 400
    assert refused.json()["details"][0]["field"] == "/items/0/tax/percent"


@pytest.mark.parametrize("quantity", ["lots", "1e3", "NaN", " 1"])
def test_quantity_must_be_a_decimal_number_a_rule_in_code(api: httpx.Client, quantity: str) -> None:
    body = simple_invoice()
    body["items"][0]["quantity"] = quantity
    refused = api.post(INV, json=body)
    assert refused.status_code == 400
    assert issues(refused) == ["INVALID_PARAMETER_SYNTAX"]
    assert refused.json()["details"][0]["field"] == "/items/0/quantity"


@pytest.mark.parametrize(("action", "ok"), [("PaY", True), ("DETAILS", True), ("payy", False)])
def test_qr_action_is_any_letter_case_of_pay_or_details(action: str, ok: bool) -> None:
    if ok:
        assert validation.check({"action": action}, validation.QR_CONFIG) == {"action": action}
    else:
        (entry,) = _refusal({"action": action}, validation.QR_CONFIG)
        assert entry["issue"] == "INVALID_PARAMETER_SYNTAX"


def test_nulls_read_only_and_unknown_fields_are_dropped() -> None:
    body = simple_invoice()
    body["detail"]["note"] = None
    body["status"] = "PAID"
    body["colour"] = "red"
    cleaned = validation.check(body, validation.INVOICE)
    assert "note" not in cleaned["detail"]
    assert "status" not in cleaned
    assert "colour" not in cleaned
