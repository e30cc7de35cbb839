"""Answers lost after PayPal committed, through ``connect()``: what the caller is told.

The embedded sandbox's after-commit faults carry out a call and then lose its answer. That a
create, a payment or a delete is made once, and that a v1 POST is not replayed, is shown in
``tests/sandbox/test_after_commit.py``; here: the delete counted as done is logged, a delete of
what never existed still raises, and when every attempt loses its answer the error hands back
the ``PayPal-Request-Id`` that finds what PayPal made.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator

import pytest

from paypal_invoicing import APIConnectionError, NotFoundError, RetryPolicy, connect
from paypal_invoicing.sandbox import SandboxServer
from paypal_invoicing_client import AuthenticatedClient
from paypal_invoicing_client.api.invoices import create_invoice, delete_invoice
from paypal_invoicing_client.models import Invoice
from tests.contract import bodies

CLIENT_ID = "lost-answers-client"
CLIENT_SECRET = "lost-answers-secret"
FAST = RetryPolicy(max_retries=2, initial_delay=0.01, max_delay=0.05)
CREATE = "/v2/invoicing/invoices"


@pytest.fixture
def server() -> Iterator[SandboxServer]:
    with SandboxServer(client_id=CLIENT_ID, client_secret=CLIENT_SECRET) as running:
        yield running


@pytest.fixture
def client(server: SandboxServer) -> Iterator[AuthenticatedClient]:
    made = connect(CLIENT_ID, CLIENT_SECRET, base_url=server.url, retry_policy=FAST, timeout=10)
    yield made
    made.get_httpx_client().close()


def test_delete_whose_answer_is_lost_is_logged_as_done(
    client: AuthenticatedClient, server: SandboxServer, caplog: pytest.LogCaptureFixture
) -> None:
    invoice = create_invoice.sync(client=client, body=Invoice.from_dict(bodies.invoice()))
    assert isinstance(invoice, Invoice) and isinstance(invoice.id, str)
    server.sandbox.inject(f"{CREATE}/{invoice.id}", None, drop=True, after_commit=True)
    with caplog.at_level(logging.INFO, logger="paypal_invoicing"):
        response = delete_invoice.sync_detailed(invoice.id, client=client)
    assert response.status_code == 204  # the retry's 404 follows an attempt that deleted it
    assert server.sandbox.faults.fired == 1
    assert any("counted as done" in r.getMessage() for r in caplog.records)
    assert server.sandbox.invoice_ids() == []


def test_delete_of_a_missing_invoice_still_raises_not_found(
    client: AuthenticatedClient, server: SandboxServer
) -> None:
    # A 404 on the first attempt is no lost answer: nothing may have been deleted.
    with pytest.raises(NotFoundError):
        delete_invoice.sync_detailed("INV2-NOPE-NOPE-NOPE-NOPE", client=client)
    assert server.sandbox.faults.fired == 0


def test_exhausted_retries_give_the_request_id_to_try_again(
    client: AuthenticatedClient, server: SandboxServer
) -> None:
    # Every attempt is carried out (the first creates, the others replay it) and loses its answer.
    server.sandbox.inject(CREATE, None, drop=True, after_commit=True, count=3, method="POST")
    body = Invoice.from_dict(bodies.invoice())
    with pytest.raises(APIConnectionError) as caught:
        create_invoice.sync(client=client, body=body)
    assert server.sandbox.faults.fired == 3
    (made,) = server.sandbox.invoice_ids()  # the three attempts shared one PayPal-Request-Id
    request_id = caught.value.request_id
    assert request_id is not None
    # Re-issuing with that id gets what PayPal committed instead of a second invoice.
    again = create_invoice.sync(client=client, body=body, pay_pal_request_id=request_id)
    assert isinstance(again, Invoice)
    assert again.id == made
    assert server.sandbox.invoice_ids() == [made]
