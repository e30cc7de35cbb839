"""What the generated resource methods (``_api.py``) call: bodies, pages and client copies.

A method turns its keywords into the generated body model (:func:`body`), hands the
operation's parameters to the generated endpoint module, and returns its answer; a paged
``list()`` / ``search()`` returns a :class:`SyncPage` (sync) or an :class:`AsyncPaginator`
(async), walking pages as :func:`~paypal_invoicing.paginate` does.
"""

from __future__ import annotations

import dataclasses
import enum
from collections.abc import AsyncIterator, Generator, Iterable, Iterator, Mapping
from decimal import Decimal
from typing import TYPE_CHECKING, Any, Generic, Protocol, TypeVar

from paypal_invoicing_client.types import UNSET, Unset, money_value

from .._errors import PayPalInvoicingError
from ..pagination import _check, _Pager, _plan

if TYPE_CHECKING:
    from paypal_invoicing_client.client import AuthenticatedClient

_M = TypeVar("_M")
_M_co = TypeVar("_M_co", covariant=True)
_E = TypeVar("_E", bound=enum.Enum)
_T = TypeVar("_T")


class _Model(Protocol[_M_co]):
    def from_dict(self, src_dict: Mapping[str, Any], /) -> _M_co: ...


class Resource:
    """A group of operations on one client; generated subclasses add the methods."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client


def _json(value: Any, where: str) -> Any:
    """A request value as JSON: models by ``to_dict()``, ``Decimal`` as PayPal's decimal string."""
    if isinstance(value, str | int | float | bool) or value is None:
        return value.value if isinstance(value, enum.Enum) else value
    if isinstance(value, Decimal):
        return money_value(value, where)
    if isinstance(value, Mapping):
        return {key: _json(item, f"{where}.{key}") for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [_json(item, f"{where}[{index}]") for index, item in enumerate(value)]
    to_dict = getattr(value, "to_dict", None)
    return value if to_dict is None else to_dict()


def body(model: _Model[_M], fields: dict[str, Any]) -> _M:
    """The body model built from a method's keywords (TypedDicts or models; UNSET left out)."""
    name = getattr(model, "__name__", "body")
    data = {k: _json(v, f"{name}.{k}") for k, v in fields.items() if v is not UNSET}
    return model.from_dict(data)


def optional_body(model: _Model[_M], fields: dict[str, Any]) -> _M | Unset:
    """:func:`body`, or UNSET (no body sent) when no keyword was given."""
    if all(value is UNSET for value in fields.values()):
        return UNSET
    return body(model, fields)


def body_list(model: _Model[_M], items: Iterable[Any] | Unset) -> list[_M] | Unset:
    """An array body: each item a TypedDict or a model."""
    if isinstance(items, Unset):
        return items
    name = getattr(model, "__name__", "body")
    built: list[_M] = [model.from_dict(_json(item, f"{name}[{i}]")) for i, item in enumerate(items)]
    return built


def enum_value(cls: type[_E], value: Any) -> Any:
    """A parameter given as PayPal's string, as the generated enum the endpoint takes."""
    return value if value is UNSET or isinstance(value, cls) else cls(value)


def png(response: Any) -> bytes:
    """The PNG in a multipart answer (the v2 QR code), as :func:`~paypal_invoicing.qr_code_png`."""
    from ..qr import _png

    return _png(response)


def _given(params: dict[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in params.items() if value is not UNSET}


def _check_next(has_next: bool) -> None:
    if not has_next:
        raise PayPalInvoicingError("this is the last page: check has_next_page() first")


class SyncPage(Generic[_T]):
    """One page of a paged list; iterating it walks the items of this and every later page.

    ``items``: this page's items; ``total_items``: PayPal's total, when it sends one;
    ``has_next_page()`` / ``get_next_page()`` step one page at a time.
    """

    def __init__(self, endpoint: Any, client: Any, params: dict[str, Any]) -> None:
        self._endpoint, self._client = endpoint, client
        self._pager = _plan(endpoint, _given(params))
        self._load(_check(endpoint.sync_detailed(client=client, **self._pager.request_kwargs())))

    def _load(self, parsed: Any) -> None:
        self.parsed = parsed
        self._next: _Pager = dataclasses.replace(self._pager)
        self.items: list[_T] = self._next.advance(parsed)
        total = self._pager.operation.total
        value = getattr(parsed, total, None) if total else None
        self.total_items: int | None = value if isinstance(value, int) else None

    def has_next_page(self) -> bool:
        """Whether PayPal has more after this page."""
        return not self._next.is_last(self.parsed, len(self.items))

    def get_next_page(self) -> SyncPage[_T]:
        """The next page (a request); the last page raises PayPalInvoicingError."""
        _check_next(self.has_next_page())
        page = object.__new__(type(self))
        page._endpoint, page._client, page._pager = self._endpoint, self._client, self._next
        kwargs = self._next.request_kwargs()
        page._load(_check(self._endpoint.sync_detailed(client=self._client, **kwargs)))
        return page

    def __iter__(self) -> Iterator[_T]:
        page = self
        while True:
            yield from page.items
            if not page.has_next_page():
                return
            page = page.get_next_page()


class AsyncPage(Generic[_T]):
    """:class:`SyncPage`, async: ``async for`` walks this and every later page."""

    def __init__(self, endpoint: Any, client: Any, pager: _Pager, parsed: Any) -> None:
        self._endpoint, self._client, self._pager = endpoint, client, pager
        self.parsed = parsed
        self._next = dataclasses.replace(pager)
        self.items: list[_T] = self._next.advance(parsed)
        total = pager.operation.total
        value = getattr(parsed, total, None) if total else None
        self.total_items: int | None = value if isinstance(value, int) else None

    def has_next_page(self) -> bool:
        """Whether PayPal has more after this page."""
        return not self._next.is_last(self.parsed, len(self.items))

    async def get_next_page(self) -> AsyncPage[_T]:
        """The next page (a request); the last page raises PayPalInvoicingError."""
        _check_next(self.has_next_page())
        kwargs = self._next.request_kwargs()
        parsed = _check(await self._endpoint.asyncio_detailed(client=self._client, **kwargs))
        return AsyncPage(self._endpoint, self._client, self._next, parsed)

    async def __aiter__(self) -> AsyncIterator[_T]:
        page = self
        while True:
            for item in page.items:
                yield item
            if not page.has_next_page():
                return
            page = await page.get_next_page()


class AsyncPaginator(Generic[_T]):
    """What an async ``list()`` returns: ``await`` it for the first :class:`AsyncPage`, or
    ``async for`` over it (no ``await``) for every item of every page."""

    def __init__(self, endpoint: Any, client: Any, params: dict[str, Any]) -> None:
        self._endpoint, self._client = endpoint, client
        self._pager = _plan(endpoint, _given(params))  # bad arguments raise here, at the call

    async def _first(self) -> AsyncPage[_T]:
        pager = dataclasses.replace(self._pager)
        kwargs = pager.request_kwargs()
        parsed = _check(await self._endpoint.asyncio_detailed(client=self._client, **kwargs))
        return AsyncPage(self._endpoint, self._client, pager, parsed)

    def __await__(self) -> Generator[Any, None, AsyncPage[_T]]:
        return self._first().__await__()

    async def __aiter__(self) -> AsyncIterator[_T]:
        async for item in await self._first():
            yield item
