"""Shared helpers for the spec toolchain tests: the normalized spec and model lookup."""

from __future__ import annotations

import importlib
import json
from functools import cache
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
SPEC_PATH = ROOT / "spec" / "openapi.json"
SEEDS = ROOT / "tests" / "fixtures" / "seeds"
HTTP_METHODS = ("get", "put", "post", "delete", "patch")


@cache
def spec() -> dict[str, Any]:
    """The committed normalized spec."""
    return json.loads(SPEC_PATH.read_text(encoding="utf-8"))


def spec_operations() -> dict[str, tuple[str, str, dict[str, Any]]]:
    """operationId -> (path, method, operation) for every operation of the spec."""
    found = {}
    for path, item in spec()["paths"].items():
        for method in HTTP_METHODS:
            if method in item:
                found[item[method]["operationId"]] = (path, method, item[method])
    return found


def class_name(schema_key: str) -> str:
    """The generator's class name for a component schema key."""
    return "".join(part[:1].upper() + part[1:] for part in schema_key.split("_"))


def model(schema_key: str) -> Any:
    """The generated model class for a component schema key."""
    module = importlib.import_module(f"paypal_invoicing_client.models.{schema_key}")
    return getattr(module, class_name(schema_key))


def schema_key(ref_holder: dict[str, Any]) -> str:
    """`{"$ref": "#/components/schemas/x"}` -> `x`."""
    return str(ref_holder["$ref"]).rsplit("/", 1)[1]


def response_model(operation_id: str, status: str) -> Any:
    """The model the spec declares for an operation's JSON response.

    Where the answer is the resource or a link to it (`anyOf`), the resource's model.
    """
    operation = spec_operations()[operation_id][2]
    schema = operation["responses"][status]["content"]["application/json"]["schema"]
    if "anyOf" in schema:
        resources = [s for s in schema["anyOf"] if schema_key(s) != "link_description"]
        assert len(resources) == 1, schema
        schema = resources[0]
    return model(schema_key(schema))


def request_model(operation_id: str) -> Any:
    """The model the spec declares for an operation's JSON request body."""
    operation = spec_operations()[operation_id][2]
    body = operation["requestBody"]
    if "$ref" in body:
        name = schema_key(body)
        body = spec()["components"]["requestBodies"][name]
    return model(schema_key(body["content"]["application/json"]["schema"]))


def seed(name: str) -> Any:
    """A documented PayPal payload from tests/fixtures/seeds/."""
    return json.loads((SEEDS / name).read_text(encoding="utf-8"))


def run_script(script: str, *args: str, cwd: Path | None = None) -> Any:
    """Run one of scripts/ with the test's Python; its output captured (a CompletedProcess)."""
    import subprocess
    import sys

    return subprocess.run(
        [sys.executable, str((cwd or ROOT) / "scripts" / script), *args],
        capture_output=True, text=True, check=False, cwd=cwd or ROOT,
    )  # fmt: skip
