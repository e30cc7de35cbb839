"""The resource client's generated files: what scripts/regenerate writes besides the package.

From the normalized spec (parsed by openapi-python-client, so names and types are the generated
package's) and the generated endpoint modules (their ``sync`` signatures, read with ``ast``),
this builds plain data and renders the templates of ``scripts/templates/resources/``:

- ``overlay/paypal_invoicing/resources/_api.py``: one class per resource (sync, async, raw);
- ``overlay/paypal_invoicing/resources/params.py``: a ``TypedDict`` per request model;
- ``api.md``: every method with its signature, HTTP method and path, request and answer types.

Method names follow one rule (the README states it): the operation's tag names the resource
(``v1_invoices`` is ``v1.invoices``, ``webhook_events`` is ``webhooks.events``); the verb of
the operationId is the method (``get`` becomes ``retrieve``), followed by what is left of its noun
once the leading words it shares with the resource's own are dropped
(``list_webhook_event_types`` on ``webhooks`` is ``list_event_types``,
``verify_webhook_signature`` on ``webhooks.events`` is ``verify_signature``); a payment or
refund of an invoice goes to the ``payments`` / ``refunds`` sub-resource (``record`` becomes
``create``); :data:`RENAMED` holds the two names PayPal's verbs do not give.
"""

from __future__ import annotations

import ast
import json
import re
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import jinja2

ROOT = Path(__file__).resolve().parent.parent
TEMPLATES = ROOT / "scripts" / "templates" / "resources"
CONFIG = ROOT / "generator-config.yml"
# Output file (relative to the repository root) -> template.
OUTPUTS = {
    "overlay/paypal_invoicing/resources/_api.py": "_api.py.jinja",
    "overlay/paypal_invoicing/resources/params.py": "params.py.jinja",
    "overlay/paypal_invoicing/resources/answers.py": "answers.py.jinja",
    "api.md": "api.md.jinja",
}
# Tag -> resource path on the client.
RESOURCES = {
    "invoices": ("invoices",),
    "templates": ("templates",),
    "v1_invoices": ("v1", "invoices"),
    "v1_templates": ("v1", "templates"),
    "webhooks": ("webhooks",),
    "webhook_events": ("webhooks", "events"),
    "webhook_lookups": ("webhooks", "lookups"),
}
VERBS = {"get": "retrieve", "record": "create"}
SUB_RESOURCES = {"payment": "payments", "refund": "refunds"}
# operationId (without v1_) -> method name, where the verb rule gives none.
RENAMED = {"generate_invoice_number": "generate_next_number", "generate_invoice_qr_code": "qr_code"}


class ResourceError(Exception):
    """The spec has an operation the naming rule cannot place, or two that collide."""


@dataclass
class Param:
    """One keyword of a method: an operation parameter, or a property of its body."""

    name: str
    type: str
    required: bool
    key: str | None = None  # the JSON name, for a body property
    enum: str | None = None  # the generated enum a string is turned into


@dataclass
class Method:
    """One operation as a method of a resource."""

    resource: tuple[str, ...]
    name: str
    tag: str
    module: str
    http: str
    path: str
    summary: str
    positional: list[tuple[str, str]]
    keywords: list[Param]
    body_model: str | None  # the model the keywords build, for an object body
    body_list: str | None  # the item model of an array body, taken as ``body``
    body_optional: bool
    returns: str
    detailed: str
    item: str | None  # the item type of a paged list
    png: bool = False  # the answer is a multipart body holding a PNG: the method returns bytes

    @property
    def body_params(self) -> list[Param]:
        return [p for p in self.keywords if p.key is not None]

    @property
    def call_params(self) -> list[Param]:
        return [p for p in self.keywords if p.key is None]


@dataclass
class TypedDictSpec:
    name: str
    model: str
    fields: list[tuple[str, str, bool]]  # (JSON key, type, required)

    @property
    def functional(self) -> bool:
        import keyword

        return any(not k.isidentifier() or keyword.iskeyword(k) for k, _, _ in self.fields)


@dataclass
class AnswerSpec:
    """A model as PayPal sends it: the fields it always sends typed as present."""

    name: str
    model: str
    fields: list[tuple[str, str]]  # (Python name, type)
    sent: list[str]  # the JSON names of x-paypal-always-sent


def answers(models: dict[str, Any]) -> dict[str, AnswerSpec]:
    """An answer class for each model with an ``x-paypal-always-sent`` field, and for each model
    holding one of those (so ``invoice.detail.invoice_number`` is typed as sent too)."""

    def sent(model: Any) -> list[str]:
        return list((model.data.model_extra or {}).get("x-paypal-always-sent") or [])

    def props(model: Any) -> list[Any]:
        return list(model.required_properties + model.optional_properties)

    for name, model in models.items():
        unknown = set(sent(model)) - {_text(p.name) for p in props(model)}
        if unknown:
            raise ResourceError(
                f"{name}: x-paypal-always-sent names {sorted(unknown)}, which it has no "
                "property for; remedy: list the schema's own JSON property names"
            )
    chosen = {name for name, model in models.items() if sent(model)}
    grown = True
    while grown:
        grown = False
        for name, model in models.items():
            types = " ".join(_text(p.get_type_string()) for p in props(model))
            if name not in chosen and chosen & set(re.findall(r"\b[A-Z]\w*", types)):
                chosen.add(name)
                grown = True
    found: dict[str, AnswerSpec] = {}
    for name in sorted(chosen):
        model = models[name]
        fields = []
        for prop in props(model):
            always = prop.required or _text(prop.name) in sent(model)
            declared = _text(prop.get_type_string())
            typed = _answer_type(_text(prop.get_type_string(no_optional=always)), chosen)
            if typed != declared:
                fields.append((prop.python_name, _builtin(typed)))
        found[name] = AnswerSpec(f"{name}Answer", name, fields, sent(model))
    return found


def _answer_type(type_: str, found: Any) -> str:
    """``type_`` with each model that has an answer class replaced by it."""
    return re.sub(r"\b[A-Z]\w*", lambda m: f"{m[0]}Answer" if m[0] in found else m[0], type_)


@dataclass
class Resource:
    path: tuple[str, ...]
    methods: list[Method] = field(default_factory=list)
    children: list[str] = field(default_factory=list)

    @property
    def cls(self) -> str:
        return "".join(part.title().replace("_", "") for part in self.path) or "Root"


def load(spec: Path) -> Any:
    """The generator's parse of ``spec`` (what :func:`render` reads beside the package)."""
    from openapi_python_client.config import Config, ConfigFile, MetaType
    from openapi_python_client.parser import GeneratorData

    config = Config.from_sources(
        ConfigFile.load_from_path(CONFIG), MetaType.NONE, spec, "utf-8", False, None
    )
    data = GeneratorData.from_dict(json.loads(spec.read_text(encoding="utf-8")), config=config)
    if not isinstance(data, GeneratorData):
        raise ResourceError(f"openapi-python-client cannot parse {spec}: {data}")
    return data


def _text(value: Any) -> str:
    if hasattr(value, "get_untrusted_value"):
        return str(value.get_untrusted_value())
    if hasattr(value, "as_unembedded_code"):
        return str(value.as_unembedded_code())
    return str(value)


class _Types:
    """Python type expressions for request values; collects the TypedDicts they name."""

    def __init__(self, models: dict[str, Any]) -> None:
        self.models = models
        self.typed_dicts: dict[str, TypedDictSpec] = {}
        self.enums: set[str] = set()
        self.classes: set[str] = set()

    def of(self, prop: Any, *, money: bool = False) -> str:
        kind = type(prop).__name__
        if kind == "ModelProperty":
            name = prop.class_info.name
            self.typed_dict(name)
            self.classes.add(name)
            return f"{name}Param | {name}"
        if kind == "ListProperty":
            return f"Sequence[{self.of(prop.inner_property)}]"
        if kind == "EnumProperty":
            name = prop.class_info.name
            self.enums.add(name)
            self.classes.add(name)
            values = ", ".join(json.dumps(_text(v)) for v in prop.values.values())
            return f"Literal[{values}] | {name}"
        if kind == "UnionProperty":
            parts: list[str] = []
            for inner in prop.inner_properties:
                for part in self.of(inner, money=money).split(" | "):
                    if part not in parts:
                        parts.append(part)
            return " | ".join(parts)
        if kind == "StringProperty":
            return "str | Decimal" if money else "str"
        simple = {"IntProperty": "int", "FloatProperty": "float", "BooleanProperty": "bool"}
        if kind in simple:
            return simple[kind]
        if kind == "AnyProperty":
            return "Any"
        raise ResourceError(f"no request type for a {kind} ({prop.name})")

    def typed_dict(self, name: str) -> None:
        if name in self.typed_dicts:
            return
        model = self.models[name]
        spec = TypedDictSpec(f"{name}Param", name, [])
        self.typed_dicts[name] = spec
        props = model.required_properties + model.optional_properties
        names = {p.python_name for p in props}
        is_money = "value" in names and bool({"currency_code", "currency"} & names)
        for prop in props:
            money = is_money and prop.python_name == "value"
            spec.fields.append((_text(prop.name), self.of(prop, money=money), prop.required))


def _builtin(type_: str) -> str:
    """A type expression that stays right inside a class with a ``list`` method."""
    return re.sub(r"(?<![\w.])list\[", "builtins.list[", type_)


def _signature(module_file: Path) -> tuple[list[tuple[str, str]], list[str], str, str]:
    """(positional (name, type), keyword names, return type, sync_detailed's return type)."""
    tree = ast.parse(module_file.read_text(encoding="utf-8"))
    functions = {n.name: n for n in tree.body if isinstance(n, ast.FunctionDef)}
    sync, detailed = functions["sync"], functions["sync_detailed"]
    positional = [(a.arg, ast.unparse(a.annotation)) for a in sync.args.args if a.annotation]
    keywords = [a.arg for a in sync.args.kwonlyargs]
    returns = ast.unparse(sync.returns) if sync.returns else "None"
    detailed_returns = ast.unparse(detailed.returns) if detailed.returns else "None"
    return positional, keywords, _builtin(returns), _builtin(detailed_returns)


def _place(tag: str, operation_id: str) -> tuple[tuple[str, ...], str]:
    """(resource path, method name) of an operation, by the naming rule."""
    if tag not in RESOURCES:
        raise ResourceError(f"operation {operation_id}: tag {tag!r} names no resource")
    path = RESOURCES[tag]
    name = operation_id.removeprefix("v1_")
    if name in RENAMED:
        return path, RENAMED[name]
    verb, _, noun = name.partition("_")
    singular = tag.removeprefix("v1_").rstrip("s")
    for sub, plural in SUB_RESOURCES.items():
        if noun == f"{singular}_{sub}":
            return (*path, plural), VERBS.get(verb, verb)
    own, words = singular.split("_"), noun.split("_")
    if words and words[-1] == own[-1] + "s":  # a plural: list_invoices
        words[-1] = own[-1]
    shared = 0
    while shared < min(len(own), len(words)) and own[shared] == words[shared]:
        shared += 1
    noun = "_".join(noun.split("_")[shared:])
    if not noun:
        return path, VERBS.get(verb, verb)
    return path, f"{VERBS.get(verb, verb)}_{noun}"


def method_path(endpoint: Any) -> tuple[str, str]:
    return _text(endpoint.method).lower(), _text(endpoint.path)


def _multipart(spec: Any, where: tuple[str, str]) -> bool:
    """Whether the operation's success answer is ``multipart/mixed`` (the v2 QR code)."""
    method, path = where
    answers = spec["paths"][path][method]["responses"]
    return any(
        "multipart/mixed" in answer.get("content", {})
        for code, answer in answers.items()
        if code.startswith("2")
    )


def _paged() -> dict[str, tuple[str, ...]]:
    from paypal_invoicing.pagination import PAGED_OPERATIONS

    return {
        key.removeprefix("paypal_invoicing_client.api."): (op.items,)
        for key, op in PAGED_OPERATIONS.items()
    }


def collect(
    data: Any, spec: Path, package: Path
) -> tuple[list[Resource], list[TypedDictSpec], set[str], set[str], list[AnswerSpec]]:
    """The resources, their methods and the TypedDicts, from the spec (``data``: its
    :func:`load`) and the generated package."""
    raw = json.loads(spec.read_text(encoding="utf-8"))
    models = {m.class_info.name: m for m in data.models}
    types = _Types(models)
    sent = answers(models)
    paged = _paged()
    resources: dict[tuple[str, ...], Resource] = {(): Resource(())}
    for tag, collection in sorted(data.endpoint_collections_by_tag.items()):
        for endpoint in collection.endpoints:
            op_id = endpoint.name
            where, name = _place(str(tag), op_id)
            module = f"{tag}.{op_id}"
            positional, keywords, returns, detailed = _signature(
                package / "api" / tag / f"{op_id}.py"
            )
            params: list[Param] = []
            body_model = body_list = None
            body_optional = False
            by_name = {p.python_name: p for p in endpoint.list_all_parameters()}
            for key in keywords:
                if key in ("client",):
                    continue
                if key == "body":
                    body = endpoint.bodies[0].prop
                    body_optional = not body.required
                    if type(body).__name__ == "ModelProperty":
                        body_model = body.class_info.name
                        types.typed_dict(body_model)
                        types.classes.add(body_model)
                        for fk, ft, req in types.typed_dicts[body_model].fields:
                            if any(fk == name for name, _ in positional):
                                continue  # the path names it (v1 template_id): not twice
                            prop = next(
                                p
                                for p in models[body_model].required_properties
                                + models[body_model].optional_properties
                                if _text(p.name) == fk
                            )
                            params.append(Param(prop.python_name, ft, req, key=fk))
                    else:
                        body_list = body.inner_property.class_info.name
                        params.append(Param("body", types.of(body), body.required))
                    continue
                prop = by_name[key]
                enum = prop.class_info.name if type(prop).__name__ == "EnumProperty" else None
                params.append(Param(key, types.of(prop), False, enum=enum))
            taken = [p.name for p in params] + [name for name, _ in positional]
            if len(set(taken)) != len(taken):
                raise ResourceError(f"{op_id}: a body property and a parameter share a name")
            item = None
            if module in paged:
                answer = models[returns.split(" | ")[0]]
                attr = paged[module][0]
                listed = next(
                    p
                    for p in answer.required_properties + answer.optional_properties
                    if p.python_name == attr
                )
                item = listed.inner_property.class_info.name
                types.classes.add(item)
            for word in re.findall(r"[A-Za-z_][\w.]*", detailed):
                if word[0].isupper() and word not in ("None", "Response"):
                    types.classes.add(word)
            method = Method(
                resource=where,
                name=name,
                tag=str(tag),
                module=module,
                http=_text(endpoint.method).upper(),
                path=_text(endpoint.path),
                summary=_text(endpoint.summary) if endpoint.summary else op_id,
                positional=[(n, t) for n, t in positional],
                keywords=sorted(params, key=lambda p: not p.required),
                body_model=body_model,
                body_list=body_list,
                body_optional=body_optional,
                returns="bytes"
                if _multipart(raw, method_path(endpoint))
                else _answer_type(returns, sent),
                detailed=detailed,
                item=item and _answer_type(item, sent),
                png=_multipart(raw, method_path(endpoint)),
            )
            for depth in range(1, len(where) + 1):
                node = resources.setdefault(where[:depth], Resource(where[:depth]))
                parent = resources[where[: depth - 1]]
                if where[depth - 1] not in parent.children:
                    parent.children.append(where[depth - 1])
            node = resources[where]
            if any(m.name == name for m in node.methods):
                raise ResourceError(f"{op_id}: {'.'.join(where)}.{name} is taken already")
            node.methods.append(method)
    ordered = sorted(resources.values(), key=lambda r: (-len(r.path), r.path))
    dicts = sorted(types.typed_dicts.values(), key=lambda t: t.name)
    runtime = {m.body_model or m.body_list for r in ordered for m in r.methods} - {None}
    runtime |= {p.enum for r in ordered for m in r.methods for p in m.keywords if p.enum}
    return ordered, dicts, types.classes, {n for n in runtime if n}, list(sent.values())


# The repository's ruff settings, given here so that the output does not depend on where it is
# generated (scripts/regenerate --check runs in copies too).
RUFF = [
    "--isolated",
    "--line-length=100",
    "--target-version=py311",
    "--config=lint.isort.known-first-party=['paypal_invoicing','paypal_invoicing_client','tests']",
]


def _ruff(paths: list[Path]) -> None:
    bindir = Path(sys.executable).parent
    for args in (["check", "--fix-only", "--quiet", "--select=I,F401,UP"], ["format", "--quiet"]):
        subprocess.run(
            [str(bindir / "ruff"), *args, *RUFF, *map(str, paths)],
            cwd=ROOT,
            check=True,
            capture_output=True,
        )


def render(data: Any, spec: Path, package: Path, into: Path) -> list[str]:
    """Write every output below ``into`` (same relative paths) from ``spec`` (``data``: its
    :func:`load`) and the generated ``package``; return those paths."""
    resources, dicts, classes, runtime, sent = collect(data, spec, package)
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(TEMPLATES)),
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        undefined=jinja2.StrictUndefined,
    )
    methods = [m for r in resources for m in r.methods]
    written = []
    for relative, template in OUTPUTS.items():
        target = into / relative
        target.parent.mkdir(parents=True, exist_ok=True)
        text = env.get_template(template).render(
            resources=resources,
            typed_dicts=dicts,
            classes=sorted(classes),
            runtime=sorted(runtime),
            typing_only=sorted(classes - runtime),
            answers=sent,
            answer_imports=sorted(
                {
                    word
                    for a in sent
                    for word in re.findall(
                        r"\b[A-Z]\w*", " ".join([a.model, *(t for _, t in a.fields)])
                    )
                    if not word.endswith("Answer") and word not in ("Unset", "Any")
                }
            ),
            answer_names=sorted(a.name for a in sent),
            methods=sorted(methods, key=lambda m: (m.resource, m.name)),
        )
        target.write_text(text, encoding="utf-8")
        written.append(relative)
    _ruff([into / relative for relative in written if relative.endswith(".py")])
    return written
