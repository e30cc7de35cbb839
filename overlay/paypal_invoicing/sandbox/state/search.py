"""Search filters and paging for the v2 list and search operations."""

from __future__ import annotations

import datetime as dt
import math
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from decimal import Decimal
from typing import Any
from urllib.parse import urlencode

from .errors import ApiError, detail
from .records import InvoiceRecord

MAX_PAGE_SIZE = 100
DEFAULT_PAGE_SIZE = 20


@dataclass
class Paging:
    """Validated ``page``, ``page_size`` and ``total_required`` query parameters."""

    page: int = 1
    page_size: int = DEFAULT_PAGE_SIZE
    total_required: bool = False


def _query_error(issue: str, description: str, name: str, value: str) -> ApiError:
    return ApiError(400, [detail(issue, description, field=name, value=value, location="query")])


def _int(query: Mapping[str, str], name: str, default: int, high: int | None) -> int:
    raw = query.get(name)
    if raw is None:
        return default
    try:
        value = int(raw)
    except ValueError:
        raise _query_error("INVALID_PARAMETER_SYNTAX", "Expected an integer.", name, raw) from None
    if value < 1 or (high is not None and value > high):
        bound = f" and at most {high}" if high else ""
        raise _query_error("INVALID_PARAMETER_VALUE", f"Must be at least 1{bound}.", name, raw)
    return value


def boolean(query: Mapping[str, str], name: str, default: bool) -> bool:
    """A ``true``/``false`` query parameter."""
    raw = query.get(name)
    if raw is None:
        return default
    if raw.lower() in ("true", "false"):
        return raw.lower() == "true"
    raise _query_error("INVALID_PARAMETER_SYNTAX", "Expected true or false.", name, raw)


def paging(query: Mapping[str, str], *, totals: bool = True) -> Paging:
    """Parse the paging parameters (page is 1-based; page_size at most 100)."""
    return Paging(
        page=_int(query, "page", 1, None),
        page_size=_int(query, "page_size", DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE),
        total_required=boolean(query, "total_required", False) if totals else False,
    )


def page_of(
    rows: list[Any], paging_: Paging, href: str, method: str, extra: Mapping[str, str]
) -> tuple[list[Any], dict[str, Any]]:
    """The rows of the requested page and the envelope (links, totals)."""
    total = len(rows)
    pages = math.ceil(total / paging_.page_size)
    start = (paging_.page - 1) * paging_.page_size
    chunk = rows[start : start + paging_.page_size]

    def link(page: int, rel: str) -> dict[str, str]:
        params = {"page": str(page), "page_size": str(paging_.page_size), **extra}
        if paging_.total_required:
            params["total_required"] = "true"
        return {"href": f"{href}?{urlencode(params)}", "rel": rel, "method": method}

    links = [link(paging_.page, "self"), link(1, "first")]
    if paging_.page > 1:
        links.append(link(min(paging_.page - 1, max(pages, 1)), "prev"))
    if paging_.page < pages:
        links.append(link(paging_.page + 1, "next"))
    links.append(link(max(pages, 1), "last"))
    envelope: dict[str, Any] = {}
    if paging_.total_required:
        envelope["total_items"] = total
        envelope["total_pages"] = pages
    envelope["links"] = links
    return chunk, envelope


def _contains(haystack: Any, needle: str) -> bool:
    return isinstance(haystack, str) and needle.lower() in haystack.lower()


def _in_dates(value: str | None, span: dict[str, str]) -> bool:
    return value is not None and span["start"] <= value[:10] <= span["end"]


def _in_times(value: str | None, span: dict[str, str]) -> bool:
    if value is None:
        return False
    start, end = (parse_time(span[k]) for k in ("start", "end"))
    return start <= parse_time(value) <= end


def parse_time(value: str) -> dt.datetime:
    """Parse an RFC 3339 date-time (a leap second counts as :59)."""
    text = value.replace("z", "Z").replace("t", "T")
    text = re.sub(r":60(?=[.Z+-]|$)", ":59", text)
    when = dt.datetime.fromisoformat(text)
    return when if when.tzinfo is not None else when.replace(tzinfo=dt.UTC)


Filter = Callable[[dict[str, Any], Any], bool]


def _bills(inv: dict[str, Any]) -> list[dict[str, Any]]:
    return [r.get("billing_info") or {} for r in inv.get("primary_recipients") or []]


def _any_bill(inv: dict[str, Any], test: Callable[[dict[str, Any]], bool]) -> bool:
    return any(test(b) for b in _bills(inv))


def _name_has(attr: str) -> Filter:
    return lambda inv, v: _any_bill(inv, lambda b: _contains((b.get("name") or {}).get(attr), v))


def _detail_is(key: str) -> Filter:
    return lambda inv, v: inv["detail"].get(key) == v


def _detail_has(key: str) -> Filter:
    return lambda inv, v: _contains(inv["detail"].get(key), v)


def _paid_within(inv: dict[str, Any], span: dict[str, str]) -> bool:
    days = {"start": span["start"][:10], "end": span["end"][:10]}
    payments = (inv.get("payments") or {}).get("transactions") or []
    return any(_in_dates(t["payment_date"], days) for t in payments)


# Each filter of a v2 search body, in the order they are tried: (invoice, value) -> match?
_FILTERS: dict[str, Filter] = {
    "recipient_email": lambda inv, v: _any_bill(
        inv, lambda b: str(b.get("email_address", "")).lower() == v.lower()
    ),
    "recipient_first_name": _name_has("given_name"),
    "recipient_last_name": _name_has("surname"),
    "recipient_business_name": lambda inv, v: _any_bill(
        inv, lambda b: _contains(b.get("business_name"), v)
    ),
    "invoice_number": _detail_is("invoice_number"),
    "status": lambda inv, v: inv["status"] in v,
    "reference": _detail_has("reference"),
    "currency_code": _detail_is("currency_code"),
    "memo": _detail_has("memo"),
    "archived": lambda inv, v: inv["detail"].get("archived", False) is v,
    "invoice_date_range": lambda inv, v: _in_dates(inv["detail"].get("invoice_date"), v),
    "due_date_range": lambda inv, v: _in_dates(
        (inv["detail"].get("payment_term") or {}).get("due_date"), v
    ),
    "creation_date_range": lambda inv, v: _in_times(inv["detail"]["metadata"]["create_time"], v),
    "payment_date_range": _paid_within,
    "total_amount_range": lambda inv, v: _in_amounts(inv, v),
}


def matches(record: InvoiceRecord, filters: dict[str, Any]) -> bool:
    """Whether an invoice passes every filter of a (validated) v2 search body.

    Names, business name, reference and memo match case-insensitively on a substring; email,
    invoice number and currency match exactly (email case-insensitively).
    """
    inv = record.invoice
    return all(test(inv, filters[key]) for key, test in _FILTERS.items() if key in filters)


def _in_amounts(invoice: dict[str, Any], span: dict[str, Any]) -> bool:
    total = invoice["amount"]
    if any(span[k]["currency_code"] != total["currency_code"] for k in span):
        return False
    low, high = Decimal(span["lower_amount"]["value"]), Decimal(span["upper_amount"]["value"])
    return low <= Decimal(total["value"]) <= high
