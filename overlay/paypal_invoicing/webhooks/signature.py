"""PayPal's offline webhook signature check, on the raw request bytes (pure: no network)."""

from __future__ import annotations

import base64
import datetime as dt
import zlib
from collections.abc import Mapping
from dataclasses import dataclass

from cryptography import x509
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import padding, rsa

from paypal_invoicing_client.errors import PayPalInvoicingError

from .._errors import ConfigurationError

AUTH_ALGO = "SHA256withRSA"
"""The only signature algorithm PayPal uses for webhooks (RSA PKCS#1 v1.5 with SHA-256)."""


class WebhookSignatureError(PayPalInvoicingError):
    """A webhook delivery did not pass verification: a header is missing or garbled, the
    algorithm is not ``SHA256withRSA``, the signature does not match, or the certificate is
    not valid, not PayPal's, or not fetched from PayPal."""


@dataclass(frozen=True)
class WebhookHeaders:
    """PayPal's ``PAYPAL-*`` headers of one delivery, read from headers named in any case."""

    transmission_id: str
    transmission_time: str
    transmission_sig: str
    auth_algo: str
    cert_url: str | None

    @classmethod
    def from_headers(cls, headers: Mapping[str, str], *, cert_url: bool = False) -> WebhookHeaders:
        """Read the headers; a missing or empty required one (``PAYPAL-CERT-URL`` too with
        ``cert_url=True``) raises WebhookSignatureError."""
        try:
            lowered = {str(name).lower(): value for name, value in headers.items()}
        except AttributeError:
            raise WebhookSignatureError("headers must be a mapping of names to values") from None

        def get(name: str, required: bool = True) -> str | None:
            value = lowered.get(name.lower())
            if value is None or (isinstance(value, str) and not value.strip()):
                if required:
                    raise WebhookSignatureError(f"missing header {name}")
                return None
            if not isinstance(value, str):
                raise WebhookSignatureError(f"header {name} must be text")
            return value.strip()

        return cls(
            transmission_id=get("PAYPAL-TRANSMISSION-ID") or "",
            transmission_time=get("PAYPAL-TRANSMISSION-TIME") or "",
            transmission_sig=get("PAYPAL-TRANSMISSION-SIG") or "",
            auth_algo=get("PAYPAL-AUTH-ALGO") or "",
            cert_url=get("PAYPAL-CERT-URL", required=cert_url),
        )


def signed_message(
    payload: bytes, transmission_id: str, transmission_time: str, webhook_id: str
) -> bytes:
    """The bytes PayPal signs: ``transmission_id|transmission_time|webhook_id|crc32(payload)``."""
    crc = zlib.crc32(payload) & 0xFFFFFFFF  # unsigned, whatever the platform
    return f"{transmission_id}|{transmission_time}|{webhook_id}|{crc}".encode()


def load_certificate(data: bytes) -> x509.Certificate:
    """The first certificate of PEM (or DER) bytes; WebhookSignatureError if there is none."""
    if not isinstance(data, bytes | bytearray):
        raise TypeError("certificate must be PEM or DER bytes")
    try:
        if b"-----BEGIN CERTIFICATE-----" in data:
            return x509.load_pem_x509_certificates(bytes(data))[0]
        return x509.load_der_x509_certificate(bytes(data))
    except ValueError:
        raise WebhookSignatureError("the certificate cannot be read (not PEM or DER)") from None


def check_args(payload: object, webhook_id: object) -> None:
    """Refuse a payload that is not raw bytes, or an empty webhook id, naming the argument."""
    if not isinstance(payload, bytes | bytearray | memoryview):
        raise TypeError("payload must be the raw request body as bytes, never re-serialized")
    if not isinstance(webhook_id, str) or not webhook_id:
        raise ConfigurationError("webhook_id must be the id of the webhook the event was sent to")


def moment(now: dt.datetime | None) -> dt.datetime:
    """``now``, or the current UTC time; a naive datetime is refused."""
    if now is None:
        return dt.datetime.now(dt.UTC)
    if now.tzinfo is None:
        raise ConfigurationError("now must be timezone-aware (e.g. datetime.now(UTC))")
    return now


def verify_with(
    payload: bytes,
    headers: WebhookHeaders,
    *,
    webhook_id: str,
    certificate: x509.Certificate,
    now: dt.datetime | None = None,
) -> None:
    """:func:`verify_signature` on already-read headers and a loaded certificate."""
    check_args(payload, webhook_id)
    if headers.auth_algo != AUTH_ALGO:
        raise WebhookSignatureError(
            f"unsupported PAYPAL-AUTH-ALGO {headers.auth_algo!r}: expected {AUTH_ALGO}"
        )
    try:
        signature = base64.b64decode(headers.transmission_sig, validate=True)
    except ValueError:  # binascii.Error
        raise WebhookSignatureError("PAYPAL-TRANSMISSION-SIG is not base64") from None
    at, start, end = moment(now), certificate.not_valid_before_utc, certificate.not_valid_after_utc
    if not start <= at <= end:
        problem, when = ("is not valid before", start) if at < start else ("expired at", end)
        raise WebhookSignatureError(f"the certificate {problem} {when.isoformat()}")
    key = certificate.public_key()
    if not isinstance(key, rsa.RSAPublicKey):
        raise WebhookSignatureError("the certificate's key is not an RSA key")
    message = signed_message(
        bytes(payload), headers.transmission_id, headers.transmission_time, webhook_id
    )
    try:
        key.verify(signature, message, padding.PKCS1v15(), hashes.SHA256())
    except InvalidSignature:
        raise WebhookSignatureError(
            "the signature does not match this payload, webhook id, transmission id and time"
        ) from None


def verify_signature(
    payload: bytes,
    headers: Mapping[str, str],
    *,
    webhook_id: str,
    certificate: bytes,
    now: dt.datetime | None = None,
) -> None:
    """Check a delivery's signature offline, as PayPal specifies; return None or raise.

    ``payload``: the body exactly as received; ``headers``: its headers (names in any case);
    ``webhook_id``: the webhook it was sent to; ``certificate``: the PEM (or DER) certificate
    behind ``PAYPAL-CERT-URL``, trusted as given (:class:`WebhookVerifier` fetches and
    validates it). Raises :class:`WebhookSignatureError` on a missing or garbled header, an
    algorithm other than ``SHA256withRSA``, a mismatch, or a certificate not valid at ``now``.
    """
    check_args(payload, webhook_id)
    read, cert = WebhookHeaders.from_headers(headers), load_certificate(certificate)
    verify_with(payload, read, webhook_id=webhook_id, certificate=cert, now=now)
