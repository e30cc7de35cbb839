"""``WebhookVerifier``: fetch a delivery's signing certificate safely, validate it, cache it."""

from __future__ import annotations

import datetime as dt
import threading
import warnings
from collections import OrderedDict
from collections.abc import Awaitable, Callable, Collection, Mapping, Sequence
from typing import Any
from urllib.parse import urlsplit

import certifi
import httpx
from cryptography import x509
from cryptography.utils import CryptographyDeprecationWarning
from cryptography.x509.oid import NameOID
from cryptography.x509.verification import ExtensionPolicy, PolicyBuilder, Store

from .._errors import ConfigurationError
from .._net import is_host, is_loopback
from .signature import WebhookHeaders, WebhookSignatureError, check_args, moment, verify_with

PAYPAL_DOMAIN = "paypal.com"
"""Certificates are fetched only from this domain and its subdomains, over https."""
PAYPAL_CERT_SUBJECTS = (
    "messageverificationcerts.paypal.com",
    "messageverificationcerts.sandbox.paypal.com",
)
"""Common names PayPal's webhook signing certificates carry (live and sandbox)."""
SANDBOX_CERT_SUBJECT = "webhooks.paypal-invoicing-sandbox.test"
"""The common name of the sandbox's signing certificate."""
_MAX_CERT_BYTES = 64 * 1024
_FOR_SANDBOX = "; a sandbox's? verify with WebhookVerifier.for_sandbox(base_url=its URL)"
Fetch = Callable[[str], bytes]
AsyncFetch = Callable[[str], Awaitable[bytes]]


def check_cert_url(url: str, *, allow_loopback_http: bool = False) -> str:
    """Return ``url`` if it is an https URL on PayPal's domain; else WebhookSignatureError.

    ``api.paypal.com`` and ``api.sandbox.paypal.com`` pass; ``http://``, user info, another
    port, and look-alikes such as ``paypal.com.example`` or ``notpaypal.com`` do not.
    ``allow_loopback_http=True`` (for a sandbox only) also passes http URLs on loopback hosts.
    """
    try:
        parts = urlsplit(url)
        port = parts.port
    except (ValueError, TypeError, AttributeError):
        raise WebhookSignatureError("PAYPAL-CERT-URL is not a URL") from None
    scheme = parts.scheme.lower()
    host = (parts.hostname or "").rstrip(".").lower()
    plain = parts.username is None and parts.password is None
    if allow_loopback_http and scheme in ("http", "https") and plain and is_loopback(host):
        return url
    if scheme != "https":
        raise WebhookSignatureError(f"PAYPAL-CERT-URL must use https{_FOR_SANDBOX}")
    if not plain or port not in (None, 443):
        raise WebhookSignatureError("PAYPAL-CERT-URL must name a plain PayPal host")
    if not is_host(host):  # what another URL parser could read otherwise
        raise WebhookSignatureError(f"PAYPAL-CERT-URL has an unusual host: {host!r}")
    if host != PAYPAL_DOMAIN and not host.endswith("." + PAYPAL_DOMAIN):
        raise WebhookSignatureError(f"PAYPAL-CERT-URL is not on PayPal's domain: {host!r}")
    return url


def _check_status(response: httpx.Response) -> None:
    if response.status_code != 200:
        raise WebhookSignatureError(f"the certificate URL answered HTTP {response.status_code}")


def _add_chunk(body: bytearray, chunk: bytes) -> None:
    body += chunk
    if len(body) > _MAX_CERT_BYTES:
        raise WebhookSignatureError("the certificate download is too large")


def _https_fetch(url: str) -> bytes:
    body = bytearray()
    try:
        with httpx.stream("GET", url, timeout=10.0, follow_redirects=False) as response:
            _check_status(response)
            for chunk in response.iter_bytes():
                _add_chunk(body, chunk)
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
                _add_chunk(body, chunk)
    except httpx.HTTPError as exc:
        raise WebhookSignatureError(f"cannot fetch the certificate: {type(exc).__name__}") from None
    return bytes(body)


def _as_async(fetch: Fetch) -> AsyncFetch:
    async def afetch(url: str) -> bytes:
        return fetch(url)

    return afetch


def _certifi_roots() -> list[x509.Certificate]:
    with open(certifi.where(), "rb") as bundle, warnings.catch_warnings():
        # One of Mozilla's older roots has a serial number RFC 5280 disallows.
        warnings.simplefilter("ignore", CryptographyDeprecationWarning)
        return x509.load_pem_x509_certificates(bundle.read())


def _load_roots(trust_roots: bytes | Sequence[x509.Certificate]) -> list[x509.Certificate]:
    if isinstance(trust_roots, bytes | bytearray):
        try:
            return x509.load_pem_x509_certificates(bytes(trust_roots))
        except ValueError:
            raise ConfigurationError("trust_roots: no PEM certificate could be read") from None
    roots = list(trust_roots)
    if not roots or not all(isinstance(c, x509.Certificate) for c in roots):
        raise ConfigurationError("trust_roots must be PEM bytes or a list of x509.Certificate")
    return roots


class WebhookVerifier:
    """Verifies deliveries with the certificate their ``PAYPAL-CERT-URL`` names.

    - ``fetch(url) -> bytes`` gets the PEM chain of a URL that passed :func:`check_cert_url`
      (default: an https GET, no redirects, at most 64 KiB); ``afetch`` is its async twin
      (default: ``fetch`` as is, or an async GET).
    - ``trust_roots``: PEM bytes or certificates that anchor the chain (default: Mozilla's).
    - ``subjects``: the common names a signing certificate may carry (PayPal's by default).
    - ``allow_loopback_http``: also fetch from http URLs on loopback; only for a sandbox (use
      :meth:`for_sandbox`).
    - ``tolerance``: if set, ``PAYPAL-TRANSMISSION-TIME`` must be within it of now (replays).
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
            raise ConfigurationError("tolerance must be a positive datetime.timedelta or None")
        if not isinstance(cache_size, int) or cache_size < 1:
            raise ConfigurationError("cache_size must be a positive int")
        if isinstance(subjects, str) or not subjects:
            raise ConfigurationError("subjects must be a non-empty collection of common names")
        self._fetch = fetch or _https_fetch
        self._afetch = afetch or (_async_https_fetch if fetch is None else _as_async(fetch))
        self._roots = None if trust_roots is None else _load_roots(trust_roots)
        self._subjects = frozenset(s.lower() for s in subjects)
        self._tolerance = tolerance
        self._loopback = bool(allow_loopback_http)
        self._cache_size = cache_size
        self._cache: OrderedDict[str, tuple[x509.Certificate, dt.datetime]] = OrderedDict()
        self._lock = threading.Lock()
        self._sandbox_prefix: str | None = None  # set by for_sandbox()

    @classmethod
    def for_sandbox(cls, base_url: str | None = None, **options: Any) -> WebhookVerifier:
        """A verifier for a sandbox, in this process or another, and nothing else: certificate
        URLs on loopback only (plain http allowed), a leaf named :data:`SANDBOX_CERT_SUBJECT`,
        anchored in the self-signed root the URL serves after it (or in ``trust_roots``), fetched
        for every delivery. ``base_url`` (loopback, or a one-label container name such as
        ``"http://sandbox:8080"``) narrows it to the sandbox there. Other ``options`` are the
        constructor's."""
        prefix = ""
        if base_url is not None:
            parts = urlsplit(str(base_url))
            host = parts.hostname or ""
            named = is_loopback(host) or ("." not in host and is_host(host))
            if parts.scheme not in ("http", "https") or not named:
                raise ConfigurationError(
                    f"base_url: a loopback or container-name URL, not {host!r}"
                )
            prefix = str(base_url).rstrip("/") + "/v1/notifications/certs/"
        verifier = cls(subjects=(SANDBOX_CERT_SUBJECT,), allow_loopback_http=True, **options)
        verifier._sandbox_prefix = prefix
        return verifier

    def _url(self, cert_url: str) -> str:
        prefix = self._sandbox_prefix
        if prefix and cert_url.startswith(prefix):  # the authority ends at its first "/"
            return cert_url
        url = "" if prefix else check_cert_url(cert_url, allow_loopback_http=self._loopback)
        if prefix is None or (prefix == "" and is_loopback(urlsplit(url).hostname or "")):
            return url
        raise WebhookSignatureError(
            f"PAYPAL-CERT-URL is not the sandbox's ({prefix or 'loopback'}); check base_url"
        )

    def __repr__(self) -> str:
        return f"WebhookVerifier(cached={len(self._cache)}, tolerance={self._tolerance!r})"

    def _trusted(self, chain: list[x509.Certificate]) -> list[x509.Certificate]:
        if self._roots is None and self._sandbox_prefix is None:
            self._roots = _certifi_roots()
        if self._roots is not None:
            return self._roots
        root = chain[-1]  # a sandbox's (a loopback URL, checked): its root comes last
        if len(chain) < 2 or root.issuer != root.subject:
            raise WebhookSignatureError("the sandbox's certificate URL served no root")
        return [root]

    def _cached(self, url: str, at: dt.datetime) -> x509.Certificate | None:
        with self._lock:
            leaf, expires = self._cache.pop(url, (None, at))
            if leaf is None or at > expires:
                return None  # an expired one stays out
            self._cache[url] = (leaf, expires)  # back in, as the most recently used
            return leaf

    def _validate(self, url: str, data: bytes, at: dt.datetime) -> x509.Certificate:
        if not isinstance(data, bytes | bytearray):
            raise WebhookSignatureError("the certificate fetch returned no bytes")
        try:
            chain = x509.load_pem_x509_certificates(bytes(data))
        except ValueError:
            raise WebhookSignatureError("the certificate URL answered no PEM certificate") from None
        leaf, intermediates = chain[0], chain[1:]
        names = leaf.subject.get_attributes_for_oid(NameOID.COMMON_NAME)
        if not self._subjects.intersection(str(name.value).lower() for name in names):
            raise WebhookSignatureError(
                f"the certificate's subject is not PayPal's: {leaf.subject.rfc4514_string()}"
            )
        verifier = (
            PolicyBuilder()
            .store(Store(self._trusted(chain)))
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
                f"the certificate chain does not lead to a trusted root: {exc}{_FOR_SANDBOX}"
            ) from None
        if self._sandbox_prefix is not None:
            return leaf  # never cached: a restarted sandbox serves a new chain at the same URL
        with self._lock:
            self._cache[url] = (leaf, min(c.not_valid_after_utc for c in verified.chain))
            self._cache.move_to_end(url)
            while len(self._cache) > self._cache_size:
                self._cache.popitem(last=False)
        return leaf

    def certificate(self, cert_url: str, *, now: dt.datetime | None = None) -> x509.Certificate:
        """The validated signing certificate at ``cert_url`` (fetched once, then cached)."""
        url, at = self._url(cert_url), moment(now)
        return self._cached(url, at) or self._validate(url, self._fetch(url), at)

    async def acertificate(
        self, cert_url: str, *, now: dt.datetime | None = None
    ) -> x509.Certificate:
        """:meth:`certificate` with ``afetch`` (or an async https GET)."""
        url, at = self._url(cert_url), moment(now)
        return self._cached(url, at) or self._validate(url, await self._afetch(url), at)

    def _prepare(
        self, payload: bytes, headers: Mapping[str, str], webhook_id: str, now: dt.datetime | None
    ) -> tuple[WebhookHeaders, dt.datetime, str]:
        check_args(payload, webhook_id)
        read = WebhookHeaders.from_headers(headers, cert_url=True)
        at = moment(now)
        if self._tolerance is not None:
            try:
                sent = dt.datetime.fromisoformat(read.transmission_time)
            except ValueError:
                raise WebhookSignatureError("PAYPAL-TRANSMISSION-TIME is not ISO 8601") from None
            if abs(at - (sent if sent.tzinfo else sent.replace(tzinfo=dt.UTC))) > self._tolerance:
                raise WebhookSignatureError("PAYPAL-TRANSMISSION-TIME is outside the tolerance")
        return read, at, self._url(read.cert_url or "")

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
