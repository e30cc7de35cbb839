"""``connect()``: configuration (arguments, environment variables) and assembly of the clients.

The generated ``AuthenticatedClient`` that :func:`connect` returns is handed two ready-made httpx
clients, one sync and one async, each with its own retrying transport around httpx's, the shared
OAuth2 :class:`~paypal_invoicing.auth.OAuth2ClientCredentials`, PayPal's default headers, a finite
timeout and a response hook that raises :class:`~paypal_invoicing.errors.PayPalError` for error
statuses (401s are left to the auth flow, which refreshes the token before deciding).
"""

from __future__ import annotations

import ipaddress
import os
import ssl
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

import httpx

from ._version import __version__
from .auth import TOKEN_PATH, OAuth2ClientCredentials
from .errors import ConfigurationError, error_from_response
from .retry import AsyncRetryTransport, RetryPolicy, RetryTransport

if TYPE_CHECKING:
    from paypal_invoicing_client import AuthenticatedClient

__all__ = [
    "ENVIRONMENTS",
    "LIVE_URL",
    "SANDBOX_URL",
    "USER_AGENT",
    "Settings",
    "connect",
    "httpx_clients",
    "resolve_settings",
]

SANDBOX_URL = "https://api-m.sandbox.paypal.com"
LIVE_URL = "https://api-m.paypal.com"
ENVIRONMENTS: dict[str, str] = {"sandbox": SANDBOX_URL, "live": LIVE_URL}
USER_AGENT = f"paypal-invoicing/{__version__} (python; httpx/{httpx.__version__})"
DEFAULT_HEADERS: dict[str, str] = {
    "User-Agent": USER_AGENT,
    "Prefer": "return=representation",
}
# What the generated client's own token field holds: the OAuth2 auth sets the real header.
_TOKEN_PLACEHOLDER = "<managed by paypal_invoicing OAuth2>"


@dataclass(frozen=True)
class Settings:
    """Resolved connection settings. The secret never appears in ``repr()``."""

    client_id: str
    client_secret: str = field(repr=False)
    base_url: str
    environment: str | None


def _is_loopback(host: str) -> bool:
    if host.lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def _check_base_url(value: str) -> str:
    url = httpx.URL(value)
    if url.scheme not in ("http", "https") or not url.host:
        raise ConfigurationError(f"base_url must be an absolute http(s) URL, got {value!r}")
    if url.scheme == "http" and not _is_loopback(url.host):
        raise ConfigurationError(
            f"refusing plain http:// for {url.host!r}: credentials would travel unencrypted; "
            "use https:// (plain http is allowed only for loopback hosts)"
        )
    return str(url).rstrip("/")


def resolve_settings(
    client_id: str | None = None,
    client_secret: str | None = None,
    *,
    environment: str | None = None,
    base_url: str | None = None,
    env: Mapping[str, str] | None = None,
) -> Settings:
    """Merge arguments with ``PAYPAL_*`` environment variables; raise ConfigurationError early.

    Arguments win over variables; ``base_url`` wins over ``environment``. Variables:
    ``PAYPAL_CLIENT_ID``, ``PAYPAL_CLIENT_SECRET``, ``PAYPAL_ENVIRONMENT`` (``sandbox``, the
    default, or ``live``) and ``PAYPAL_BASE_URL``.
    """
    variables = os.environ if env is None else env
    client_id = client_id or variables.get("PAYPAL_CLIENT_ID") or None
    client_secret = client_secret or variables.get("PAYPAL_CLIENT_SECRET") or None
    missing = [
        name
        for name, value in (("client_id", client_id), ("client_secret", client_secret))
        if not value
    ]
    if missing:
        raise ConfigurationError(
            f"missing PayPal credentials ({', '.join(missing)}): pass client_id= and "
            "client_secret= to connect(), or set PAYPAL_CLIENT_ID and PAYPAL_CLIENT_SECRET"
        )
    assert client_id is not None and client_secret is not None
    if environment is not None:
        chosen_env: str | None = environment
    elif base_url is None and not variables.get("PAYPAL_BASE_URL"):
        chosen_env = variables.get("PAYPAL_ENVIRONMENT") or "sandbox"
    else:
        chosen_env = None
    if chosen_env is not None:
        chosen_env = chosen_env.strip().lower()
        if chosen_env not in ENVIRONMENTS:
            raise ConfigurationError(
                f"unknown PayPal environment {chosen_env!r}: use 'sandbox' or 'live'"
            )
    if base_url is not None:
        url = base_url
    elif environment is not None:
        url = ENVIRONMENTS[environment.strip().lower()]
    else:
        url = variables.get("PAYPAL_BASE_URL") or ENVIRONMENTS[chosen_env or "sandbox"]
    return Settings(client_id, client_secret, _check_base_url(url), chosen_env)


def _raise_for_status(response: httpx.Response) -> None:
    if response.status_code < 400 or response.status_code == 401:
        return  # 401s belong to the auth flow: it refreshes the token once, then raises
    if response.request.url.path.endswith(TOKEN_PATH):
        return  # token errors are raised by the auth flow as well
    response.read()
    raise error_from_response(response)


async def _araise_for_status(response: httpx.Response) -> None:
    if response.status_code < 400 or response.status_code == 401:
        return
    if response.request.url.path.endswith(TOKEN_PATH):
        return
    await response.aread()
    raise error_from_response(response)


def _timeout(timeout: float | httpx.Timeout | None) -> httpx.Timeout:
    if isinstance(timeout, httpx.Timeout):
        return timeout
    if timeout is None or timeout <= 0:
        raise ConfigurationError("timeout must be a positive number of seconds")
    return httpx.Timeout(timeout)


def httpx_clients(
    client_id: str | None = None,
    client_secret: str | None = None,
    *,
    environment: str | None = None,
    base_url: str | None = None,
    timeout: float | httpx.Timeout = 30.0,
    max_retries: int = 2,
    retry_policy: RetryPolicy | None = None,
    headers: Mapping[str, str] | None = None,
    verify: ssl.SSLContext | str | bool = True,
    transport: httpx.BaseTransport | None = None,
    async_transport: httpx.AsyncBaseTransport | None = None,
) -> tuple[httpx.Client, httpx.AsyncClient]:
    """The sync and async httpx clients that :func:`connect` hands the generated client.

    Same arguments as :func:`connect`. Useful to call PayPal with plain httpx.
    """
    settings = resolve_settings(
        client_id, client_secret, environment=environment, base_url=base_url
    )
    policy = retry_policy if retry_policy is not None else RetryPolicy(max_retries=max_retries)
    auth = OAuth2ClientCredentials(
        settings.client_id,
        settings.client_secret,
        token_url=settings.base_url + TOKEN_PATH,
    )
    all_headers = {**DEFAULT_HEADERS, **(headers or {})}
    httpx_timeout = _timeout(timeout)
    # One SSL context for both transports: building one costs more than the rest together.
    if (transport is None or async_transport is None) and isinstance(verify, bool):
        verify = httpx.create_ssl_context(verify=verify)
    sync_inner = transport if transport is not None else httpx.HTTPTransport(verify=verify)
    async_inner = (
        async_transport if async_transport is not None else httpx.AsyncHTTPTransport(verify=verify)
    )
    sync_client = httpx.Client(
        base_url=settings.base_url,
        auth=auth,
        headers=all_headers,
        timeout=httpx_timeout,
        transport=RetryTransport(sync_inner, policy=policy),
        event_hooks={"response": [_raise_for_status]},
    )
    async_client = httpx.AsyncClient(
        base_url=settings.base_url,
        auth=auth,
        headers=all_headers,
        timeout=httpx_timeout,
        transport=AsyncRetryTransport(async_inner, policy=policy),
        event_hooks={"response": [_araise_for_status]},
    )
    return sync_client, async_client


def connect(
    client_id: str | None = None,
    client_secret: str | None = None,
    *,
    environment: str | None = None,
    base_url: str | None = None,
    timeout: float | httpx.Timeout = 30.0,
    max_retries: int = 2,
    retry_policy: RetryPolicy | None = None,
    headers: Mapping[str, str] | None = None,
    verify: ssl.SSLContext | str | bool = True,
    transport: httpx.BaseTransport | None = None,
    async_transport: httpx.AsyncBaseTransport | None = None,
) -> AuthenticatedClient:
    """A generated ``AuthenticatedClient`` wired with OAuth2, retries and typed errors.

    Call any generated operation with it (``sync``, ``sync_detailed``, ``asyncio``,
    ``asyncio_detailed``). Credentials fall back to ``PAYPAL_CLIENT_ID`` /
    ``PAYPAL_CLIENT_SECRET``; the host to ``PAYPAL_BASE_URL`` or ``PAYPAL_ENVIRONMENT``
    (``sandbox`` by default, or ``live``). ``timeout`` applies to each attempt; ``max_retries``
    (or a full ``retry_policy``) bounds the retries. ``transport`` / ``async_transport`` replace
    the httpx transports that the retrying transports wrap. Error statuses raise
    :class:`~paypal_invoicing.errors.PayPalError` subclasses; unreachable hosts raise
    :class:`~paypal_invoicing.errors.APIConnectionError`.
    """
    sync_client, async_client = httpx_clients(
        client_id,
        client_secret,
        environment=environment,
        base_url=base_url,
        timeout=timeout,
        max_retries=max_retries,
        retry_policy=retry_policy,
        headers=headers,
        verify=verify,
        transport=transport,
        async_transport=async_transport,
    )
    from ._client import PayPalClient

    client = PayPalClient(
        base_url=str(sync_client.base_url).rstrip("/"),
        token=_TOKEN_PLACEHOLDER,
        timeout=sync_client.timeout,
        headers=dict(DEFAULT_HEADERS),
    )
    client.set_httpx_client(sync_client)
    client.set_async_httpx_client(async_client)
    return client
