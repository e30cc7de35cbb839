"""spec/v1 and spec/webhooks are PayPal's files byte for byte, each with its attribution."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

from tests.spec.helpers import ROOT, spec

# sha256 of PayPal's published files (paypal/paypal-rest-api-specifications, commit ec4d8f36).
PUBLISHED = {
    "spec/v1/invoicing_v1.json": "00f3d153ed8946d2f80ff2ac967baada240ad40d67136f44a33a619b5bdc0d28",
    "spec/webhooks/notifications_webhooks_v1.json": (
        "6201ca2feeca74d45064479aa483df60dd4bb3f19b3a3b106ae49d653932f3bf"
    ),
}
SHARED = ROOT.parent / "shared" / "reference" / "specs"


@pytest.mark.parametrize("rel", sorted(PUBLISHED))
def test_source_is_paypals_file_byte_for_byte(rel: str) -> None:
    assert hashlib.sha256((ROOT / rel).read_bytes()).hexdigest() == PUBLISHED[rel]


@pytest.mark.parametrize("rel", sorted(PUBLISHED))
def test_source_equals_the_reference_copy(rel: str) -> None:
    reference = SHARED / Path(rel).name
    if not reference.exists():
        pytest.skip(f"no reference copy at {reference}")
    assert (ROOT / rel).read_bytes() == reference.read_bytes()


@pytest.mark.parametrize("rel", sorted(PUBLISHED))
def test_each_source_carries_its_attribution(rel: str) -> None:
    notice = ((ROOT / rel).parent / "NOTICE").read_text()
    assert Path(rel).name in notice
    assert "paypal/paypal-rest-api-specifications" in notice and "ec4d8f36" in notice
    assert "Apache License, Version 2.0" in notice


def test_the_v1_source_is_the_one_with_paypals_words() -> None:
    """The file PayPal publishes: titles, readOnly beside $ref, HTML, top-level deprecated."""
    v1 = json.loads((ROOT / "spec/v1/invoicing_v1.json").read_text())
    assert v1["deprecated"] is True
    assert v1["components"]["schemas"]["address"]["title"] == "Address"
    total = v1["components"]["schemas"]["invoice"]["properties"]["total_amount"]
    assert total["readOnly"] is True and "$ref" in total
    assert "<code>" in json.dumps(v1)


def test_licenses_are_recorded_in_the_normalized_spec() -> None:
    licenses = spec()["info"]["x-source-licenses"]
    assert {"v1", "webhooks"} <= set(licenses)
    assert all(entry["name"] == "Apache-2.0" for entry in licenses.values())
    assert "spec/v1/NOTICE" in licenses["v1"]["x-source"]
