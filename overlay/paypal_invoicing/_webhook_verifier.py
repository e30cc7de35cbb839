"""``WebhookVerifier``: fetch PayPal's signing certificate safely, validate it, cache it.

The certificate URL comes from the delivery, so from whoever sent it: it is checked before
anything is fetched (https, a PayPal host, no user info, the default port). The fetched chain
must lead to a trusted root (Mozilla's roots from ``certifi`` by default) and the leaf must
name PayPal's message-verification host as its subject.
"""

from __future__ import annotations

import datetime as dt
import re
import threading
from collections import OrderedDict
from collections.abc import Awaitable, Callable, Collection, Mapping, Sequence
from urllib.parse import urlsplit

import httpx
from cryptography import x509
from cryptography.x509.oid import NameOID
from cryptography.x509.verification import ExtensionPolicy, PolicyBuilder, Store

from ._webhook_signature import (
    WebhookHeaders,
    WebhookSignatureError,
    check_args,
    moment,
    verify_with,
)

__all__ = [
    "PAYPAL_CERT_SUBJECTS",
    "PAYPAL_DOMAIN",
    "WebhookVerifier",
    "check_cert_url",
]

PAYPAL_DOMAIN = "paypal.com"
"""Certificates are fetched only from this domain and its subdomains, over https."""
PAYPAL_CERT_SUBJECTS = (
    "messageverificationcerts.paypal.com",
    "messageverificationcerts.sandbox.paypal.com",
)
"""Common names PayPal's webhook signing certificates carry (live and sandbox)."""
_MAX_CERT_BYTES = 64 * 1024
_HOST_CHARS = re.compile(r"[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*")

Fetch = Callable[[str], bytes]
AsyncFetch = Callable[[str], Awaitable[bytes]]


_LOOPBACK_HOSTS = frozenset({"127.0.0.1", "::1", "localhost"})


def check_cert_url(url: str, *, allow_loopback_http: bool = False) -> str:
    """Return ``url`` if it is an https URL on PayPal's domain; else WebhookSignatureError.

    ``api.paypal.com`` and ``api.sandbox.paypal.com`` pass; ``http://``, user info, another
    port, and look-alikes such as ``paypal.com.example`` or ``notpaypal.com`` do not.
    ``allow_loopback_http=True`` (for the embedded sandbox only) also passes plain http URLs
    on 127.0.0.1, ::1 or localhost, on any port.
    """
    try:
        parts = urlsplit(url)
        port = parts.port
    except (ValueError, TypeError, AttributeError):
        raise WebhookSignatureError("PAYPAL-CERT-URL is not a URL") from None
    host = (parts.hostname or "").rstrip(".").lower()
    if (
        allow_loopback_http
        and parts.scheme.lower() in ("http", "https")
        and host in _LOOPBACK_HOSTS
        and parts.username is None
        and parts.password is None
    ):
        return url
    if parts.scheme.lower() != "https":
        raise WebhookSignatureError("PAYPAL-CERT-URL must use https")
    if parts.username is not None or parts.password is not None or port not in (None, 443):
        raise WebhookSignatureError("PAYPAL-CERT-URL must name a plain PayPal host")
    if not _HOST_CHARS.fullmatch(host):  # what another URL parser could read otherwise
        raise WebhookSignatureError(f"PAYPAL-CERT-URL has an unusual host: {host!r}")
    if host != PAYPAL_DOMAIN and not host.endswith("." + PAYPAL_DOMAIN):
        raise WebhookSignatureError(f"PAYPAL-CERT-URL is not on PayPal's domain: {host!r}")
    return url


def _check_status(response: httpx.Response) -> None:
    if response.status_code != 200:
        raise WebhookSignatureError(
            f"fetching the certificate answered HTTP {response.status_code}"
        )


def _https_fetch(url: str) -> bytes:
    body = bytearray()
    try:
        with httpx.stream("GET", url, timeout=10.0, follow_redirects=False) as response:
            _check_status(response)
            for chunk in response.iter_bytes():
                body += chunk
                if len(body) > _MAX_CERT_BYTES:
                    raise WebhookSignatureError("the certificate download is too large")
    except httpx.HTTPError as exc:
        raise WebhookSignatureError(f"cannot fetch the certificate: {type(exc).__name__}") from None
    return bytes(body)


async def _async_https_fetch(url: str) -> bytes:
    body = bytearray()
    try:
        async with (
            httpx.AsyncClient(timeout=10.0, follow_redirects=False) as client,
            client.stream("GET", url) as response,
        ):
            _check_status(response)
            async for chunk in response.aiter_bytes():
                body += chunk
                if len(body) > _MAX_CERT_BYTES:
                    raise WebhookSignatureError("the certificate download is too large")
    except httpx.HTTPError as exc:
        raise WebhookSignatureError(f"cannot fetch the certificate: {type(exc).__name__}") from None
    return bytes(body)


def _certifi_roots() -> list[x509.Certificate]:
    import warnings

    import certifi
    from cryptography.utils import CryptographyDeprecationWarning

    with open(certifi.where(), "rb") as bundle, warnings.catch_warnings():
        # One of Mozilla's older roots has a serial number RFC 5280 disallows.
        warnings.simplefilter("ignore", CryptographyDeprecationWarning)
        return x509.load_pem_x509_certificates(bundle.read())


def _load_roots(trust_roots: bytes | Sequence[x509.Certificate]) -> list[x509.Certificate]:
    if isinstance(trust_roots, bytes | bytearray):
        try:
            return x509.load_pem_x509_certificates(bytes(trust_roots))
        except ValueError:
            raise ValueError("trust_roots: no PEM certificate could be read") from None
    roots = list(trust_roots)
    if not roots or not all(isinstance(c, x509.Certificate) for c in roots):
        raise ValueError("trust_roots must be PEM bytes or a non-empty list of x509.Certificate")
    return roots


def _common_names(certificate: x509.Certificate) -> list[str]:
    return [
        str(attribute.value).lower()
        for attribute in certificate.subject.get_attributes_for_oid(NameOID.COMMON_NAME)
    ]


class WebhookVerifier:
    """Verifies deliveries with the certificate their ``PAYPAL-CERT-URL`` names.

    - ``fetch(url) -> bytes`` gets the PEM chain (default: an https GET, no redirects, at most
      64 KiB); ``afetch`` is its async twin for :meth:`averify` (without it, :meth:`averify`
      calls a custom ``fetch`` as is). Only URLs that pass :func:`check_cert_url` are ever
      handed to them.
    - ``trust_roots``: PEM bytes or certificates to anchor the chain (default: ``certifi``'s
      Mozilla roots). Pass a test CA to verify certificates a test or a sandbox made.
    - ``subjects``: the common names a signing certificate may carry (PayPal's by default).
    - ``allow_loopback_http``: also fetch from http URLs on loopback (127.0.0.1, ::1,
      localhost). Only for the embedded sandbox, whose certificate URL is such a URL; use
      :meth:`for_sandbox`. Off by default: only https on PayPal's hosts.
    - ``tolerance``: if set, ``PAYPAL-TRANSMISSION-TIME`` must be within it of the current
      time (a replay guard); off by default.
    - ``cache_size``: validated certificates kept, by URL, until their chain expires.
    """

    def __init__(
        self,
        *,
        fetch: Fetch | None = None,
        afetch: AsyncFetch | None = None,
        trust_roots: bytes | Sequence[x509.Certificate] | None = None,
        subjects: Collection[str] = PAYPAL_CERT_SUBJECTS,
        tolerance: dt.timedelta | None = None,
        cache_size: int = 16,
        allow_loopback_http: bool = False,
    ) -> None:
        if tolerance is not None and (
            not isinstance(tolerance, dt.timedelta) or tolerance <= dt.timedelta(0)
        ):
            raise ValueError("tolerance must be a positive datetime.timedelta or None")
        if not isinstance(cache_size, int) or cache_size < 1:
            raise ValueError("cache_size must be a positive int")
        if isinstance(subjects, str) or not subjects:
            raise ValueError("subjects must be a non-empty collection of common names")
        self._fetch = fetch or _https_fetch
        self._afetch = afetch
        self._roots = None if trust_roots is None else _load_roots(trust_roots)
        self._subjects = frozenset(s.lower() for s in subjects)
        self._tolerance = tolerance
        self._loopback = bool(allow_loopback_http)
        self._cache_size = cache_size
        self._cache: OrderedDict[str, tuple[x509.Certificate, dt.datetime]] = OrderedDict()
        self._lock = threading.Lock()

    @classmethod
    def for_sandbox(cls, **options: object) -> WebhookVerifier:
        """A verifier that trusts the embedded sandbox's signing chain, fetched from its
        loopback certificate URL; it trusts nothing else. Needs the ``[sandbox]`` extra."""
        from .sandbox.state.signing import SIGNING_SUBJECT, root_pem

        return cls(
            trust_roots=root_pem(),
            subjects=(SIGNING_SUBJECT,),
            allow_loopback_http=True,
            **options,  # type: ignore[arg-type]
        )

    def _url(self, cert_url: str) -> str:
        return check_cert_url(cert_url, allow_loopback_http=self._loopback)

    def __repr__(self) -> str:
        return f"WebhookVerifier(cached={len(self._cache)}, tolerance={self._tolerance!r})"

    def _trusted(self) -> list[x509.Certificate]:
        if self._roots is None:
            self._roots = _certifi_roots()
        return self._roots

    def _cached(self, url: str, at: dt.datetime) -> x509.Certificate | None:
        with self._lock:
            entry = self._cache.get(url)
            if entry is None:
                return None
            if at > entry[1]:
                del self._cache[url]
                return None
            self._cache.move_to_end(url)
            return entry[0]

    def _validate(self, url: str, data: bytes, at: dt.datetime) -> x509.Certificate:
        if not isinstance(data, bytes | bytearray):
            raise WebhookSignatureError("the certificate fetch returned no bytes")
        try:
            chain = x509.load_pem_x509_certificates(bytes(data))
        except ValueError:
            raise WebhookSignatureError("the certificate URL answered no PEM certificate") from None
        leaf, intermediates = chain[0], chain[1:]
        if not self._subjects.intersection(_common_names(leaf)):
            raise WebhookSignatureError(
                f"the certificate's subject is not PayPal's: {leaf.subject.rfc4514_string()}"
            )
        verifier = (
            PolicyBuilder()
            .store(Store(self._trusted()))
            .time(at)
            .extension_policies(
                ca_policy=ExtensionPolicy.webpki_defaults_ca(),
                ee_policy=ExtensionPolicy.permit_all(),
            )
            .build_client_verifier()
        )
        try:
            verified = verifier.verify(leaf, intermediates)
        except Exception as exc:  # cryptography's VerificationError
            raise WebhookSignatureError(
                f"the certificate chain does not lead to a trusted root: {exc}"
            ) from None
        expires = min(c.not_valid_after_utc for c in verified.chain)
        with self._lock:
            self._cache[url] = (leaf, expires)
            self._cache.move_to_end(url)
            while len(self._cache) > self._cache_size:
                self._cache.popitem(last=False)
        return leaf

    def certificate(self, cert_url: str, *, now: dt.datetime | None = None) -> x509.Certificate:
        """The validated signing certificate at ``cert_url`` (fetched once, then cached)."""
        url = self._url(cert_url)
        at = moment(now)
        return self._cached(url, at) or self._validate(url, self._fetch(url), at)

    async def acertificate(
        self, cert_url: str, *, now: dt.datetime | None = None
    ) -> x509.Certificate:
        """:meth:`certificate` with ``afetch`` (or an async https GET)."""
        url = self._url(cert_url)
        at = moment(now)
        cached = self._cached(url, at)
        if cached is not None:
            return cached
        if self._afetch is not None:
            data = await self._afetch(url)
        elif self._fetch is not _https_fetch:
            data = self._fetch(url)
        else:
            data = await _async_https_fetch(url)
        return self._validate(url, data, at)

    def _prepare(
        self, payload: bytes, headers: Mapping[str, str], webhook_id: str, now: dt.datetime | None
    ) -> tuple[WebhookHeaders, dt.datetime, str]:
        check_args(payload, webhook_id)
        read = WebhookHeaders.from_headers(headers)
        if read.cert_url is None:
            raise WebhookSignatureError("missing header PAYPAL-CERT-URL")
        at = moment(now)
        if self._tolerance is not None:
            try:
                sent = dt.datetime.fromisoformat(read.transmission_time)
            except ValueError:
                raise WebhookSignatureError(
                    "PAYPAL-TRANSMISSION-TIME is not an ISO 8601 time"
                ) from None
            if sent.tzinfo is None:
                sent = sent.replace(tzinfo=dt.UTC)
            if abs(at - sent) > self._tolerance:
                raise WebhookSignatureError(
                    "PAYPAL-TRANSMISSION-TIME is outside the tolerance (a replay?)"
                )
        return read, at, self._url(read.cert_url)

    def verify(
        self,
        payload: bytes,
        headers: Mapping[str, str],
        *,
        webhook_id: str,
        now: dt.datetime | None = None,
    ) -> None:
        """Verify a delivery (raw body, headers) sent to ``webhook_id``; raise if it fails."""
        read, at, url = self._prepare(payload, headers, webhook_id, now)
        certificate = self.certificate(url, now=at)
        verify_with(payload, read, webhook_id=webhook_id, certificate=certificate, now=at)

    async def averify(
        self,
        payload: bytes,
        headers: Mapping[str, str],
        *,
        webhook_id: str,
        now: dt.datetime | None = None,
    ) -> None:
        """:meth:`verify`, fetching the certificate asynchronously when it is not cached."""
        read, at, url = self._prepare(payload, headers, webhook_id, now)
        certificate = await self.acertificate(url, now=at)
        verify_with(payload, read, webhook_id=webhook_id, certificate=certificate, now=at)
