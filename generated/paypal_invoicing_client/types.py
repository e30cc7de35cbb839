"""Contains some shared types for properties"""

from collections.abc import Mapping, MutableMapping
from typing import IO, Any, BinaryIO, Generic, Literal, TypeVar

from attrs import define

# What the generated modules do lives in the hand-written runtime; its names stay here too.
from ._runtime import ZERO_DECIMAL_CURRENCIES as ZERO_DECIMAL_CURRENCIES
from ._runtime import LazyField as LazyField
from ._runtime import check_money_places as check_money_places
from ._runtime import http_status as http_status
from ._runtime import install_lazy_fields as install_lazy_fields
from ._runtime import json_body as json_body
from ._runtime import missing_field as missing_field
from ._runtime import model_repr as model_repr
from ._runtime import money_value as money_value
from ._runtime import request_id as request_id


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
