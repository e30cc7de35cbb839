"""The normalizer's logic: load, check, rename, merge and prune OpenAPI documents.

Everything here is pure data manipulation on JSON-like dicts; `scripts/normalize` is the
command around it. Errors carry the file and the JSON pointer of the fault.
"""

from __future__ import annotations

import copy
import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from _names import NamePins

Json = dict[str, Any]

HTTP_METHODS = ("get", "put", "post", "delete", "patch", "head", "options", "trace")
COMPONENT_KINDS = ("schemas", "parameters", "requestBodies", "responses", "headers", "examples")
V1_PREFIX = "v1_"
VERSION_FILE = Path(__file__).resolve().parent.parent / "overlay/paypal_invoicing/_version.py"
NAMES_FILE = Path(__file__).resolve().parent.parent / "spec/names.yaml"
SPECLIB = "scripts/_speclib.py"

V1_SOURCE_LICENSE = {
    "name": "Apache-2.0",
    "url": "https://www.apache.org/licenses/LICENSE-2.0",
    "x-source": "paypal/paypal-rest-api-specifications openapi/invoicing_v1.json"
    " (commit ec4d8f36); see spec/v1/NOTICE",
}
V1_DATE_NOTE = (
    "PayPal's v1 dates carry a time-zone name (for example `2014-02-27 PST`), so they are "
    "kept as text."
)


# What PayPal's v1 service really sends or accepts, where its published v1 file says otherwise.
# Each correction names PayPal's own component or path (before renaming) and what it changes.
V1_PHONE_REF = {"$ref": "#/components/schemas/phone"}
V1_MIXED_CASE_NOTE = "PayPal also sends these in mixed case (for example `Hours`)."
V1_MIXED_CASE_UNITS = ["Quantity", "Hours", "Amount"]
V1_ITEM_UNIT = "/components/schemas/invoice-item/properties/unit_of_measure"
V1_TEMPLATE_UNIT = "/components/schemas/template/properties/unit_of_measure"
V1_CORRECTIONS: tuple[tuple[str, str, str, Any], ...] = (
    # (kind, JSON pointer inside the v1 document, action, value)
    # 1. Error bodies often carry no information_link.
    ("required", "/components/schemas/error", "set", ["name", "message"]),
    # 2. record-payment and record-refund answer 204 with an empty body.
    (
        "response",
        "/paths/~1v1~1invoicing~1invoices~1{invoice_id}~1record-payment/post/responses",
        "204",
        "The payment was recorded: HTTP `204 No Content`, no body (what PayPal sends).",
    ),
    (
        "response",
        "/paths/~1v1~1invoicing~1invoices~1{invoice_id}~1record-refund/post/responses",
        "204",
        "The refund was recorded: HTTP `204 No Content`, no body (what PayPal sends).",
    ),
    # 3. An address can be only a phone, template addresses can lack country_code, and the
    #    phone inside an address is an object.
    ("required", "/components/schemas/address", "set", []),
    ("property", "/components/schemas/address", "phone", V1_PHONE_REF),
    # 3b. Template data from a template list can lack merchant_info (PayPal's Node SDK fixture
    #     of a v1 template list has template_data without it).
    ("required", "/components/schemas/template-data", "set", []),
    # 4. Shipping info carries phone and email, invoices a referrer code; units come in mixed
    #    case; amounts were accepted as JSON numbers.
    ("property", "/components/schemas/shipping-info", "phone", V1_PHONE_REF),
    (
        "property",
        "/components/schemas/shipping-info",
        "email",
        {"type": "string", "format": "email", "maxLength": 260},
    ),
    (
        "property",
        "/components/schemas/invoice",
        "referrer_code",
        {"type": "string", "description": "The partner's referrer code (BN code)."},
    ),
    ("note", V1_ITEM_UNIT, "", V1_MIXED_CASE_NOTE),
    ("enum", V1_ITEM_UNIT, "", V1_MIXED_CASE_UNITS),
    ("note", V1_TEMPLATE_UNIT, "", V1_MIXED_CASE_NOTE),
    ("enum", V1_TEMPLATE_UNIT, "", V1_MIXED_CASE_UNITS),
    (
        "property",
        "/components/schemas/currency",
        "value",
        {
            "description": (
                'The amount, as a decimal string (`"10.00"`); PayPal also accepts a JSON number.'
            ),
            "anyOf": [{"type": "string"}, {"type": "number"}],
        },
    ),
)


class SpecError(Exception):
    """A fault in an input spec, located by file and JSON pointer, with what to do about it."""

    def __init__(self, file: str, pointer: str, message: str, remedy: str | None = None) -> None:
        self.file = file
        self.pointer = pointer
        self.message = message
        self.remedy = remedy or default_remedy(file)
        where = f"{file}: {pointer}: " if pointer else f"{file}: "
        super().__init__(f"{where}{message}\nremedy: {self.remedy}")


def default_remedy(file: str) -> str:
    """What to do about a fault in `file`, when the fault says nothing more precise."""
    if file.endswith("names.yaml"):
        return (
            f"fix that entry of {file} (`<PayPal's name>: {{python: <Python name>}}`), or rewrite"
            " the file with scripts/normalize --update-names"
        )
    if "(normalized)" in file or file.endswith(".py"):
        return "the normalizer wrote something invalid: fix scripts/_speclib.py"
    if file.endswith((".yaml", ".yml")):
        return f"fix {file} at that pointer (the hand-written spec), then run scripts/regenerate"
    return (
        f"if {file} is PayPal's file as published, teach the normalizer this shape"
        " (scripts/_speclib.py) and leave the file as it is; if not, put PayPal's file back"
    )


def pointer_of(parts: Iterator[Any] | list[Any] | tuple[Any, ...]) -> str:
    """Build an RFC 6901 JSON pointer from path parts."""
    return "".join("/" + str(p).replace("~", "~0").replace("/", "~1") for p in parts)


def load_document(path: Path) -> Json:
    """Read a JSON or YAML spec; syntax errors name the file, line and column."""
    name = str(path)
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise SpecError(name, "", f"cannot read: {exc.strerror}") from None
    if path.suffix == ".json":
        try:
            doc = json.loads(text)
        except json.JSONDecodeError as exc:
            raise SpecError(
                name, "", f"invalid JSON at line {exc.lineno}, column {exc.colno}: {exc.msg}"
            ) from None
    else:
        import yaml

        try:
            # libyaml's loader when PyYAML has it (5x faster), the same data either way.
            doc = yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
        except yaml.YAMLError as exc:
            mark = getattr(exc, "problem_mark", None)
            where = f" at line {mark.line + 1}, column {mark.column + 1}" if mark else ""
            problem = getattr(exc, "problem", None) or str(exc)
            raise SpecError(name, "", f"invalid YAML{where}: {problem}") from None
    if not isinstance(doc, dict):
        raise SpecError(name, "", "the document must be an object")
    return doc


def validate(doc: Json, name: str) -> None:
    """Check a document against OpenAPI 3.0; report the first fault by JSON pointer."""
    from openapi_spec_validator import OpenAPIV30SpecValidator

    try:
        errors = sorted(
            OpenAPIV30SpecValidator(doc).iter_errors(),
            key=lambda e: (len(e.absolute_path), pointer_of(list(e.absolute_path))),
        )
    except Exception as exc:  # the validator raises, rather than reports, on some faults
        summary = str(exc).splitlines()[0][:300] if str(exc) else type(exc).__name__
        raise SpecError(name, "", f"invalid OpenAPI: {summary}") from None
    if errors:
        err = errors[0]
        raise SpecError(
            name, pointer_of(list(err.absolute_path)), f"invalid OpenAPI: {err.message}"
        )


def walk(node: Any, path: tuple[Any, ...] = ()) -> Iterator[tuple[tuple[Any, ...], Any]]:
    """Yield (path, node) for every node of a JSON tree, depth first, in key order."""
    yield path, node
    if isinstance(node, dict):
        for key, value in node.items():
            yield from walk(value, (*path, key))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from walk(value, (*path, index))


def check_refs(doc: Json, name: str) -> None:
    """Every local `$ref` must point at something in the document."""
    for path, node in walk(doc):
        if not isinstance(node, dict) or "$ref" not in node:
            continue
        ref = node["$ref"]
        if not isinstance(ref, str) or not ref.startswith("#/"):
            raise SpecError(name, pointer_of(path), f"unsupported $ref {ref!r}: only local refs")
        target: Any = doc
        for part in ref[2:].split("/"):
            part = part.replace("~1", "/").replace("~0", "~")
            if not isinstance(target, dict) or part not in target:
                raise SpecError(name, pointer_of(path), f"$ref {ref!r} points at nothing")
            target = target[part]


# Values that are data, not parts of the document: never rewritten.
DATA_KEYS = frozenset({"example", "examples", "enum", "default", "const"})
# Beside a `$ref`, OpenAPI 3.0 ignores every key; these change what the value means.
REF_MEANING_KEYS = ("readOnly", "writeOnly", "nullable", "deprecated")
DEPRECATED_NOTE = "Deprecated: PayPal marks the whole {api} API deprecated."


def document_objects(node: Any) -> Iterator[Json]:
    """Every object of an OpenAPI document, depth first; example, enum and default data left out.

    Property names are names, not keywords: a property called `default` is still walked.
    """
    if isinstance(node, dict):
        yield node
        for key, value in node.items():
            if key in ("properties", "patternProperties") and isinstance(value, dict):
                for sub in value.values():
                    yield from document_objects(sub)
            elif key not in DATA_KEYS and not str(key).startswith("x-"):
                yield from document_objects(value)
    elif isinstance(node, list):
        for value in node:
            yield from document_objects(value)


def readable_upstream(doc: Json) -> None:
    """Make a PayPal file say what it means to the generator, in place.

    - HTML descriptions become Markdown-like text (the generated docstrings);
    - schema `title`s go: Python names come from spec/names.yaml, never from PayPal's titles;
    - `readOnly` (and the like) beside a `$ref`, which OpenAPI 3.0 ignores, is kept by
      wrapping the reference in `allOf`.
    """
    from _text import readable

    for obj in document_objects(doc):
        for key in ("description", "summary"):
            if isinstance(obj.get(key), str):
                obj[key] = readable(obj[key])
        if obj is not doc.get("info") and isinstance(obj.get("title"), str):
            del obj["title"]
        if "$ref" in obj and any(k in obj for k in REF_MEANING_KEYS):
            obj["allOf"] = [{"$ref": obj.pop("$ref")}]


def deprecate_operations(doc: Json, api: str) -> None:
    """Mark every operation deprecated (PayPal's top-level `deprecated: true`) and say so in words.

    The generator writes no marker of its own for `deprecated`, so the operation's description,
    which becomes the generated functions' docstring, starts with the notice.
    """
    note = DEPRECATED_NOTE.format(api=api)
    for _, _, op in operations(doc):
        op["deprecated"] = True
        op["description"] = f"{note}\n\n{op.get('description', '')}".strip()


def operations(doc: Json) -> Iterator[tuple[str, str, Json]]:
    """Yield (path, method, operation) for every operation."""
    for path, item in doc.get("paths", {}).items():
        for method in HTTP_METHODS:
            if method in item:
                yield path, method, item[method]


def snake(text: str) -> str:
    """`record-payment` / `merchant-info` / `getAll` -> snake_case."""
    text = re.sub(r"([a-z0-9])([A-Z])", r"\1_\2", text)
    return re.sub(r"[^0-9a-zA-Z]+", "_", text).strip("_").lower()


def v1_operation_id(original: str) -> str:
    """PayPal's v1 `invoice.schedule` -> `v1_schedule_invoice` (proposed for a new operation)."""
    resource, _, action = original.partition(".")
    if not action:
        return V1_PREFIX + snake(original)
    return f"{V1_PREFIX}{snake(action)}_{snake(resource)}"


def rename_components(doc: Json, rename: dict[str, dict[str, str]]) -> None:
    """Rename components (kind -> old -> new) and rewrite every `$ref` to them."""
    components = doc.get("components", {})
    for kind, names in rename.items():
        section = components.get(kind, {})
        components[kind] = {names.get(k, k): v for k, v in section.items()}
    refs = {
        f"#/components/{kind}/{old}": f"#/components/{kind}/{new}"
        for kind, names in rename.items()
        for old, new in names.items()
    }
    for _, node in walk(doc):
        if isinstance(node, dict) and isinstance(node.get("$ref"), str):
            node["$ref"] = refs.get(node["$ref"], node["$ref"])


def _target(doc: Json, pointer: str) -> Json | None:
    """The object at an RFC 6901 pointer, or None."""
    node: Any = doc
    for part in pointer.lstrip("/").split("/"):
        part = part.replace("~1", "/").replace("~0", "~")
        if not isinstance(node, dict) or part not in node:
            return None
        node = node[part]
    return node if isinstance(node, dict) else None


def correction_lines() -> list[int]:
    """The line in this file where each entry of V1_CORRECTIONS starts."""
    import ast

    tree = ast.parse(Path(__file__).read_text(encoding="utf-8"))
    for node in tree.body:
        if (
            isinstance(node, ast.AnnAssign)
            and isinstance(node.target, ast.Name)
            and node.target.id == "V1_CORRECTIONS"
            and isinstance(node.value, ast.Tuple)
        ):
            return [element.lineno for element in node.value.elts]
    return [0] * len(V1_CORRECTIONS)  # pragma: no cover - the table is defined above


def _satisfied(kind: str, target: Json, key: str, value: Any) -> bool:
    """Whether PayPal's file already says what a correction would make it say."""
    from _names import shape_hash

    if kind == "required":
        return sorted(target.get("required", [])) == sorted(value)
    if kind == "property":
        current = target.get("properties", {}).get(key)
        return current is not None and shape_hash(current, {}) == shape_hash(value, {})
    if kind == "response":
        return key in target
    if kind == "note":
        return value in str(target.get("description", ""))
    if kind == "enum":
        known = target.get("enum", [])
        members = {str(v).upper() for v in known}
        return all(v in known for v in value) and len(members) == len(known)
    raise SpecError(SPECLIB, "", f"unknown correction kind {kind!r}")  # pragma: no cover


def _apply(kind: str, target: Json, key: str, value: Any) -> None:
    """Make one correction."""
    if kind == "required":
        if value:
            target["required"] = list(value)
        else:
            target.pop("required", None)
    elif kind == "property":
        properties = target.setdefault("properties", {})
        new = copy.deepcopy(value)
        words = properties.get(key, {}).get("description")
        if words and "$ref" not in new:  # PayPal's words stay, ours follow
            new["description"] = (
                f"{words}\n\n{new['description']}" if "description" in new else words
            )
        properties[key] = new
    elif kind == "response":
        target[key] = {"description": value}
    elif kind == "note":
        target["description"] = (target.get("description", "") + "\n\n" + value).strip()
    elif kind == "enum":
        # New values get member names of their own: `Hours` would collide with `HOURS`.
        target["enum"] = [*target.get("enum", []), *(v for v in value if v not in target["enum"])]
        members: list[str] = []
        for item in target["enum"]:
            member = str(item).upper()
            members.append(f"{member}_MIXED_CASE" if member in members else member)
        target["x-enum-varnames"] = members


def _follow(pointer: str, aliases: dict[str, str]) -> str:
    """A pointer into a component PayPal renamed, moved to the component's current name."""
    for former, current in aliases.items():
        if pointer == former or pointer.startswith(former + "/"):
            return current + pointer[len(former) :]
    return pointer


def correct_v1(doc: Json, name: str, aliases: dict[str, str] | None = None) -> list[str]:
    """Apply V1_CORRECTIONS: make the v1 spec say what PayPal's v1 service sends and accepts.

    A correction names a component as PayPal first did; `aliases` (spec/names.yaml's `was:`
    records) lead it, and a `$ref` in its value, to the component's current name.
    Every correction whose target is gone is reported at once (pointer, line of the correction,
    what to do); a correction PayPal's file already satisfies is skipped and returned as a note.
    """
    lines = correction_lines()
    missing: dict[str, list[int]] = {}
    notes: list[str] = []
    aliases = aliases or {}
    for line, (kind, written, key, value) in zip(lines, V1_CORRECTIONS, strict=True):
        pointer = _follow(written, aliases)
        if isinstance(value, dict) and "$ref" in value:
            value = {**value, "$ref": "#" + _follow(value["$ref"][1:], aliases)}
        target = _target(doc, pointer)
        if target is None:
            missing.setdefault(pointer, []).append(line)
        elif _satisfied(kind, target, key, value):
            what = f"{kind} {key}".strip()
            notes.append(
                f"{SPECLIB}:{line}: the v1 correction ({what}) at #{pointer} is no longer needed:"
                f" {name} already says so; remove it from V1_CORRECTIONS"
            )
        else:
            _apply(kind, target, key, value)
    if missing:
        count = sum(map(len, missing.values()))
        entries = [
            f"  #{pointer} ({SPECLIB}:{', '.join(map(str, at))})" for pointer, at in missing.items()
        ]
        if len(entries) > 6:  # the message stays within ten lines, every target named
            rest = ", ".join(e.strip() for e in entries[5:])
            entries = [*entries[:5], f"  and {len(entries) - 5} more: {rest}"]
        raise SpecError(
            name,
            "",
            (f"{count} v1 corrections point" if count > 1 else "a v1 correction points")
            + " at nothing in this file (PayPal moved or removed what they correct):\n"
            + "\n".join(entries),
            "find each target's new place in the file and update its pointer in V1_CORRECTIONS"
            f" ({SPECLIB}, the line shown), or remove the correction if PayPal now sends what"
            " its file says",
        )
    return notes


def require_operation_ids(doc: Json, name: str) -> None:
    """Every operation of a PayPal file has an operationId: its Python name is pinned by it."""
    for path, method, op in operations(doc):
        original = op.get("operationId")
        if not isinstance(original, str) or not original:
            raise SpecError(
                name,
                pointer_of(("paths", path, method)),
                "operation without an operationId: PayPal's files name every operation;"
                " check that this is the file PayPal publishes",
            )


def apply_names(doc: Json, components: dict[str, dict[str, str]], ops: dict[str, str]) -> None:
    """Give components and operations their pinned Python names (`<tag>.<function>` for an op)."""
    rename_components(doc, components)
    for _, _, op in operations(doc):
        tag, _, function = ops[op["operationId"]].rpartition(".")
        op["operationId"] = function
        op["tags"] = [tag] if tag else op.get("tags", [])


def v1_default_name(kind: str, key: str, node: Any) -> str:
    """The Python name `--update-names` proposes for a new v1 name."""
    if kind != "operations":
        return V1_PREFIX + snake(key)
    path, _ = node
    tag = "v1_templates" if path.startswith("/v1/invoicing/templates") else "v1_invoices"
    return f"{tag}.{v1_operation_id(key)}"


# `x-paging`, on the success answer of each paged operation, tells paypal_invoicing.pagination
# (through the generated module's PAGING) how it pages: `items`, the key of the answer's list;
# `total`, the key of its total count, if any; `page`, where `page` / `page_size` go (`query`,
# or `body` fields), absent when one answer holds the whole list; `start_index`, true when
# `page` is the index of the first item rather than a 1-based page number (v1). The v2 spec
# states it itself; PayPal's v1 file does not, so the normalizer writes it here.
V1_PAGING: dict[str, Json] = {
    "v1_list_invoices": {
        "items": "invoices",
        "total": "total_count",
        "page": "query",
        "start_index": True,
    },
    "v1_search_invoices": {
        "items": "invoices",
        "total": "total_count",
        "page": "body",
        "start_index": True,
    },
    "v1_list_templates": {"items": "templates"},
}


def mark_paging(doc: Json, name: str, paging: dict[str, Json]) -> None:
    """Write `x-paging` on the 200 answer of each operation of `paging` (by Python name); an
    operation gone or without a 200 answer is an error, never a silently unpaged list."""
    found = {op.get("operationId"): (path, method, op) for path, method, op in operations(doc)}
    for op_id, marker in paging.items():
        if op_id not in found:
            raise SpecError(name, "/paths", f"the paged operation {op_id} is gone")
        path, method, op = found[op_id]
        answer = op.get("responses", {}).get("200")
        if not isinstance(answer, dict) or "$ref" in answer:
            pointer = pointer_of(("paths", path, method, "responses", "200"))
            raise SpecError(name, pointer, f"{op_id} has no inline 200 answer to mark x-paging")
        answer["x-paging"] = dict(marker)


def prepare_v1(v1: Json, name: str, pins: NamePins) -> Json:
    """Fix what keeps PayPal's v1 file from being valid, correct it, then name it as pinned."""
    doc = copy.deepcopy(v1)
    # PayPal marks the whole v1 document deprecated with a key OpenAPI does not allow there.
    deprecated = bool(doc.pop("deprecated", False))
    check_refs(doc, name)
    require_operation_ids(doc, name)
    components, ops = pins.assign("v1", doc, name, v1_default_name)
    readable_upstream(doc)
    pins.notes.extend(correct_v1(doc, name, pins.aliases("v1")))
    validate(doc, name)
    if deprecated:
        deprecate_operations(doc, "Invoicing v1")
    apply_names(doc, components, ops)
    mark_paging(doc, name, V1_PAGING)
    for _, node in walk(doc.get("components", {})):
        if (
            isinstance(node, dict)
            and node.get("type") == "string"
            and node.get("format")
            in (
                "date",
                "date-time",
            )
        ):
            node["x-paypal-format"] = node.pop("format")
            node["description"] = (node.get("description", "") + " " + V1_DATE_NOTE).strip()
    return doc


def prepare_v2(v2: Json, name: str) -> Json:
    """Check the hand-written v2 spec; its operationIds and tags are used as written."""
    doc = copy.deepcopy(v2)
    check_refs(doc, name)
    validate(doc, name)
    for path, method, op in operations(doc):
        op_id = op.get("operationId")
        if not isinstance(op_id, str) or op_id != snake(op_id):
            raise SpecError(
                name,
                pointer_of(("paths", path, method, "operationId")),
                "operationId must be snake_case",
            )
    return doc


def merge(v1: Json, v2: Json, v1_name: str, v2_name: str) -> Json:
    """Union of paths and components; one OAuth2 scheme carrying every scope."""
    merged: Json = {
        "openapi": "3.0.3",
        "info": {
            "title": "PayPal Invoicing",
            "description": (
                "PayPal's Invoicing API: v2, and the deprecated v1 under `v1_` names. "
                "Merged from PayPal's v1 JSON and the hand-written v2 spec by scripts/normalize."
            ),
            "version": package_version(),
            "x-source-versions": {
                "v1": str(v1.get("info", {}).get("version", "")),
                "v2": str(v2.get("info", {}).get("version", "")),
            },
            "x-source-licenses": {"v1": V1_SOURCE_LICENSE},
        },
        "servers": v2.get("servers") or v1.get("servers", []),
        "tags": [],
        "paths": {},
        "components": {kind: {} for kind in COMPONENT_KINDS},
    }
    for source, name in ((v2, v2_name), (v1, v1_name)):
        for path, item in source.get("paths", {}).items():
            if path in merged["paths"]:
                raise SpecError(name, pointer_of(("paths", path)), "path defined by both specs")
            merged["paths"][path] = item
        for kind in COMPONENT_KINDS:
            for key, value in source.get("components", {}).get(kind, {}).items():
                if key in merged["components"][kind]:
                    raise SpecError(
                        name, pointer_of(("components", kind, key)), "name defined by both specs"
                    )
                merged["components"][kind][key] = value
        merged["tags"] += source.get("tags", [])
    v1_tags = {"invoices": "v1_invoices", "templates": "v1_templates"}
    v1_described = [
        {**t, "name": v1_tags[t["name"]]} for t in v1.get("tags", []) if t.get("name") in v1_tags
    ]
    merged["tags"] = _unique_tags(merged["tags"] + v1_described, merged)
    merged["components"]["securitySchemes"] = _merge_security(merged, (v2, v1))
    return merged


def _unique_tags(tags: list[Json], doc: Json) -> list[Json]:
    used = {t for _, _, op in operations(doc) for t in op.get("tags", [])}
    seen: dict[str, Json] = {}
    for tag in tags:
        if tag["name"] in used and tag["name"] not in seen:
            seen[tag["name"]] = tag
    for name in sorted(used - seen.keys()):
        seen[name] = {"name": name}
    return sorted(seen.values(), key=lambda t: str(t["name"]))


def _merge_security(merged: Json, sources: tuple[Json, ...]) -> Json:
    """Fold every OAuth2 client-credentials scheme into one `Oauth2` scheme."""
    scopes: dict[str, str] = {}
    token_url = "/v1/oauth2/token"
    oauth_names: set[str] = set()
    for source in sources:
        for scheme_name, scheme in source.get("components", {}).get("securitySchemes", {}).items():
            flow = scheme.get("flows", {}).get("clientCredentials")
            if scheme.get("type") == "oauth2" and flow:
                oauth_names.add(scheme_name)
                scopes.update(flow.get("scopes", {}))
                token_url = flow.get("tokenUrl", token_url)
    for _, _, op in operations(merged):
        for requirement in op.get("security", []):
            for scheme_name in list(requirement):
                if scheme_name in oauth_names and scheme_name != "Oauth2":
                    requirement["Oauth2"] = requirement.pop(scheme_name)
    return {
        "Oauth2": {
            "type": "oauth2",
            "description": "OAuth 2.0 client credentials: a Bearer token from /v1/oauth2/token.",
            "flows": {
                "clientCredentials": {"tokenUrl": token_url, "scopes": dict(sorted(scopes.items()))}
            },
        }
    }


def prune(doc: Json) -> list[str]:
    """Drop components nothing reachable from the paths refers to; return what was dropped."""
    components = doc["components"]
    reached: set[str] = set()
    pending = [
        node["$ref"] for _, node in walk(doc["paths"]) if isinstance(node, dict) and "$ref" in node
    ]
    while pending:
        ref = pending.pop()
        if ref in reached:
            continue
        reached.add(ref)
        _, _, kind, key = ref.split("/", 3)
        target = components.get(kind, {}).get(key)
        pending.extend(n["$ref"] for _, n in walk(target) if isinstance(n, dict) and "$ref" in n)
    dropped = []
    for kind in COMPONENT_KINDS:
        for key in list(components.get(kind, {})):
            if f"#/components/{kind}/{key}" not in reached:
                del components[kind][key]
                dropped.append(f"{kind}/{key}")
        if not components.get(kind):
            components.pop(kind, None)
    return dropped


def unique_titles(doc: Json) -> None:
    """Two schemas with one `title` would become one class: suffix the later ones' pointers."""
    seen: set[str] = set()
    for key, schema in sorted(doc["components"].get("schemas", {}).items()):
        for path, node in _schema_nodes(schema, (key,)):
            title = node.get("title")
            if isinstance(title, str):
                if title in seen:
                    node["title"] = f"{title} ({pointer_of(path).lstrip('/')})"
                seen.add(node["title"])


def _schema_nodes(node: Any, path: tuple[Any, ...]) -> Iterator[tuple[tuple[Any, ...], Json]]:
    """Every schema object inside a schema; example, enum and default values are data."""
    if not isinstance(node, dict):
        return
    yield path, node
    for key, value in node.items():
        if key in ("properties", "patternProperties"):
            for name, sub in value.items():
                yield from _schema_nodes(sub, (*path, key, name))
        elif key in ("items", "additionalProperties", "not"):
            yield from _schema_nodes(value, (*path, key))
        elif key in ("allOf", "anyOf", "oneOf"):
            for index, sub in enumerate(value):
                yield from _schema_nodes(sub, (*path, key, index))


def package_version() -> str:
    """The package version, read from overlay/paypal_invoicing/_version.py."""
    match = re.search(r'__version__\s*=\s*"([^"]+)"', VERSION_FILE.read_text(encoding="utf-8"))
    if not match:
        raise SpecError(str(VERSION_FILE), "", "no __version__ found")
    return match.group(1)


def check_class_names(sources: list[tuple[str, str, Json]], pins: NamePins) -> None:
    """No two schemas of the three specs may become one generated class (or module)."""
    from openapi_python_client.strings import ClassName

    seen: dict[str, tuple[str, str, str]] = {}
    for api, file, doc in sources:
        for key in doc.get("components", {}).get("schemas", {}):
            class_name = str(ClassName(key, ""))
            upstream = pins.upstream(api, "schemas", key) if api != "v2" else key
            here = (api, file, "#" + pointer_of(("components", "schemas", upstream)))
            if class_name in seen:
                other = seen[class_name]
                raise SpecError(
                    file,
                    here[2],
                    f"two schemas would both become class `{class_name}`: {other[2]} ({other[0]},"
                    f" {other[1]}) and {here[2]} ({api}, {file})",
                    f"give PayPal's one another Python name in {pins.file} (its `python:` entry"
                    " under `schemas`), then run scripts/regenerate",
                )
            seen[class_name] = here


def normalize(
    v1: Json,
    v2: Json,
    *,
    v1_name: str,
    v2_name: str,
    webhooks: Json | None = None,
    webhooks_name: str = "webhooks",
    pins: NamePins | None = None,
) -> Json:
    """The whole pipeline: prepare each input, merge, prune, de-duplicate titles, validate.

    Python names of PayPal's components and operations come from `pins` (spec/names.yaml).
    """
    if pins is None:
        from _names import NamePins

        pins = NamePins(NAMES_FILE)
    from _shapes import canonicalize_inputs

    v1, webhooks = canonicalize_inputs(v1, v1_name, webhooks, webhooks_name)
    v1_doc = prepare_v1(v1, v1_name, pins)
    v2_doc = prepare_v2(v2, v2_name)
    sources = [("v1", v1_name, v1_doc), ("v2", v2_name, v2_doc)]
    webhooks_doc = None
    if webhooks is not None:
        from _webhookspec import prepare_webhooks

        webhooks_doc = prepare_webhooks(webhooks, webhooks_name, pins)
        sources.append(("webhooks", webhooks_name, webhooks_doc))
    check_class_names(sources, pins)
    merged = merge(v1_doc, v2_doc, v1_name, v2_name)
    if webhooks_doc is not None:
        from _webhookspec import add_webhooks

        add_webhooks(merged, webhooks_doc, webhooks_name)
    prune(merged)
    unique_titles(merged)
    validate(merged, "spec/openapi.json (normalized)")
    return merged


def dump_spec(doc: Json) -> bytes:
    """Serialize deterministically: sorted keys, two-space indent, UTF-8, final newline."""
    return (json.dumps(doc, indent=2, sort_keys=True, ensure_ascii=False) + "\n").encode("utf-8")
