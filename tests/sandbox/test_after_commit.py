"""Faults that strike after the commit: the call acts, then its answer is lost.

These are the cases idempotency exists for. Through ``connect()`` (fast retries via its
documented ``retry_policy``), a create, a payment and a delete whose answer is lost are neither
duplicated nor reported as failed; v1 POSTs, which the sandbox does not replay, show an unsafe
retry as a duplicate.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from paypal_invoicing import APIConnectionError, RetryPolicy, ServerError, connect
from paypal_invoicing.sandbox import SandboxServer
from paypal_invoicing_client import AuthenticatedClient
from paypal_invoicing_client.api.invoices import (
    create_invoice,
    delete_invoice,
    record_invoice_payment,
)
from paypal_invoicing_client.models.invoice import Invoice
from paypal_invoicing_client.models.payment_detail import PaymentDetail

from .helpers import simple_invoice

INV = "/v2/invoicing/invoices"
FAST = RetryPolicy(max_retries=2, initial_delay=0.01, max_delay=0.02, jitter=0.0)
# How each lost answer is lost: an error status, a dropped connection, a stall past the timeout.
LOSSES: list[dict[str, Any]] = [
    {"status": 503},
    {"status": None, "drop": True},
    {"status": None, "delay": 0.6},
]
IDS = ["503", "drop", "stall"]


@pytest.fixture
def box() -> Iterator[SandboxServer]:
    with SandboxServer(client_id="id", client_secret="secret") as running:
        yield running


@pytest.fixture
def client(box: SandboxServer) -> Iterator[AuthenticatedClient]:
    made = connect("id", "secret", base_url=box.url, timeout=0.3, retry_policy=FAST)
    yield made
    made.get_httpx_client().close()


def _draft(client: AuthenticatedClient) -> Invoice:
    invoice = create_invoice.sync(client=client, body=Invoice.from_dict(simple_invoice()))
    assert isinstance(invoice, Invoice)
    return invoice


@pytest.mark.parametrize("loss", LOSSES, ids=IDS)
def test_create_whose_answer_is_lost_is_made_once_and_reported(
    box: SandboxServer, client: AuthenticatedClient, loss: dict[str, Any]
) -> None:
    box.sandbox.inject(INV, method="POST", after_commit=True, **loss)
    invoice = _draft(client)
    assert box.sandbox.faults.fired == 1
    assert box.sandbox.invoice_ids() == [invoice.id]  # one invoice, the one reported


@pytest.mark.parametrize("loss", LOSSES, ids=IDS)
def test_payment_whose_answer_is_lost_is_recorded_once(
    box: SandboxServer, client: AuthenticatedClient, loss: dict[str, Any]
) -> None:
    invoice = _draft(client)
    box.sandbox.inject(f"{INV}/{invoice.id}/payments", method="POST", after_commit=True, **loss)
    payment = PaymentDetail.from_dict(
        {"method": "CASH", "amount": {"currency_code": "USD", "value": "100.00"}}
    )
    answer = record_invoice_payment.sync(invoice.id, client=client, body=payment)
    stored = box.sandbox.invoice(invoice.id)["payments"]
    assert len(stored["transactions"]) == 1
    assert stored["paid_amount"]["value"] == "100.00"
    assert answer is not None
    assert answer.payment_id == stored["transactions"][0]["payment_id"]  # type: ignore[union-attr]


@pytest.mark.parametrize("loss", LOSSES, ids=IDS)
def test_delete_whose_answer_is_lost_is_done_once(
    box: SandboxServer, client: AuthenticatedClient, loss: dict[str, Any]
) -> None:
    invoice = _draft(client)
    box.sandbox.inject(f"{INV}/{invoice.id}", method="DELETE", after_commit=True, **loss)
    # The retry finds the invoice gone (404): after an attempt that may have reached the
    # sandbox, that counts as done, so the call returns as a delete does.
    assert delete_invoice.sync(invoice.id, client=client) is None
    assert box.sandbox.invoice_ids() == []
    assert box.sandbox.faults.fired == 1


def test_the_answer_lost_after_commit_is_replayed_by_request_id(box: SandboxServer) -> None:
    box.sandbox.inject(INV, 500, method="POST", after_commit=True)
    headers = {
        "Authorization": f"Bearer {box.sandbox.access_token()}",
        "PayPal-Request-Id": "create-1",
        "Prefer": "return=representation",
    }
    with httpx.Client(base_url=box.url, headers=headers) as raw:
        first = raw.post(INV, json=simple_invoice())
        assert first.status_code == 500
        assert first.json()["name"] == "INTERNAL_SERVER_ERROR"
        (made,) = box.sandbox.invoice_ids()  # the 500 came after the commit
        second = raw.post(INV, json=simple_invoice())
    assert second.status_code == 201
    assert second.json()["id"] == made
    assert box.sandbox.invoice_ids() == [made]


def test_a_dropped_connection_is_not_an_answer(box: SandboxServer) -> None:
    box.sandbox.inject(INV, None, drop=True)
    token = box.sandbox.access_token()
    with (
        httpx.Client(base_url=box.url, headers={"Authorization": f"Bearer {token}"}) as raw,
        pytest.raises(httpx.RemoteProtocolError),
    ):
        raw.get(INV)


def _naive_retry(raw: httpx.Client, path: str, body: dict[str, Any]) -> httpx.Response:
    """Retry a POST once on any transport error, reusing its PayPal-Request-Id."""
    headers = {"PayPal-Request-Id": "same-id"}
    try:
        return raw.post(path, json=body, headers=headers)
    except httpx.TransportError:
        return raw.post(path, json=body, headers=headers)


def test_v1_posts_are_not_replayed_so_an_unsafe_retry_duplicates(box: SandboxServer) -> None:
    from .test_v1 import V1, v1_invoice

    token = box.sandbox.access_token()
    with httpx.Client(base_url=box.url, headers={"Authorization": f"Bearer {token}"}) as raw:
        box.sandbox.inject(f"{V1}/invoices", None, drop=True, after_commit=True)
        assert _naive_retry(raw, f"{V1}/invoices", v1_invoice()).status_code == 201
        assert len(box.sandbox.invoice_ids()) == 2  # PayPal-Request-Id did not save it
        box.sandbox.inject(INV, None, drop=True, after_commit=True)
        assert _naive_retry(raw, INV, simple_invoice()).status_code == 201
        assert len(box.sandbox.invoice_ids()) == 3  # v2: the retry was replayed


@pytest.mark.parametrize("loss", LOSSES[:2], ids=IDS[:2])
def test_v1_create_whose_answer_is_lost_is_not_replayed_by_connect(
    box: SandboxServer, client: AuthenticatedClient, loss: dict[str, Any]
) -> None:
    from paypal_invoicing_client.api.v1_invoices import v1_create_invoice
    from paypal_invoicing_client.models.v1_invoice import V1Invoice

    from .test_v1 import V1, v1_invoice

    box.sandbox.inject(f"{V1}/invoices", method="POST", after_commit=True, **loss)
    with pytest.raises((APIConnectionError, ServerError)) as caught:
        v1_create_invoice.sync(client=client, body=V1Invoice.from_dict(v1_invoice()))
    assert len(box.sandbox.invoice_ids()) == 1  # created once: no blind replay of a v1 POST
    assert box.sandbox.faults.fired == 1
    if isinstance(caught.value, APIConnectionError):
        assert "may have reached PayPal" in str(caught.value)


def test_after_commit_over_the_admin_route(box: SandboxServer) -> None:
    admin = {"Authorization": f"Bearer {box.sandbox.admin_token}"}
    fault = {"path": INV, "status": 503, "after_commit": True, "method": "POST"}
    with httpx.Client(base_url=box.url) as raw:
        added = raw.post("/_sandbox/faults", json=fault, headers=admin)
        assert added.status_code == 201
        assert added.json()["after_commit"] is True
        token = box.sandbox.access_token()
        answer = raw.post(INV, json=simple_invoice(), headers={"Authorization": f"Bearer {token}"})
    assert answer.status_code == 503
    assert len(box.sandbox.invoice_ids()) == 1
