"""pagination.py: paginate / apaginate over the generated paged operations, v2 and v1."""

from __future__ import annotations

from typing import Any

import pytest

from paypal_invoicing import ConfigurationError, PayPalInvoicingError, apaginate, paginate
from paypal_invoicing_client.api.invoices import get_invoice, list_invoices, search_invoices
from paypal_invoicing_client.api.templates import list_templates
from paypal_invoicing_client.api.v1_invoices import v1_list_invoices, v1_search_invoices
from paypal_invoicing_client.api.v1_templates import v1_list_templates
from paypal_invoicing_client.models.search_data import SearchData
from paypal_invoicing_client.models.v1_search import V1Search
from tests.overlay.scripted_server import Recorded, Reply, ScriptedServer

LIST = "/v2/invoicing/invoices"


def _invoice(n: int) -> dict[str, Any]:
    return {"id": f"INV2-{n:04d}", "status": "SENT", "detail": {"currency_code": "USD"}}


def _v2_pages(
    total: int, *, key: str = "items", path: str = LIST, totals: bool = False, links: bool = True
) -> Any:
    """A PayPal v2 list: 1-based ``page``; ``next`` link while more remain."""

    def handler(rec: Recorded) -> Reply:
        page = int(rec.query.get("page", 1))
        size = int(rec.query.get("page_size", 20))
        start = (page - 1) * size
        chunk = [
            _invoice(n) if key == "items" else {"id": f"TEMP-{n:04d}", "name": f"t{n}"}
            for n in range(start, min(start + size, total))
        ]
        body: dict[str, Any] = {key: chunk}
        if links:
            body["links"] = [
                {"href": f"{path}?page={page}&page_size={size}", "rel": "self", "method": "GET"}
            ]
            if start + size < total:
                body["links"].append(
                    {
                        "href": f"{path}?page={page + 1}&page_size={size}",
                        "rel": "next",
                        "method": "GET",
                    }
                )
        if totals:
            body["total_items"] = total
            body["total_pages"] = -(-total // size)
        return Reply(200, body)

    return handler


def test_thousand_items_over_ten_pages_in_order(server: ScriptedServer, make_client: Any) -> None:
    server.route("GET", LIST, _v2_pages(1000))
    client = make_client()
    ids = [invoice.id for invoice in paginate(list_invoices, client=client)]
    assert ids == [f"INV2-{n:04d}" for n in range(1000)]
    calls = server.api_requests("GET", LIST)
    assert [c.query["page"] for c in calls] == [str(p) for p in range(1, 11)]
    assert {c.query["page_size"] for c in calls} == {"100"}  # PayPal's maximum by default


@pytest.mark.asyncio
async def test_thousand_items_over_ten_pages_in_order_async(
    server: ScriptedServer, aclient_factory: Any
) -> None:
    server.route("GET", LIST, _v2_pages(1000))
    client = aclient_factory()
    ids = [invoice.id async for invoice in apaginate(list_invoices, client=client)]
    assert ids == [f"INV2-{n:04d}" for n in range(1000)]
    assert len(server.api_requests("GET", LIST)) == 10


def test_one_page_in_memory_at_a_time(server: ScriptedServer, make_client: Any) -> None:
    server.route("GET", LIST, _v2_pages(1000))
    client = make_client()
    walk = paginate(list_invoices, client=client, page_size=50)
    first = next(walk)
    assert first.id == "INV2-0000"
    assert len(server.api_requests("GET", LIST)) == 1
    for _ in range(50):
        next(walk)
    assert len(server.api_requests("GET", LIST)) == 2
    walk.close()


def test_totals_stop_without_links(server: ScriptedServer, make_client: Any) -> None:
    server.route("GET", LIST, _v2_pages(200, totals=True, links=False))
    client = make_client()
    assert len(list(paginate(list_invoices, client=client, total_required=True))) == 200
    assert len(server.api_requests("GET", LIST)) == 2  # totals reached: no third request


def test_short_page_stops(server: ScriptedServer, make_client: Any) -> None:
    server.route("GET", LIST, _v2_pages(130, links=False))
    client = make_client()
    assert len(list(paginate(list_invoices, client=client))) == 130
    assert len(server.api_requests("GET", LIST)) == 2


def test_full_pages_without_links_or_totals_end_on_an_empty_page(
    server: ScriptedServer, make_client: Any
) -> None:
    server.route("GET", LIST, _v2_pages(200, links=False))
    client = make_client()
    assert len(list(paginate(list_invoices, client=client))) == 200
    assert len(server.api_requests("GET", LIST)) == 3  # the only way to know


def test_empty_list(server: ScriptedServer, make_client: Any) -> None:
    server.route("GET", LIST, lambda rec: Reply(200, {"items": [], "links": []}))
    client = make_client()
    assert list(paginate(list_invoices, client=client)) == []
    assert len(server.api_requests("GET", LIST)) == 1


def test_caller_page_size_and_start_page(server: ScriptedServer, make_client: Any) -> None:
    server.route("GET", LIST, _v2_pages(100))
    client = make_client()
    ids = [i.id for i in paginate(list_invoices, client=client, page=3, page_size=20)]
    assert ids == [f"INV2-{n:04d}" for n in range(40, 100)]
    assert [c.query["page"] for c in server.api_requests("GET", LIST)] == ["3", "4", "5"]


def test_search_invoices_posts_filters_each_page(server: ScriptedServer, make_client: Any) -> None:
    path = "/v2/invoicing/search-invoices"
    server.route("POST", path, _v2_pages(250, path=path))
    client = make_client()
    body = SearchData(recipient_email="bill@example.com")
    ids = [i.id for i in paginate(search_invoices, client=client, body=body)]
    assert ids == [f"INV2-{n:04d}" for n in range(250)]
    calls = server.api_requests("POST", path)
    assert [c.query["page"] for c in calls] == ["1", "2", "3"]
    assert all(c.json() == {"recipient_email": "bill@example.com"} for c in calls)
    assert len({c.headers["paypal-request-id"] for c in calls}) == 3  # one per call


def test_list_templates(server: ScriptedServer, make_client: Any) -> None:
    path = "/v2/invoicing/templates"
    server.route("GET", path, _v2_pages(150, key="templates", path=path))
    client = make_client()
    names = [t.name for t in paginate(list_templates, client=client)]
    assert names == [f"t{n}" for n in range(150)]
    assert len(server.api_requests("GET", path)) == 2


def _v1_invoices(total: int, *, in_body: bool) -> Any:
    """A PayPal v1 list: ``page`` is the zero-based index of the first item."""

    def handler(rec: Recorded) -> Reply:
        source = rec.json() if in_body else rec.query
        start = int(source.get("page", 0))
        size = int(source.get("page_size", 20))
        chunk = [
            {"id": f"INV2-{n:04d}", "merchant_info": {"email": "m@example.com"}}
            for n in range(start, min(start + size, total))
        ]
        return Reply(200, {"total_count": total, "invoices": chunk, "links": []})

    return handler


def test_v1_list_uses_a_start_index(server: ScriptedServer, make_client: Any) -> None:
    path = "/v1/invoicing/invoices"
    server.route("GET", path, _v1_invoices(50, in_body=False))
    client = make_client()
    ids = [i.id for i in paginate(v1_list_invoices, client=client, page_size=20)]
    assert ids == [f"INV2-{n:04d}" for n in range(50)]
    assert [c.query["page"] for c in server.api_requests("GET", path)] == ["0", "20", "40"]


def test_v1_list_stops_when_total_count_is_reached(
    server: ScriptedServer, make_client: Any
) -> None:
    path = "/v1/invoicing/invoices"
    server.route("GET", path, _v1_invoices(40, in_body=False))
    client = make_client()
    assert len(list(paginate(v1_list_invoices, client=client, page_size=20))) == 40
    assert len(server.api_requests("GET", path)) == 2


@pytest.mark.asyncio
async def test_v1_search_pages_in_the_body(server: ScriptedServer, aclient_factory: Any) -> None:
    path = "/v1/invoicing/search"
    server.route("POST", path, _v1_invoices(45, in_body=True))
    client = aclient_factory()
    body = V1Search(email="bill@example.com")
    ids = [
        i.id async for i in apaginate(v1_search_invoices, client=client, body=body, page_size=20)
    ]
    assert ids == [f"INV2-{n:04d}" for n in range(45)]
    calls = server.api_requests("POST", path)
    assert [(c.json()["page"], c.json()["page_size"]) for c in calls] == [
        (0, 20),
        (20, 20),
        (40, 20),
    ]
    assert all(c.json()["email"] == "bill@example.com" for c in calls)
    assert body.page is not None and not isinstance(body.page, int)  # the caller's body untouched


def test_v1_search_without_a_body(server: ScriptedServer, make_client: Any) -> None:
    path = "/v1/invoicing/search"
    server.route("POST", path, _v1_invoices(5, in_body=True))
    client = make_client()
    assert len(list(paginate(v1_search_invoices, client=client))) == 5
    assert server.api_requests("POST", path)[0].json()["page"] == 0


def test_unpaged_list_is_one_request(server: ScriptedServer, make_client: Any) -> None:
    path = "/v1/invoicing/templates"
    server.route("GET", path, lambda rec: Reply(200, {"templates": [{"template_id": "T1"}]}))
    client = make_client()
    assert len(list(paginate(v1_list_templates, client=client))) == 1
    assert len(server.api_requests("GET", path)) == 1


def test_not_a_paged_operation(server: ScriptedServer, make_client: Any) -> None:
    server.route(
        "GET",
        "/v2/invoicing/invoices/INV2-1",
        lambda rec: Reply(200, {"id": "INV2-1", "detail": {"currency_code": "USD"}}),
    )
    client = make_client()
    with pytest.raises(PayPalInvoicingError, match="not a page"):
        list(paginate(get_invoice, client=client, invoice_id="INV2-1"))


# -- v1 body paging: the body's page / page_size are honoured, conflicts are refused ------------


def test_v1_search_takes_page_and_page_size_from_the_body(
    server: ScriptedServer, make_client: Any
) -> None:
    path = "/v1/invoicing/search"
    server.route("POST", path, _v1_invoices(22, in_body=True))
    client = make_client()
    body = V1Search(page=10, page_size=5)
    ids = [i.id for i in paginate(v1_search_invoices, client=client, body=body)]
    assert ids == [f"INV2-{n:04d}" for n in range(10, 22)]
    calls = server.api_requests("POST", path)
    assert [(c.json()["page"], c.json()["page_size"]) for c in calls] == [
        (10, 5),
        (15, 5),
        (20, 5),
    ]
    assert (body.page, body.page_size) == (10, 5)  # the caller's body untouched


@pytest.mark.asyncio
async def test_v1_search_takes_page_size_from_the_body_async(
    server: ScriptedServer, aclient_factory: Any
) -> None:
    path = "/v1/invoicing/search"
    server.route("POST", path, _v1_invoices(12, in_body=True))
    client = aclient_factory()
    body = V1Search(page_size=5)
    ids = [i.id async for i in apaginate(v1_search_invoices, client=client, body=body)]
    assert len(ids) == 12
    assert [c.json()["page"] for c in server.api_requests("POST", path)] == [0, 5, 10]


def test_matching_keyword_and_body_values_are_fine(
    server: ScriptedServer, make_client: Any
) -> None:
    path = "/v1/invoicing/search"
    server.route("POST", path, _v1_invoices(7, in_body=True))
    client = make_client()
    body = V1Search(page=0, page_size=5)
    assert len(list(paginate(v1_search_invoices, client=client, body=body, page=0, page_size=5)))
    assert server.api_requests("POST", path)[0].json()["page_size"] == 5


@pytest.mark.parametrize(
    ("body", "keywords", "field"),
    [
        (V1Search(page=10, page_size=5), {"page": 0}, "page"),
        (V1Search(page=10, page_size=5), {"page_size": 20}, "page_size"),
        (V1Search(page_size=5), {"page_size": 100}, "page_size"),
    ],
)
def test_conflicting_keyword_and_body_values_are_refused(
    server: ScriptedServer, make_client: Any, body: V1Search, keywords: dict[str, int], field: str
) -> None:
    client = make_client()
    with pytest.raises(ConfigurationError, match=rf"\b{field}=") as caught:
        list(paginate(v1_search_invoices, client=client, body=body, **keywords))
    assert f"body.{field}" in str(caught.value)
    assert server.api_requests() == []


@pytest.mark.asyncio
async def test_conflicting_values_are_refused_async(
    server: ScriptedServer, aclient_factory: Any
) -> None:
    client = aclient_factory()
    body = V1Search(page=10)
    with pytest.raises(ConfigurationError, match="page"):
        [i async for i in apaginate(v1_search_invoices, client=client, body=body, page=0)]
    assert server.api_requests() == []


@pytest.mark.parametrize(
    ("keywords", "field"),
    [
        ({"page_size": 0}, "page_size"),
        ({"page_size": "abc"}, "page_size"),
        ({"page_size": True}, "page_size"),
        ({"page": "2"}, "page"),
        ({"page": -1}, "page"),
    ],
)
def test_bad_paging_keywords_are_named(
    server: ScriptedServer, make_client: Any, keywords: dict[str, Any], field: str
) -> None:
    client = make_client()
    with pytest.raises(ConfigurationError, match=field):
        list(paginate(list_invoices, client=client, **keywords))
    assert server.api_requests() == []


@pytest.mark.parametrize("endpoint", [list_invoices, v1_search_invoices])
def test_a_page_size_above_100_is_refused_before_any_request(
    server: ScriptedServer, make_client: Any, endpoint: Any
) -> None:
    client = make_client()
    with pytest.raises(ConfigurationError, match=r"page_size must be at most 100.*100000"):
        paginate(endpoint, client=client, page_size=100000)
    with pytest.raises(ConfigurationError, match=r"^body\.page_size must be at most 100"):
        paginate(v1_search_invoices, client=client, body=V1Search(page_size=101))
    assert server.api_requests() == []


def test_a_missing_required_body_is_named_before_any_request(
    server: ScriptedServer, make_client: Any, aclient_factory: Any
) -> None:
    """v2 search needs its criteria (v1 search pages in its body, which defaults to empty)."""
    with pytest.raises(
        ConfigurationError, match=r"^body: \S+\.search_invoices needs body= \(SearchData\)"
    ):
        paginate(search_invoices, client=make_client())
    with pytest.raises(ConfigurationError, match="needs body="):
        apaginate(search_invoices, client=aclient_factory())
    assert server.api_requests() == []


@pytest.mark.asyncio
async def test_a_page_size_above_100_is_refused_async(
    server: ScriptedServer, aclient_factory: Any
) -> None:
    with pytest.raises(ConfigurationError, match="page_size must be at most 100"):
        apaginate(list_invoices, client=aclient_factory(), page_size=101)
    assert server.api_requests() == []


# -- the table of paged operations -------------------------------------------------------------


@pytest.mark.parametrize("page", [2.0, 1.5])
def test_a_float_page_is_refused_naming_it(
    server: ScriptedServer, make_client: Any, page: float
) -> None:
    client = make_client()
    with pytest.raises(ConfigurationError, match=r"^page must be an integer"):
        paginate(list_invoices, client=client, page=page)
    with pytest.raises(ConfigurationError, match=r"^body\.page must be an integer"):
        paginate(v1_search_invoices, client=client, body=V1Search(page=page))  # type: ignore[arg-type]
    assert server.api_requests() == []


@pytest.mark.asyncio
async def test_a_float_page_size_is_refused_async(
    server: ScriptedServer, aclient_factory: Any
) -> None:
    client = aclient_factory()
    with pytest.raises(ConfigurationError, match="page_size"):
        apaginate(list_invoices, client=client, page_size=50.0)
    assert server.api_requests() == []


def test_an_operation_outside_the_table_is_refused_before_any_request(
    server: ScriptedServer, make_client: Any
) -> None:
    with pytest.raises(
        ConfigurationError, match=r"get_invoice.? is not a paged operation"
    ) as caught:
        paginate(get_invoice, client=make_client(), invoice_id="INV2-1")
    assert "list_invoices" in str(caught.value)
    assert server.api_requests() == []


def test_paging_an_unpaged_list_is_refused(server: ScriptedServer, make_client: Any) -> None:
    with pytest.raises(ConfigurationError, match="v1_list_templates"):
        paginate(v1_list_templates, client=make_client(), page_size=10)
    assert server.api_requests() == []


def test_the_table_names_every_paged_operation() -> None:
    from paypal_invoicing.pagination import PAGED_OPERATIONS

    short = {name.rsplit(".", 1)[1]: op for name, op in PAGED_OPERATIONS.items()}
    assert set(short) == {
        "list_invoices",
        "search_invoices",
        "list_templates",
        "v1_list_invoices",
        "v1_search_invoices",
        "v1_list_templates",
    }
    for module in (list_invoices, search_invoices, list_templates, v1_list_invoices):
        assert module.__name__ in PAGED_OPERATIONS
    assert short["v1_search_invoices"].paging == "body"
    assert short["v1_list_invoices"].start_index


def test_yielded_items_are_the_operation_item_models(
    server: ScriptedServer, make_client: Any
) -> None:
    from paypal_invoicing_client.models.invoice import Invoice

    server.route("GET", LIST, _v2_pages(3))
    items = list(paginate(list_invoices, client=make_client()))
    assert [type(i) for i in items] == [Invoice] * 3
