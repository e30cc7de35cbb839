"""Canonical shapes: PayPal's files as published at different times, brought to one form.

PayPal has published the same API in several shapes (see shared specs/README.md). Before the
merge, `canonicalize` brings each of PayPal's input documents to the shape of its current
files, so that every shape normalizes the same way:

1. dereferenced (no `$ref`, every schema inline): bundled back into `components`;
2. the base path in `servers` (`https://api-m.paypal.com/v1/invoicing` + `/invoices`): moved
   into the paths, and the paths checked to lie under the API's base path;
3. (error responses as a `oneOf` union need no rewriting: the templates render any union);
6. `{"type": "null"}` inside `anyOf`/`oneOf` (not OpenAPI 3.0): read as `nullable`.

A shape that cannot be brought to the canonical form stops normalize with a `SpecError` that
names the file, the JSON pointer(s), the cause and the remedy.
"""

from __future__ import annotations

import copy
import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from _speclib import COMPONENT_KINDS, SpecError, pointer_of, snake, walk

Json = dict[str, Any]
ROOT = Path(__file__).resolve().parent.parent


@dataclass(frozen=True)
class Api:
    """What is known of one of PayPal's APIs: its base path and its committed bundled file."""

    base_path: str
    bundled: Path


APIS = {
    "v1": Api("/v1/invoicing", ROOT / "spec/v1/invoicing_v1.json"),
    "webhooks": Api("/v1/notifications", ROOT / "spec/webhooks/notifications_webhooks_v1.json"),
}


def failure(name: str, pointers: list[str], cause: str, remedy: str) -> SpecError:
    """A SpecError of at most a few lines: file, pointer(s), cause, remedy."""
    shown = ", ".join(pointers[:4]) + (
        f" (and {len(pointers) - 4} more)" if len(pointers) > 4 else ""
    )
    return SpecError(name, shown, f"{cause}\n  remedy: {remedy}")


def canonicalize_inputs(
    v1: Json, v1_name: str, webhooks: Json | None, webhooks_name: str
) -> tuple[Json, Json | None]:
    """Bring PayPal's v1 and webhooks documents to canonical shape (copies; inputs untouched)."""
    out_v1 = canonicalize(v1, v1_name, APIS["v1"])
    out_webhooks = (
        None if webhooks is None else canonicalize(webhooks, webhooks_name, APIS["webhooks"])
    )
    return out_v1, out_webhooks


def canonicalize(doc: Json, name: str, api: Api, reference: Json | None = None) -> Json:
    """Every pass on a copy of `doc`. `reference` (default: the API's committed file) names
    the components of a dereferenced document."""
    doc = copy.deepcopy(doc)
    if is_dereferenced(doc):
        if reference is None:
            reference = _committed(api.bundled)
        doc = bundle(doc, name, reference)
    place_base_path(doc, name, api.base_path)
    null_to_nullable(doc)
    return doc


# -- 2. base path ---------------------------------------------------------------------------
def place_base_path(doc: Json, name: str, expected: str) -> None:
    """Move the base path of `servers` into the paths; check every path lies under `expected`."""
    servers = doc.get("servers") or []
    bases: dict[str, str] = {}
    origins: list[str] = []
    for index, server in enumerate(servers):
        pointer = pointer_of(("servers", index, "url"))
        url = server.get("url") if isinstance(server, dict) else None
        parts = urlsplit(url) if isinstance(url, str) else None
        if (
            parts is None
            or parts.scheme not in ("http", "https")
            or not parts.netloc
            or parts.query
            or parts.fragment
            or "{" in str(url)
        ):
            raise failure(
                name,
                [pointer],
                f"server URL {url!r} is not an absolute http(s) URL without variables, so its "
                "base path cannot be placed in the paths",
                "write each server as https://host or https://host/base/path",
            )
        bases[pointer] = parts.path.rstrip("/")
        origins.append(f"{parts.scheme}://{parts.netloc}")
    if len(set(bases.values())) > 1:
        listed = "; ".join(f"{p} has {b or '/'!r}" for p, b in bases.items())
        raise failure(
            name,
            list(bases),
            f"the servers disagree on the base path ({listed}), so the paths' URLs are unknown",
            "give every server the same base path, or none and put it in the paths",
        )
    for path, item in doc.get("paths", {}).items():
        for key, node in [("", item), *((m, op) for m, op in item.items() if isinstance(op, dict))]:
            if isinstance(node, dict) and "servers" in node:
                where = pointer_of(
                    ("paths", path, key, "servers") if key else ("paths", path, "servers")
                )
                raise failure(
                    name,
                    [where],
                    "servers on a path or operation: their base path cannot be placed",
                    "declare servers once at the top of the document",
                )
    base = next(iter(bases.values()), "")
    paths = doc.get("paths", {})
    if base:
        doubled = [p for p in paths if p == base or p.startswith(base + "/")]
        if doubled:
            raise failure(
                name,
                [pointer_of(("paths", p)) for p in doubled],
                f"the base path {base!r} is both in servers and in the paths (it would be doubled)",
                "keep the base path in one place: the servers or the paths",
            )
        doc["paths"] = {base + path: item for path, item in paths.items()}
        doc["servers"] = [
            {**server, "url": origin} for server, origin in zip(servers, origins, strict=True)
        ]
    outside = [
        p for p in doc.get("paths", {}) if not (p == expected or p.startswith(expected + "/"))
    ]
    if outside:
        raise failure(
            name,
            [pointer_of(("paths", p)) for p in outside],
            f"{len(outside)} path(s) lie outside the API's base path {expected!r}: the base path "
            "is missing (it is neither in servers nor in the paths)",
            f"put {expected!r} in the paths or in the server URLs (https://host{expected})",
        )


# -- 6. {"type": "null"} in a union ----------------------------------------------------------
def null_to_nullable(doc: Json) -> None:
    """`anyOf`/`oneOf` with `{"type": "null"}` -> the other members, `nullable: true`."""
    for _, node in list(walk(doc)):
        if not isinstance(node, dict):
            continue
        for key in ("anyOf", "oneOf"):
            members = node.get(key)
            if not isinstance(members, list) or not any(_is_null(m) for m in members):
                continue
            rest = [m for m in members if not _is_null(m)]
            if not rest:
                continue  # only null: nothing OpenAPI 3.0 can say; the validator reports it
            node["nullable"] = True
            single = rest[0] if len(rest) == 1 else None
            if (
                isinstance(single, dict)
                and "$ref" not in single
                and not set(single) & (set(node) - {key})
            ):
                del node[key]
                node.update(single)
            else:
                node[key] = rest


def _is_null(schema: Any) -> bool:
    return isinstance(schema, dict) and schema.get("type") == "null" and "$ref" not in schema


# -- 1. dereferenced documents ---------------------------------------------------------------
# Keys that may differ on a copy of a component without making it another component: in the
# bundled form they sit beside the `$ref` (PayPal writes `description` and `readOnly` there).
ANNOTATIONS = frozenset({"description", "readOnly", "writeOnly", "deprecated", "example"})
SCHEMA_LISTS = ("allOf", "anyOf", "oneOf")
SCHEMA_ONE = ("items", "additionalProperties", "not")


def is_dereferenced(doc: Json) -> bool:
    """No `$ref` anywhere, but paths: every schema is written inline."""
    has_paths = bool(doc.get("paths"))
    return has_paths and not any(isinstance(n, dict) and "$ref" in n for _, n in walk(doc))


def _committed(path: Path) -> Json | None:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return data if isinstance(data, dict) and not is_dereferenced(data) else None


def _fingerprint(node: Any) -> str:
    return json.dumps(node, sort_keys=True, separators=(",", ":"))


def _loose(node: Any) -> str:
    if isinstance(node, dict):
        node = {k: v for k, v in node.items() if k not in ANNOTATIONS}
    return _fingerprint(node)


def _resolve_all(node: Any, components: Json, seen: tuple[str, ...] = ()) -> Any:
    """`node` with every local `$ref` replaced by its target (siblings merged over it)."""
    if isinstance(node, list):
        return [_resolve_all(v, components, seen) for v in node]
    if not isinstance(node, dict):
        return node
    ref = node.get("$ref")
    if isinstance(ref, str) and ref.startswith("#/components/"):
        if ref in seen:
            raise RecursionError(ref)
        _, _, kind, key = ref.split("/", 3)
        target = components.get(kind, {}).get(key)
        if target is None:
            raise KeyError(ref)
        resolved = _resolve_all(target, components, (*seen, ref))
        siblings = {k: _resolve_all(v, components, seen) for k, v in node.items() if k != "$ref"}
        return {**resolved, **siblings} if isinstance(resolved, dict) else resolved
    return {k: _resolve_all(v, components, seen) for k, v in node.items()}


@dataclass
class _Known:
    """A reference component: its kind, name and fully resolved form."""

    kind: str
    name: str
    resolved: Json


class _Bundler:
    """Re-bundles a dereferenced document against the components of a bundled reference."""

    def __init__(self, name: str, reference: Json | None) -> None:
        self.name = name
        self.exact: dict[tuple[str, str], _Known] = {}
        self.loose: dict[tuple[str, str], list[_Known]] = {}
        self.reference: Json = reference or {}
        components = self.reference.get("components", {})
        for kind in COMPONENT_KINDS:
            for key, value in components.get(kind, {}).items():
                try:
                    resolved = _resolve_all(value, components)
                except (RecursionError, KeyError):
                    continue  # a cycle or a dangling ref: no inline copy can match it
                if not isinstance(resolved, dict):
                    continue
                known = _Known(kind, key, resolved)
                self.exact.setdefault((kind, _fingerprint(resolved)), known)
                self.loose.setdefault((kind, _loose(resolved)), []).append(known)
        self.used: dict[tuple[str, str], Json] = {}  # (kind, name) -> body from the document
        self.bodies: dict[tuple[str, str], Json] = {}
        self.titled: dict[str, str] = {}  # fingerprint of an unmatched titled object -> name

    def match(self, kind: str, node: Json) -> Json | None:
        """A `$ref` (with differing annotations beside it) for a copy of a component."""
        found = self.exact.get((kind, _fingerprint(node)))
        if found is not None:
            self.bodies.setdefault((kind, found.name), node)
            self.used.setdefault((kind, found.name), found.resolved)
            return {"$ref": f"#/components/{kind}/{found.name}"}
        candidates = self.loose.get((kind, _loose(node)), [])
        best: tuple[int, _Known, Json] | None = None
        for known in candidates:
            if not set(known.resolved) & ANNOTATIONS <= set(node):
                continue  # an annotation that a $ref sibling cannot take away
            extra = {
                k: node[k] for k in ANNOTATIONS & set(node) if known.resolved.get(k) != node[k]
            }
            if best is None or len(extra) < best[0]:
                best = (len(extra), known, extra)
        if best is None:
            return self._titled(node) if kind == "schemas" and not self.exact else None
        _, known, extra = best
        self.used.setdefault((kind, known.name), known.resolved)
        return {"$ref": f"#/components/{kind}/{known.name}", **dict(sorted(extra.items()))}

    def _titled(self, node: Json) -> Json | None:
        """An object schema with a title that no reference component matches: a component
        named after its title (`_2`, `_3` … for other schemas with the same title)."""
        title = node.get("title")
        if not isinstance(title, str) or node.get("type") != "object" or not snake(title):
            return None
        fingerprint = _fingerprint(node)
        if fingerprint not in self.titled:
            taken = set(self.titled.values())
            base, index = snake(title), 1
            key = base
            while key in taken:
                index += 1
                key = f"{base}_{index}"
            self.titled[fingerprint] = key
            self.bodies[("schemas", key)] = node
            self.used[("schemas", key)] = node
        return {"$ref": f"#/components/schemas/{self.titled[fingerprint]}"}

    def components(self) -> Json:
        """The bundled `components`: each used one, its own copies turned into `$ref`s too."""
        out: Json = {}
        done: set[tuple[str, str]] = set()
        while len(done) < len(self.used):
            for key in [k for k in self.used if k not in done]:
                done.add(key)
                kind, component = key
                body = copy.deepcopy(self.bodies.get(key, self.used[key]))
                where = ("components", kind, component)
                out.setdefault(kind, {})[component] = self.inside(kind, body, where)
        return {kind: dict(sorted(section.items())) for kind, section in sorted(out.items())}

    def inside(self, kind: str, node: Json, path: tuple[Any, ...]) -> Json:
        """Replace the copies of components below `node` (not `node` itself); `path` is where
        `node` sits, so that annotations the reference writes beside a `$ref` there are kept."""
        for container, key, child, child_kind, relative in list(_children(kind, node)):
            where = (*path, *relative)
            replaced = self.match(child_kind, child)
            if replaced is None:
                container[key] = self.inside(child_kind, child, where)
            else:
                container[key] = {**replaced, **self._siblings(where, replaced, child)}
        return node

    def _siblings(self, path: tuple[Any, ...], ref: Json, node: Json) -> Json:
        """What the reference writes beside the same `$ref` at the same place, where the
        dereferenced copy agrees (a copy cannot show an annotation equal to the target's)."""
        there: Any = self.reference
        for part in path:
            there = there.get(part) if isinstance(there, dict) else None
        if not isinstance(there, dict) or there.get("$ref") != ref["$ref"]:
            return {}
        return {
            k: v for k, v in there.items() if k in ANNOTATIONS and k not in ref and node.get(k) == v
        }


Child = tuple[Any, Any, Any, str, tuple[Any, ...]]  # container, key, child, kind, relative path


def _children(kind: str, node: Json) -> Iterator[Child]:
    """The component-shaped children of a node of `kind`, with where they sit below it."""

    def objects(owner: Json, key: str, kind_of: str) -> Iterator[Child]:
        container = owner.get(key)
        if isinstance(container, dict):
            for name, value in container.items():
                if isinstance(value, dict):
                    yield container, name, value, kind_of, (key, name)

    if kind == "schemas":
        for key in ("properties", "patternProperties"):
            yield from objects(node, key, "schemas")
        for key in SCHEMA_ONE:
            if isinstance(node.get(key), dict):
                yield node, key, node[key], "schemas", (key,)
        for key in SCHEMA_LISTS:
            for index, value in enumerate(node.get(key) or []):
                if isinstance(value, dict):
                    yield node[key], index, value, "schemas", (key, index)
        return
    if kind == "paths":
        for path, item in node.items():
            if isinstance(item, dict):
                for child in _children("pathItem", item):
                    yield (*child[:4], (path, *child[4]))
        return
    if kind in ("pathItem", "operation"):
        for index, value in enumerate(node.get("parameters") or []):
            if isinstance(value, dict):
                yield node["parameters"], index, value, "parameters", ("parameters", index)
        if kind == "pathItem":
            for method, value in node.items():
                if method != "parameters" and isinstance(value, dict) and "responses" in value:
                    for child in _children("operation", value):
                        yield (*child[:4], (method, *child[4]))
            return
        if isinstance(node.get("requestBody"), dict):
            yield node, "requestBody", node["requestBody"], "requestBodies", ("requestBody",)
        yield from objects(node, "responses", "responses")
        return
    if kind in ("parameters", "headers") and isinstance(node.get("schema"), dict):
        yield node, "schema", node["schema"], "schemas", ("schema",)
    if kind == "responses":
        yield from objects(node, "headers", "headers")
    for media_type, media in (node.get("content") or {}).items():
        if isinstance(media, dict) and isinstance(media.get("schema"), dict):
            yield media, "schema", media["schema"], "schemas", ("content", media_type, "schema")


def bundle(doc: Json, name: str, reference: Json | None) -> Json:
    """Bundle a dereferenced document: every inline copy of a component becomes a `$ref`.

    Components are named after the reference (a bundled version of the same API) where an
    inline schema, parameter, request body or response matches one of its components by
    structure; other object schemas with a title are named after the title. Names are
    deterministic: the same document and reference always give the same components.
    """
    bundler = _Bundler(name, reference)
    bundler.inside("paths", doc.get("paths", {}), ("paths",))
    found = bundler.components()
    components = doc.setdefault("components", {})
    for kind, section in found.items():
        existing = components.setdefault(kind, {})
        for key, value in section.items():
            if key in existing and existing[key] != value:
                raise failure(
                    name,
                    [pointer_of(("components", kind, key))],
                    f"bundling the dereferenced document needs the component name {key!r}, "
                    "which the document already uses for something else",
                    "publish the file bundled, or rename that component",
                )
            existing[key] = value
    return doc
