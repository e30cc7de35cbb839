"""Contains some shared types for properties"""

from collections.abc import Mapping, MutableMapping
from decimal import Decimal
from http import HTTPStatus
from typing import IO, Any, BinaryIO, Generic, Literal, TypeVar

from attrs import define

from .errors import InvalidFieldError, MissingFieldError


class Unset:
    """The marker of a field absent from a payload; one instance, kept by copy and pickle."""

    def __bool__(self) -> Literal[False]:
        return False

    def __copy__(self) -> "Unset":
        return self

    def __deepcopy__(self, memo: dict[int, Any]) -> "Unset":
        return self

    def __reduce__(self) -> str:
        return "UNSET"

    def __repr__(self) -> str:
        return "UNSET"


UNSET: Unset = Unset()


class LazyField:
    """A nested-model field of a generated model, loaded the first time it is read.

    ``from_dict`` keeps the raw value in the instance's ``_lazy_fields``; this non-data
    descriptor converts it on first read and stores the result in the instance ``__dict__``,
    which then shadows the descriptor: later reads are plain attribute reads. Threads racing on
    a first read all get the one object stored first. Loading never raises: a value of a type
    the spec does not expect (a string where an object belongs, say) is kept as sent, and
    ``to_dict()`` gives it back unchanged. The raw value is the caller's object (for an answer,
    what ``json.loads`` made): change it after ``from_dict`` and the model sees that.
    """

    __slots__ = ("load", "name")

    def __init__(self, name: str, load: Any) -> None:
        self.name = name
        self.load = load

    def __get__(self, obj: Any, owner: Any = None) -> Any:
        if obj is None:
            return self
        lazy = obj.__dict__.get("_lazy_fields")
        name = self.name
        if lazy is None or name not in lazy:
            raise AttributeError(
                f"{type(obj).__name__!r} object has no attribute {name!r}"
            )
        raw = lazy[name]
        try:
            value = self.load(raw)
        except (KeyError, TypeError, ValueError, AttributeError):
            value = raw
        return obj.__dict__.setdefault(name, value)


def install_lazy_fields(cls: type, *names: str) -> None:
    """Make each of ``names`` a :class:`LazyField` of ``cls`` loaded by ``cls._load_<name>``."""
    for name in names:
        setattr(cls, name, LazyField(name, getattr(cls, "_load_" + name)))


def missing_field(
    obj: object, name: str, required: Mapping[str, str]
) -> AttributeError:
    """The error for reading attribute ``name`` of a model that does not hold it.

    ``required`` maps the Python names of the model's required fields to their JSON names: for
    one of those, a :class:`~.errors.MissingFieldError` (the answer left the field out);
    otherwise a plain ``AttributeError``.
    """
    model = type(obj).__name__
    if name in required:
        return MissingFieldError(model, name, required[name])
    return AttributeError(f"{model!r} object has no attribute {name!r}")


def model_repr(obj: Any, names: tuple[str, ...]) -> str:
    """``Model(field=value, ...)``: a field the answer left out reads ``<missing>``."""
    parts = []
    for name in names:
        value = obj.__dict__.get(name, _ABSENT)
        if value is _ABSENT:
            lazy = obj.__dict__.get("_lazy_fields")
            if lazy is not None and name in lazy:
                value = getattr(obj, name)
        parts.append(f"{name}=<missing>" if value is _ABSENT else f"{name}={value!r}")
    extra = obj.__dict__.get("additional_properties")
    if extra:
        parts.append(f"additional_properties={extra!r}")
    return f"{type(obj).__name__}({', '.join(parts)})"


_ABSENT = object()


def json_body(response: Any) -> Any:
    """The JSON of an ``httpx.Response``; ``None`` for an empty body or one that is not JSON."""
    content = response.content
    if not content:
        return None
    try:
        return response.json()
    except ValueError:
        return None


_MAX_MONEY_PLACES = 2


ZERO_DECIMAL_CURRENCIES = frozenset({"HUF", "JPY", "TWD"})
"""Currencies PayPal takes without decimal places."""


def check_money_places(currency: Any, value: Any, field: str) -> None:
    """Refuse an amount with more decimal places than its currency takes (JPY, HUF, TWD: none).

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
        raise InvalidFieldError(
            field, f"{value} has decimal places; PayPal takes none for {currency}"
        )


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
    raise InvalidFieldError(
        field, f"must be {expected}, got {type(value).__name__} {value!r}"
    )


# The types that `httpx.Client(files=)` can accept, copied from that library.
FileContent = IO[bytes] | bytes | str
FileTypes = (
    # (filename, file (or bytes), content_type)
    tuple[str | None, FileContent, str | None]
    # (filename, file (or bytes), content_type, headers)
    | tuple[str | None, FileContent, str | None, Mapping[str, str]]
)
RequestFiles = list[tuple[str, FileTypes]]


@define
class File:
    """Contains information for file uploads"""

    payload: BinaryIO
    file_name: str | None = None
    mime_type: str | None = None

    def to_tuple(self) -> FileTypes:
        """Return a tuple representation that httpx will accept for multipart/form-data"""
        return self.file_name, self.payload, self.mime_type


T = TypeVar("T")


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


@define
class Response(Generic[T]):
    """A response from an endpoint.

    ``status_code`` is an ``HTTPStatus`` member for standard codes and the plain number for
    others (a 299 or a gateway's 520); ``request_id`` is the ``PayPal-Request-Id`` the request
    carried, if any: calling the operation again with it cannot act twice.
    """

    status_code: int
    content: bytes
    headers: MutableMapping[str, str]
    parsed: T | None
    request_id: str | None = None


__all__ = [
    "UNSET",
    "File",
    "FileTypes",
    "RequestFiles",
    "Response",
    "Unset",
    "check_money_places",
    "http_status",
    "json_body",
    "money_value",
    "request_id",
]
