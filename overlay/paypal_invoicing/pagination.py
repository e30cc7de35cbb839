"""``paginate`` / ``apaginate``: the items of every page of a paged generated operation.

Works from the generated module alone: where paging goes (query parameters of ``sync_detailed``,
or ``page``/``page_size`` fields of its ``body`` model), which list the answer holds (``items``,
``invoices`` or ``templates``) and whether it is the last page (no ``next`` link, totals reached,
or a short page). v1 operations (module names starting ``v1_``) treat ``page`` as a zero-based
start index; v2 ones as a 1-based page number.
"""

from __future__ import annotations

import copy
import inspect
import types
import typing
from collections.abc import AsyncIterator, Iterator, Mapping
from dataclasses import dataclass
from typing import Any

import httpx

from ._errors import ConfigurationError, PayPalInvoicingError, error_from_response

__all__ = ["MAX_PAGE_SIZE", "apaginate", "paginate"]

MAX_PAGE_SIZE = 100
_ITEM_ATTRIBUTES = ("items", "invoices", "templates")
_TOTAL_ATTRIBUTES = ("total_items", "total_count")


@dataclass
class _Pager:
    """The paging state of one walk."""

    kwargs: dict[str, Any]
    paged: bool
    body_paging: bool
    start_index: bool  # v1: ``page`` is the index of the first item
    page: int
    page_size: int
    position: int  # items before the current page

    def request_kwargs(self) -> dict[str, Any]:
        kwargs = dict(self.kwargs)
        if not self.paged:
            return kwargs
        if self.body_paging:
            body = copy.copy(kwargs["body"])
            if hasattr(body, "additional_properties"):
                body.additional_properties = dict(body.additional_properties)
            body.page = self.page
            body.page_size = self.page_size
            kwargs["body"] = body
        else:
            kwargs["page"] = self.page
            kwargs["page_size"] = self.page_size
        return kwargs

    def advance(self, parsed: Any) -> list[Any]:
        """The items of ``parsed``; move to the next page."""
        items = _items(parsed)
        self.position += len(items)
        self.page = self.page + self.page_size if self.start_index else self.page + 1
        return items

    def is_last(self, parsed: Any, count: int) -> bool:
        if not self.paged or count == 0 or count < self.page_size:
            return True
        total = _total(parsed)
        if total is not None and self.position >= total:
            return True
        links = getattr(parsed, "links", None)
        if isinstance(links, list) and links:
            return not any(getattr(link, "rel", None) == "next" for link in links)
        return False


def _items(parsed: Any) -> list[Any]:
    if hasattr(parsed, "id"):  # a resource (an invoice has ``items`` too), not a page of them
        raise PayPalInvoicingError(f"{type(parsed).__name__} is a resource, not a page")
    present = False
    for name in _ITEM_ATTRIBUTES:
        if hasattr(parsed, name):
            present = True
            value = getattr(parsed, name)
            if isinstance(value, list):
                return value
    if not present:
        raise PayPalInvoicingError(
            f"{type(parsed).__name__} is not a page: it has none of {', '.join(_ITEM_ATTRIBUTES)}"
        )
    return []


def _total(parsed: Any) -> int | None:
    for name in _TOTAL_ATTRIBUTES:
        value = getattr(parsed, name, None)
        if isinstance(value, int) and not isinstance(value, bool):
            return value
    return None


def _body_class(function: Any) -> type | None:
    """The attrs model of the ``body`` parameter, if it has ``page`` and ``page_size`` fields."""
    try:
        hints = typing.get_type_hints(function)
    except Exception:
        return None
    hint = hints.get("body")
    candidates = typing.get_args(hint) if isinstance(hint, types.UnionType) else (hint,)
    for candidate in candidates:
        fields = getattr(candidate, "__attrs_attrs__", None)
        if isinstance(candidate, type) and fields is not None:
            names = {f.name for f in fields}
            if {"page", "page_size"} <= names:
                return candidate
    return None


def _is_v1(endpoint: types.ModuleType) -> bool:
    return any(part.startswith("v1_") for part in endpoint.__name__.split("."))


def _int_param(name: str, value: Any, minimum: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < minimum:
        raise ConfigurationError(f"{name} must be an integer >= {minimum}, got {value!r}")
    return value


def _body_value(body: Any, name: str) -> int | None:
    """The body's ``page`` / ``page_size`` when set (attrs models leave unset fields ``UNSET``)."""
    value = getattr(body, name, None)
    if isinstance(value, int) and not isinstance(value, bool):
        return value
    return None


def _merge(name: str, keyword: int | None, body: int | None) -> int | None:
    if keyword is not None and body is not None and keyword != body:
        raise ConfigurationError(
            f"{name}={keyword} contradicts body.{name}={body}: give {name} once, "
            "as a keyword or in the body"
        )
    return keyword if keyword is not None else body


def _plan(endpoint: types.ModuleType, params: Mapping[str, Any], function: Any) -> _Pager:
    kwargs = dict(params)
    start_index = _is_v1(endpoint)
    parameters = inspect.signature(function).parameters
    default_page = 0 if start_index else 1
    page: int | None = None
    page_size: int | None = None
    if "page" in kwargs:
        page = _int_param("page", kwargs.pop("page"), default_page)
    if "page_size" in kwargs:
        page_size = _int_param("page_size", kwargs.pop("page_size"), 1)
    body_paging = False
    paged = True
    if "page" not in parameters:
        body_class = _body_class(function) if "body" in parameters else None
        if body_class is not None:
            body_paging = True
            body = kwargs.get("body")
            if body is None:
                kwargs["body"] = body_class()
            else:
                # Paging values may come from the body too; the same value twice is fine, two
                # different ones are refused rather than silently picking one.
                page = _merge("page", page, _body_value(body, "page"))
                page_size = _merge("page_size", page_size, _body_value(body, "page_size"))
                if page is not None:
                    page = _int_param("body.page", page, default_page)
                if page_size is not None:
                    page_size = _int_param("body.page_size", page_size, 1)
        else:
            paged = False  # not a paged operation: one request, its list is the whole answer
    page = default_page if page is None else page
    page_size = MAX_PAGE_SIZE if page_size is None else page_size
    start = page if start_index else (page - 1) * page_size
    return _Pager(kwargs, paged, body_paging, start_index, page, page_size, max(0, start))


def _check(response: Any) -> Any:
    status = int(response.status_code)
    if status >= 400:
        raise error_from_response(
            httpx.Response(status, headers=response.headers, content=response.content)
        )
    if response.parsed is None:
        raise PayPalInvoicingError(f"unexpected answer {status} while paging")
    return response.parsed


def paginate(endpoint: types.ModuleType, *, client: Any, **params: Any) -> Iterator[Any]:
    """Yield the items of every page of a paged generated operation, one page in memory.

    ``endpoint`` is the generated module, e.g. ``paginate(list_invoices, client=client)`` or
    ``paginate(search_invoices, client=client, body=SearchData(...))``; ``params`` are its
    keyword arguments. ``page_size`` defaults to PayPal's maximum, 100.

    ``page`` / ``page_size`` may be given as keywords or, for operations paged in their body
    (v1 search), as fields of ``body``; giving both with different values raises
    :class:`~paypal_invoicing.ConfigurationError` naming the field (the caller's body is
    never modified). Bad values raise it too.
    """
    function = endpoint.sync_detailed
    pager = _plan(endpoint, params, function)
    while True:
        parsed = _check(function(client=client, **pager.request_kwargs()))
        items = pager.advance(parsed)
        yield from items
        if pager.is_last(parsed, len(items)):
            return


async def apaginate(
    endpoint: types.ModuleType, *, client: Any, **params: Any
) -> AsyncIterator[Any]:
    """The async twin of :func:`paginate` (``async for item in apaginate(...)``)."""
    function = endpoint.asyncio_detailed
    pager = _plan(endpoint, params, endpoint.sync_detailed)
    while True:
        parsed = _check(await function(client=client, **pager.request_kwargs()))
        items = pager.advance(parsed)
        for item in items:
            yield item
        if pager.is_last(parsed, len(items)):
            return
