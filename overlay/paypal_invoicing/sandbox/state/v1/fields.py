"""Declarative field tables between v1 and v2 shapes, used in both directions.

A :class:`Table` lists :class:`Field` pairs: a v1 path and the v2 path holding the same value
(dotted, ``"."`` for the object itself, a number for a list index), with value converters each
way and, for nested objects, a nested table (``many`` for lists of them). :func:`to_v2` reads a
v1 body into v2, :func:`to_v1` writes a v2 body out as v1, and :func:`v1_field` names a v2 error
pointer (``/items/0/unit_amount/value``) in v1's terms (``items[0].unit_price.value``).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from itertools import pairwise
from typing import Any

Convert = Callable[[Any], Any]
_ABSENT: Any = object()


def same(value: Any) -> Any:
    """No conversion."""
    return value


@dataclass(frozen=True)
class Field:
    """One value present in both shapes.

    ``into``/``back`` convert the value v1 -> v2 and v2 -> v1 (returning ``None`` leaves the
    field out; an empty v2 object or list is written out as absent); ``default_in`` and
    ``default_out`` fill a field absent on that side;
    ``inbound``/``outbound`` false make the field one-way.
    """

    v1: str
    v2: str
    table: Table | None = None
    many: bool = False
    into: Convert = same
    back: Convert = same
    default_in: Any = _ABSENT
    default_out: Any = _ABSENT
    inbound: bool = True
    outbound: bool = True


@dataclass(frozen=True)
class Table:
    """The fields of one object, with hooks for what a pair of paths cannot say."""

    fields: tuple[Field, ...]
    after_in: Callable[[dict[str, Any], dict[str, Any]], None] | None = None
    after_out: Callable[[dict[str, Any], dict[str, Any]], None] | None = None
    extra: dict[str, Any] = field(default_factory=dict)


def _get(node: Any, path: str) -> Any:
    if path == ".":
        return node
    for part in path.split("."):
        if isinstance(node, list) and part.isdigit() and int(part) < len(node):
            node = node[int(part)]
        elif isinstance(node, dict) and part in node:
            node = node[part]
        else:
            return _ABSENT
    return node


def _set(node: dict[str, Any], path: str, value: Any) -> None:
    """Write ``value`` at ``path``, making the objects and lists on the way. Where something
    else already sits on the way (a v1 body sent a string for an object), nothing is written:
    the schema refuses what is there, naming it."""
    if path == ".":
        if isinstance(value, dict):
            node.update(value)
        return
    parts = path.split(".")
    here: Any = node
    for part, following in pairwise(parts):
        here = _step(here, part, [] if following.isdigit() else {})
        if here is None:
            return
    last = parts[-1]
    if isinstance(here, list) and last.isdigit():
        _step(here, last, None)
        here[int(last)] = value
    elif isinstance(here, dict) and not last.isdigit():
        here[last] = value


def _step(here: Any, part: str, empty: Any) -> Any:
    """The child ``part`` of ``here``, made from ``empty`` if missing; ``None`` on a clash."""
    if isinstance(here, list) and part.isdigit():
        while len(here) <= int(part):
            here.append({})
        child = here[int(part)]
    elif isinstance(here, dict) and not part.isdigit():
        child = here.setdefault(part, empty)
    else:
        return None
    return child if isinstance(child, dict | list) or empty is None else None


def _nested(table: Table | None, many: bool, value: Any, convert: Callable[..., Any]) -> Any:
    if table is None:
        return value
    if many:
        if not isinstance(value, list):
            return value  # left for the schema to refuse
        return [convert(table, v) if isinstance(v, dict) else v for v in value]
    return convert(table, value) if isinstance(value, dict) else value


def to_v2(table: Table, src: dict[str, Any]) -> dict[str, Any]:
    """The v2 form of the v1 object ``src`` (unknown v1 fields are dropped)."""
    out: dict[str, Any] = {}
    for f in table.fields:
        if not f.inbound:
            continue
        value = _get(src, f.v1)
        if value is _ABSENT:
            if f.default_in is _ABSENT:
                continue
            value = f.default_in
        else:
            value = f.into(_nested(f.table, f.many, value, to_v2))
        if value is not None:
            _set(out, f.v2, value)
    if table.after_in is not None:
        table.after_in(src, out)
    return out


def to_v1(table: Table, src: dict[str, Any]) -> dict[str, Any]:
    """The v1 form of the v2 object ``src``."""
    out: dict[str, Any] = {}
    for f in table.fields:
        if not f.outbound:
            continue
        value = _get(src, f.v2)
        if value is _ABSENT or value is None or value == {} or value == []:
            if f.default_out is _ABSENT:
                continue
            value = f.default_out
        else:
            value = f.back(_nested(f.table, f.many, value, to_v1))
        if value is not None:
            _set(out, f.v1, value)
    if table.after_out is not None:
        table.after_out(src, out)
    return out


def _match(table: Table, parts: list[str]) -> tuple[Field, int] | None:
    """The inbound field whose v2 path is the longest prefix of ``parts``."""
    best: tuple[Field, int] | None = None
    for f in table.fields:
        if not f.inbound or f.v2 == ".":
            continue
        v2 = f.v2.split(".")
        if parts[: len(v2)] == v2 and (best is None or len(v2) > best[1]):
            best = (f, len(v2))
    return best


def _v1_parts(table: Table | None, parts: list[str]) -> list[str]:
    if not parts:
        return []
    if table is None:
        return parts
    found = _match(table, parts)
    if found is None:
        return parts
    f, used = found
    head = [] if f.v1 == "." else f.v1.split(".")
    rest = parts[used:]
    if f.many and rest and rest[0].isdigit():
        return [*head, rest[0], *_v1_parts(f.table, rest[1:])]
    return [*head, *_v1_parts(f.table, rest)]


def v1_field(table: Table, pointer: str) -> str:
    """A v2 JSON pointer named in v1's terms: ``items[0].unit_price.value`` (``/`` for root)."""
    parts = [p for p in pointer.split("/") if p]
    named = _v1_parts(table, parts)
    text = ""
    for part in named:
        text += f"[{part}]" if part.isdigit() else (f".{part}" if text else part)
    return text or "/"
