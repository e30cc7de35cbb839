"""Answers lost after PayPal committed: no duplicate, nothing reported failed that happened.

The embedded sandbox honours ``PayPal-Request-Id`` (a repeated POST replays the first answer);
:class:`~tests.overlay.losing_proxy.LosingProxy` in front of it drops the answer of a request the
sandbox has already carried out.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from typing import Any

import pytest

from paypal_invoicing import APIConnectionError, RetryPolicy, connect
from paypal_invoicing.sandbox import SandboxServer
from paypal_invoicing_client.api.invoices import (
    create_invoice,
    delete_invoice,
    get_invoice,
    list_invoices,
    record_invoice_payment,
)
from paypal_invoicing_client.api.v1_invoices import v1_create_invoice, v1_list_invoices
from paypal_invoicing_client.models import Invoice, PaymentDetail, PaymentReference
from paypal_invoicing_client.models.v1_invoice import V1Invoice
from tests.contract import bodies, flows
from tests.overlay.losing_proxy import LosingProxy

CLIENT_ID = "lost-answers-client"
CLIENT_SECRET = "lost-answers-secret"
FAST = RetryPolicy(max_retries=2, initial_delay=0.01, max_delay=0.05)
CREATE = "/v2/invoicing/invoices"


@pytest.fixture
def proxy() -> Iterator[LosingProxy]:
    server = SandboxServer(client_id=CLIENT_ID, client_secret=CLIENT_SECRET).start()
    try:
        with LosingProxy(server.url).running() as losing:
            yield losing
    finally:
        server.stop()


@pytest.fixture
def client(proxy: LosingProxy) -> Iterator[Any]:
    made = connect(CLIENT_ID, CLIENT_SECRET, base_url=proxy.url, retry_policy=FAST, timeout=10)
    yield made
    made.get_httpx_client().close()


def _count(client: Any) -> int:
    page = list_invoices.sync(client=client, total_required=True, page_size=100)
    return int(page.total_items)  # type: ignore[union-attr]


def test_create_whose_answer_is_lost_is_created_once(client: Any, proxy: LosingProxy) -> None:
    proxy.lose("POST", CREATE)
    invoice = create_invoice.sync(
        client=client,
        body=Invoice.from_dict(bodies.invoice()),
        prefer="return=representation",
    )
    assert isinstance(invoice, Invoice)
    attempts = proxy.calls("POST", CREATE)
    assert [a.lost for a in attempts] == [True, False]
    assert attempts[0].status == attempts[1].status == 201  # the first one created
    assert attempts[0].request_id == attempts[1].request_id is not None
    assert _count(client) == 1  # the replay returned the first invoice, no second one
    assert get_invoice.sync(invoice.id, client=client).id == invoice.id  # type: ignore[union-attr]


def test_payment_whose_answer_is_lost_is_recorded_once(client: Any, proxy: LosingProxy) -> None:
    invoice = flows.sent(client, partial=True)
    path = f"/v2/invoicing/invoices/{invoice.id}/payments"
    proxy.lose("POST", path)
    reference = record_invoice_payment.sync(
        invoice.id, client=client, body=PaymentDetail.from_dict(bodies.payment("30.00"))
    )
    assert isinstance(reference, PaymentReference)
    assert [a.lost for a in proxy.calls("POST", path)] == [True, False]
    after = get_invoice.sync(invoice.id, client=client)
    assert isinstance(after, Invoice)
    payments = after.payments.transactions  # type: ignore[union-attr]
    assert len(payments) == 1
    assert payments[0].payment_id == reference.payment_id


def test_delete_whose_answer_is_lost_counts_as_done(
    client: Any, proxy: LosingProxy, caplog: pytest.LogCaptureFixture
) -> None:
    invoice = flows.created(client)
    path = f"/v2/invoicing/invoices/{invoice.id}"
    proxy.lose("DELETE", path)
    with caplog.at_level(logging.INFO, logger="paypal_invoicing"):
        response = delete_invoice.sync_detailed(invoice.id, client=client)
    assert response.status_code == 204
    assert [(a.status, a.lost) for a in proxy.calls("DELETE", path)] == [(204, True), (404, False)]
    assert any("counted as done" in r.getMessage() for r in caplog.records)
    assert _count(client) == 0


def test_delete_of_a_missing_invoice_still_raises_not_found(client: Any) -> None:
    from paypal_invoicing import NotFoundError

    with pytest.raises(NotFoundError):
        delete_invoice.sync_detailed("INV2-NOPE-NOPE-NOPE-NOPE", client=client)


def test_v1_create_whose_answer_is_lost_is_not_replayed(client: Any, proxy: LosingProxy) -> None:
    # v1 declares no PayPal-Request-Id: a second attempt could create a second invoice.
    path = "/v1/invoicing/invoices"
    proxy.lose("POST", path)
    with pytest.raises(APIConnectionError) as caught:
        v1_create_invoice.sync(client=client, body=V1Invoice.from_dict(bodies.v1_invoice()))
    assert len(proxy.calls("POST", path)) == 1
    assert "may have reached PayPal" in str(caught.value)
    assert caught.value.request_id is None
    listed = v1_list_invoices.sync(client=client, total_count_required=True)
    assert listed.total_count == 1  # type: ignore[union-attr]


def test_exhausted_retries_give_the_request_id_to_try_again(
    client: Any, proxy: LosingProxy
) -> None:
    proxy.lose("POST", CREATE, times=3)  # every attempt creates (once) and loses its answer
    body = Invoice.from_dict(bodies.invoice())
    with pytest.raises(APIConnectionError) as caught:
        create_invoice.sync(client=client, body=body)
    request_id = caught.value.request_id
    assert request_id is not None
    assert {a.request_id for a in proxy.calls("POST", CREATE)} == {request_id}
    # Re-issuing with that id gets what PayPal committed instead of a second invoice.
    again = create_invoice.sync(client=client, body=body, pay_pal_request_id=request_id)
    assert isinstance(again, Invoice)
    assert _count(client) == 1
