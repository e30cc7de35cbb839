"""PayPal's earlier published shapes, rebuilt from its current files, go through the pipeline.

For each shape of specs/README.md handled by ``scripts/_shapes.py`` there is an input built at
test time from PayPal's files in ``spec/``:

1. dereferenced (no ``$ref``, every schema inline, each copy with its title);
2. the base path in ``servers`` with only the live server listed;
3. error responses as a ``oneOf`` of PayPal's nine error schemas under ``default``;
6. ``{"type": "null"}`` inside an ``anyOf`` in the webhooks file.

Shapes 1 and 2 change the format only: their normalized ``spec/openapi.json`` must be
byte-identical to the committed one, so the generated client and the contract tests are the same
by construction. Shapes 3 and 6 change the output: they are normalized, generated into a
temporary directory with the project's generator settings and templates, imported, and the
contract tests run against that package (and its spec) in a subprocess.
"""

from __future__ import annotations

import copy
import json
import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

import pytest

from tests.diffspec.conftest import OPTIC
from tests.diffspec.conftest import run_script as diff_spec
from tests.spec.helpers import ROOT, SPEC_PATH

V1 = ROOT / "spec" / "v1" / "invoicing_v1.json"
WEBHOOKS = ROOT / "spec" / "webhooks" / "notifications_webhooks_v1.json"
LIVE = "https://api-m.paypal.com"
ERROR_SCHEMAS = [f"error_{code}" for code in (400, 401, 403, 404, 409, 415, 422, 500, 503)]
Json = dict[str, Any]


# -- the shapes, built from PayPal's current files ---------------------------------------------
def load(path: Path) -> Json:
    data: Json = json.loads(path.read_text(encoding="utf-8"))
    return data


def dereferenced(doc: Json) -> Json:
    """Every `$ref` replaced by a copy of its target, the siblings written over it (as
    dereferencing tools do); only the security schemes stay in `components`."""
    components = doc["components"]

    def resolve(node: Any) -> Any:
        if isinstance(node, list):
            return [resolve(v) for v in node]
        if not isinstance(node, dict):
            return node
        if "$ref" in node:
            _, _, kind, key = node["$ref"].split("/", 3)
            target = resolve(copy.deepcopy(components[kind][key]))
            return {**target, **{k: resolve(v) for k, v in node.items() if k != "$ref"}}
        return {k: resolve(v) for k, v in node.items()}

    out = {k: resolve(v) for k, v in doc.items() if k != "components"}
    out["components"] = {"securitySchemes": copy.deepcopy(components["securitySchemes"])}
    return out


def base_in_servers(doc: Json, base: str) -> Json:
    """The base path in the one (live) server, the paths relative to it."""
    out = copy.deepcopy(doc)
    assert all(p.startswith(base + "/") for p in out["paths"])
    out["paths"] = {p.removeprefix(base): item for p, item in out["paths"].items()}
    out["servers"] = [{"url": LIVE + base, "description": "PayPal Live Environment"}]
    return out


def oneof_errors(doc: Json, operations: int) -> Json:
    """Every `default` error response a `oneOf` of PayPal's nine error schemas."""
    out = copy.deepcopy(doc)
    count = 0
    for item in out["paths"].values():
        for operation in item.values():
            default = operation.get("responses", {}).get("default")
            if default:
                refs = [{"$ref": f"#/components/schemas/{key}"} for key in ERROR_SCHEMAS]
                default["content"]["application/json"]["schema"] = {"oneOf": refs}
                count += 1
    assert count == operations
    return out


def null_in_anyof(doc: Json) -> Json:
    """An event's `summary` (inline) and `resource_version` (a `$ref`) as an `anyOf` with
    `{"type": "null"}`."""
    out = copy.deepcopy(doc)
    properties = out["components"]["schemas"]["event"]["properties"]
    for name in ("summary", "resource_version"):
        properties[name] = {"anyOf": [properties[name], {"type": "null"}]}
    return out


def _nodes(node: Any) -> list[Any]:
    """Every dict of a JSON tree."""
    if isinstance(node, dict):
        return [node, *(n for v in node.values() for n in _nodes(v))]
    if isinstance(node, list):
        return [n for v in node for n in _nodes(v)]
    return []


def write(tmp_path: Path, name: str, doc: Json) -> Path:
    path = tmp_path / name
    path.write_text(json.dumps(doc, indent=2), encoding="utf-8")
    return path


def normalize(v1: Path, webhooks: Path, output: Path) -> None:
    proc = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "normalize"), "--v1", str(v1),
         "--webhooks", str(webhooks), "--output", str(output)],
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert proc.returncode == 0, proc.stderr


# -- shapes that change the format only: the same bytes ---------------------------------------
@pytest.mark.parametrize(
    "shape",
    ["dereferenced", "base path in servers, live server only"],
)
def test_a_format_only_shape_normalizes_to_the_committed_spec(tmp_path: Path, shape: str) -> None:
    v1, webhooks = load(V1), load(WEBHOOKS)
    if shape == "dereferenced":
        v1, webhooks = dereferenced(v1), dereferenced(webhooks)
        assert "$ref" not in json.dumps(v1) + json.dumps(webhooks)
    else:
        v1 = base_in_servers(v1, "/v1/invoicing")
        webhooks = base_in_servers(webhooks, "/v1/notifications")
        assert "/webhooks" in webhooks["paths"]
    output = tmp_path / "openapi.json"
    normalize(write(tmp_path, "v1.json", v1), write(tmp_path, "webhooks.json", webhooks), output)
    assert output.read_bytes() == SPEC_PATH.read_bytes()


# -- shapes that change the output: generate, import, run the contract tests ------------------
PLUGIN = '''
"""Points the contract tests at the spec and webhooks file of this build."""
import os
import shutil
from pathlib import Path

import tests.contract.spec_check as spec_check
import tests.contract.webhooks_docs as webhooks_docs

spec_check.SPEC_PATH = Path(os.environ["SHAPES_SPEC"])
if os.environ.get("SHAPES_WEBHOOKS"):
    webhooks_docs.SOURCE = Path(os.environ["SHAPES_WEBHOOKS"])
'''

CHECKS = """
import httpx

import paypal_invoicing_client
from paypal_invoicing_client import Client
from paypal_invoicing_client.api.v1_invoices import v1_get_invoice
from paypal_invoicing_client.api.webhooks import get_webhook
from paypal_invoicing_client.models import (
    V1Error400, V1Error404, WebhookEvent, WebhooksError401, WebhooksError404,
)

assert paypal_invoicing_client.__file__.startswith({package!r}), paypal_invoicing_client.__file__
client = Client(base_url="https://api-m.sandbox.paypal.com")
not_found = {{"name": "RESOURCE_NOT_FOUND", "message": "The specified resource does not exist.",
             "debug_id": "b1d1f06c7246c"}}
parsed = v1_get_invoice._parse_response(client=client, response=httpx.Response(404, json=not_found))
assert isinstance(parsed, V1Error404), parsed
assert parsed.debug_id == "b1d1f06c7246c"
bad = {{"name": "INVALID_REQUEST", "message": "Request is not well-formed, syntactically "
       "incorrect, or violates schema."}}
parsed = v1_get_invoice._parse_response(client=client, response=httpx.Response(400, json=bad))
assert isinstance(parsed, V1Error400), parsed
parsed = get_webhook._parse_response(client=client, response=httpx.Response(404, json=not_found))
assert isinstance(parsed, WebhooksError404), parsed
denied = {{"name": "AUTHENTICATION_FAILURE", "message": "Authentication failed due to missing "
          "authorization header, or invalid authentication credentials."}}
parsed = get_webhook._parse_response(client=client, response=httpx.Response(401, json=denied))
assert isinstance(parsed, WebhooksError401), parsed
odd = ["not an error object"]
assert v1_get_invoice._parse_response(client=client, response=httpx.Response(400, json=odd)) is None
event = WebhookEvent.from_dict({{"id": "WH-1", "summary": None, "resource_version": None}})
assert event.summary is None and event.resource_version is None
assert event.to_dict() == {{"id": "WH-1", "summary": None, "resource_version": None}}
print("checks passed")
"""


def generate(spec: Path, package: Path) -> None:
    """scripts/regenerate --spec --into (config, templates, runtime, --fail-on-warning): a
    warning or a template crash fails."""
    proc = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "regenerate"), "--spec", str(spec),
         "--into", str(package.parent)],
        cwd=ROOT, capture_output=True, text=True, check=False,
    )  # fmt: skip
    output = proc.stdout + proc.stderr
    assert proc.returncode == 0 and "warning" not in output.lower(), output[-3000:]
    assert (package / "_runtime.py").is_file()


def test_oneof_errors_and_null_in_anyof_generate_import_and_pass_the_contract_tests(
    tmp_path: Path,
) -> None:
    v1 = write(tmp_path, "v1.json", oneof_errors(load(V1), 21))
    webhooks = write(tmp_path, "webhooks.json", oneof_errors(null_in_anyof(load(WEBHOOKS)), 16))
    spec = tmp_path / "openapi.json"
    normalize(v1, webhooks, spec)
    merged = load(spec)
    for path in ("/v1/invoicing/invoices/{invoice_id}", "/v1/notifications/webhooks/{webhook_id}"):
        default = merged["paths"][path]["get"]["responses"]["default"]
        assert len(default["content"]["application/json"]["schema"]["oneOf"]) == 9
    event = merged["components"]["schemas"]["webhook_event"]["properties"]
    assert event["summary"] == {**load(WEBHOOKS)["components"]["schemas"]["event"]["properties"]
                                ["summary"], "nullable": True}  # fmt: skip
    assert event["resource_version"]["nullable"] is True
    assert {"type": "null"} not in _nodes(merged)

    build = tmp_path / "build"
    generate(spec, build / "paypal_invoicing_client")
    (tmp_path / "plugin").mkdir()
    (tmp_path / "plugin" / "shapes_build.py").write_text(PLUGIN, encoding="utf-8")
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join([str(build), str(tmp_path / "plugin"), str(ROOT)]),
        "SHAPES_SPEC": str(spec),
        "SHAPES_WEBHOOKS": str(webhooks),
    }
    checks = CHECKS.format(package=str(build))
    ran = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(checks)],
        cwd=ROOT, env=env, capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert ran.returncode == 0 and "checks passed" in ran.stdout, ran.stdout + ran.stderr

    contract = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "shapes_build", "-p", "no:cacheprovider",
         "-o", "addopts=", "tests/contract"],
        cwd=ROOT, env=env, capture_output=True, text=True, check=False,
    )  # fmt: skip
    summary = contract.stdout.strip().splitlines()[-1] if contract.stdout.strip() else ""
    assert contract.returncode == 0, contract.stdout[-4000:] + contract.stderr[-2000:]
    assert "passed" in summary and "skipped" not in summary, summary


# -- item 8: a spec version without a named example --------------------------------------------
def test_contract_tests_skip_naming_an_example_the_spec_lacks(tmp_path: Path) -> None:
    webhooks = load(WEBHOOKS)
    content = webhooks["paths"]["/v1/notifications/webhooks"]["post"]["requestBody"]["content"]
    del content["application/json"]["examples"]["webhook"]
    source = write(tmp_path, "webhooks.json", webhooks)
    (tmp_path / "plugin").mkdir()
    (tmp_path / "plugin" / "shapes_build.py").write_text(PLUGIN, encoding="utf-8")
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join([str(tmp_path / "plugin"), str(ROOT)]),
        "SHAPES_SPEC": str(SPEC_PATH),
        "SHAPES_WEBHOOKS": str(source),
    }
    proc = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-rs", "-p", "shapes_build",
         "-p", "no:cacheprovider", "-o", "addopts=", "tests/contract/test_webhooks_docs.py"],
        cwd=ROOT, env=env, capture_output=True, text=True, check=False,
    )  # fmt: skip
    out = proc.stdout
    assert proc.returncode == 0, out[-3000:] + proc.stderr[-2000:]
    assert "error" not in out.splitlines()[-1], out[-2000:]
    skips = [line for line in out.splitlines() if line.startswith("SKIPPED")]
    assert len(skips) == 1 and skips[0].startswith("SKIPPED [2]"), out[-2000:]
    assert "no request example 'webhook'" in skips[0]
    assert "/paths/~1v1~1notifications~1webhooks/post/requestBody" in skips[0]
    assert "15 passed, 2 skipped" in out, out[-1000:]


def test_contract_module_importing_a_gone_name_fails_naming_it(tmp_path: Path) -> None:
    """A contract module whose generated import is gone is one failure naming it, not an
    error at collection."""
    suite = tmp_path / "contract"
    suite.mkdir()
    conftest = (ROOT / "tests" / "contract" / "conftest.py").read_text(encoding="utf-8")
    (suite / "conftest.py").write_text(conftest, encoding="utf-8")
    (suite / "test_gone.py").write_text(
        "from paypal_invoicing_client.models import V1Invoice, V1NoSuchComponent\n\n\n"
        "def test_uses_it() -> None:\n    assert V1Invoice and V1NoSuchComponent\n",
        encoding="utf-8",
    )
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    proc = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-o", "addopts=",
         "--rootdir", str(suite), str(suite)],
        cwd=suite, env=env, capture_output=True, text=True, check=False,
    )  # fmt: skip
    out = proc.stdout
    assert proc.returncode == 1, out[-3000:]
    assert "1 failed" in out and "error" not in out.splitlines()[-1], out[-2000:]
    assert "V1NoSuchComponent" in out and "test_gone.py" in out
    assert "the generated client lacks what test_gone.py imports" in out


def _without_words(node: Any) -> Any:
    if isinstance(node, dict):
        return {k: _without_words(v) for k, v in node.items() if k != "description"}
    if isinstance(node, list):
        return [_without_words(v) for v in node]
    return node


@pytest.fixture(scope="module")
def dereferenced_in_place(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """spec/openapi.json normalized in a copy of the tree whose two PayPal files are replaced by
    their dereferenced forms (what update-spec does with such a file)."""
    tmp_path = tmp_path_factory.mktemp("dereferenced")
    tree = tmp_path / "tree"
    shutil.copytree(
        ROOT / "scripts", tree / "scripts", ignore=shutil.ignore_patterns("__pycache__")
    )
    shutil.copytree(ROOT / "spec", tree / "spec")
    version = tree / "overlay" / "paypal_invoicing" / "_version.py"
    version.parent.mkdir(parents=True)
    shutil.copy2(ROOT / "overlay" / "paypal_invoicing" / "_version.py", version)
    write(tree / "spec" / "v1", "invoicing_v1.json", dereferenced(load(V1)))
    write(
        tree / "spec" / "webhooks", "notifications_webhooks_v1.json", dereferenced(load(WEBHOOKS))
    )
    output = tmp_path / "openapi.json"
    proc = subprocess.run(
        [sys.executable, str(tree / "scripts" / "normalize"), "--output", str(output)],
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert proc.returncode == 0, proc.stderr
    return output


def test_a_dereferenced_file_put_in_place_is_bundled_by_the_pinned_shapes(
    dereferenced_in_place: Path,
) -> None:
    """update-spec puts the new file where the bundled one was: with no bundled file left to
    name the copies, the shapes pinned in spec/names.yaml name them. Names and structure are
    the committed spec's; only words PayPal wrote beside a `$ref` cannot be told apart."""
    got, want = load(dereferenced_in_place), load(SPEC_PATH)
    assert got != want  # the words beside a `$ref` are gone with the bundled file
    assert _without_words(got) == _without_words(want)


def test_dereferenced_for_bundled_is_no_break_and_the_same_python_surface(
    dereferenced_in_place: Path, tmp_path: Path
) -> None:
    """A format-only change (PayPal's current files dereferenced, in place of the bundled ones)
    as the gate sees it: no breaking change on the wire, the Python surface unchanged."""
    if not OPTIC.exists():
        pytest.fail(f"Optic is not installed ({OPTIC}): run `make test`", pytrace=False)
    findings = tmp_path / "findings.json"
    proc = diff_spec(SPEC_PATH, dereferenced_in_place, "--json", findings)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    found = load(findings)
    assert found["breaking"] == []
    assert found["operations"] == {"added": [], "removed": []}
    python = found["python"]
    old_names, new_names = python.pop("names")  # public names counted in each client
    assert old_names == new_names > 1000
    assert python == {"breaking": [], "added": [], "removed": [], "renamed": []}, python
    assert "public names):\n    unchanged." in proc.stdout
