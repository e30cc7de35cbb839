"""``paginate`` / ``apaginate``: the items of every page of a paged generated operation (its
``PAGING``, from the spec's ``x-paging``)."""

from __future__ import annotations

import copy
import functools
import importlib
import inspect
import pkgutil
import types
from collections.abc import AsyncIterator, Callable, Iterator, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Protocol, TypeVar, overload

from paypal_invoicing_client.types import Unset

from ._errors import ConfigurationError, PayPalInvoicingError, raise_for_status

if TYPE_CHECKING:
    from paypal_invoicing_client.client import AuthenticatedClient as _Client
    from paypal_invoicing_client.models.invoice import Invoice
    from paypal_invoicing_client.models.invoices import Invoices
    from paypal_invoicing_client.models.template import Template
    from paypal_invoicing_client.models.templates import Templates
    from paypal_invoicing_client.models.v1_invoice import V1Invoice
    from paypal_invoicing_client.models.v1_invoices import V1Invoices
    from paypal_invoicing_client.models.v1_template import V1Template
    from paypal_invoicing_client.models.v1_templates import V1Templates

__all__ = ["MAX_PAGE_SIZE", "PAGED_OPERATIONS", "PagedOperation", "apaginate", "paginate"]

MAX_PAGE_SIZE = 100


@dataclass(frozen=True)
class PagedOperation:
    """How one generated operation pages (its ``PAGING``): ``items`` and ``total`` name the
    answer's attributes, ``paging`` is ``"query"``, ``"body"`` or ``None`` (one answer holds the
    whole list), ``start_index`` says ``page`` is the index of the first item (v1)."""

    items: str
    total: str | None
    paging: str | None
    start_index: bool = False


@functools.cache
def _paged_operations() -> Mapping[str, PagedOperation]:
    import paypal_invoicing_client.api as api

    found = {}
    for info in pkgutil.walk_packages(api.__path__, api.__name__ + "."):
        paging = getattr(importlib.import_module(info.name), "PAGING", None)
        if isinstance(paging, dict):
            found[info.name] = PagedOperation(**paging)
    return types.MappingProxyType(found)


def __getattr__(name: str) -> Any:
    if name == "PAGED_OPERATIONS":  # built on first use: it imports every operation module
        return _paged_operations()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


if TYPE_CHECKING:
    PAGED_OPERATIONS: Mapping[str, PagedOperation]
    """The paged operations, by generated module name."""

_Page = TypeVar("_Page", covariant=True)


class _Op(Protocol[_Page]):
    @property
    def sync(self) -> Callable[..., _Page]: ...


@dataclass
class _Pager:
    operation: PagedOperation
    kwargs: dict[str, Any]
    page: int
    page_size: int
    position: int  # items before the current page

    def request_kwargs(self) -> dict[str, Any]:
        kwargs = dict(self.kwargs)
        if self.operation.paging == "body":
            body = copy.copy(kwargs["body"])
            if hasattr(body, "additional_properties"):
                body.additional_properties = dict(body.additional_properties)
            body.page, body.page_size = self.page, self.page_size
            kwargs["body"] = body
        elif self.operation.paging == "query":
            kwargs["page"], kwargs["page_size"] = self.page, self.page_size
        return kwargs

    def advance(self, parsed: Any) -> list[Any]:
        items = getattr(parsed, self.operation.items, None)
        if items is None or isinstance(items, Unset):
            items = []  # PayPal leaves the list out of an empty page
        elif not isinstance(items, list):
            name, kind = self.operation.items, type(items).__name__
            raise PayPalInvoicingError(f"the page's {name!r} is {kind}, not a list: {items!r:.200}")
        self.position += len(items)
        self.page += self.page_size if self.operation.start_index else 1
        return items

    def is_last(self, parsed: Any, count: int) -> bool:
        if self.operation.paging is None or count == 0 or count < self.page_size:
            return True
        total = getattr(parsed, self.operation.total or "", None)
        if isinstance(total, int) and not isinstance(total, bool) and self.position >= total:
            return True
        links = getattr(parsed, "links", None)
        if isinstance(links, list) and links:
            return not any(getattr(link, "rel", None) == "next" for link in links)
        return False


def _operation(endpoint: Any) -> PagedOperation:
    name = getattr(endpoint, "__name__", None)
    paging = getattr(endpoint, "PAGING", None)
    if not isinstance(paging, dict):
        known = ", ".join(sorted(key.rsplit(".", 1)[1] for key in _paged_operations()))
        raise ConfigurationError(
            f"endpoint: {name or endpoint!r} is not a paged operation; paginate takes one of "
            f"{known} (call the operation's sync() for anything else)"
        )
    return PagedOperation(**paging)


def _int_param(name: str, value: Any, minimum: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < minimum:
        raise ConfigurationError(f"{name} must be an integer >= {minimum}, got {value!r}")
    if name.endswith("page_size") and value > MAX_PAGE_SIZE:
        raise ConfigurationError(
            f"{name} must be at most {MAX_PAGE_SIZE} (PayPal's maximum), got {value}"
        )
    return value


def _body_paging(
    kwargs: dict[str, Any], page: int | None, page_size: int | None, first: int
) -> list[int | None]:
    """``page`` and ``page_size`` given as keywords or in the body (given in both: equal)."""
    body = kwargs.get("body")
    if body is None or isinstance(body, Unset):
        from paypal_invoicing_client.models.v1_search import V1Search

        kwargs["body"] = V1Search()
        return [page, page_size]
    merged = []
    for name, keyword, minimum in (("page", page, first), ("page_size", page_size, 1)):
        value = getattr(body, name, None)
        if value is None or isinstance(value, Unset):
            merged.append(keyword)
        elif keyword is None or keyword == value:
            merged.append(_int_param(f"body.{name}", value, minimum))
        else:
            raise ConfigurationError(
                f"{name}={keyword} contradicts body.{name}={value}: give {name} once, "
                "as a keyword or in the body"
            )
    return merged


def _plan(endpoint: types.ModuleType, params: Mapping[str, Any]) -> _Pager:
    operation = _operation(endpoint)
    kwargs = dict(params)
    first = 0 if operation.start_index else 1
    page = _int_param("page", kwargs.pop("page"), first) if "page" in kwargs else None
    size = _int_param("page_size", kwargs.pop("page_size"), 1) if "page_size" in kwargs else None
    if operation.paging == "body":
        page, size = _body_paging(kwargs, page, size, first)
    elif operation.paging is None and (page is not None or size is not None):
        raise ConfigurationError(
            f"page / page_size: {endpoint.__name__.rsplit('.', 1)[1]} answers its whole list "
            "at once and takes no paging"
        )
    for name, param in inspect.signature(endpoint.sync_detailed).parameters.items():
        if param.default is param.empty and name not in (*kwargs, "client"):  # search's body
            kind = getattr(param.annotation, "__name__", param.annotation)
            raise ConfigurationError(f"{name}: {endpoint.__name__} needs {name}= ({kind})")
    page, size = (first if page is None else page), (MAX_PAGE_SIZE if size is None else size)
    start = page if operation.start_index else (page - 1) * size
    return _Pager(operation, kwargs, page, size, max(0, start))


def _check(response: Any) -> Any:
    raise_for_status(response)
    if response.parsed is None:
        raise PayPalInvoicingError(f"unexpected answer {int(response.status_code)} while paging")
    return response.parsed


@overload
def paginate(endpoint: _Op[Invoices], *, client: _Client, **params: Any) -> Iterator[Invoice]: ...
@overload
def paginate(endpoint: _Op[Templates], *, client: _Client, **params: Any) -> Iterator[Template]: ...
@overload
def paginate(
    endpoint: _Op[V1Invoices], *, client: _Client, **params: Any
) -> Iterator[V1Invoice]: ...
@overload
def paginate(
    endpoint: _Op[V1Templates], *, client: _Client, **params: Any
) -> Iterator[V1Template]: ...
def paginate(endpoint: Any, *, client: Any, **params: Any) -> Iterator[Any]:
    """Yield the items of every page of ``endpoint`` (a paged generated operation module, e.g.
    ``list_invoices``) called with ``params``; ``page_size`` defaults to 100, PayPal's maximum."""
    return _walk(endpoint.sync_detailed, client, _plan(endpoint, params))


def _walk(function: Any, client: Any, pager: _Pager) -> Iterator[Any]:
    while True:
        parsed = _check(function(client=client, **pager.request_kwargs()))
        items = pager.advance(parsed)
        yield from items
        if pager.is_last(parsed, len(items)):
            return


@overload
def apaginate(
    endpoint: _Op[Invoices], *, client: _Client, **params: Any
) -> AsyncIterator[Invoice]: ...
@overload
def apaginate(
    endpoint: _Op[Templates], *, client: _Client, **params: Any
) -> AsyncIterator[Template]: ...
@overload
def apaginate(
    endpoint: _Op[V1Invoices], *, client: _Client, **params: Any
) -> AsyncIterator[V1Invoice]: ...
@overload
def apaginate(
    endpoint: _Op[V1Templates], *, client: _Client, **params: Any
) -> AsyncIterator[V1Template]: ...
def apaginate(endpoint: Any, *, client: Any, **params: Any) -> AsyncIterator[Any]:
    """The async twin of :func:`paginate` (``async for item in apaginate(...)``)."""
    return _awalk(endpoint.asyncio_detailed, client, _plan(endpoint, params))


async def _awalk(function: Any, client: Any, pager: _Pager) -> AsyncIterator[Any]:
    while True:
        parsed = _check(await function(client=client, **pager.request_kwargs()))
        items = pager.advance(parsed)
        for item in items:
            yield item
        if pager.is_last(parsed, len(items)):
            return
