"""PayPal's words as readable docstrings: no HTML, deprecation said, readOnly beside $ref kept."""

from __future__ import annotations

import importlib
import json
import re
from pathlib import Path

import pytest

from tests.spec.helpers import ROOT, run_script, spec, spec_operations

GENERATED = ROOT / "generated" / "paypal_invoicing_client"
WEBHOOKS = ROOT / "spec" / "webhooks" / "notifications_webhooks_v1.json"
HTML = re.compile(
    r"</?(a|p|br|code|ul|ol|li|table|thead|tbody|tr|td|th|strong|em|b|i|blockquote|div|span)\b"
    r"[^>]*>|&(amp|lt|gt|quot|nbsp|#[0-9]+);"
)
NOTE = "Deprecated: PayPal marks the whole Invoicing v1 API deprecated."


def test_paypal_writes_html() -> None:
    """The premise: PayPal's v1 descriptions are HTML."""
    text = (ROOT / "spec" / "v1" / "invoicing_v1.json").read_text()
    assert HTML.search(text)


def test_no_html_in_the_generated_package() -> None:
    found = [
        f"{path.relative_to(GENERATED)}: {match.group(0)}"
        for path in sorted(GENERATED.rglob("*.py"))
        for match in [HTML.search(path.read_text())]
        if match
    ]
    assert found == []


def test_no_html_in_the_normalized_descriptions() -> None:
    def texts(node: object) -> list[str]:
        if isinstance(node, dict):
            own = [
                v for k, v in node.items() if k in ("description", "summary") and isinstance(v, str)
            ]
            return own + [t for k, v in node.items() if k != "example" for t in texts(v)]
        if isinstance(node, list):
            return [t for v in node for t in texts(v)]
        return []

    described = texts(spec())
    assert len(described) > 500
    assert [t for t in described if HTML.search(t)] == []
    assert not [t for t in described if "](/docs" in t]  # PayPal's relative links made absolute


def test_paypal_words_reach_the_docstrings() -> None:
    invoice = (GENERATED / "models" / "v1_invoice.py").read_text()
    assert "tip amount field" in invoice  # PayPal's description of allow_tip
    create = " ".join(
        (GENERATED / "api" / "v1_invoices" / "v1_create_invoice.py").read_text().split()
    )
    assert "`invoice` object must include an `items` array" in create  # was <code>invoice</code>
    assert "https://developer.paypal.com/docs/api/invoicing/v1/#invoices_send" in create


@pytest.mark.parametrize("tag", ["v1_invoices", "v1_templates"])
def test_every_v1_function_says_it_is_deprecated(tag: str) -> None:
    modules = sorted(p for p in (GENERATED / "api" / tag).glob("*.py") if p.name != "__init__.py")
    assert modules
    for path in modules:
        module = importlib.import_module(f"paypal_invoicing_client.api.{tag}.{path.stem}")
        for function in ("sync", "sync_detailed", "asyncio", "asyncio_detailed"):
            doc = getattr(module, function).__doc__ or ""
            assert NOTE in doc, (path.stem, function)


def test_v1_operations_are_deprecated_and_the_others_are_not() -> None:
    for operation_id, (_, _, operation) in spec_operations().items():
        deprecated = operation.get("deprecated", False)
        assert deprecated is operation_id.startswith("v1_"), operation_id
        assert operation.get("description", "").startswith(NOTE) is deprecated


def test_a_deprecated_webhooks_file_deprecates_its_functions(tmp_path: Path) -> None:
    doc = json.loads(WEBHOOKS.read_text())
    doc["deprecated"] = True
    (tmp_path / "webhooks.json").write_text(json.dumps(doc))
    result = run_script(
        "normalize", "--webhooks", str(tmp_path / "webhooks.json"),
        "--output", str(tmp_path / "out.json"),
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    out = json.loads((tmp_path / "out.json").read_text())
    webhooks = [
        op
        for path, item in out["paths"].items()
        if path.startswith("/v1/notifications/")
        for op in item.values()
    ]
    assert len(webhooks) == 16
    for op in webhooks:
        assert op["deprecated"] is True
        assert op["description"].startswith("Deprecated: PayPal marks the whole Webhooks")
    assert "deprecated" not in out


def test_read_only_beside_a_ref_is_kept() -> None:
    """OpenAPI 3.0 ignores what stands beside a $ref: readOnly moves onto an allOf wrapper."""
    schemas = spec()["components"]["schemas"]
    total = schemas["v1_invoice"]["properties"]["total_amount"]
    assert total["readOnly"] is True
    assert total["allOf"] == [{"$ref": "#/components/schemas/v1_currency"}]
    assert "$ref" not in total
    links = schemas["webhook"]["properties"]["links"]["items"]
    assert links == {
        "allOf": [{"$ref": "#/components/schemas/webhooks_link_description"}],
        "readOnly": True,
    }
    # A description alone beside a $ref changes no meaning: the reference stays as it is.
    merchant = schemas["v1_invoice"]["properties"]["merchant_info"]
    assert merchant["$ref"] == "#/components/schemas/v1_merchant_info"
    # The generated attribute is still the referenced class.
    from paypal_invoicing_client.models.v1_invoice import V1Invoice

    assert "V1Currency" in str(V1Invoice.__annotations__["total_amount"])
