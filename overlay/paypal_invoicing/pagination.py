"""``paginate`` / ``apaginate``: the items of every page of a paged generated operation.

The paged operations are listed in :data:`PAGED_OPERATIONS`, each with where its paging goes
(query parameters, or ``page`` / ``page_size`` fields of its ``body`` model for v1 search),
which list the answer holds (``items``, ``invoices`` or ``templates``) and the attribute of its
total. v1 operations treat ``page`` as a zero-based start index, v2 ones as a 1-based page
number. A page ends the walk when it has no ``next`` link, the total is reached, or it is short.
The overloads type the items: ``paginate(list_invoices, ...)`` yields ``Invoice``.
"""

from __future__ import annotations

import copy
import types
from collections.abc import AsyncIterator, Callable, Iterator, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Protocol, TypeVar, overload

from paypal_invoicing_client.types import Unset

from ._errors import ConfigurationError, PayPalInvoicingError, raise_for_status

if TYPE_CHECKING:
    from paypal_invoicing_client.client import AuthenticatedClient
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
    """How one generated operation pages.

    ``items``: the attribute of the answer holding the list; ``total``: the attribute holding
    the total count, if any; ``paging``: ``"query"`` (``page`` / ``page_size`` keywords),
    ``"body"`` (fields of the ``body`` model) or ``None`` (one answer holds the whole list);
    ``start_index``: ``page`` is the index of the first item (v1), not a 1-based page number.
    """

    items: str
    total: str | None
    paging: str | None
    start_index: bool = False


_API = "paypal_invoicing_client.api."
PAGED_OPERATIONS: Mapping[str, PagedOperation] = types.MappingProxyType(
    {
        _API + "invoices.list_invoices": PagedOperation("items", "total_items", "query"),
        _API + "invoices.search_invoices": PagedOperation("items", "total_items", "query"),
        _API + "templates.list_templates": PagedOperation("templates", None, "query"),
        _API + "v1_invoices.v1_list_invoices": PagedOperation(
            "invoices", "total_count", "query", start_index=True
        ),
        _API + "v1_invoices.v1_search_invoices": PagedOperation(
            "invoices", "total_count", "body", start_index=True
        ),
        _API + "v1_templates.v1_list_templates": PagedOperation("templates", None, None),
    }
)
"""The paged operations, by generated module name."""

_Page = TypeVar("_Page", covariant=True)


class _Operation(Protocol[_Page]):
    """A generated operation module whose ``sync()`` returns ``_Page``."""

    @property
    def sync(self) -> Callable[..., _Page]: ...


@dataclass
class _Pager:
    """The paging state of one walk."""

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
        """The items of ``parsed``; move to the next page."""
        items = _items(parsed, self.operation)
        self.position += len(items)
        self.page += self.page_size if self.operation.start_index else 1
        return items

    def is_last(self, parsed: Any, count: int) -> bool:
        if self.operation.paging is None or count == 0 or count < self.page_size:
            return True
        total = _total(parsed, self.operation)
        if total is not None and self.position >= total:
            return True
        links = getattr(parsed, "links", None)
        if isinstance(links, list) and links:
            return not any(getattr(link, "rel", None) == "next" for link in links)
        return False


def _items(parsed: Any, operation: PagedOperation) -> list[Any]:
    value = getattr(parsed, operation.items, None)
    if isinstance(value, list):
        return value
    if value is None or isinstance(value, Unset):
        return []  # PayPal leaves the list out of an empty page
    raise PayPalInvoicingError(
        f"the page's {operation.items!r} is {type(value).__name__}, not a list: {value!r:.200}"
    )


def _total(parsed: Any, operation: PagedOperation) -> int | None:
    if operation.total is None:
        return None
    value = getattr(parsed, operation.total, None)
    if isinstance(value, int) and not isinstance(value, bool):
        return value
    return None


def _operation(endpoint: Any) -> PagedOperation:
    name = getattr(endpoint, "__name__", None)
    operation = PAGED_OPERATIONS.get(name) if isinstance(name, str) else None
    if operation is None:
        known = ", ".join(sorted(key.rsplit(".", 1)[1] for key in PAGED_OPERATIONS))
        raise ConfigurationError(
            f"endpoint: {name or endpoint!r} is not a paged operation; paginate takes one of "
            f"{known} (call the operation's sync() for anything else)"
        )
    return operation


def _int_param(name: str, value: Any, minimum: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < minimum:
        raise ConfigurationError(f"{name} must be an integer >= {minimum}, got {value!r}")
    if name.endswith("page_size") and value > MAX_PAGE_SIZE:
        raise ConfigurationError(
            f"{name} must be at most {MAX_PAGE_SIZE} (PayPal's maximum), got {value}"
        )
    return value


def _body_value(body: Any, name: str) -> Any:
    """The body's ``page`` / ``page_size`` when set (attrs models leave unset fields ``UNSET``)."""
    value = getattr(body, name, None)
    if value is None or isinstance(value, Unset):
        return None
    return value


def _merge(name: str, keyword: Any, body: Any) -> Any:
    if keyword is not None and body is not None and keyword != body:
        raise ConfigurationError(
            f"{name}={keyword} contradicts body.{name}={body}: give {name} once, "
            "as a keyword or in the body"
        )
    return keyword if keyword is not None else body


def _body_paging(
    kwargs: dict[str, Any], page: int | None, page_size: int | None, first: int
) -> tuple[int | None, int | None]:
    """``page`` / ``page_size`` merged with the body's (v1 search pages in its body)."""
    body = kwargs.get("body")
    if body is None or isinstance(body, Unset):
        from paypal_invoicing_client.models.v1_search import V1Search

        kwargs["body"] = V1Search()
        return page, page_size
    # The same value twice is fine; two different ones are refused rather than one picked.
    merged_page = _merge("page", page, _body_value(body, "page"))
    merged_size = _merge("page_size", page_size, _body_value(body, "page_size"))
    return (
        None if merged_page is None else _int_param("body.page", merged_page, first),
        None if merged_size is None else _int_param("body.page_size", merged_size, 1),
    )


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
    page = first if page is None else page
    size = MAX_PAGE_SIZE if size is None else size
    start = page if operation.start_index else (page - 1) * size
    return _Pager(operation, kwargs, page, size, max(0, start))


def _check(response: Any) -> Any:
    raise_for_status(response)
    if response.parsed is None:
        raise PayPalInvoicingError(f"unexpected answer {int(response.status_code)} while paging")
    return response.parsed


@overload
def paginate(
    endpoint: _Operation[Invoices], *, client: AuthenticatedClient, **params: Any
) -> Iterator[Invoice]: ...
@overload
def paginate(
    endpoint: _Operation[Templates], *, client: AuthenticatedClient, **params: Any
) -> Iterator[Template]: ...
@overload
def paginate(
    endpoint: _Operation[V1Invoices], *, client: AuthenticatedClient, **params: Any
) -> Iterator[V1Invoice]: ...
@overload
def paginate(
    endpoint: _Operation[V1Templates], *, client: AuthenticatedClient, **params: Any
) -> Iterator[V1Template]: ...
def paginate(endpoint: Any, *, client: Any, **params: Any) -> Iterator[Any]:
    """Yield the items of every page of a paged generated operation, one page in memory.

    ``endpoint`` is the generated module, one of :data:`PAGED_OPERATIONS`, e.g.
    ``paginate(list_invoices, client=client)`` (yields ``Invoice``) or
    ``paginate(search_invoices, client=client, body=SearchData(...))``; ``params`` are its
    keyword arguments. ``page_size`` defaults to PayPal's maximum, 100.

    ``page`` / ``page_size`` must be integers; they may be given as keywords or, for operations
    paged in their body (v1 search), as fields of ``body``; giving both with different values
    raises :class:`~paypal_invoicing.ConfigurationError` naming the field (the caller's
    body is never modified). Bad values, and an endpoint that is not paged, raise it too, before
    any request.
    """
    pager = _plan(endpoint, params)
    return _walk(endpoint.sync_detailed, client, pager)


def _walk(function: Any, client: Any, pager: _Pager) -> Iterator[Any]:
    while True:
        parsed = _check(function(client=client, **pager.request_kwargs()))
        items = pager.advance(parsed)
        yield from items
        if pager.is_last(parsed, len(items)):
            return


@overload
def apaginate(
    endpoint: _Operation[Invoices], *, client: AuthenticatedClient, **params: Any
) -> AsyncIterator[Invoice]: ...
@overload
def apaginate(
    endpoint: _Operation[Templates], *, client: AuthenticatedClient, **params: Any
) -> AsyncIterator[Template]: ...
@overload
def apaginate(
    endpoint: _Operation[V1Invoices], *, client: AuthenticatedClient, **params: Any
) -> AsyncIterator[V1Invoice]: ...
@overload
def apaginate(
    endpoint: _Operation[V1Templates], *, client: AuthenticatedClient, **params: Any
) -> AsyncIterator[V1Template]: ...
def apaginate(endpoint: Any, *, client: Any, **params: Any) -> AsyncIterator[Any]:
    """The async twin of :func:`paginate` (``async for item in apaginate(...)``).

    Arguments are checked at the call, before any request.
    """
    pager = _plan(endpoint, params)
    return _awalk(endpoint.asyncio_detailed, client, pager)


async def _awalk(function: Any, client: Any, pager: _Pager) -> AsyncIterator[Any]:
    while True:
        parsed = _check(await function(client=client, **pager.request_kwargs()))
        items = pager.advance(parsed)
        for item in items:
            yield item
        if pager.is_last(parsed, len(items)):
            return
