"""Templates: list (with the merchant's addresses, emails, phones), create, get, update, delete."""

from __future__ import annotations

from typing import Any

import httpx

from .helpers import issues

TPL = "/v2/invoicing/templates"


def template(name: str = "Consulting", default: bool = False) -> dict[str, Any]:
    return {
        "name": name,
        "default_template": default,
        "unit_of_measure": "HOURS",
        "template_info": {
            "detail": {
                "currency_code": "USD",
                "note": "Thanks",
                "payment_term": {"term_type": "NET_30"},
            },
            "items": [
                {
                    "name": "Hour",
                    "quantity": "2",
                    "unit_amount": {"currency_code": "USD", "value": "80.00"},
                    "tax": {"name": "Tax", "percent": "10"},
                }
            ],
        },
        "settings": {
            "template_item_settings": [
                {"field_name": "items.tax", "display_preference": {"hidden": True}}
            ]
        },
    }


def test_template_crud(api: httpx.Client) -> None:
    created = api.post(TPL, json=template(), headers={"Prefer": "return=representation"})
    assert created.status_code == 201
    body = created.json()
    assert body["id"].startswith("TEMP-")
    assert body["template_info"]["amount"]["value"] == "176.00"
    assert body["standard_template"] is False
    template_id = body["id"]

    fetched = api.get(f"{TPL}/{template_id}")
    assert fetched.status_code == 200
    assert fetched.json()["name"] == "Consulting"

    updated = api.put(
        f"{TPL}/{template_id}", json=template("Advice"), headers={"Prefer": "return=representation"}
    )
    assert updated.status_code == 200
    assert updated.json()["name"] == "Advice"

    listed = api.get(TPL).json()
    assert [t["id"] for t in listed["templates"]] == [template_id]
    assert listed["emails"] == ["merchant@example.com"]
    assert listed["addresses"][0]["country_code"] == "US"
    assert listed["phones"][0]["national_number"] == "4085551234"
    assert "template_info" not in api.get(TPL, params={"fields": "none"}).json()["templates"][0]

    assert api.delete(f"{TPL}/{template_id}").status_code == 204
    missing = api.get(f"{TPL}/{template_id}")
    assert missing.status_code == 404
    assert issues(missing) == ["TEMPLATE_NOT_FOUND"]


def test_create_template_minimal_answers_a_link(api: httpx.Client) -> None:
    response = api.post(TPL, json=template())
    assert response.status_code == 201
    assert response.json()["rel"] == "self"
    assert (
        api.get(response.json()["href"].split(str(api.base_url).rstrip("/"))[1]).status_code == 200
    )


def test_duplicate_template_name_refused(api: httpx.Client) -> None:
    api.post(TPL, json=template())
    response = api.post(TPL, json=template())
    assert response.status_code == 422
    assert issues(response) == ["DUPLICATE_TEMPLATE_NAME"]
    assert len(api.get(TPL).json()["templates"]) == 1


def test_only_one_default_template(api: httpx.Client) -> None:
    api.post(TPL, json=template("A", default=True))
    api.post(TPL, json=template("B", default=True))
    defaults = [t["name"] for t in api.get(TPL).json()["templates"] if t["default_template"]]
    assert defaults == ["B"]


def test_template_name_is_optional_as_in_paypals_schema(api: httpx.Client) -> None:
    body = template()
    del body["name"]
    response = api.post(TPL, json=body, headers={"Prefer": "return=representation"})
    assert response.status_code == 201, response.text
    assert "name" not in response.json()
    assert api.post(TPL, json=body).status_code == 201  # no name, so no duplicate either
    named = api.post(TPL, json=template("Twice"))
    assert named.status_code == 201
    again = api.post(TPL, json=template("Twice"))
    assert again.status_code == 422
    assert again.json()["details"][0]["field"] == "/name"


def test_bad_fields_value(api: httpx.Client) -> None:
    assert api.get(TPL, params={"fields": "some"}).status_code == 400
