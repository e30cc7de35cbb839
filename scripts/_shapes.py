"""Canonical shapes: PayPal's files as published at different times, brought to one form.

PayPal has published the same API in several shapes (see shared specs/README.md). Before the
merge, `canonicalize` brings each of PayPal's input documents to the shape of its current
files, so that every shape normalizes the same way:

1. dereferenced (no `$ref`, every schema inline): bundled back into `components`, named after
   the committed bundled file of that API (by structure, then by place and title), or, when
   that file was just replaced by this one, by the shapes pinned in spec/names.yaml;
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

    key: str
    base_path: str
    bundled: Path


APIS = {
    "v1": Api("v1", "/v1/invoicing", ROOT / "spec/v1/invoicing_v1.json"),
    "webhooks": Api(
        "webhooks", "/v1/notifications", ROOT / "spec/webhooks/notifications_webhooks_v1.json"
    ),
}
NAMES = ROOT / "spec/names.yaml"


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
    """Every pass on a copy of `doc`. A dereferenced document is bundled against `reference`
    (default: the API's committed file, when it is bundled), else by the shapes pinned in
    spec/names.yaml (the committed file was just replaced by this one), else by titles."""
    doc = copy.deepcopy(doc)
    place_base_path(doc, name, api.base_path)
    if is_dereferenced(doc):
        if reference is None:
            reference = _committed(api.bundled)
        pinned = _pinned(api.key) if reference is None else {}
        if pinned:
            bundle_by_pins(doc, pinned)
        else:
            doc = bundle(doc, name, reference)
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
        everything: list[_Known] = []
        for kind in COMPONENT_KINDS:
            for key, value in components.get(kind, {}).items():
                try:
                    resolved = _resolve_all(value, components)
                except (RecursionError, KeyError):
                    continue  # a cycle or a dangling ref: no inline copy can match it
                if not isinstance(resolved, dict):
                    continue
                known = _Known(kind, key, resolved)
                everything.append(known)
                self.exact.setdefault((kind, _fingerprint(resolved)), known)
                self.loose.setdefault((kind, _loose(resolved)), []).append(known)
        self.used: dict[tuple[str, str], Json] = {}  # (kind, name) -> body from the document
        self.bodies: dict[tuple[str, str], Json] = {}
        # Components made for copies no reference component matches: (kind, shape without
        # annotations) -> names, and the annotations still taken from the reference.
        self.shapes: dict[tuple[str, str], list[str]] = {}
        self.guessed: dict[tuple[str, str], set[str]] = {}
        self.made: set[tuple[str, str]] = set()
        self.reserved: set[tuple[str, str]] = set()
        self.origin: dict[tuple[str, str], str] = {}  # a made component -> the name it varies
        self.titles: dict[str, list[str]] = {}  # a reference schema's title -> its names
        self.components_by_name: dict[tuple[str, str], _Known] = {}
        for known in everything:
            self.components_by_name[(known.kind, known.name)] = known
            if known.kind == "schemas":
                title = known.resolved.get("title")
                if isinstance(title, str):
                    self.titles.setdefault(title, []).append(known.name)

    def reserve(self, paths: Json) -> None:
        """Keep the names of reference components that have unchanged copies in `paths` for
        those copies: a changed copy met first must not take them."""
        present: set[str] = set()
        for _, node in walk(paths):
            if isinstance(node, dict):
                present.update((_fingerprint(node), _loose(node)))
        for known in self.components_by_name.values():
            if {_fingerprint(known.resolved), _loose(known.resolved)} & present:
                self.reserved.add((known.kind, known.name))

    def match(self, kind: str, node: Json, where: tuple[Any, ...] = ()) -> Json | None:
        """A `$ref` (with differing annotations beside it) for a copy of a component."""
        found = self.exact.get((kind, _fingerprint(node)))
        if found is not None and (kind, found.name) in self.made:
            return self._titled(kind, node, where)  # the name went to a changed copy first
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
        if best is None or (kind, best[1].name) in self.made:
            return self._titled(kind, node, where)
        _, known, extra = best
        self.used.setdefault((kind, known.name), known.resolved)
        return {"$ref": f"#/components/{kind}/{known.name}", **dict(sorted(extra.items()))}

    def _titled(self, kind: str, node: Json, where: tuple[Any, ...]) -> Json | None:
        """A copy that no reference component matches by structure (its content changed):
        named after the reference component at the same place, else (schemas) after the
        reference component with its title (the closest by property names when several have
        it), else after the title; `_2`, `_3` … for other shapes under one name. With a
        reference, a schema that is inline there stays inline; without one, every titled object
        becomes a component."""
        title = node.get("title")
        there = self._at(where)
        prefix = f"#/components/{kind}/"
        positional = None
        if isinstance(there, dict) and str(there.get("$ref", "")).startswith(prefix):
            positional = there["$ref"].removeprefix(prefix)
        known = self.components_by_name.get((kind, positional or ""))
        names: list[str] = []
        if known is None:
            positional = None
            if kind != "schemas" or not isinstance(title, str) or not snake(title):
                return None
            names = self.titles.get(title, [])
            if not names and (self.exact or node.get("type") != "object"):
                return None
        body, moved = node, set[str]()
        if known is not None and isinstance(there, dict):
            # Annotations written beside the $ref there belong to the place: they stay beside
            # it, and the component keeps its own (the reference's until a plain copy shows it).
            moved = set(there) & ANNOTATIONS
            body = {k: v for k, v in node.items() if k not in moved}
            body.update({k: known.resolved[k] for k in moved if k in known.resolved})
        extra = {k: node[k] for k in moved if k in node}
        key = self._same_shape(kind, body, settled=not moved)
        if key is None:
            if positional is not None:
                base = positional
            elif names:
                base = max(names, key=lambda n: self._closeness(kind, n, node))
            else:
                base = snake(str(title))
            taken = {name for used_kind, name in {*self.used, *self.reserved} if used_kind == kind}
            key, index = base, 1
            while key in taken:
                index += 1
                key = f"{base}_{index}"
            self.shapes.setdefault((kind, _loose(body)), []).append(key)
            self.made.add((kind, key))
            self.origin[(kind, key)] = base
            self.bodies[(kind, key)] = self.used[(kind, key)] = body
            if moved:
                self.guessed[(kind, key)] = moved
        else:
            other = self.bodies[(kind, key)]
            extra.update(
                {
                    k: body[k]
                    for k in ANNOTATIONS & set(body) - set(extra)
                    if other.get(k) != body[k]
                }
            )
        return {"$ref": f"{prefix}{key}", **dict(sorted(extra.items()))}

    def _same_shape(self, kind: str, body: Json, *, settled: bool) -> str | None:
        """The component already made for this shape (annotations aside), if any. A copy seen
        where no annotation sits beside the `$ref` (`settled`) shows the component's own
        annotations: they replace those taken from the reference."""
        for key in self.shapes.get((kind, _loose(body)), []):
            other = self.bodies[(kind, key)]
            guessed = self.guessed.get((kind, key), set())
            if settled and guessed:
                for annotation in guessed:
                    if annotation in body:
                        other[annotation] = body[annotation]
                    else:
                        other.pop(annotation, None)
                del self.guessed[(kind, key)]
            if set(other) & ANNOTATIONS <= set(body):
                return key
        return None

    def _at(self, path: tuple[Any, ...]) -> Any:
        """The reference's node at `path` (None where it has none)."""
        node: Any = self.reference
        for part in path:
            if isinstance(node, dict):
                node = node.get(part)
            elif isinstance(node, list) and isinstance(part, int) and part < len(node):
                node = node[part]
            else:
                return None
        return node

    def _closeness(self, kind: str, name: str, node: Json) -> tuple[int, bool]:
        """How well a reference component of `node`'s title fits it: shared property names,
        then whether the document uses that component at all."""
        known = self.components_by_name[(kind, name)].resolved.get("properties", {})
        shared = len(set(known) & set(node.get("properties", {})))
        return shared, (kind, name) in self.reserved

    def components(self) -> Json:
        """The bundled `components`: each used one, its own copies turned into `$ref`s too.

        Every body is bundled before any is written out: a copy met inside a later body may
        still settle an earlier body's annotations (see `_same_shape`)."""
        done: set[tuple[str, str]] = set()
        while len(done) < len(self.used):
            for key in [k for k in self.used if k not in done]:
                done.add(key)
                kind, component = key
                if key not in self.bodies:
                    self.bodies[key] = copy.deepcopy(self.used[key])
                where = ("components", kind, self.origin.get(key, component))
                self.inside(kind, self.bodies[key], where)
        out: Json = {}
        for (kind, component), body in self.bodies.items():
            if (kind, component) in self.used:
                out.setdefault(kind, {})[component] = copy.deepcopy(body)
        return {kind: dict(sorted(section.items())) for kind, section in sorted(out.items())}

    def inside(self, kind: str, node: Json, path: tuple[Any, ...]) -> Json:
        """Replace the copies of components below `node` (not `node` itself); `path` is where
        `node` sits, so that annotations the reference writes beside a `$ref` there are kept."""
        for container, key, child, child_kind, relative in list(_children(kind, node)):
            where = (*path, *relative)
            replaced = self.match(child_kind, child, where)
            if replaced is None:
                container[key] = self.inside(child_kind, child, where)
            else:
                container[key] = {**replaced, **self._siblings(where, replaced, child)}
        return node

    def _siblings(self, path: tuple[Any, ...], ref: Json, node: Json) -> Json:
        """What the reference writes beside the same `$ref` at the same place, where the
        dereferenced copy agrees (a copy cannot show an annotation equal to the target's)."""
        there = self._at(path)
        if not isinstance(there, dict) or there.get("$ref") != ref["$ref"]:
            return {}
        return {
            k: v for k, v in there.items() if k in ANNOTATIONS and k not in ref and node.get(k) == v
        }


Child = tuple[Any, Any, Any, str, tuple[Any, ...]]  # container, key, child, kind, relative path


def _objects(owner: Json, key: str, kind_of: str) -> Iterator[Child]:
    """The object-valued entries of `owner[key]`, each as a child of kind `kind_of`."""
    container = owner.get(key)
    if isinstance(container, dict):
        for name, value in container.items():
            if isinstance(value, dict):
                yield container, name, value, kind_of, (key, name)


def _schema_children(node: Json) -> Iterator[Child]:
    """The subschemas of a schema."""
    for key in ("properties", "patternProperties"):
        yield from _objects(node, key, "schemas")
    for key in SCHEMA_ONE:
        if isinstance(node.get(key), dict):
            yield node, key, node[key], "schemas", (key,)
    for key in SCHEMA_LISTS:
        for index, value in enumerate(node.get(key) or []):
            if isinstance(value, dict):
                yield node[key], index, value, "schemas", (key, index)


def _paths_children(node: Json) -> Iterator[Child]:
    """The children of every path item of `paths`."""
    for path, item in node.items():
        if isinstance(item, dict):
            for child in _children("pathItem", item):
                yield (*child[:4], (path, *child[4]))


def _operation_children(kind: str, node: Json) -> Iterator[Child]:
    """Parameters of a path item or operation; the operations of a path item; the request
    body and responses of an operation."""
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
    yield from _objects(node, "responses", "responses")


def _children(kind: str, node: Json) -> Iterator[Child]:
    """The component-shaped children of a node of `kind`, with where they sit below it."""
    if kind == "schemas":
        yield from _schema_children(node)
        return
    if kind == "paths":
        yield from _paths_children(node)
        return
    if kind in ("pathItem", "operation"):
        yield from _operation_children(kind, node)
        return
    if kind in ("parameters", "headers") and isinstance(node.get("schema"), dict):
        yield node, "schema", node["schema"], "schemas", ("schema",)
    if kind == "responses":
        yield from _objects(node, "headers", "headers")
    for media_type, media in (node.get("content") or {}).items():
        if isinstance(media, dict) and isinstance(media.get("schema"), dict):
            yield media, "schema", media["schema"], "schemas", ("content", media_type, "schema")


def _pinned(api: str) -> Json:
    """The pins of one API in spec/names.yaml: kind -> PayPal's name -> {python, shape}."""
    from _names import load_pins

    sections = load_pins(NAMES).get(api) or {}
    return sections if isinstance(sections, dict) else {}


def bundle_by_pins(doc: Json, pinned: Json) -> None:
    """Bundle a dereferenced document by the shapes pinned in spec/names.yaml, when no bundled
    file of the API is at hand (it was just replaced by this one): inner copies first, each
    copy whose shape (words aside) is a pinned component's becomes a `$ref` to PayPal's name
    for it. A copy with `readOnly` or another annotation written over it is matched without
    it; the component keeps the value most of its copies have, the others keep theirs beside
    the `$ref`. Copies of no pinned shape stay inline."""
    from _names import WORDS, shape_hash

    refs = {
        f"#/components/{kind}/{key}": entry["python"]
        for kind, names in pinned.items()
        if isinstance(names, dict)
        for key, entry in names.items()
        if isinstance(entry, dict) and isinstance(entry.get("python"), str)
    }
    shapes: dict[tuple[str, str], str] = {}
    for kind, names in sorted(pinned.items()):
        for key, entry in sorted((names or {}).items()):
            if isinstance(entry, dict) and isinstance(entry.get("shape"), str):
                shapes.setdefault((kind, entry["shape"]), key)
    words = ANNOTATIONS & WORDS
    copies: dict[tuple[str, str], list[tuple[Json, Json]]] = {}  # -> [(the $ref, the copy)]
    shaped: dict[tuple[str, str], Json] = {}  # a copy whose annotations are in the shape

    def visit(kind: str, node: Json) -> Json | None:
        for container, key, child, child_kind, _ in list(_children(kind, node)):
            replaced = visit(child_kind, child)
            if replaced is not None:
                container[key] = replaced
        found = shapes.get((kind, shape_hash(node, refs)))
        ref: Json = {}
        if found is not None:
            shaped.setdefault((kind, found), node)
        else:
            plain = {k: v for k, v in node.items() if k not in ANNOTATIONS}
            found = shapes.get((kind, shape_hash(plain, refs)))
            # What the shape lacks was written beside the $ref (`readOnly`): it stays there.
            ref = {k: node[k] for k in sorted(set(node) & ANNOTATIONS - words)}
        if found is None:
            return None
        ref = {"$ref": f"#/components/{kind}/{found}", **ref}
        copies.setdefault((kind, found), []).append((ref, node))
        return ref

    for path_item in doc.get("paths", {}).values():
        if isinstance(path_item, dict):
            visit("pathItem", path_item)
    components = doc.setdefault("components", {})
    for (kind, key), found in sorted(copies.items()):
        nodes = [node for _, node in found]
        model = shaped.get((kind, key), {})
        body = {k: v for k, v in nodes[0].items() if k not in ANNOTATIONS}
        body.update({k: model[k] for k in sorted(set(model) & ANNOTATIONS - words)})
        for word in sorted(words):
            values = [_fingerprint(n[word]) for n in nodes if word in n]
            if values and len(values) == len(nodes):  # every copy has it: the component's own
                body[word] = json.loads(max(values, key=values.count))
        components.setdefault(kind, {})[key] = body
        for ref, node in found:
            for word in sorted(words & set(node)):
                if _fingerprint(node[word]) != _fingerprint(body.get(word)):
                    ref[word] = node[word]


def bundle(doc: Json, name: str, reference: Json | None) -> Json:
    """Bundle a dereferenced document: every inline copy of a component becomes a `$ref`.

    Components are named after the reference (a bundled version of the same API) where an
    inline schema, parameter, request body or response matches one of its components by
    structure; other object schemas with a title are named after the title. Names are
    deterministic: the same document and reference always give the same components.
    """
    bundler = _Bundler(name, reference)
    bundler.reserve(doc.get("paths", {}))
    existing_components = doc.get("components", {})
    for kind in COMPONENT_KINDS:
        for key, body in existing_components.get(kind, {}).items():
            bundler.reserved.add((kind, key))
            if isinstance(body, dict):
                bundler.inside(kind, body, ("components", kind, key))
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
