"""``WebhookVerifier.for_sandbox``: trusts a sandbox on loopback (this process or another) and
nothing else, without importing the sandbox."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
from cryptography import x509
from cryptography.hazmat.primitives.asymmetric import rsa

from paypal_invoicing import ConfigurationError
from paypal_invoicing.pytest_plugin import PayPalSandbox
from paypal_invoicing.webhooks import (
    SANDBOX_CERT_SUBJECT,
    EventType,
    WebhookSignatureError,
    WebhookVerifier,
    verify_signature,
)
from paypal_invoicing_client.api.invoices import create_invoice
from paypal_invoicing_client.models import Invoice
from tests.sandbox.helpers import simple_invoice
from tests.webhooks.conftest import RecordingFetch
from tests.webhooks.pki import NOW, PKI, WEBHOOK_ID, _name, event, issue, new_key, pem, raw, sign

SANDBOX_URL = "http://127.0.0.1:8080/v1/notifications/certs/CERT-paypal-invoicing-sandbox"
PAYLOAD = raw(event())


def sandbox_chain(
    common_name: str = SANDBOX_CERT_SUBJECT,
) -> tuple[x509.Certificate, x509.Certificate, rsa.RSAPrivateKey]:
    """(leaf, root, leaf key) as a sandbox makes them: a self-signed root issuing the leaf."""
    root_key, leaf_key = new_key(), new_key()
    root_name = _name("some sandbox root", "paypal-invoicing sandbox")
    root = issue(root_name, root_key, root_name, root_key, ca=True)
    subject = _name(common_name, "paypal-invoicing sandbox")
    leaf = issue(subject, leaf_key, root_name, root_key, ca=False)
    return leaf, root, leaf_key


def test_the_root_served_on_loopback_anchors_the_sandbox_chain() -> None:
    leaf, root, key = sandbox_chain()
    fetch = RecordingFetch(default=pem(leaf, root))
    verifier = WebhookVerifier.for_sandbox(fetch=fetch)
    headers = sign(PAYLOAD, key, cert_url=SANDBOX_URL)
    verifier.verify(PAYLOAD, headers, webhook_id=WEBHOOK_ID, now=NOW)
    # Never cached: a sandbox that restarts serves a new chain at the same URL.
    verifier.verify(PAYLOAD, headers, webhook_id=WEBHOOK_ID, now=NOW)
    assert fetch.calls == [SANDBOX_URL, SANDBOX_URL]
    with pytest.raises(WebhookSignatureError, match="signature does not match"):
        verifier.verify(PAYLOAD + b" ", headers, webhook_id=WEBHOOK_ID, now=NOW)


def test_a_served_chain_for_another_subject_or_without_its_root_is_refused(pki: PKI) -> None:
    leaf, root, key = sandbox_chain(common_name="messageverificationcerts.paypal.com")
    headers = sign(PAYLOAD, key, cert_url=SANDBOX_URL)
    verifier = WebhookVerifier.for_sandbox(fetch=lambda url: pem(leaf, root))
    with pytest.raises(WebhookSignatureError, match="subject"):
        verifier.verify(PAYLOAD, headers, webhook_id=WEBHOOK_ID, now=NOW)
    leaf, root, key = sandbox_chain()
    headers = sign(PAYLOAD, key, cert_url=SANDBOX_URL)
    for served in (pem(leaf), pem(leaf, pki.intermediate)):  # no root; a root not self-signed
        verifier = WebhookVerifier.for_sandbox(fetch=lambda url, served=served: served)
        with pytest.raises(WebhookSignatureError, match="root"):
            verifier.verify(PAYLOAD, headers, webhook_id=WEBHOOK_ID, now=NOW)
    # A pinned root wins over the served one.
    _, other_root, _ = sandbox_chain()
    verifier = WebhookVerifier.for_sandbox(
        fetch=lambda url: pem(leaf, root), trust_roots=pem(other_root)
    )
    with pytest.raises(WebhookSignatureError, match="trusted root"):
        verifier.verify(PAYLOAD, headers, webhook_id=WEBHOOK_ID, now=NOW)


@pytest.mark.parametrize(
    "url",
    [
        "https://api.sandbox.paypal.com/v1/notifications/certs/CERT-1",  # PayPal's: not a sandbox
        "http://10.0.0.1:8080/v1/notifications/certs/CERT-1",
        "http://example.com/v1/notifications/certs/CERT-1",
    ],
)
def test_a_verifier_for_the_sandbox_fetches_only_from_loopback(url: str) -> None:
    fetch = RecordingFetch()
    verifier = WebhookVerifier.for_sandbox(fetch=fetch)
    with pytest.raises(WebhookSignatureError, match="PAYPAL-CERT-URL"):
        verifier.certificate(url)
    assert fetch.calls == []


def test_base_url_narrows_it_to_one_sandbox() -> None:
    leaf, root, _ = sandbox_chain()
    fetch = RecordingFetch(default=pem(leaf, root))
    verifier = WebhookVerifier.for_sandbox(base_url="http://127.0.0.1:8080/", fetch=fetch)
    assert verifier.certificate(SANDBOX_URL, now=NOW) == leaf
    for other in (
        SANDBOX_URL.replace(":8080", ":8081"),
        "http://localhost:8080/v1/notifications/certs/CERT-paypal-invoicing-sandbox",
        "http://127.0.0.1:8080/elsewhere",
    ):
        with pytest.raises(WebhookSignatureError, match="not the sandbox's"):
            verifier.certificate(other, now=NOW)
    assert fetch.calls == [SANDBOX_URL]
    for base_url in ("http://example.com:8080", "https://api-m.sandbox.paypal.com", "ftp://[::1]"):
        with pytest.raises(ValueError, match="loopback"):
            WebhookVerifier.for_sandbox(base_url=base_url)


def test_the_subject_is_the_sandboxs() -> None:
    from paypal_invoicing.sandbox.state.signing import SIGNING_SUBJECT

    assert SANDBOX_CERT_SUBJECT == SIGNING_SUBJECT


_VERIFY_ELSEWHERE = """
import json, sys
from paypal_invoicing.webhooks import WebhookVerifier, construct_event
given = json.load(sys.stdin)
verifier = WebhookVerifier.for_sandbox(base_url=given["base_url"])
event = construct_event(
    given["body"].encode(), given["headers"], webhook_id=given["webhook_id"], verifier=verifier
)
print(json.dumps([event.invoice.id, "paypal_invoicing.sandbox" in sys.modules]))
"""


def test_another_process_verifies_a_sandbox_delivery_without_importing_the_sandbox(
    paypal_sandbox: PayPalSandbox,
) -> None:
    receiver = paypal_sandbox.webhooks
    invoice = create_invoice.sync(
        client=paypal_sandbox.client,
        body=Invoice.from_dict(simple_invoice()),
    )
    assert isinstance(invoice, Invoice)
    delivery = receiver.wait_for(EventType.INVOICE_CREATED)
    given = {
        "base_url": paypal_sandbox.url,
        "body": delivery.body.decode(),
        "headers": dict(delivery.headers),
        "webhook_id": receiver.webhook_id,
    }
    done = subprocess.run(
        [sys.executable, "-c", _VERIFY_ELSEWHERE],
        input=json.dumps(given),
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout) == [invoice.id, False]


def test_base_url_may_name_a_container_whose_certificate_urls_it_then_accepts() -> None:
    leaf, root, _ = sandbox_chain()
    fetch = RecordingFetch(default=pem(leaf, root))
    verifier = WebhookVerifier.for_sandbox(base_url="http://sandbox:8080", fetch=fetch)
    own = "http://sandbox:8080/v1/notifications/certs/CERT-paypal-invoicing-sandbox"
    assert verifier.certificate(own, now=NOW) == leaf
    for other in (
        own.replace("sandbox:8080", "other:8080"),
        own.replace("sandbox:8080", "sandbox:8080@evil.example"),
        SANDBOX_URL,
    ):
        with pytest.raises(WebhookSignatureError, match=r"not the sandbox's.*check base_url"):
            verifier.certificate(other, now=NOW)
    assert fetch.calls == [own]
    for base_url in ("http://sandbox.example.com:8080", "http://10.0.0.5:8080"):
        with pytest.raises(ConfigurationError, match="loopback or container-name URL"):
            WebhookVerifier.for_sandbox(base_url=base_url)


def test_bad_arguments_raise_configuration_error_naming_them() -> None:
    leaf, root, key = sandbox_chain()
    headers = sign(PAYLOAD, key, cert_url=SANDBOX_URL)
    verifier = WebhookVerifier.for_sandbox(fetch=lambda url: pem(leaf, root))
    with pytest.raises(ConfigurationError, match="webhook_id"):
        verifier.verify(PAYLOAD, headers, webhook_id="", now=NOW)
    with pytest.raises(ConfigurationError, match="webhook_id"):
        verify_signature(PAYLOAD, headers, webhook_id="", certificate=pem(leaf))
    with pytest.raises(ConfigurationError, match="cache_size"):
        WebhookVerifier(cache_size=0)


_BLOCK_THE_EXTRA = """
import sys
class _NoExtra:
    def find_spec(self, name, path=None, target=None):
        if name.split(".")[0] in ("starlette", "uvicorn", "qrcode", "png", "jsonschema"):
            raise ModuleNotFoundError(name)
sys.meta_path.insert(0, _NoExtra())
"""


def test_for_sandbox_works_without_the_sandbox_extra(paypal_sandbox: PayPalSandbox) -> None:
    receiver = paypal_sandbox.webhooks
    invoice = create_invoice.sync(
        client=paypal_sandbox.client, body=Invoice.from_dict(simple_invoice())
    )
    assert isinstance(invoice, Invoice)
    delivery = receiver.wait_for(EventType.INVOICE_CREATED)
    given = {
        "base_url": paypal_sandbox.url,
        "body": delivery.body.decode(),
        "headers": dict(delivery.headers),
        "webhook_id": receiver.webhook_id,
    }
    done = subprocess.run(
        [sys.executable, "-c", _BLOCK_THE_EXTRA + _VERIFY_ELSEWHERE],
        input=json.dumps(given),
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout) == [invoice.id, False]
