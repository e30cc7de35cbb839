"""WebhookVerifier: the certificate URL checked before any request, chain and subject, cache."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest

from paypal_invoicing.webhooks import (
    WebhookSignatureError,
    WebhookVerifier,
    aconstruct_event,
    check_cert_url,
    construct_event,
)
from tests.webhooks.conftest import RecordingFetch
from tests.webhooks.pki import CERT_URL, NOW, PKI, WEBHOOK_ID, event, issue, new_key, pem, raw, sign

PAYLOAD = raw(event())
MakeVerifier = Callable[..., WebhookVerifier]


def test_a_genuine_delivery_verifies(
    pki: PKI, fetch: RecordingFetch, make_verifier: MakeVerifier
) -> None:
    verifier = make_verifier(fetch)
    verifier.verify(PAYLOAD, sign(PAYLOAD, pki.leaf_key), webhook_id=WEBHOOK_ID, now=NOW)
    assert fetch.calls == [CERT_URL]


@pytest.mark.parametrize(
    "url",
    [
        "https://evil.example/v1/notifications/certs/CERT-1",
        "http://api.paypal.com/v1/notifications/certs/CERT-1",
        "http://api.sandbox.paypal.com/v1/notifications/certs/CERT-1",
        "https://api.paypal.com.evil.example/v1/notifications/certs/CERT-1",
        "https://paypal.com.evil.example/cert",
        "https://evilpaypal.com/cert",
        "https://api-paypal.com/cert",
        "https://api.paypal.co/cert",
        "https://api.paypal.com@evil.example/cert",
        "https://user:pw@api.paypal.com/cert",
        "https://api.paypal.com:8443/cert",
        "ftp://api.paypal.com/cert",
        "file:///etc/passwd",
        "//api.paypal.com/cert",
        "https://[::1]/cert",
        "https://127.0.0.1/cert",
        "not a url",
        "https://evil.example\\.paypal.com/cert",
        "https://evil.example%2F.paypal.com/cert",
        "https://evil.example#.paypal.com/cert",
        "https://evil.example?.paypal.com/cert",
        "https://api.paypal.com\\@evil.example/cert",
        "https://ap\u0131.paypal.com/cert",
        "",
    ],
)
def test_foreign_cert_url_is_refused_without_a_request(
    pki: PKI, fetch: RecordingFetch, make_verifier: MakeVerifier, url: str
) -> None:
    verifier = make_verifier(fetch)
    headers = sign(PAYLOAD, pki.leaf_key, cert_url=url)
    with pytest.raises(WebhookSignatureError, match="PAYPAL-CERT-URL"):
        verifier.verify(PAYLOAD, headers, webhook_id=WEBHOOK_ID, now=NOW)
    assert fetch.calls == []


@pytest.mark.parametrize(
    "url",
    [
        "https://api.paypal.com/v1/notifications/certs/CERT-360caa42-fca2a594-a5cafa77",
        "https://api.sandbox.paypal.com/v1/notifications/certs/CERT-360caa42-fca2a594-1d93a270",
        "https://api-m.paypal.com/v1/notifications/certs/CERT-1",
        "HTTPS://API.PAYPAL.COM:443/v1/notifications/certs/CERT-1",
    ],
)
def test_paypal_cert_urls_pass(url: str) -> None:
    assert check_cert_url(url) == url


def test_missing_cert_url_header_is_refused(
    pki: PKI, fetch: RecordingFetch, make_verifier: MakeVerifier
) -> None:
    headers = sign(PAYLOAD, pki.leaf_key)
    del headers["PAYPAL-CERT-URL"]
    with pytest.raises(WebhookSignatureError, match="missing header PAYPAL-CERT-URL"):
        make_verifier(fetch).verify(PAYLOAD, headers, webhook_id=WEBHOOK_ID, now=NOW)
    assert fetch.calls == []


def test_untrusted_chain_is_refused(pki: PKI, fetch: RecordingFetch) -> None:
    # Trusting another root: the chain leads nowhere trusted.
    other_key = new_key()
    other_root = issue(pki.root.subject, other_key, pki.root.subject, other_key, ca=True)
    verifier = WebhookVerifier(fetch=fetch, trust_roots=pem(other_root))
    with pytest.raises(WebhookSignatureError, match="trusted root"):
        verifier.verify(PAYLOAD, sign(PAYLOAD, pki.leaf_key), webhook_id=WEBHOOK_ID, now=NOW)


def test_default_trust_is_not_a_test_ca(pki: PKI, fetch: RecordingFetch) -> None:
    verifier = WebhookVerifier(fetch=fetch)  # Mozilla's roots
    with pytest.raises(WebhookSignatureError, match="trusted root"):
        verifier.verify(PAYLOAD, sign(PAYLOAD, pki.leaf_key), webhook_id=WEBHOOK_ID, now=NOW)


def test_chain_without_its_intermediate_is_refused(pki: PKI, make_verifier: MakeVerifier) -> None:
    fetch = RecordingFetch(default=pem(pki.leaf))
    with pytest.raises(WebhookSignatureError, match="trusted root"):
        make_verifier(fetch).verify(
            PAYLOAD, sign(PAYLOAD, pki.leaf_key), webhook_id=WEBHOOK_ID, now=NOW
        )


def test_self_signed_paypal_lookalike_is_refused(pki: PKI, make_verifier: MakeVerifier) -> None:
    key = new_key()
    fake = issue(pki.leaf.subject, key, pki.leaf.subject, key, ca=False)
    fetch = RecordingFetch(default=pem(fake))
    with pytest.raises(WebhookSignatureError, match="trusted root"):
        make_verifier(fetch).verify(PAYLOAD, sign(PAYLOAD, key), webhook_id=WEBHOOK_ID, now=NOW)


def test_subject_must_be_paypals(pki: PKI, make_verifier: MakeVerifier) -> None:
    # Chained to the trusted root, but issued to someone else.
    other = pki.leaf_with(common_name="www.example.com")
    fetch = RecordingFetch(default=pem(other, pki.intermediate))
    with pytest.raises(WebhookSignatureError, match="subject is not PayPal's"):
        make_verifier(fetch).verify(
            PAYLOAD, sign(PAYLOAD, pki.leaf_key), webhook_id=WEBHOOK_ID, now=NOW
        )


def test_subjects_are_configurable(pki: PKI, make_verifier: MakeVerifier) -> None:
    other = pki.leaf_with(common_name="webhooks.sandbox.test")
    fetch = RecordingFetch(default=pem(other, pki.intermediate))
    verifier = make_verifier(fetch, subjects=["webhooks.sandbox.test"])
    verifier.verify(PAYLOAD, sign(PAYLOAD, pki.leaf_key), webhook_id=WEBHOOK_ID, now=NOW)


def test_expired_chain_is_refused(pki: PKI, make_verifier: MakeVerifier) -> None:
    expired = pki.leaf_with(
        not_before=NOW - dt.timedelta(days=60), not_after=NOW - dt.timedelta(days=1)
    )
    fetch = RecordingFetch(default=pem(expired, pki.intermediate))
    with pytest.raises(WebhookSignatureError):
        make_verifier(fetch).verify(
            PAYLOAD, sign(PAYLOAD, pki.leaf_key), webhook_id=WEBHOOK_ID, now=NOW
        )


def test_garbage_from_the_cert_url_is_refused(pki: PKI, make_verifier: MakeVerifier) -> None:
    fetch = RecordingFetch(default=b"<html>not found</html>")
    with pytest.raises(WebhookSignatureError, match="no PEM certificate"):
        make_verifier(fetch).verify(
            PAYLOAD, sign(PAYLOAD, pki.leaf_key), webhook_id=WEBHOOK_ID, now=NOW
        )


def test_one_fetch_for_two_events(
    pki: PKI, fetch: RecordingFetch, make_verifier: MakeVerifier
) -> None:
    verifier = make_verifier(fetch)
    second = raw(event(event_id="WH-SECOND", event_type="INVOICING.INVOICE.SENT"))
    verifier.verify(PAYLOAD, sign(PAYLOAD, pki.leaf_key), webhook_id=WEBHOOK_ID, now=NOW)
    verifier.verify(second, sign(second, pki.leaf_key), webhook_id=WEBHOOK_ID, now=NOW)
    assert fetch.calls == [CERT_URL]
    # A failing signature does not evict the certificate either.
    with pytest.raises(WebhookSignatureError):
        verifier.verify(second, sign(PAYLOAD, pki.leaf_key), webhook_id=WEBHOOK_ID, now=NOW)
    assert fetch.calls == [CERT_URL]


def test_cache_is_per_url_and_bounded(
    pki: PKI, fetch: RecordingFetch, make_verifier: MakeVerifier
) -> None:
    verifier = make_verifier(fetch, cache_size=1)
    url_a, url_b = CERT_URL + "-a", CERT_URL + "-b"
    for url in (url_a, url_b, url_a):
        verifier.verify(
            PAYLOAD, sign(PAYLOAD, pki.leaf_key, cert_url=url), webhook_id=WEBHOOK_ID, now=NOW
        )
    assert fetch.calls == [url_a, url_b, url_a]


def test_cached_certificate_is_dropped_once_expired(pki: PKI, make_verifier: MakeVerifier) -> None:
    short = pki.leaf_with(not_after=NOW + dt.timedelta(hours=1))
    fetch = RecordingFetch(default=pem(short, pki.intermediate))
    verifier = make_verifier(fetch)
    headers = sign(PAYLOAD, pki.leaf_key)
    verifier.verify(PAYLOAD, headers, webhook_id=WEBHOOK_ID, now=NOW)
    with pytest.raises(WebhookSignatureError):
        verifier.verify(PAYLOAD, headers, webhook_id=WEBHOOK_ID, now=NOW + dt.timedelta(hours=2))
    assert fetch.calls == [CERT_URL, CERT_URL]


def test_tolerance_is_off_by_default(
    pki: PKI, fetch: RecordingFetch, make_verifier: MakeVerifier
) -> None:
    old = sign(PAYLOAD, pki.leaf_key, transmission_time="2026-02-01T00:00:00Z")
    make_verifier(fetch).verify(PAYLOAD, old, webhook_id=WEBHOOK_ID, now=NOW)


def test_tolerance_refuses_old_and_future_transmissions(
    pki: PKI, fetch: RecordingFetch, make_verifier: MakeVerifier
) -> None:
    verifier = make_verifier(fetch, tolerance=dt.timedelta(minutes=5))
    recent = sign(PAYLOAD, pki.leaf_key, transmission_time="2026-03-05T08:56:00Z")
    verifier.verify(PAYLOAD, recent, webhook_id=WEBHOOK_ID, now=NOW)
    for time in ("2026-03-05T08:54:59Z", "2026-03-05T09:05:01Z"):
        headers = sign(PAYLOAD, pki.leaf_key, transmission_time=time)
        with pytest.raises(WebhookSignatureError, match="tolerance"):
            verifier.verify(PAYLOAD, headers, webhook_id=WEBHOOK_ID, now=NOW)
    garbled = sign(PAYLOAD, pki.leaf_key, transmission_time="yesterday")
    with pytest.raises(WebhookSignatureError, match="ISO 8601"):
        verifier.verify(PAYLOAD, garbled, webhook_id=WEBHOOK_ID, now=NOW)


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"tolerance": dt.timedelta(0)}, "tolerance"),
        ({"tolerance": 300}, "tolerance"),
        ({"cache_size": 0}, "cache_size"),
        ({"subjects": "messageverificationcerts.paypal.com"}, "subjects"),
        ({"trust_roots": b"nothing"}, "trust_roots"),
        ({"trust_roots": []}, "trust_roots"),
    ],
)
def test_bad_arguments_are_named(kwargs: dict[str, object], message: str) -> None:
    with pytest.raises(ValueError, match=message):
        WebhookVerifier(**kwargs)  # type: ignore[arg-type]


def test_construct_event_verifies_then_parses(
    pki: PKI, fetch: RecordingFetch, make_verifier: MakeVerifier
) -> None:
    verifier = make_verifier(fetch)
    headers = sign(PAYLOAD, pki.leaf_key)
    received = construct_event(PAYLOAD, headers, webhook_id=WEBHOOK_ID, verifier=verifier, now=NOW)
    assert received.event_type == "INVOICING.INVOICE.PAID"
    assert received.invoice is not None and received.invoice.id == "INV2-W44B-KRGF-JM6R-26VK"
    forged = raw(event(event_id="WH-FORGED"))
    with pytest.raises(WebhookSignatureError):
        construct_event(forged, headers, webhook_id=WEBHOOK_ID, verifier=verifier, now=NOW)


@pytest.mark.asyncio
async def test_async_verification_uses_afetch(pki: PKI, make_verifier: MakeVerifier) -> None:
    calls: list[str] = []

    async def afetch(url: str) -> bytes:
        calls.append(url)
        return pki.chain_pem

    def no_sync_fetch(url: str) -> bytes:
        raise AssertionError("the sync fetch must not be used")

    verifier = make_verifier(no_sync_fetch, afetch=afetch)
    headers = sign(PAYLOAD, pki.leaf_key)
    received = await aconstruct_event(
        PAYLOAD, headers, webhook_id=WEBHOOK_ID, verifier=verifier, now=NOW
    )
    assert received.id == "WH-2WR32451HC0233532-67976317FL4543714"
    await verifier.averify(PAYLOAD, headers, webhook_id=WEBHOOK_ID, now=NOW)
    assert calls == [CERT_URL]
    with pytest.raises(WebhookSignatureError, match="PAYPAL-CERT-URL"):
        await verifier.averify(
            PAYLOAD,
            {**headers, "PAYPAL-CERT-URL": "https://evil.example/c"},
            webhook_id=WEBHOOK_ID,
            now=NOW,
        )
    assert calls == [CERT_URL]


def test_default_fetch_refuses_a_non_200_answer(monkeypatch: pytest.MonkeyPatch) -> None:
    # The default fetch talks https to PayPal; here httpx is pointed at a mock transport so no
    # network is touched, and a 404 becomes a WebhookSignatureError.
    import httpx

    from paypal_invoicing.webhooks import certificates as _webhook_verifier

    seen: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(str(request.url))
        return httpx.Response(404, text="no such cert")

    real_stream = httpx.stream

    def stream(method: str, url: str, **kwargs: object):  # type: ignore[no-untyped-def]
        client = httpx.Client(transport=httpx.MockTransport(handler))
        kwargs.pop("timeout", None)
        kwargs.pop("follow_redirects", None)
        return client.stream(method, url)

    monkeypatch.setattr(_webhook_verifier.httpx, "stream", stream)
    with pytest.raises(WebhookSignatureError, match="HTTP 404"):
        _webhook_verifier._https_fetch(CERT_URL)
    assert seen == [CERT_URL]
    assert real_stream is not stream
