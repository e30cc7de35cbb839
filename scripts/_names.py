"""Python names that do not move: spec/names.yaml pins every PayPal name to a Python name.

Each component of PayPal's files (per API: `v1`, `webhooks`; v2 is ours and uses its own keys)
and each operation has an entry:

    schemas:
      error_details-2: {python: webhooks_error_details_2, shape: 5f0c9e1b2a7d}
    operations:
      webhooks.list: {python: webhooks.list_webhooks, shape: GET /v1/notifications/webhooks}

`python` is the component's key in spec/openapi.json (the generated module; its class is the
PascalCase of it) or, for an operation, `<tag>.<function>` (the module
`paypal_invoicing_client.api.<tag>.<function>`). `shape` is what the entry is recognized by when
PayPal renames it: a hash of the component's content (its words left out) or the operation's
method and path. A name PayPal adds gets a Python name only through `--update-names`, which
writes the new entries into the file for review; a renamed component whose content is the same
keeps its Python name, and its former names are kept under `was:` so that a correction written
for one of them (V1_CORRECTIONS) follows the rename.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

from _speclib import COMPONENT_KINDS, SpecError, operations, pointer_of

Json = dict[str, Any]
ROOT = Path(__file__).resolve().parent.parent
KINDS = (*COMPONENT_KINDS, "operations")
# Keys that are words, not structure: a change to them is no change of shape.
WORDS = frozenset({"description", "summary", "title", "example", "examples", "externalDocs"})
HEADER = """\
# Python names of PayPal's components and operations: spec/names.yaml (see scripts/_names.py).
# python: the component's key in spec/openapi.json (the generated module; the class is its
#         PascalCase), or <tag>.<function> for an operation (paypal_invoicing_client.api.<tag>).
# shape:  how a renamed entry is recognized: a hash of the content, or the method and path.
# A new PayPal name is pinned only by `scripts/normalize --update-names`; review what it writes.
"""
REMEDY = (
    "run `scripts/normalize --update-names` to pin them (a renamed component with the"
    " same content keeps its Python name), then review and commit {file}"
)
SHOWN = 5

DefaultName = Callable[[str, str, Json], str]


def load_pins(path: Path) -> Json:
    """Read spec/names.yaml; a missing file is an empty one (every name then needs a pin)."""
    import yaml

    if not path.exists():
        return {}
    try:
        loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml's when present
        data = yaml.load(path.read_text(encoding="utf-8"), Loader=loader) or {}
    except yaml.YAMLError as exc:
        raise SpecError(str(path), "", f"invalid YAML: {exc}") from None
    if not isinstance(data, dict):
        raise SpecError(str(path), "", "the pin file must map each API to its names")
    return data


def dump_pins(pins: Json) -> str:
    """The pin file's text: sorted, one line per name, the same bytes for the same pins."""
    import yaml

    tidy = {
        api: {
            kind: dict(sorted(names.items())) for kind, names in sorted(sections.items()) if names
        }
        for api, sections in sorted(pins.items())
    }
    body = yaml.safe_dump(
        tidy, sort_keys=True, default_flow_style=None, width=200, allow_unicode=True
    )
    return HEADER + body


def _shape(node: Any, refs: dict[str, str]) -> Any:
    """A component's structure: words left out, references by the Python name they point at."""
    if isinstance(node, list):
        return [_shape(value, refs) for value in node]
    if not isinstance(node, dict):
        return node
    out: Json = {}
    for key, value in node.items():
        if key == "$ref":
            out[key] = refs.get(value, "?")
        elif key in ("properties", "patternProperties") and isinstance(value, dict):
            out[key] = {name: _shape(sub, refs) for name, sub in value.items()}
        elif key in WORDS or str(key).startswith("x-"):
            continue
        else:
            out[key] = _shape(value, refs)
    return out


def shape_hash(node: Any, refs: dict[str, str]) -> str:
    """A short hash of a component's shape."""
    text = json.dumps(_shape(node, refs), sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:12]


class NamePins:
    """The pins of one run: look names up, report what has none, or (updating) add them."""

    def __init__(self, path: Path, *, update: bool = False) -> None:
        self.path = path
        self.file = str(path.relative_to(ROOT)) if path.is_relative_to(ROOT) else str(path)
        self.update = update
        self.pins = load_pins(path)
        self.changes: list[str] = []
        self.notes: list[str] = []
        self._check_unique()

    def _check_unique(self) -> None:
        seen: dict[tuple[str, str], str] = {}
        for api, sections in sorted(self.pins.items()):
            for kind, names in sorted((sections or {}).items()):
                if kind not in KINDS or not isinstance(names, dict):
                    raise SpecError(self.file, pointer_of((api, kind)), f"unknown section {kind!r}")
                for upstream, entry in sorted(names.items()):
                    python = entry.get("python") if isinstance(entry, dict) else None
                    where = pointer_of((api, kind, upstream))
                    if not isinstance(python, str) or not python:
                        raise SpecError(self.file, where, "an entry needs `python: <name>`")
                    key = (kind, python)
                    if key in seen:
                        raise SpecError(
                            self.file,
                            where,
                            f"`{python}` is pinned twice ({seen[key]} and {where}): two names"
                            " would become one Python name; give one of them another name",
                        )
                    seen[key] = where

    def assign(
        self,
        api: str,
        doc: Json,
        source: str,
        default: DefaultName,
    ) -> tuple[dict[str, dict[str, str]], dict[str, str]]:
        """Python names for every component (kind -> upstream -> python) and operation.

        `default(kind, upstream, node)` proposes a name for an entry with no pin (when updating).
        Without `update`, names with no pin stop the run, all of them listed.
        """
        sections = self.pins.setdefault(api, {})
        found = _entries(doc)
        refs = _refs(sections, found)
        shapes = {
            (kind, key): _entry_shape(kind, node, refs) for (kind, key), node in found.items()
        }
        missing = [(kind, key) for kind, key in sorted(found) if key not in sections.get(kind, {})]
        removed = {
            (kind, key): entry
            for kind, names in sections.items()
            for key, entry in names.items()
            if (kind, key) not in found
        }
        if missing and not self.update:
            lines = [
                f"  {_pointer(kind, key, found[(kind, key)])} (PayPal's `{key}`)"
                for kind, key in missing[:SHOWN]
            ]
            if len(missing) > SHOWN:
                lines.append(f"  ... and {len(missing) - SHOWN} more")
            raise SpecError(
                source,
                "",
                f"{len(missing)} PayPal name(s) have no Python name pinned in {self.file}:\n"
                + "\n".join(lines),
                REMEDY.format(file=self.file),
            )
        for kind, key in sorted(removed):
            self.notes.append(
                f"{self.file}: {api} {kind} `{key}` is pinned but not in {source} any more"
                + (
                    "; its pin is dropped"
                    if self.update
                    else " (scripts/normalize --update-names drops it)"
                )
            )
        if self.update:
            self._add(api, sections, found, missing, removed, default)
            refs = _refs(sections, found)
            shapes = {(k, n): _entry_shape(k, node, refs) for (k, n), node in found.items()}
        stale = [kn for kn, shape in shapes.items() if sections[kn[0]][kn[1]].get("shape") != shape]
        if stale and not self.update:
            self.notes.append(
                f"{self.file}: {len(stale)} {api} pin(s) record an older shape (PayPal changed"
                " the content); --update-names records the new one, so a later rename is matched"
            )
        for (kind, key), shape in shapes.items():
            sections[kind][key]["shape"] = shape
        components = {
            kind: {key: entry["python"] for key, entry in sections.get(kind, {}).items()}
            for kind in COMPONENT_KINDS
        }
        ops = {key: entry["python"] for key, entry in sections.get("operations", {}).items()}
        return components, ops

    def _add(
        self,
        api: str,
        sections: Json,
        found: dict[tuple[str, str], Any],
        missing: list[tuple[str, str]],
        removed: dict[tuple[str, str], Json],
        default: DefaultName,
    ) -> None:
        """Pin each missing name: a removed entry's Python name if the shape is the same, or new."""
        for kind, key in removed:
            del sections[kind][key]
        by_shape: dict[tuple[str, str], list[tuple[str, Json]]] = {}
        for (kind, key), entry in sorted(removed.items()):
            by_shape.setdefault((kind, str(entry.get("shape"))), []).append((key, entry))
        taken = {
            (kind, entry["python"]) for kind, names in sections.items() for entry in names.values()
        }
        # A renamed component may point at another renamed one: match until nothing more does.
        pending = list(missing)
        progress = True
        while progress:
            progress = False
            refs = _refs(sections, found)
            for kind, key in list(pending):
                shape = _entry_shape(kind, found[(kind, key)], refs)
                candidates = by_shape.get((kind, shape), [])
                space = kind  # one Python name space per kind of component
                if len(candidates) != 1 or (space, candidates[0][1]["python"]) in taken:
                    continue
                old, entry = candidates[0]
                python = entry["python"]
                self.changes.append(
                    f"{api} {kind}: `{key}` keeps `{python}` (renamed from `{old}`, same shape)"
                )
                taken.add((space, python))
                was = sorted({old, *_former(entry)} - {key})  # corrections follow it
                sections.setdefault(kind, {})[key] = {"python": python, "was": ", ".join(was)}
                pending.remove((kind, key))
                progress = True
        for kind, key in pending:
            space = kind
            python = _free(default(kind, key, found[(kind, key)]), space, taken)
            self.changes.append(f"{api} {kind}: `{key}` is new: `{python}`")
            taken.add((space, python))
            sections.setdefault(kind, {})[key] = {"python": python}

    def upstream(self, api: str, kind: str, python: str) -> str:
        """PayPal's name for a pinned Python name (the Python name if none is pinned)."""
        for key, entry in self.pins.get(api, {}).get(kind, {}).items():
            if entry.get("python") == python:
                return str(key)
        return python

    def aliases(self, api: str) -> dict[str, str]:
        """`/components/<kind>/<former name>` -> its current pointer, from the `was:` records."""
        return {
            pointer_of(("components", kind, former)): pointer_of(("components", kind, key))
            for kind, names in self.pins.get(api, {}).items()
            if kind != "operations"
            for key, entry in names.items()
            for former in _former(entry)
        }

    def write(self) -> None:
        """Write the pins (after an update) and say what changed."""
        self.path.write_text(dump_pins(self.pins), encoding="utf-8")


def _entries(doc: Json) -> dict[tuple[str, str], Any]:
    """(kind, PayPal's name) -> node for each component and operation of a document."""
    found: dict[tuple[str, str], Any] = {}
    for kind in COMPONENT_KINDS:
        for key, node in doc.get("components", {}).get(kind, {}).items():
            found[(kind, key)] = node
    for path, method, op in operations(doc):
        op_id = op.get("operationId")
        if isinstance(op_id, str) and op_id:
            found[("operations", op_id)] = (path, method)
    return found


def _refs(sections: Json, found: dict[tuple[str, str], Any]) -> dict[str, str]:
    """`#/components/<kind>/<PayPal's name>` -> its pinned Python name, for the pinned ones."""
    return {
        f"#/components/{kind}/{key}": sections[kind][key]["python"]
        for kind, key in found
        if kind != "operations" and key in sections.get(kind, {})
    }


def _entry_shape(kind: str, node: Any, refs: dict[str, str]) -> str:
    if kind == "operations":
        path, method = node
        return f"{method.upper()} {path}"
    return shape_hash(node, refs)


def _pointer(kind: str, key: str, node: Any) -> str:
    if kind == "operations":
        path, method = node
        return "#" + pointer_of(("paths", path, method, "operationId"))
    return "#" + pointer_of(("components", kind, key))


def _former(entry: Json) -> list[str]:
    """PayPal's former names of an entry (`was: a, b`: one line per entry in the file)."""
    return [name for name in str(entry.get("was", "")).split(", ") if name]


def _free(name: str, space: str, taken: set[tuple[str, str]]) -> str:
    """`name`, or `name_2`, `name_3`... if it is taken."""
    candidate, number = name, 1
    while (space, candidate) in taken:
        number += 1
        candidate = f"{name}_{number}"
    return candidate
