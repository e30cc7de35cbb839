"""Request bodies checked against the normalized spec, with PayPal's issue codes.

The schemas are those of ``spec/openapi.json`` (see :mod:`.spec`), checked with jsonschema;
each failed keyword becomes one ``details`` entry naming the field as a JSON pointer:
``required`` gives ``MISSING_REQUIRED_PARAMETER``, ``minLength``/``maxLength``
``INVALID_STRING_LENGTH``, ``pattern`` and ``type`` ``INVALID_PARAMETER_SYNTAX``, ``enum``,
bounds and item counts ``INVALID_PARAMETER_VALUE``. Read-only and unknown properties, and
``null`` values, are dropped first, as PayPal ignores them in requests. What no schema can say
(a calendar date that does not exist; amounts, lifecycle) is checked in code.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import cache
from typing import Any

import jsonschema

from .errors import ApiError, detail
from .spec import schemas

DECIMAL = re.compile(r"^((-?[0-9]+)|(-?([0-9]+)?[.][0-9]+))$")
MAX_ERRORS = 20
MAX_SHOWN = 200

# The request bodies, by their schema name in the spec.
INVOICE = "invoice"
PAYMENT = "payment_detail"
REFUND = "refund_detail"
NOTIFICATION = "notification"
QR_CONFIG = "qr_config"
SEARCH = "search_data"
TEMPLATE = "template"

_ISSUES = {
    "required": "MISSING_REQUIRED_PARAMETER",
    "minLength": "INVALID_STRING_LENGTH",
    "maxLength": "INVALID_STRING_LENGTH",
    "pattern": "INVALID_PARAMETER_SYNTAX",
    "type": "INVALID_PARAMETER_SYNTAX",
}
_DESCRIPTIONS = {
    "MISSING_REQUIRED_PARAMETER": "A required field is missing.",
    "INVALID_STRING_LENGTH": "The value of the field has an invalid length.",
    "INVALID_PARAMETER_SYNTAX": "The value of the field does not conform to the expected format.",
    "INVALID_PARAMETER_VALUE": "The value of the field is not allowed.",
}
_REF = "#/components/schemas/"


@cache
def _inlined(name: str) -> dict[str, Any]:
    """The named schema with every ``$ref`` replaced by its target (the spec has no cycles);
    a ``date_no_time`` reference leaves an ``x-calendar-date`` mark for :class:`_Cleaner`."""

    def inline(node: Any, trail: tuple[str, ...]) -> Any:
        if isinstance(node, list):
            return [inline(v, trail) for v in node]
        if not isinstance(node, dict):
            return node
        if "$ref" in node:
            target = node["$ref"].removeprefix(_REF)
            if target in trail:
                raise ValueError(f"the spec's schema {target} refers to itself")
            out = inline(schemas()[target], (*trail, target))
            out.update(inline({k: v for k, v in node.items() if k != "$ref"}, trail))
            if target == "date_no_time":
                out["x-calendar-date"] = True
            return out
        return {k: inline(v, trail) for k, v in node.items()}

    return dict(inline({"$ref": _REF + name}, ()))


@cache
def _validator(name: str) -> jsonschema.protocols.Validator:
    return jsonschema.Draft7Validator(_inlined(name))


class _Cleaner:
    """Drops what a request may not set, and notes dates the calendar lacks."""

    def __init__(self) -> None:
        self.bad_dates: list[tuple[str, str]] = []

    def run(self, value: Any, schema: dict[str, Any], path: str) -> Any:
        if isinstance(value, dict) and "properties" in schema:
            out = {}
            for key, sub in value.items():
                prop = schema["properties"].get(key)
                if prop is None or sub is None or prop.get("readOnly"):
                    continue
                out[key] = self.run(sub, prop, f"{path}/{key}")
            return out
        if isinstance(value, list) and isinstance(schema.get("items"), dict):
            return [self.run(v, schema["items"], f"{path}/{i}") for i, v in enumerate(value)]
        if schema.get("x-calendar-date") and isinstance(value, str) and _is_date_text(value):
            try:
                dt.date.fromisoformat(value)
            except ValueError:
                self.bad_dates.append((path, value))
        return value


def _is_date_text(value: str) -> bool:
    return len(value) == 10 and value[4] == "-" and value[7] == "-"


def _shown(value: Any) -> Any:
    if isinstance(value, bool) or not isinstance(value, str | int | float):
        return None
    return value[:MAX_SHOWN] if isinstance(value, str) else value


def _details(error: jsonschema.ValidationError, root: str) -> list[dict[str, str]]:
    path = root + "".join(f"/{part}" for part in error.absolute_path)
    keyword = str(error.validator)
    issue = _ISSUES.get(keyword, "INVALID_PARAMETER_VALUE")
    description = _DESCRIPTIONS[issue]
    if keyword == "required":
        present = error.instance if isinstance(error.instance, dict) else {}
        wanted = error.validator_value if isinstance(error.validator_value, list) else []
        return [
            detail(issue, description, field=f"{path}/{name}")
            for name in wanted
            if name not in present
        ]
    shown = None if keyword in ("minLength", "maxLength", "type") else _shown(error.instance)
    return [detail(issue, description, field=path or "/", value=shown)]


def check(body: Any, schema: str, path: str = "") -> dict[str, Any]:
    """Validate ``body`` against the spec's schema ``schema``; the cleaned copy, or a 400."""
    cleaner = _Cleaner()
    cleaned = cleaner.run(body, _inlined(schema), path)
    errors: list[dict[str, str]] = []
    seen: set[tuple[str | None, str]] = set()
    found = sorted(_validator(schema).iter_errors(cleaned), key=lambda e: list(e.absolute_path))
    for error in found:
        for entry in _details(error, path):
            key = (entry.get("field"), entry["issue"])
            if key not in seen and len(errors) < MAX_ERRORS:
                seen.add(key)
                errors.append(entry)
    if not errors:
        for field, value in cleaner.bad_dates[:MAX_ERRORS]:
            errors.append(
                detail("INVALID_PARAMETER_VALUE", "Not a calendar date.", field=field, value=value)
            )
    if errors:
        raise ApiError(400, errors)
    assert isinstance(cleaned, dict)
    return cleaned
