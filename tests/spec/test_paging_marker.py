"""Which operations page comes from the spec (`x-paging` on their answer), not from names."""

from __future__ import annotations

import copy
import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from tests.spec.helpers import ROOT, spec, spec_operations
from tests.spec.test_shapes import generate
from tests.spec.test_shapes_passes import _script_module

speclib = _script_module("_speclib")

CHECKS = """
import httpx

from paypal_invoicing import ConfigurationError, connect, paginate
from paypal_invoicing.pagination import PAGED_OPERATIONS
from paypal_invoicing_client.api.invoices import get_invoice, list_invoices

assert get_invoice.__file__.startswith({build!r}), get_invoice.__file__
LINK = {{"href": "https://api-m.sandbox.paypal.com/v2/invoicing/invoices/INV2-1", "rel": "self"}}


def answer(request: httpx.Request) -> httpx.Response:
    if request.url.path == "/v1/oauth2/token":
        return httpx.Response(200, json={{"access_token": "T", "expires_in": 900}})
    assert request.url.path == "/v2/invoicing/invoices/INV2-1", request.url
    return httpx.Response(200, json={{"id": "INV2-1", "links": [LINK, LINK]}})


client = connect("id", "secret", transport=httpx.MockTransport(answer))
links = list(paginate(get_invoice, client=client, invoice_id="INV2-1"))
assert [link.rel for link in links] == ["self", "self"], links
try:
    paginate(list_invoices, client=client)
except ConfigurationError as error:
    assert "list_invoices' is not a paged operation" in str(error), error
else:
    raise AssertionError("list_invoices is still paged without its marker")
names = {{name.rsplit(".", 1)[1] for name in PAGED_OPERATIONS}}
assert "get_invoice" in names and "list_invoices" not in names, names
print("checks passed")
"""


def _answer(doc: dict[str, object], op_id: str) -> dict[str, object]:
    path, method, _ = spec_operations()[op_id]
    responses = doc["paths"][path][method]["responses"]  # type: ignore[index]
    return responses.get("200", {})  # type: ignore[no-any-return]


def test_the_six_paged_operations_carry_the_marker() -> None:
    marked = {op_id for op_id in spec_operations() if "x-paging" in _answer(spec(), op_id)}
    assert marked == {
        "list_invoices",
        "search_invoices",
        "list_templates",
        "v1_list_invoices",
        "v1_search_invoices",
        "v1_list_templates",
    }
    assert _answer(spec(), "v1_search_invoices")["x-paging"] == {
        "items": "invoices",
        "total": "total_count",
        "page": "body",
        "start_index": True,
    }


def test_a_marker_gained_pages_and_a_marker_lost_does_not(tmp_path: Path) -> None:
    doc = copy.deepcopy(spec())
    del _answer(doc, "list_invoices")["x-paging"]
    _answer(doc, "get_invoice")["x-paging"] = {"items": "links"}  # one answer, the whole list
    source = tmp_path / "openapi.json"
    source.write_text(json.dumps(doc), encoding="utf-8")
    build = tmp_path / "build"
    generate(source, build / "paypal_invoicing_client")
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(build), str(ROOT)])}
    ran = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(CHECKS.format(build=str(build)))],
        cwd=tmp_path, env=env, capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert ran.returncode == 0 and "checks passed" in ran.stdout, ran.stdout + ran.stderr


def test_the_normalizer_refuses_a_paged_v1_operation_that_is_gone() -> None:
    doc = {"paths": {"/v1/x": {"get": {"operationId": "v1_other", "responses": {}}}}}
    with pytest.raises(speclib.SpecError, match="v1_list_invoices is gone"):
        speclib.mark_paging(doc, "v1.json", {"v1_list_invoices": {"items": "invoices"}})
    with pytest.raises(speclib.SpecError, match="no inline 200 answer"):
        speclib.mark_paging(doc, "v1.json", {"v1_other": {"items": "invoices"}})
