"""Contains some shared types for properties"""

from collections.abc import Mapping, MutableMapping
from http import HTTPStatus
from typing import IO, Any, BinaryIO, Generic, Literal, TypeVar

from attrs import define


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


UNSET: Unset = Unset()


class LazyField:
    """A nested-model field of a generated model, loaded the first time it is read.

    ``from_dict`` keeps the raw value in the instance's ``_lazy_fields``; this non-data
    descriptor converts it on first read and stores the result in the instance ``__dict__``,
    which then shadows the descriptor: later reads are plain attribute reads. Threads racing on
    a first read all get the one object stored first. A malformed value fails on that first
    read, with a note naming the model and the field. The raw value is the caller's object (for
    an answer, what ``json.loads`` made): change it after ``from_dict`` and the model sees that.
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
        try:
            value = self.load(lazy[name])
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            exc.add_note(
                f"while loading {type(obj).__name__}.{name} from {lazy[name]!r:.200}"
            )
            raise
        return obj.__dict__.setdefault(name, value)


def install_lazy_fields(cls: type, *names: str) -> None:
    """Make each of ``names`` a :class:`LazyField` of ``cls`` loaded by ``cls._load_<name>``."""
    for name in names:
        setattr(cls, name, LazyField(name, getattr(cls, "_load_" + name)))


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


@define
class Response(Generic[T]):
    """A response from an endpoint"""

    status_code: HTTPStatus
    content: bytes
    headers: MutableMapping[str, str]
    parsed: T | None


__all__ = ["UNSET", "File", "FileTypes", "RequestFiles", "Response", "Unset"]
