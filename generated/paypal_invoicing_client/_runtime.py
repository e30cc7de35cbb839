"""What the generated modules do, written once: the templates only pass it each model's and each
operation's data.

Hand-written (``scripts/runtime/``, checked by ruff and mypy --strict) and copied verbatim into
the generated package by ``scripts/regenerate``. Models: nested fields loaded on first read
(:class:`LazyField`), loading and dumping that keep a value of an unexpected type as sent
(:func:`loaded`, :func:`dumped`), the error for a required field an answer left out, ``repr``,
money values. Operations: tolerant parsing of an answer (:func:`parse_model`), choosing a
``oneOf`` branch (:func:`choose_model`), the success value or
:class:`~.errors.UnexpectedStatus` (:func:`success_value`), and following the link of a minimal
representation (:func:`link_request`, :func:`followed`).
"""

from collections.abc import Callable, Mapping, Sequence
from decimal import Decimal
from enum import Enum
from functools import partial
from http import HTTPStatus
from importlib import import_module
from typing import Any, Protocol, TypeVar

import httpx

from .errors import InvalidFieldError, MissingFieldError, UnexpectedStatus

_M = TypeVar("_M", bound="_Model")
_LOAD_ERRORS = (KeyError, TypeError, ValueError, AttributeError)
_MAX_MONEY_PLACES = 2

ZERO_DECIMAL_CURRENCIES = frozenset({"HUF", "JPY", "TWD"})
"""Currencies PayPal takes without decimal places."""


class _Model(Protocol):
    @classmethod
    def from_dict(cls: type[_M], src_dict: Mapping[str, Any]) -> _M: ...


_Shape = tuple[type[_Model], Sequence[str], Mapping[str, Any]]
"""A ``oneOf`` branch: its model, its declared fields, its one-value enums."""


# -- models ----------------------------------------------------------------------------------


def loaded(load: Callable[[Any], Any], raw: Any) -> Any:
    """``load(raw)``, or ``raw`` as sent when it is not of the type the spec declares: loading
    an answer never raises, and ``to_dict()`` gives such a value back unchanged."""
    try:
        return load(raw)
    except _LOAD_ERRORS:
        return raw


def dumped(dump: Callable[[Any], Any], value: Any, sent: Any = None) -> Any:
    """``dump(value)`` for ``to_dict()``, or ``value`` unchanged when it is not of the type the
    spec declares (a value an answer sent that way goes back as it came), or is ``sent`` itself:
    the raw value a lazy field kept as sent (an empty string for a list dumps without error)."""
    if value is sent and sent is not None:
        return value
    try:
        return dump(value)
    except (AttributeError, TypeError):
        return value


class LazyField:
    """A nested-model field (or list of them) of a generated model, loaded the first time it is
    read.

    ``from_dict`` keeps the mapping it was given, uncopied, in the instance's ``_source``;
    this non-data descriptor loads the field's value from it on first read (tolerant, as
    :func:`loaded`) and stores the result in the instance ``__dict__``, which then shadows the
    descriptor. A field the mapping lacks reads ``absent`` (``UNSET``), or raises for one an
    answer always has (``absent`` is :data:`REQUIRED`). The nested model's class is imported on
    the first read of the field in any instance, then kept. Threads racing on a first read all
    get the one object stored first. The raw value is the caller's object (for an answer, what
    ``json.loads`` made): change it after ``from_dict`` and the model sees that.
    """

    __slots__ = ("absent", "key", "load", "many", "model", "name")

    def __init__(self, name: str, key: str, model: str, many: bool, absent: Any) -> None:
        self.name, self.key, self.model, self.many, self.absent = name, key, model, many, absent
        self.load: Callable[[Any], Any] | None = None

    def __get__(self, obj: Any, owner: Any = None) -> Any:
        if obj is None:
            return self
        values = obj.__dict__
        source = values.get("_source")
        if source is not None and self.key in source:
            value = loaded(self.load or self._resolve(), source[self.key])
        elif source is None or self.absent is REQUIRED:
            raise AttributeError(f"{type(obj).__name__!r} object has no attribute {self.name!r}")
        else:
            value = self.absent
        return values.setdefault(self.name, value)

    def _resolve(self) -> Callable[[Any], Any]:
        """``from_dict`` of the nested model (``model`` names its module and class, e.g.
        ``"paypal_invoicing_client.models.money.Money"``), or a loader of a list of them."""
        module, _, name = self.model.rpartition(".")
        model = getattr(import_module(module), name).from_dict
        load: Callable[[Any], Any] = partial(_load_list, model) if self.many else model
        self.load = load
        return load


def _load_list(load: Callable[[Any], Any], source: Any) -> list[Any]:
    if isinstance(source, str | Mapping):  # iterable, yet no list of objects
        raise TypeError(f"expected a list, got {type(source).__name__}")
    return [load(item) for item in source]


REQUIRED: Any = object()
"""The ``absent`` of a :class:`LazyField` an answer always has: reading it raises."""

_LazySpec = tuple[str, str, str, bool, Any]
"""A lazy field: attribute name, JSON key, ``"module.Class"`` of its model (a module of the
package ``cls`` is in), list?, absent."""


class LazyExtras:
    """The ``additional_properties`` of a model ``from_dict`` made: the entries of its mapping
    (``_source``) whose key is no field's (not in ``known``), found on first read and then kept
    in the instance ``__dict__`` as the others are. A model read field by field never builds it.
    """

    __slots__ = ("known",)

    def __init__(self, known: frozenset[str]) -> None:
        self.known = known

    def __get__(self, obj: Any, owner: Any = None) -> Any:
        if obj is None:
            return self
        values = obj.__dict__
        source = values.get("_source")
        if source is None:
            name = "additional_properties"
            raise AttributeError(f"{type(obj).__name__!r} object has no attribute {name!r}")
        return values.setdefault("additional_properties", extra_fields(source, self.known))


def install_lazy_fields(cls: type, known: frozenset[str] | None, *fields: _LazySpec) -> None:
    """Make each of ``fields`` a :class:`LazyField` of ``cls`` and, unless ``known`` (the JSON
    keys of its fields) is None, its ``additional_properties`` a :class:`LazyExtras`."""
    package = cls.__module__.rpartition(".")[0]
    for name, key, model, many, absent in fields:
        setattr(cls, name, LazyField(name, key, f"{package}.{model}", many, absent))
    if known is not None:
        cls.additional_properties = LazyExtras(known)  # type: ignore[attr-defined]


def source_dict(src: Any) -> dict[str, Any]:
    """What ``from_dict`` reads: a ``dict`` as it is (never copied), another mapping as a dict;
    TypeError for anything else (so :func:`loaded` keeps a value of another type as sent)."""
    if isinstance(src, dict):
        return src
    if isinstance(src, Mapping):
        return dict(src)
    raise TypeError(f"expected an object, got {type(src).__name__}")


def extra_fields(src: Mapping[str, Any], known: frozenset[str]) -> dict[str, Any]:
    """The entries of ``src`` whose key is not in ``known``: a model's ``additional_properties``."""
    if known.issuperset(src):
        return {}
    return {key: value for key, value in src.items() if key not in known}


def enum_value(enum: type[Enum], raw: Any) -> Any:
    """``enum(raw)`` (unknown values included, as the enum's ``_missing_`` makes them), or ``raw``
    as sent when it is no value of ``enum``; a known value costs one dict lookup."""
    try:
        return enum._value2member_map_[raw]
    except (KeyError, TypeError):
        return loaded(enum, raw)


def missing_field(obj: object, name: str, required: Mapping[str, str]) -> AttributeError:
    """The error for reading attribute ``name`` of a model that does not hold it: a
    :class:`~.errors.MissingFieldError` for a required field (``required`` maps their Python
    names to their JSON names), else a plain ``AttributeError``."""
    model = type(obj).__name__
    if name in required:
        return MissingFieldError(model, name, required[name])
    return AttributeError(f"{model!r} object has no attribute {name!r}")


_ABSENT = object()


def model_repr(obj: Any, names: tuple[str, ...]) -> str:
    """``Model(field=value, ...)``: a field the answer left out reads ``<missing>``."""
    parts = []
    for name in names:
        value = obj.__dict__.get(name, _ABSENT)
        if value is _ABSENT and isinstance(getattr(type(obj), name, None), LazyField):
            value = getattr(obj, name, _ABSENT)
        parts.append(f"{name}=<missing>" if value is _ABSENT else f"{name}={value!r}")
    extra = obj.__dict__.get("additional_properties")
    if extra:
        parts.append(f"additional_properties={extra!r}")
    return f"{type(obj).__name__}({', '.join(parts)})"


def check_money_places(currency: Any, value: Any, field: str) -> None:
    """Refuse an amount with decimal places in a currency that takes none (JPY, HUF, TWD).

    Checked when a money model is built; a value that is not a decimal number is left to PayPal.
    """
    if not isinstance(currency, str) or currency.upper() not in ZERO_DECIMAL_CURRENCIES:
        return
    if not isinstance(value, str | int | float | Decimal) or isinstance(value, bool):
        return
    try:
        amount = Decimal(str(value))
    except ArithmeticError:
        return
    if amount.is_finite() and amount != amount.to_integral_value():
        message = f"{value} has decimal places; PayPal takes none for {currency}"
        raise InvalidFieldError(field, message)


def money_value(value: Any, field: str = "value", *, numbers: bool = False) -> Any:
    """A money ``value`` as PayPal's decimal string: ``Decimal("1.50")`` becomes ``"1.50"``.

    ``str`` passes unchanged (PayPal checks it), and so do ``int`` / ``float`` where the spec
    allows a JSON number (``numbers``: v1 amounts). A ``Decimal`` is written as is, in
    fixed-point notation, never rounded: one that is not finite or has more than two decimal
    places raises :class:`~.errors.InvalidFieldError` naming ``field``, as does any other type.
    """
    if isinstance(value, str):
        return value
    if isinstance(value, Decimal):
        exponent = value.as_tuple().exponent
        if not value.is_finite() or not isinstance(exponent, int):
            raise InvalidFieldError(field, f"{value} is not a finite amount")
        if -exponent > _MAX_MONEY_PLACES:
            raise InvalidFieldError(
                field,
                f"Decimal('{value}') has {-exponent} decimal places; PayPal takes at most "
                f"{_MAX_MONEY_PLACES} (round it first, e.g. value.quantize(Decimal('0.01')))",
            )
        return format(value, "f")
    if numbers and isinstance(value, int | float) and not isinstance(value, bool):
        return value
    expected = "str, int, float or Decimal" if numbers else "str or Decimal"
    raise InvalidFieldError(field, f"must be {expected}, got {type(value).__name__} {value!r}")


# -- operations ------------------------------------------------------------------------------


def json_body(response: Any) -> Any:
    """The JSON of an ``httpx.Response``; ``None`` for an empty body or one that is not JSON."""
    content = response.content
    if not content:
        return None
    try:
        return response.json()
    except ValueError:
        return None


def http_status(code: int) -> int:
    """``code`` as an ``HTTPStatus`` member when it is a standard one, else the plain number."""
    try:
        return HTTPStatus(code)
    except ValueError:
        return code


def request_id(response: Any) -> str | None:
    """The ``PayPal-Request-Id`` the request behind an httpx ``response`` was sent with."""
    try:
        value = response.request.headers.get("PayPal-Request-Id")
    except (AttributeError, RuntimeError):
        return None
    return value if isinstance(value, str) else None


def parse_model(cls: type[_M], response: httpx.Response) -> _M | None:
    """The answer as a ``cls``, or None when its body is not a JSON object."""
    data = json_body(response)
    return cls.from_dict(data) if isinstance(data, dict) else None


def choose_model(response: httpx.Response, shapes: Sequence[_Shape]) -> Any:
    """The answer as the ``oneOf`` shape it fits best, or None when it fits none.

    Each shape is (model, its declared fields, its one-value enums, e.g. ``{"name":
    "RESOURCE_NOT_FOUND"}``). A shape scores a point per field of the answer it declares, and
    two more (or two less) per one-value enum the answer has (or has not): a link ``{href, rel,
    method}`` is never an invoice. The best that loads wins; the next best if it does not.
    """
    data = json_body(response)
    if not isinstance(data, dict):
        return None
    keys = data.keys()
    scores = [
        len(keys & set(fields)) + sum(2 if data.get(k) == v else -2 for k, v in enums.items())
        for _, fields, enums in shapes
    ]
    for index in sorted(range(len(shapes)), key=lambda i: -scores[i]):
        try:
            return shapes[index][0].from_dict(data)
        except _LOAD_ERRORS:
            continue
    return None


def unexpected(response: Any) -> UnexpectedStatus:
    """The :class:`~.errors.UnexpectedStatus` of an answer (httpx's, or a generated Response)."""
    rid = response.request_id if hasattr(response, "request_id") else request_id(response)
    return UnexpectedStatus(response.status_code, response.content, response.headers, rid)


def success_value(response: Any, types: tuple[type, ...], *, nullable: bool) -> Any:
    """The parsed success of a generated Response when it is one of ``types`` (or None, when
    ``nullable``); :class:`~.errors.UnexpectedStatus` for an error status or another body."""
    if 200 <= response.status_code <= 299:
        if nullable and response.parsed is None:
            return None
        if isinstance(response.parsed, types):
            return response.parsed
    raise unexpected(response)


def link_request(response: Any, link_type: type) -> dict[str, Any] | None:
    """The GET of the resource a link answer (the minimal representation) points to, None for
    an answer that is no link. Only the link's path and query are used: the request goes to the
    client's base URL, never to another host."""
    link = response.parsed
    if not (200 <= response.status_code <= 299 and isinstance(link, link_type)):
        return None
    method = str(getattr(link, "method", "UNSET")).upper()
    rel = str(getattr(link, "rel", "UNSET"))
    path = _link_path(getattr(link, "href", None))
    if path is None or method not in ("GET", "UNSET") or rel not in ("self", "UNSET"):
        raise unexpected(response)
    return {"method": "get", "url": path}


def _link_path(href: Any) -> str | None:
    """The path (and query) of a link to a resource of the API, or None if it names none."""
    if not isinstance(href, str):
        return None
    try:
        path = httpx.URL(href).raw_path.decode("ascii")
    except (httpx.InvalidURL, UnicodeDecodeError):
        return None
    return path if path.startswith("/v") and path.count("/") >= 3 else None


def followed(cls: type[_M], response: httpx.Response) -> _M:
    """The resource the followed link's GET answered, else UnexpectedStatus."""
    data = json_body(response) if response.status_code == 200 else None
    if not isinstance(data, dict):
        raise UnexpectedStatus(response.status_code, response.content, response.headers)
    return cls.from_dict(data)
