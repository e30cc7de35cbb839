"""Contract: every v2 template operation, sync, through ``connect()`` and its cassette."""

from __future__ import annotations

from http import HTTPStatus

import pytest

from paypal_invoicing import NotFoundError
from paypal_invoicing_client import AuthenticatedClient
from paypal_invoicing_client.api.templates import (
    create_template,
    delete_template,
    get_template,
    list_templates,
    update_template,
)
from paypal_invoicing_client.models import ListTemplatesFields, Template, Templates
from tests.contract import bodies
from tests.contract.conftest import Contract


def _created(client: AuthenticatedClient, name: str = "Contract template") -> Template:
    template = create_template.sync(
        client=client,
        body=Template.from_dict(bodies.template(name)),
        prefer="return=representation",
    )
    assert isinstance(template, Template), template
    return template


def test_create_template(contract: Contract) -> None:
    response = create_template.sync_detailed(
        client=contract.client,
        body=Template.from_dict(bodies.template()),
        prefer="return=representation",
    )
    assert response.status_code == HTTPStatus.CREATED
    template = response.parsed
    assert isinstance(template, Template)
    assert template.id.startswith("TEMP-")
    assert template.name == "Contract template"
    assert template.default_template is False
    assert template.template_info.detail.currency_code == "USD"
    assert template.template_info.items[0].name == "Consulting hour"
    assert template.template_info.items[0].unit_amount.value == "80.00"
    assert template.unit_of_measure.value == "HOURS"
    setting = template.settings.template_item_settings[0]
    assert setting.field_name.value == "items.date"
    assert setting.display_preference.hidden is True


def test_get_template(contract: Contract) -> None:
    template_id = _created(contract.client).id
    template = get_template.sync(template_id, client=contract.client)
    assert isinstance(template, Template)
    assert template.id == template_id
    assert template.name == "Contract template"
    assert template.template_info.detail.payment_term.term_type.value == "NET_30"
    assert any(link.rel == "self" for link in template.links)


def test_list_templates(contract: Contract) -> None:
    first = _created(contract.client, "First template")
    second = _created(contract.client, "Second template")
    response = list_templates.sync_detailed(
        client=contract.client, page=1, page_size=10, fields=ListTemplatesFields.ALL
    )
    assert response.status_code == HTTPStatus.OK
    listing = response.parsed
    assert isinstance(listing, Templates)
    names = {t.id: t.name for t in listing.templates}
    assert names[first.id] == "First template"
    assert names[second.id] == "Second template"
    assert listing.emails  # the merchant's addresses, emails and phones come with the list
    assert listing.addresses[0].country_code == "US"


def test_list_templates_without_fields(contract: Contract) -> None:
    _created(contract.client)
    listing = list_templates.sync(client=contract.client, fields=ListTemplatesFields.NONE)
    assert isinstance(listing, Templates)
    assert [t.name for t in listing.templates][-1] == "Contract template"


def test_update_template(contract: Contract) -> None:
    template = _created(contract.client)
    template.name = "Renamed template"
    template.template_info.items[0].unit_amount.value = "95.00"
    response = update_template.sync_detailed(
        template.id, client=contract.client, body=template, prefer="return=representation"
    )
    assert response.status_code == HTTPStatus.OK
    updated = response.parsed
    assert isinstance(updated, Template)
    assert updated.id == template.id
    assert updated.name == "Renamed template"
    assert updated.template_info.items[0].unit_amount.value == "95.00"


def test_delete_template(contract: Contract) -> None:
    template_id = _created(contract.client).id
    response = delete_template.sync_detailed(template_id, client=contract.client)
    assert response.status_code == HTTPStatus.NO_CONTENT
    assert response.content == b""
    with pytest.raises(NotFoundError):
        get_template.sync(template_id, client=contract.client)
