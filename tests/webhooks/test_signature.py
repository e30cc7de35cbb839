"""verify_signature: PayPal's offline check, each rule failing as it should."""

from __future__ import annotations

import datetime as dt
import json
import zlib

import pytest

from paypal_invoicing import PayPalInvoicingError
from paypal_invoicing.webhooks import WebhookSignatureError, signed_message, verify_signature
from tests.webhooks.pki import NOW, PKI, WEBHOOK_ID, event, new_key, pem, raw, sign

PAYLOAD = raw(event())


def check(pki: PKI, payload: bytes, headers: dict[str, str], **kwargs: object) -> None:
    kwargs.setdefault("webhook_id", WEBHOOK_ID)
    kwargs.setdefault("certificate", pem(pki.leaf))
    kwargs.setdefault("now", NOW)
    verify_signature(payload, headers, **kwargs)  # type: ignore[arg-type]


def test_a_genuine_delivery_verifies(pki: PKI) -> None:
    check(pki, PAYLOAD, sign(PAYLOAD, pki.leaf_key))


def test_der_certificate_is_accepted(pki: PKI) -> None:
    from cryptography.hazmat.primitives.serialization import Encoding

    der = pki.leaf.public_bytes(Encoding.DER)
    check(pki, PAYLOAD, sign(PAYLOAD, pki.leaf_key), certificate=der)


def test_the_error_is_a_package_error(pki: PKI) -> None:
    assert issubclass(WebhookSignatureError, PayPalInvoicingError)


def test_one_byte_of_payload_changed_fails(pki: PKI) -> None:
    headers = sign(PAYLOAD, pki.leaf_key)
    index = PAYLOAD.index(b"10.50")
    altered = PAYLOAD[:index] + b"90.50" + PAYLOAD[index + 5 :]
    assert len(altered) == len(PAYLOAD)
    with pytest.raises(WebhookSignatureError, match="does not match"):
        check(pki, altered, headers)


@pytest.mark.parametrize(
    "reserialize",
    [
        pytest.param(lambda d: json.dumps(d, sort_keys=True).encode(), id="key-order"),
        pytest.param(lambda d: json.dumps(d).encode(), id="whitespace"),
        pytest.param(lambda d: json.dumps(d, separators=(",", ":")).encode(), id="same-json"),
    ],
)
def test_a_reserialized_payload_fails(pki: PKI, reserialize) -> None:  # type: ignore[no-untyped-def]
    # PayPal's bytes: keys in its order, and numbers written as it writes them (1.0, 10.50).
    original = (
        b'{"id":"WH-1","event_type":"INVOICING.INVOICE.PAID","resource_version":"1.0",'
        b'"resource":{"invoice":{"number":"0017","items":[{"quantity":1.0,"unit_price":'
        b'{"currency":"USD","value":10.50}}]}}}'
    )
    headers = sign(original, pki.leaf_key)
    check(pki, original, headers)
    again = reserialize(json.loads(original))
    assert json.loads(again) == json.loads(original)  # the same data...
    assert again != original  # ...in other bytes (1.0 and 10.50 do not survive a round trip)
    with pytest.raises(WebhookSignatureError):
        check(pki, again, headers)


def test_other_webhook_id_fails(pki: PKI) -> None:
    headers = sign(PAYLOAD, pki.leaf_key)
    with pytest.raises(WebhookSignatureError, match="does not match"):
        check(pki, PAYLOAD, headers, webhook_id="8PT597110X687430LKGECATA")


@pytest.mark.parametrize(
    ("header", "value"),
    [
        ("PAYPAL-TRANSMISSION-ID", "b2384410-f8d2-11e5-9fe0-d1a5dc3a4a0d"),
        ("PAYPAL-TRANSMISSION-TIME", "2026-03-05T08:59:59Z"),
    ],
)
def test_other_transmission_id_or_time_fails(pki: PKI, header: str, value: str) -> None:
    headers = sign(PAYLOAD, pki.leaf_key)
    assert headers[header] != value
    with pytest.raises(WebhookSignatureError, match="does not match"):
        check(pki, PAYLOAD, {**headers, header: value})


def test_another_events_signature_fails(pki: PKI) -> None:
    other = raw(event(event_id="WH-OTHER-EVENT", event_type="INVOICING.INVOICE.SENT"))
    theirs = sign(other, pki.leaf_key)
    ours = sign(PAYLOAD, pki.leaf_key)
    check(pki, other, theirs)
    forged = {**ours, "PAYPAL-TRANSMISSION-SIG": theirs["PAYPAL-TRANSMISSION-SIG"]}
    with pytest.raises(WebhookSignatureError, match="does not match"):
        check(pki, PAYLOAD, forged)
    # And the other event replayed whole, under this event's transmission id, fails too.
    replay = {**theirs, "PAYPAL-TRANSMISSION-ID": ours["PAYPAL-TRANSMISSION-ID"]}
    with pytest.raises(WebhookSignatureError):
        check(pki, other, replay)


@pytest.mark.parametrize("algo", ["SHA1withRSA", "SHA512withRSA", "none", "sha256WITHrsa "])
def test_wrong_algorithm_fails(pki: PKI, algo: str) -> None:
    headers = {**sign(PAYLOAD, pki.leaf_key), "PAYPAL-AUTH-ALGO": algo}
    with pytest.raises(WebhookSignatureError, match="PAYPAL-AUTH-ALGO"):
        check(pki, PAYLOAD, headers)


@pytest.mark.parametrize(
    "missing",
    [
        "PAYPAL-TRANSMISSION-ID",
        "PAYPAL-TRANSMISSION-TIME",
        "PAYPAL-TRANSMISSION-SIG",
        "PAYPAL-AUTH-ALGO",
    ],
)
def test_missing_header_fails_naming_it(pki: PKI, missing: str) -> None:
    headers = sign(PAYLOAD, pki.leaf_key)
    del headers[missing]
    with pytest.raises(WebhookSignatureError, match=f"missing header {missing}"):
        check(pki, PAYLOAD, headers)
    with pytest.raises(WebhookSignatureError, match=f"missing header {missing}"):
        check(pki, PAYLOAD, {**headers, missing: "  "})


def test_garbled_signature_fails(pki: PKI) -> None:
    headers = {**sign(PAYLOAD, pki.leaf_key), "PAYPAL-TRANSMISSION-SIG": "not*base64!"}
    with pytest.raises(WebhookSignatureError, match="not base64"):
        check(pki, PAYLOAD, headers)


def test_expired_certificate_fails(pki: PKI) -> None:
    expired = pki.leaf_with(
        not_before=NOW - dt.timedelta(days=400), not_after=NOW - dt.timedelta(seconds=1)
    )
    headers = sign(PAYLOAD, pki.leaf_key)
    with pytest.raises(WebhookSignatureError, match="expired"):
        check(pki, PAYLOAD, headers, certificate=pem(expired))
    # The same certificate verified while it was valid.
    check(pki, PAYLOAD, headers, certificate=pem(expired), now=NOW - dt.timedelta(days=1))


def test_not_yet_valid_certificate_fails(pki: PKI) -> None:
    future = pki.leaf_with(not_before=NOW + dt.timedelta(hours=1))
    with pytest.raises(WebhookSignatureError, match="not valid before"):
        check(pki, PAYLOAD, sign(PAYLOAD, pki.leaf_key), certificate=pem(future))


def test_now_defaults_to_the_current_time(pki: PKI) -> None:
    # Without `now`, validity is judged at the current time: a certificate valid for the hour
    # around it verifies, one that expired two days ago does not.
    today = dt.datetime.now(dt.UTC)
    current = pki.leaf_with(
        not_before=today - dt.timedelta(hours=1), not_after=today + dt.timedelta(hours=1)
    )
    stale = pki.leaf_with(
        not_before=today - dt.timedelta(days=3), not_after=today - dt.timedelta(days=2)
    )
    headers = sign(PAYLOAD, pki.leaf_key)
    verify_signature(PAYLOAD, headers, webhook_id=WEBHOOK_ID, certificate=pem(current))
    with pytest.raises(WebhookSignatureError, match="expired"):
        verify_signature(PAYLOAD, headers, webhook_id=WEBHOOK_ID, certificate=pem(stale))


def test_another_key_fails(pki: PKI) -> None:
    stranger = new_key()
    with pytest.raises(WebhookSignatureError, match="does not match"):
        check(pki, PAYLOAD, sign(PAYLOAD, stranger))
    # A certificate for the stranger's key, with PayPal's name, does not verify PayPal's signature.
    with pytest.raises(WebhookSignatureError, match="does not match"):
        check(
            pki, PAYLOAD, sign(PAYLOAD, pki.leaf_key), certificate=pem(pki.leaf_with(key=stranger))
        )


def _payload_with_high_crc() -> bytes:
    for n in range(1000):
        candidate = raw(event(event_id=f"WH-CRC-{n}"))
        if zlib.crc32(candidate) >= 2**31:
            return candidate
    raise AssertionError("no payload with a CRC32 >= 2**31 in 1000 tries")


def test_crc32_above_2_31_is_unsigned(pki: PKI) -> None:
    payload = _payload_with_high_crc()
    crc = zlib.crc32(payload)
    assert crc >= 2**31
    message = signed_message(payload, "tid", "time", WEBHOOK_ID)
    assert message == f"tid|time|{WEBHOOK_ID}|{crc}".encode()
    assert b"-" not in message.rsplit(b"|", 1)[1]
    check(pki, payload, sign(payload, pki.leaf_key))
    # A sender that formatted the CRC32 as a signed 32-bit number produces a signature that
    # does not verify.
    signed_crc = crc - 2**32
    with pytest.raises(WebhookSignatureError, match="does not match"):
        check(pki, payload, sign(payload, pki.leaf_key, crc=signed_crc))


@pytest.mark.parametrize("case", [str.lower, str.upper, str.title, lambda s: s.swapcase()])
def test_header_names_in_any_case(pki: PKI, case) -> None:  # type: ignore[no-untyped-def]
    headers = {case(name): value for name, value in sign(PAYLOAD, pki.leaf_key).items()}
    check(pki, PAYLOAD, headers)


def test_payload_must_be_bytes(pki: PKI) -> None:
    with pytest.raises(TypeError, match="raw request body as bytes"):
        check(pki, PAYLOAD.decode(), sign(PAYLOAD, pki.leaf_key))  # type: ignore[arg-type]


def test_unreadable_certificate_fails(pki: PKI) -> None:
    with pytest.raises(WebhookSignatureError, match="cannot be read"):
        check(pki, PAYLOAD, sign(PAYLOAD, pki.leaf_key), certificate=b"not a certificate")


def test_naive_now_is_refused(pki: PKI) -> None:
    with pytest.raises(ValueError, match="timezone-aware"):
        check(pki, PAYLOAD, sign(PAYLOAD, pki.leaf_key), now=dt.datetime(2026, 3, 5))
