"""The canonicalizing passes of scripts/_shapes.py, one by one, and their failure messages."""

from __future__ import annotations

import copy
import importlib.util
import json
import subprocess
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from tests.spec.helpers import ROOT
from tests.spec.test_shapes import V1, WEBHOOKS, dereferenced, load

SCRIPTS = ROOT / "scripts"


def _script_module(name: str) -> ModuleType:
    """Import scripts/<name>.py (and the _speclib it needs) without putting scripts/ on
    sys.path."""
    for module in ("_speclib", name):
        if module not in sys.modules:
            spec = importlib.util.spec_from_file_location(module, SCRIPTS / f"{module}.py")
            assert spec is not None and spec.loader is not None
            loaded = importlib.util.module_from_spec(spec)
            sys.modules[module] = loaded
            spec.loader.exec_module(loaded)
    return sys.modules[name]


shapes = _script_module("_shapes")
SpecError = sys.modules["_speclib"].SpecError
Json = dict[str, Any]
FILE = "upstream/webhooks.json"


def doc(servers: list[str], paths: tuple[str, ...] = ("/webhooks",)) -> Json:
    return {
        "openapi": "3.0.3",
        "servers": [{"url": url} for url in servers],
        "paths": {p: {"get": {"responses": {"200": {"description": "ok"}}}} for p in paths},
    }


def error_of(document: Json) -> str:
    with pytest.raises(SpecError) as caught:
        shapes.place_base_path(document, FILE, "/v1/notifications")
    text = str(caught.value)
    assert len(text.splitlines()) <= 10, text
    assert text.startswith(FILE + ": ") and "remedy: " in text
    return text


# -- 2. base path --------------------------------------------------------------------------------
def test_the_base_path_of_the_only_live_server_moves_into_the_paths() -> None:
    document = doc(["https://api-m.paypal.com/v1/notifications/"], ("/webhooks", "/webhooks/{id}"))
    shapes.place_base_path(document, FILE, "/v1/notifications")
    assert list(document["paths"]) == [
        "/v1/notifications/webhooks",
        "/v1/notifications/webhooks/{id}",
    ]
    assert document["servers"] == [{"url": "https://api-m.paypal.com"}]


def test_paths_that_already_carry_the_base_path_are_left_as_they_are() -> None:
    document = doc(
        ["https://api-m.sandbox.paypal.com", "https://api-m.paypal.com"],
        ("/v1/notifications/webhooks",),
    )
    before = copy.deepcopy(document)
    shapes.place_base_path(document, FILE, "/v1/notifications")
    assert document == before


def test_a_lost_base_path_is_named_never_silently_dropped() -> None:
    """The issue's case: 16 operations would have moved to /webhooks; now normalize stops."""
    text = error_of(doc(["https://api-m.paypal.com"], ("/webhooks", "/webhooks-lookup")))
    assert "/paths/~1webhooks, /paths/~1webhooks-lookup" in text
    assert "outside the API's base path '/v1/notifications'" in text


def test_servers_that_disagree_on_the_base_path_are_named() -> None:
    text = error_of(
        doc(["https://api-m.sandbox.paypal.com/v1/notifications", "https://api-m.paypal.com"])
    )
    assert "/servers/0/url, /servers/1/url" in text
    assert "disagree on the base path" in text and "'/v1/notifications'" in text


@pytest.mark.parametrize(
    "url", ["/v1/notifications", "api-m.paypal.com/v1", "https://{host}/v1/notifications", ""]
)
def test_a_relative_or_odd_server_url_is_named(url: str) -> None:
    text = error_of(doc([url]))
    assert "/servers/0/url" in text and repr(url) in text


def test_a_base_path_in_both_places_is_named() -> None:
    text = error_of(doc(["https://api-m.paypal.com/v1/notifications"], ("/v1/notifications/x",)))
    assert "/paths/~1v1~1notifications~1x" in text and "doubled" in text


def test_servers_on_a_path_are_named() -> None:
    document = doc(["https://api-m.paypal.com/v1/notifications"])
    document["paths"]["/webhooks"]["get"]["servers"] = [{"url": "https://other.example/v2"}]
    text = error_of(document)
    assert "/paths/~1webhooks/get/servers" in text


def test_normalize_names_an_unplaceable_base_path_in_at_most_ten_lines(tmp_path: Path) -> None:
    webhooks = load(WEBHOOKS)
    webhooks["servers"] = [
        {"url": "https://api-m.sandbox.paypal.com/v1/notifications"},
        {"url": "https://api-m.paypal.com/v1"},
    ]
    source = tmp_path / "webhooks.json"
    source.write_text(json.dumps(webhooks), encoding="utf-8")
    output = tmp_path / "out.json"
    proc = subprocess.run(
        [sys.executable, str(SCRIPTS / "normalize"), "--webhooks", str(source),
         "--output", str(output)],
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert proc.returncode == 1 and not output.exists()
    lines = proc.stderr.strip().splitlines()
    assert 1 < len(lines) <= 10, proc.stderr
    assert str(source) in lines[0] and "/servers/0/url, /servers/1/url" in lines[0]
    assert "remedy:" in proc.stderr


# -- 6. {"type": "null"} in anyOf -----------------------------------------------------------------
def test_null_beside_an_inline_schema_becomes_nullable() -> None:
    document = {"s": {"description": "d", "anyOf": [{"type": "string"}, {"type": "null"}]}}
    shapes.null_to_nullable(document)
    assert document["s"] == {"description": "d", "type": "string", "nullable": True}


def test_null_beside_a_ref_keeps_the_ref_in_the_union() -> None:
    document = {"s": {"oneOf": [{"$ref": "#/components/schemas/v"}, {"type": "null"}]}}
    shapes.null_to_nullable(document)
    assert document["s"] == {"oneOf": [{"$ref": "#/components/schemas/v"}], "nullable": True}


def test_null_among_several_members_is_dropped_and_the_rest_kept() -> None:
    members = [{"type": "string"}, {"type": "null"}, {"type": "number"}]
    document = {"s": {"anyOf": members}}
    shapes.null_to_nullable(document)
    assert document["s"] == {"anyOf": [members[0], members[2]], "nullable": True}


def test_a_member_that_conflicts_with_its_parent_stays_in_the_union() -> None:
    document = {"s": {"type": "object", "anyOf": [{"type": "string"}, {"type": "null"}]}}
    shapes.null_to_nullable(document)
    assert document["s"] == {"type": "object", "anyOf": [{"type": "string"}], "nullable": True}


# -- 1. dereferenced documents -------------------------------------------------------------------
def test_a_dereferenced_file_is_bundled_back_as_its_reference() -> None:
    bundled = load(WEBHOOKS)
    api = shapes.APIS["webhooks"]
    again = shapes.canonicalize(dereferenced(bundled), FILE, api, reference=bundled)
    canonical = shapes.canonicalize(bundled, FILE, api)
    assert again["paths"] == canonical["paths"]
    for kind, section in again["components"].items():
        for key, value in section.items():
            assert value == canonical["components"][kind][key], (kind, key)
    # The error schemas no operation uses are not in a dereferenced file; all others are.
    gone = {
        k for k in canonical["components"]["schemas"] if k not in again["components"]["schemas"]
    }
    assert gone == {
        "error_details", "error_location", "error_link_description", "error_400", "error_401",
        "error_403", "error_404", "error_409", "error_415", "error_422", "error_500", "error_503",
    }  # fmt: skip


def test_an_annotation_beside_a_ref_is_kept_when_the_copy_carries_it() -> None:
    reference = {
        "openapi": "3.0.3",
        "paths": {
            "/v1/notifications/x": {
                "get": {
                    "responses": {
                        "200": {
                            "description": "ok",
                            "content": {
                                "application/json": {
                                    "schema": {
                                        "type": "object",
                                        "properties": {
                                            "a": {"$ref": "#/components/schemas/thing"},
                                            "b": {
                                                "$ref": "#/components/schemas/thing",
                                                "readOnly": True,
                                            },
                                        },
                                    }
                                }
                            },
                        }
                    }
                }
            }
        },
        "components": {
            "schemas": {
                "thing": {
                    "type": "object",
                    "title": "Thing",
                    "properties": {"v": {"type": "string"}},
                }
            }
        },
    }
    changed = dereferenced(
        {**reference, "components": {**reference["components"], "securitySchemes": {}}}
    )
    schema = changed["paths"]["/v1/notifications/x"]["get"]["responses"]["200"]["content"][
        "application/json"
    ]["schema"]
    schema["properties"]["c"] = {**schema["properties"]["a"], "description": "A new copy."}
    out = shapes.bundle(changed, FILE, reference)
    properties = out["paths"]["/v1/notifications/x"]["get"]["responses"]["200"]["content"][
        "application/json"
    ]["schema"]["properties"]
    ref = "#/components/schemas/thing"
    assert properties == {
        "a": {"$ref": ref},
        "b": {"$ref": ref, "readOnly": True},
        "c": {"$ref": ref, "description": "A new copy."},
    }
    assert out["components"]["schemas"]["thing"] == reference["components"]["schemas"]["thing"]


def test_without_a_reference_titled_objects_are_named_after_their_titles() -> None:
    error_a = {"type": "object", "title": "Error Details", "properties": {"x": {"type": "string"}}}
    error_b = {"type": "object", "title": "Error Details", "properties": {"y": {"type": "string"}}}
    document = {
        "openapi": "3.0.3",
        "paths": {
            "/v1/notifications/e": {
                "get": {
                    "responses": {
                        "400": {
                            "description": "e",
                            "content": {"application/json": {"schema": copy.deepcopy(error_a)}},
                        },
                        "404": {
                            "description": "e",
                            "content": {"application/json": {"schema": copy.deepcopy(error_b)}},
                        },
                        "500": {
                            "description": "e",
                            "content": {"application/json": {"schema": copy.deepcopy(error_a)}},
                        },
                    }
                }
            }
        },
    }
    first = shapes.bundle(copy.deepcopy(document), FILE, None)
    again = shapes.bundle(copy.deepcopy(document), FILE, None)
    assert first == again
    responses = first["paths"]["/v1/notifications/e"]["get"]["responses"]
    refs = [r["content"]["application/json"]["schema"]["$ref"] for r in responses.values()]
    assert refs == [
        "#/components/schemas/error_details",
        "#/components/schemas/error_details_2",
        "#/components/schemas/error_details",
    ]
    assert first["components"]["schemas"] == {"error_details": error_a, "error_details_2": error_b}


def test_a_bundled_name_already_taken_is_named_or_avoided() -> None:
    thing = {"type": "object", "title": "Thing", "properties": {"v": {"type": "string"}}}
    response = {"description": "ok", "content": {"application/json": {"schema": thing}}}
    document = {
        "openapi": "3.0.3",
        "paths": {"/v1/notifications/t": {"get": {"responses": {"200": response}}}},
        "components": {"schemas": {"thing": {"type": "string"}}},
    }
    # Named after its title, the copy avoids the name the document already uses.
    out = shapes.bundle(copy.deepcopy(document), FILE, None)
    assert out["components"]["schemas"] == {"thing": {"type": "string"}, "thing_2": thing}
    # Named after the reference, it cannot: the clash is reported.
    reference = {**document, "components": {"schemas": {"thing": thing}}}
    with pytest.raises(SpecError) as caught:
        shapes.bundle(copy.deepcopy(document), FILE, reference)
    assert "/components/schemas/thing" in str(caught.value) and "remedy:" in str(caught.value)


def test_canonicalize_leaves_its_input_alone_and_a_bundled_file_as_it_is() -> None:
    bundled = load(WEBHOOKS)
    before = copy.deepcopy(bundled)
    out = shapes.canonicalize(bundled, FILE, shapes.APIS["webhooks"])
    assert bundled == before
    assert out == before
    assert not shapes.is_dereferenced(bundled)
    assert shapes.is_dereferenced(dereferenced(bundled))


@pytest.mark.parametrize(
    ("source", "component"),
    [(V1, "invoice-item"), (V1, "merchant-info"), (WEBHOOKS, "event_type")],
)
def test_a_component_whose_content_changed_keeps_its_name(source: Path, component: str) -> None:
    """An earlier dereferenced version differs from the bundled reference: the changed
    component (and every one that contains it) is named after the component at the same
    place in the reference, and its own description is the one its plain copies show."""
    reference = load(source)
    changed = copy.deepcopy(reference)
    schema = changed["components"]["schemas"][component]
    schema["properties"]["added_later"] = {"type": "string", "description": "New."}
    schema["description"] = "Changed words."
    api = shapes.APIS["v1" if source == V1 else "webhooks"]
    want = shapes.canonicalize(changed, FILE, api)
    got = shapes.canonicalize(dereferenced(changed), FILE, api, reference=reference)
    assert got["paths"] == want["paths"]
    for kind, section in got["components"].items():
        assert set(section) <= set(want["components"][kind]), kind
        for key, value in section.items():
            assert value == want["components"][kind][key], (kind, key)
    assert got["components"]["schemas"][component]["description"] == "Changed words."


def test_a_changed_copy_met_first_leaves_the_name_to_the_unchanged_copies() -> None:
    reference = load(WEBHOOKS)
    document = dereferenced(reference)
    responses = document["paths"]["/v1/notifications/webhooks"]["post"]["responses"]
    changed = responses["201"]["content"]["application/json"]["schema"]  # the first webhook
    changed["properties"]["links"]["items"]["properties"]["extra"] = {"type": "string"}
    out = shapes.bundle(document, FILE, reference)
    schemas = out["components"]["schemas"]
    canonical = reference["components"]["schemas"]
    # Unchanged copies keep the reference's names and bodies; the changed ones get `_2`.
    assert schemas["link_description"] == canonical["link_description"]
    assert schemas["webhook"] == canonical["webhook"]
    assert schemas["link_description_2"]["properties"]["extra"] == {"type": "string"}
    assert schemas["webhook_2"]["properties"]["links"]["items"] == {
        "$ref": "#/components/schemas/link_description_2",
        "readOnly": True,
    }
    first = out["paths"]["/v1/notifications/webhooks"]["post"]["responses"]["201"]
    assert first["content"]["application/json"]["schema"] == {
        "$ref": "#/components/schemas/webhook_2"
    }
