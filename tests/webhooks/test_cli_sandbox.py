"""Webhooks from ``paypal-invoicing sandbox`` in another process: subscribe, receive, verify."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from collections.abc import Iterator

import pytest

from paypal_invoicing import connect
from paypal_invoicing.sandbox.receiver import WebhookReceiver
from paypal_invoicing.webhooks import (
    EventType,
    WebhookSignatureError,
    WebhookVerifier,
    construct_event,
)
from paypal_invoicing_client.api.invoices import create_invoice
from paypal_invoicing_client.api.webhooks import create_webhook
from paypal_invoicing_client.models import Invoice, Webhook
from tests.processes import interruptible
from tests.sandbox.helpers import simple_invoice


@pytest.fixture(scope="module")
def cli_sandbox() -> Iterator[tuple[str, list[str]]]:
    """``paypal-invoicing sandbox --port 0`` in a subprocess: (its URL, its banner lines)."""
    process = interruptible(
        [sys.executable, "-m", "paypal_invoicing", "sandbox", "--port", "0"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )
    try:
        assert process.stdout is not None
        lines = [process.stdout.readline()]
        while not lines[-1].startswith("Press Ctrl-C"):
            lines.append(process.stdout.readline())
            assert lines[-1], "the banner ended early"
        url = lines[0].split(" on ", 1)[1].split(" ", 1)[0]
        yield url, lines
    finally:
        process.send_signal(signal.SIGINT)
        try:
            process.communicate(timeout=10)
        finally:
            if process.poll() is None:
                process.kill()
                process.wait()


def _deliver(url: str) -> tuple[WebhookReceiver, str]:
    """A receiver here, subscribed with create_webhook; one invoice created over there."""
    client = connect("any-id", "any-secret", base_url=url)
    receiver = WebhookReceiver(base_url=url).start()
    body = Webhook.from_dict({"url": receiver.url, "event_types": [{"name": "*"}]})
    hook = create_webhook.sync(client=client, body=body)
    assert isinstance(hook.id, str)
    receiver.webhook_id = hook.id
    create_invoice.sync(client=client, body=Invoice.from_dict(simple_invoice()))
    client.close()
    return receiver, hook.id


def test_a_delivery_from_the_cli_sandbox_is_verified(cli_sandbox: tuple[str, list[str]]) -> None:
    url, _ = cli_sandbox
    receiver, webhook_id = _deliver(url)
    try:
        delivery = receiver.wait_for(EventType.INVOICE_CREATED, timeout=15)
        assert receiver.verify(delivery).event_type == EventType.INVOICE_CREATED
        verifier = WebhookVerifier.for_sandbox(base_url=url)
        event = construct_event(
            delivery.body, delivery.headers, webhook_id=webhook_id, verifier=verifier
        )
        assert event.event_type == EventType.INVOICE_CREATED
        with pytest.raises(WebhookSignatureError, match="signature"):
            verifier.verify(delivery.body + b" ", delivery.headers, webhook_id=webhook_id)
        # PayPal's verifier refuses it, and says what to do.
        with pytest.raises(WebhookSignatureError, match=r"WebhookVerifier\.for_sandbox"):
            WebhookVerifier().verify(delivery.body, delivery.headers, webhook_id=webhook_id)
    finally:
        receiver.close()


@pytest.mark.asyncio
async def test_a_delivery_from_the_cli_sandbox_is_verified_async(
    cli_sandbox: tuple[str, list[str]],
) -> None:
    url, _ = cli_sandbox
    receiver, webhook_id = _deliver(url)
    try:
        delivery = receiver.wait_for(EventType.INVOICE_CREATED, timeout=15)
        verifier = WebhookVerifier.for_sandbox(base_url=url)
        await verifier.averify(delivery.body, delivery.headers, webhook_id=webhook_id)
    finally:
        receiver.close()


def test_the_banner_says_how_to_subscribe_and_verify(cli_sandbox: tuple[str, list[str]]) -> None:
    url, lines = cli_sandbox
    text = "".join(lines)
    assert "create_webhook" in text
    assert f'WebhookVerifier.for_sandbox(base_url="{url}")' in text
