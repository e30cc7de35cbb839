"""Contract: the async variants (``asyncio`` / ``asyncio_detailed``) of representative operations.

They share the sync tests' request bodies, so a difference between the sync and async code paths
of the generated client shows up as a cassette mismatch here.
"""

from __future__ import annotations

from http import HTTPStatus

import pytest

from paypal_invoicing_client import AuthenticatedClient
from paypal_invoicing_client.api.invoices import (
    create_invoice,
    generate_invoice_qr_code,
    get_invoice,
    list_invoices,
    record_invoice_payment,
    search_invoices,
    send_invoice,
)
from paypal_invoicing_client.api.templates import create_template, list_templates
from paypal_invoicing_client.models import (
    Invoice,
    Invoices,
    InvoiceStatus,
    Notification,
    PaymentDetail,
    PaymentReference,
    QrConfig,
    SearchData,
    SendInvoiceResponse,
    Template,
    Templates,
)
from tests.contract import bodies
from tests.contract.conftest import HTTP_BACKENDS, Contract, recording


@pytest.fixture(params=HTTP_BACKENDS)
def http_backend(request: pytest.FixtureRequest) -> str:
    """Each test replays its one cassette on both backends (vcrpy patches httpx's transports
    and aiohttp's ``ClientSession._request``); cassettes are recorded through httpx."""
    if request.param != "httpx" and recording(request.config):
        pytest.skip("cassettes are recorded through httpx; the aiohttp run replays them")
    return str(request.param)


async def _created(client: AuthenticatedClient, **options: object) -> Invoice:
    invoice = await create_invoice.asyncio(
        client=client,
        body=Invoice.from_dict(bodies.invoice(**options)),  # type: ignore[arg-type]
        prefer="return=representation",
    )
    assert isinstance(invoice, Invoice), invoice
    return invoice


async def _sent(client: AuthenticatedClient, **options: object) -> Invoice:
    invoice = await _created(client, **options)
    await send_invoice.asyncio_detailed(
        invoice.id, client=client, body=Notification.from_dict(bodies.notification())
    )
    return invoice


@pytest.mark.asyncio
async def test_create_invoice_async(contract: Contract) -> None:
    response = await create_invoice.asyncio_detailed(
        client=contract.client,
        body=Invoice.from_dict(bodies.invoice()),
        prefer="return=representation",
    )
    assert response.status_code == HTTPStatus.CREATED
    invoice = response.parsed
    assert isinstance(invoice, Invoice)
    assert invoice.status == InvoiceStatus.DRAFT
    assert invoice.amount.value == "127.25"


@pytest.mark.asyncio
async def test_get_invoice_async(contract: Contract) -> None:
    invoice_id = (await _created(contract.client)).id
    invoice = await get_invoice.asyncio(invoice_id, client=contract.client)
    assert isinstance(invoice, Invoice)
    assert invoice.id == invoice_id
    detailed = await get_invoice.asyncio_detailed(invoice_id, client=contract.client)
    assert detailed.status_code == HTTPStatus.OK
    assert isinstance(detailed.parsed, Invoice)
    assert detailed.parsed.detail.invoice_number == invoice.detail.invoice_number


@pytest.mark.asyncio
async def test_list_invoices_async(contract: Contract) -> None:
    first = await _created(contract.client, value="10.00")
    second = await _created(contract.client, value="20.00")
    page = await list_invoices.asyncio(
        client=contract.client, page=1, page_size=10, total_required=True
    )
    assert isinstance(page, Invoices)
    assert page.total_items == 2
    assert {item.id for item in page.items} == {first.id, second.id}


@pytest.mark.asyncio
async def test_search_invoices_async(contract: Contract) -> None:
    draft = await _created(contract.client, value="10.00")
    await _sent(contract.client, value="20.00")
    response = await search_invoices.asyncio_detailed(
        client=contract.client,
        body=SearchData.from_dict({"status": ["DRAFT"], "currency_code": "USD"}),
        total_required=True,
    )
    assert response.status_code == HTTPStatus.OK
    page = response.parsed
    assert isinstance(page, Invoices)
    assert page.total_items == 1
    assert [item.id for item in page.items] == [draft.id]


@pytest.mark.asyncio
async def test_send_invoice_async(contract: Contract) -> None:
    invoice_id = (await _created(contract.client)).id
    answer = await send_invoice.asyncio(
        invoice_id, client=contract.client, body=Notification.from_dict(bodies.notification())
    )
    assert isinstance(answer, SendInvoiceResponse)
    assert answer.links[0].rel == "payer-view"
    invoice = await get_invoice.asyncio(invoice_id, client=contract.client)
    assert isinstance(invoice, Invoice)
    assert invoice.status == InvoiceStatus.SENT


@pytest.mark.asyncio
async def test_record_invoice_payment_async(contract: Contract) -> None:
    invoice_id = (await _sent(contract.client)).id
    response = await record_invoice_payment.asyncio_detailed(
        invoice_id, client=contract.client, body=PaymentDetail.from_dict(bodies.payment("127.25"))
    )
    assert response.status_code == HTTPStatus.OK
    assert isinstance(response.parsed, PaymentReference)
    invoice = await get_invoice.asyncio(invoice_id, client=contract.client)
    assert isinstance(invoice, Invoice)
    assert invoice.status == InvoiceStatus.MARKED_AS_PAID
    assert invoice.payments.transactions[0].payment_id == response.parsed.payment_id


@pytest.mark.asyncio
async def test_generate_invoice_qr_code_async(contract: Contract) -> None:
    invoice_id = (await _sent(contract.client)).id
    text = await generate_invoice_qr_code.asyncio(
        invoice_id, client=contract.client, body=QrConfig(width=200, height=200)
    )
    assert isinstance(text, str)
    assert 'name="image"' in text


@pytest.mark.asyncio
async def test_templates_async(contract: Contract) -> None:
    template = await create_template.asyncio(
        client=contract.client,
        body=Template.from_dict(bodies.template()),
        prefer="return=representation",
    )
    assert isinstance(template, Template)
    listing = await list_templates.asyncio(client=contract.client)
    assert isinstance(listing, Templates)
    assert [t.id for t in listing.templates] == [template.id]
