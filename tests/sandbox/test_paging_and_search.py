"""List and search: paging links and totals, and the v2 search filters."""

from __future__ import annotations

from typing import Any
from urllib.parse import parse_qs, urlsplit

import httpx
import pytest

from paypal_invoicing.sandbox import SandboxServer

from .helpers import create, simple_invoice

INV = "/v2/invoicing/invoices"
SEARCH = "/v2/invoicing/search-invoices"


def make(api: httpx.Client, n: int) -> list[str]:
    return [create(api, simple_invoice(f"{i + 1}.00"))["id"] for i in range(n)]


def links(body: dict[str, Any]) -> dict[str, dict[str, str]]:
    return {link["rel"]: link for link in body["links"]}


def query_of(href: str) -> dict[str, str]:
    return {k: v[0] for k, v in parse_qs(urlsplit(href).query).items()}


def test_paging_links_and_totals(server: SandboxServer, api: httpx.Client) -> None:
    ids = make(api, 7)
    body = api.get(INV, params={"page": 2, "page_size": 3, "total_required": "true"}).json()
    assert body["total_items"] == 7
    assert body["total_pages"] == 3
    assert [i["id"] for i in body["items"]] == list(reversed(ids))[3:6]  # newest first
    rels = links(body)
    assert set(rels) == {"self", "first", "prev", "next", "last"}
    for link in rels.values():
        assert link["href"].startswith(server.url + INV + "?")
        assert link["method"] == "GET"
    assert query_of(rels["next"]["href"])["page"] == "3"
    assert query_of(rels["prev"]["href"])["page"] == "1"
    assert query_of(rels["last"]["href"])["page"] == "3"
    assert query_of(rels["next"]["href"])["page_size"] == "3"


def test_following_next_links_visits_every_invoice_once(api: httpx.Client) -> None:
    ids = make(api, 5)
    seen: list[str] = []
    url: str | None = INV + "?page_size=2"
    while url:
        body = api.get(url).json()
        seen += [item["id"] for item in body["items"]]
        url = links(body).get("next", {}).get("href")
    assert sorted(seen) == sorted(ids)


def test_first_and_last_pages(api: httpx.Client) -> None:
    make(api, 3)
    first = api.get(INV, params={"page_size": 2}).json()
    assert "prev" not in links(first)
    assert "total_items" not in first
    last = api.get(INV, params={"page": 2, "page_size": 2}).json()
    assert "next" not in links(last)
    assert len(last["items"]) == 1


def test_default_page_size_is_20(api: httpx.Client) -> None:
    make(api, 21)
    body = api.get(INV).json()
    assert len(body["items"]) == 20
    assert query_of(links(body)["next"]["href"])["page"] == "2"


@pytest.mark.parametrize(
    ("params", "field", "issue"),
    [
        ({"page_size": 101}, "page_size", "INVALID_PARAMETER_VALUE"),
        ({"page_size": 0}, "page_size", "INVALID_PARAMETER_VALUE"),
        ({"page": 0}, "page", "INVALID_PARAMETER_VALUE"),
        ({"page": "x"}, "page", "INVALID_PARAMETER_SYNTAX"),
        ({"total_required": "yes"}, "total_required", "INVALID_PARAMETER_SYNTAX"),
    ],
)
def test_bad_paging_is_400(
    api: httpx.Client, params: dict[str, Any], field: str, issue: str
) -> None:
    for response in (api.get(INV, params=params), api.post(SEARCH, params=params, json={})):
        assert response.status_code == 400
        assert response.json()["name"] == "INVALID_REQUEST"
        assert response.json()["details"][0]["field"] == field
        assert response.json()["details"][0]["issue"] == issue
        assert response.json()["details"][0]["location"] == "query"


def test_list_items_are_summaries_unless_fields_all(api: httpx.Client) -> None:
    make(api, 1)
    summary = api.get(INV).json()["items"][0]
    assert "items" not in summary
    assert set(summary["amount"]) == {"currency_code", "value"}
    assert summary["due_amount"]["value"] == "1.00"
    full = api.get(INV, params={"fields": "all"}).json()["items"][0]
    assert full["items"][0]["name"] == "Work"
    with_amount = api.get(INV, params={"fields": "amount"}).json()["items"][0]
    assert "breakdown" in with_amount["amount"]


def _search(api: httpx.Client, filters: dict[str, Any]) -> list[str]:
    response = api.post(SEARCH, json=filters, params={"page_size": 100})
    assert response.status_code == 200, response.text
    return [item["id"] for item in response.json()["items"]]


def test_search_filters(api: httpx.Client) -> None:
    a = simple_invoice("10.00")
    a["detail"].update(
        {
            "invoice_number": "A-1",
            "reference": "PO-77",
            "memo": "Blue widgets",
            "invoice_date": "2024-01-10",
            "payment_term": {"due_date": "2024-02-10"},
        }
    )
    b = simple_invoice("500.00", "EUR")
    b["primary_recipients"][0]["billing_info"] = {
        "email_address": "Other@Example.com",
        "business_name": "Acme Corp",
        "name": {"given_name": "Grace", "surname": "Hopper"},
    }
    b["detail"].update({"invoice_number": "B-1", "invoice_date": "2024-03-01"})
    id_a, id_b = create(api, a)["id"], create(api, b)["id"]
    api.post(f"{INV}/{id_b}/send")

    assert _search(api, {}) == [id_b, id_a]
    assert _search(api, {"recipient_email": "other@example.com"}) == [id_b]
    assert _search(api, {"recipient_first_name": "ada"}) == [id_a]
    assert _search(api, {"recipient_last_name": "Hopper"}) == [id_b]
    assert _search(api, {"recipient_business_name": "acme"}) == [id_b]
    assert _search(api, {"invoice_number": "A-1"}) == [id_a]
    assert _search(api, {"status": ["SENT", "PAID"]}) == [id_b]
    assert _search(api, {"status": ["DRAFT"]}) == [id_a]
    assert _search(api, {"reference": "PO-77"}) == [id_a]
    assert _search(api, {"currency_code": "EUR"}) == [id_b]
    assert _search(api, {"memo": "widgets"}) == [id_a]
    assert _search(api, {"archived": False}) == [id_b, id_a]
    assert _search(api, {"archived": True}) == []
    assert _search(
        api,
        {
            "total_amount_range": {
                "lower_amount": {"currency_code": "USD", "value": "5.00"},
                "upper_amount": {"currency_code": "USD", "value": "20.00"},
            }
        },
    ) == [id_a]
    assert _search(api, {"invoice_date_range": {"start": "2024-02-01", "end": "2024-03-31"}}) == [
        id_b
    ]
    assert _search(api, {"due_date_range": {"start": "2024-02-01", "end": "2024-02-28"}}) == [id_a]
    assert _search(
        api,
        {"creation_date_range": {"start": "2000-01-01T00:00:00Z", "end": "2999-01-01T00:00:00Z"}},
    ) == [id_b, id_a]
    assert (
        _search(
            api,
            {
                "creation_date_range": {
                    "start": "2000-01-01T00:00:00Z",
                    "end": "2000-01-02T00:00:00Z",
                }
            },
        )
        == []
    )
    assert _search(api, {"currency_code": "EUR", "status": ["DRAFT"]}) == []


def test_search_by_payment_date(api: httpx.Client) -> None:
    inv = create(api, simple_invoice())
    api.post(f"{INV}/{inv['id']}/send")
    api.post(
        f"{INV}/{inv['id']}/payments",
        json={
            "method": "CASH",
            "payment_date": "2024-05-01",
            "amount": {"currency_code": "USD", "value": "100.00"},
        },
    )
    assert _search(
        api,
        {"payment_date_range": {"start": "2024-05-01T00:00:00Z", "end": "2024-05-02T00:00:00Z"}},
    ) == [inv["id"]]
    assert (
        _search(
            api,
            {
                "payment_date_range": {
                    "start": "2024-06-01T00:00:00Z",
                    "end": "2024-06-02T00:00:00Z",
                }
            },
        )
        == []
    )


def test_search_paging_links_are_post(server: SandboxServer, api: httpx.Client) -> None:
    make(api, 3)
    body = api.post(SEARCH, params={"page_size": 1, "total_required": "true"}, json={}).json()
    assert body["total_pages"] == 3
    assert links(body)["next"]["method"] == "POST"
    assert links(body)["next"]["href"].startswith(server.url + SEARCH)


def test_search_bad_status_is_400(api: httpx.Client) -> None:
    response = api.post(SEARCH, json={"status": ["NOPE"]})
    assert response.status_code == 400
    assert response.json()["details"][0]["field"] == "/status/0"
    assert response.json()["details"][0]["issue"] == "INVALID_PARAMETER_VALUE"
