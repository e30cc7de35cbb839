"""The README's webhook receiver runs as written, against deliveries signed by the test PKI."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from typing import Any

import pytest

from paypal_invoicing.webhooks import WebhookVerifier
from tests.webhooks.conftest import RecordingFetch
from tests.webhooks.pki import PKI, WEBHOOK_ID, event, pem, raw, sign, v2_invoice

README = Path(__file__).resolve().parents[2] / "README.md"


def webhooks_snippet() -> str:
    text = README.read_text(encoding="utf-8")
    section = text.split("\n## Webhooks\n", 1)[1].split("\n## ", 1)[0].split("\n### ", 1)[0]
    blocks = re.findall(r"```python\n(.*?)```", section, re.S)
    assert len(blocks) == 1
    return blocks[0]


@pytest.fixture
def receiver(pki: PKI) -> dict[str, Any]:
    """The snippet's namespace, its verifier trusting the test CA and fetching from a dict."""
    namespace: dict[str, Any] = {"__name__": "readme_webhooks"}
    exec(compile(webhooks_snippet(), str(README), "exec"), namespace)
    assert isinstance(namespace["verifier"], WebhookVerifier)  # the real default, built as shown
    today = dt.datetime.now(dt.UTC)
    leaf = pki.leaf_with(
        not_before=today - dt.timedelta(days=1), not_after=today + dt.timedelta(days=1)
    )
    fetch = RecordingFetch(default=pem(leaf, pki.intermediate))
    namespace["verifier"] = WebhookVerifier(fetch=fetch, trust_roots=pem(pki.root))
    namespace["fetch"] = fetch
    return namespace


def test_invoice_paid_runs_the_handler_once(pki: PKI, receiver: dict[str, Any]) -> None:
    assert receiver["WEBHOOK_ID"] == WEBHOOK_ID
    body = raw(event(resource=v2_invoice("INV2-PAID-0001"), resource_version="2.0"))
    assert receiver["receive"](body, sign(body, pki.leaf_key)) == 200
    assert receiver["paid"] == ["INV2-PAID-0001"]
    sent = raw(event("INVOICING.INVOICE.SENT", resource=v2_invoice("INV2-SENT-0002")))
    assert receiver["receive"](sent, sign(sent, pki.leaf_key)) == 200
    assert receiver["paid"] == ["INV2-PAID-0001"]
    assert len(receiver["fetch"].calls) == 1


def test_forged_or_altered_delivery_is_refused(pki: PKI, receiver: dict[str, Any]) -> None:
    body = raw(event(resource=v2_invoice("INV2-PAID-0001")))
    headers = sign(body, pki.leaf_key)
    altered = body.replace(b"INV2-PAID-0001", b"INV2-PAID-9999")
    assert receiver["receive"](altered, headers) == 400
    lowered = {name.lower(): value for name, value in headers.items()}
    assert (
        receiver["receive"](body, {**lowered, "paypal-cert-url": "https://evil.example/c"}) == 400
    )
    assert receiver["receive"](b"not json", sign(b"not json", pki.leaf_key)) == 400
    assert receiver["paid"] == []
