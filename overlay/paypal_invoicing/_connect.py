"""``connect()``: configuration (arguments, environment variables) and assembly of the clients.

The generated ``AuthenticatedClient`` that :func:`connect` returns is handed two ready-made httpx
clients, one sync and one async (see :mod:`paypal_invoicing._http`): PayPal's default headers, a
finite timeout, and a ``send`` that retries and raises :class:`~paypal_invoicing.PayPalError`
subclasses, over a shared pool holding the OAuth2 auth, the connections and the proxies.

Proxies are httpx's own: ``proxy=`` routes everything through one proxy; otherwise (with
``trust_env``, the default) ``HTTP_PROXY`` / ``HTTPS_PROXY`` / ``ALL_PROXY`` and ``NO_PROXY``
apply, except that ``localhost``, ``127.0.0.1`` and ``[::1]`` always go direct.

Bad arguments raise :class:`~paypal_invoicing.ConfigurationError` (a ``ValueError``) naming the
argument (or the environment variable) before any request is made.
"""

from __future__ import annotations

import ipaddress
import math
import os
import re
import ssl
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, TypeAlias

import httpx

from ._auth import TOKEN_PATH, OAuth2ClientCredentials
from ._errors import ConfigurationError
from ._http import DEFAULT_LIMITS, AsyncPayPalHTTPClient, PayPalHTTPClient, Pool
from ._logging import logger
from ._retry import RetryPolicy
from ._token_store import TokenStore
from ._version import __version__

if TYPE_CHECKING:
    from paypal_invoicing_client import AuthenticatedClient

__all__ = [
    "DEFAULT_LIMITS",
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
_HOSTNAME = re.compile(
    r"^(?=.{1,253}\.?$)[a-z0-9_](?:[a-z0-9_-]{0,61}[a-z0-9_])?"
    r"(?:\.[a-z0-9_](?:[a-z0-9_-]{0,61}[a-z0-9_])?)*\.?$",
    re.IGNORECASE,
)
ProxyTypes: TypeAlias = "str | httpx.URL | httpx.Proxy"
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


def _valid_host(host: str) -> bool:
    try:
        ipaddress.ip_address(host)
    except ValueError:
        return bool(_HOSTNAME.match(host))
    return True


def _check_str(name: str, value: object) -> None:
    if value is not None and not isinstance(value, str):
        raise ConfigurationError(f"{name} must be a string, got {type(value).__name__}")


def _check_base_url(value: str, source: str = "base_url") -> str:
    """The normalised base URL; ``source`` (an argument or variable name) names it in errors."""
    if not isinstance(value, str | httpx.URL):
        raise ConfigurationError(f"{source} must be a string URL, got {type(value).__name__}")
    try:
        url = httpx.URL(value)
        port = url.port
        host = url.raw_host.decode("ascii")
    except (httpx.InvalidURL, ValueError, TypeError) as exc:
        raise ConfigurationError(f"{source} is not a valid URL: {exc}") from None
    if url.userinfo:  # checked first: the value is not echoed then
        raise ConfigurationError(f"{source} must not contain a user name or password")
    if url.scheme not in ("http", "https") or not host:
        raise ConfigurationError(f"{source} must be an absolute http(s) URL, got {value!r}")
    if not _valid_host(host):
        raise ConfigurationError(f"{source} has an invalid host name {url.host!r}")
    if port is not None and not 1 <= port <= 65535:
        raise ConfigurationError(f"{source} has a port out of range (1-65535): {port}")
    if url.scheme == "http" and not _is_loopback(url.host):
        raise ConfigurationError(
            f"{source}: refusing plain http:// for {url.host!r}: credentials would travel "
            "unencrypted; use https:// (plain http is allowed only for loopback hosts)"
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

    Arguments win over variables; ``base_url`` wins over ``environment``, and a WARNING is
    logged (logger ``paypal_invoicing``) when an environment and a base URL that name different
    hosts are both set, e.g. ``PAYPAL_ENVIRONMENT=live`` with ``PAYPAL_BASE_URL``. Variables:
    ``PAYPAL_CLIENT_ID``, ``PAYPAL_CLIENT_SECRET``, ``PAYPAL_ENVIRONMENT`` (``sandbox``, the
    default, or ``live``) and ``PAYPAL_BASE_URL``.
    """
    for name, value in (
        ("client_id", client_id),
        ("client_secret", client_secret),
        ("environment", environment),
    ):
        _check_str(name, value)
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
    named = variables.get("PAYPAL_ENVIRONMENT") or None
    if named is not None and named.strip().lower() not in ENVIRONMENTS:
        # Checked even when a base URL wins: a typo there is a mistake, never a silent choice.
        raise ConfigurationError(
            f"unknown PayPal environment {named.strip().lower()!r} (PAYPAL_ENVIRONMENT): "
            "use 'sandbox' or 'live'"
        )
    if environment is not None:
        chosen_env: str | None = environment
    elif base_url is None and not variables.get("PAYPAL_BASE_URL"):
        chosen_env = variables.get("PAYPAL_ENVIRONMENT") or "sandbox"
    else:
        chosen_env = None
    if chosen_env is not None:
        chosen_env = chosen_env.strip().lower()
        if chosen_env not in ENVIRONMENTS:
            source = "environment" if environment is not None else "PAYPAL_ENVIRONMENT"
            raise ConfigurationError(
                f"unknown PayPal environment {chosen_env!r} ({source}): use 'sandbox' or 'live'"
            )
    source = "base_url"
    if base_url is not None:
        url = base_url
    elif environment is not None:
        url = ENVIRONMENTS[environment.strip().lower()]
    elif variables.get("PAYPAL_BASE_URL"):
        url, source = variables["PAYPAL_BASE_URL"], "PAYPAL_BASE_URL"
    else:
        url = ENVIRONMENTS[chosen_env or "sandbox"]
    resolved = _check_base_url(url, source)
    _warn_on_conflict(environment, base_url, variables, resolved)
    return Settings(client_id, client_secret, resolved, chosen_env)


def _warn_on_conflict(
    environment: str | None, base_url: str | None, variables: Mapping[str, str], resolved: str
) -> None:
    """Log a WARNING when an environment and a base URL are both set and name different hosts."""
    env_source, env_value = (
        ("environment", environment)
        if environment is not None
        else ("PAYPAL_ENVIRONMENT", variables.get("PAYPAL_ENVIRONMENT") or None)
    )
    url_source, url_value = (
        ("base_url", base_url)
        if base_url is not None
        else ("PAYPAL_BASE_URL", variables.get("PAYPAL_BASE_URL") or None)
    )
    if env_value is None or url_value is None:
        return
    env_url = ENVIRONMENTS.get(env_value.strip().lower())
    if env_url is None or env_url == str(url_value).rstrip("/"):
        return
    ignored = url_source if resolved == env_url else env_source
    logger.warning(
        "%s=%s and %s are both set; using %s (%s is ignored): "
        "arguments win over variables, and a base URL over an environment",
        env_source,
        env_value.strip().lower(),
        url_source,
        resolved,
        ignored,
    )


def _timeout(timeout: object) -> httpx.Timeout:
    if isinstance(timeout, httpx.Timeout):
        return timeout
    if (
        isinstance(timeout, bool)
        or not isinstance(timeout, int | float)
        or not math.isfinite(timeout)
        or timeout <= 0
    ):
        raise ConfigurationError(
            "timeout must be a positive, finite number of seconds or an httpx.Timeout, "
            f"got {timeout!r}"
        )
    return httpx.Timeout(timeout)


def _policy(max_retries: object, retry_policy: object) -> RetryPolicy:
    if retry_policy is not None:
        if not isinstance(retry_policy, RetryPolicy):
            raise ConfigurationError(
                f"retry_policy must be a RetryPolicy, got {type(retry_policy).__name__}"
            )
        return retry_policy
    if isinstance(max_retries, bool) or not isinstance(max_retries, int) or max_retries < 0:
        raise ConfigurationError(f"max_retries must be an integer >= 0, got {max_retries!r}")
    return RetryPolicy(max_retries=max_retries)


def _headers(headers: object) -> dict[str, str]:
    if headers is None:
        return {}
    if not isinstance(headers, Mapping):
        raise ConfigurationError(f"headers must be a mapping, got {type(headers).__name__}")
    for name, value in headers.items():
        if not isinstance(name, str) or not isinstance(value, str):
            raise ConfigurationError(f"headers must map strings to strings, got {name!r}")
    return dict(headers)


def _as_proxy(value: object, source: str) -> httpx.Proxy:
    # Never echo the value: a proxy URL may carry a password.
    if not isinstance(value, str | httpx.URL | httpx.Proxy):
        raise ConfigurationError(f"{source} must be a proxy URL, got {type(value).__name__}")
    try:
        return value if isinstance(value, httpx.Proxy) else httpx.Proxy(value)
    except (httpx.InvalidURL, ValueError, TypeError):
        raise ConfigurationError(
            f"{source} is not a valid proxy URL (http://, https://, socks5:// or socks5h://)"
        ) from None


def _limits(limits: object) -> httpx.Limits:
    if limits is None:
        return DEFAULT_LIMITS
    if not isinstance(limits, httpx.Limits):
        raise ConfigurationError(f"limits must be an httpx.Limits, got {type(limits).__name__}")
    return limits


def _token_store(store: object) -> TokenStore | None:
    if store is not None and not isinstance(store, TokenStore):
        raise ConfigurationError(
            f"token_store must be a TokenStore (get, set, lock), got {type(store).__name__}"
        )
    return store


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
    proxy: ProxyTypes | None = None,
    trust_env: bool = True,
    limits: httpx.Limits | None = None,
    token_store: TokenStore | None = None,
) -> tuple[PayPalHTTPClient, AsyncPayPalHTTPClient]:
    """The sync and async httpx clients that :func:`connect` hands the generated client.

    Same arguments as :func:`connect`. Useful to call PayPal with plain httpx.
    """
    settings = resolve_settings(
        client_id, client_secret, environment=environment, base_url=base_url
    )
    policy = _policy(max_retries, retry_policy)
    all_headers = {**DEFAULT_HEADERS, **_headers(headers)}
    httpx_timeout = _timeout(timeout)
    checked_proxy = None if proxy is None else _as_proxy(proxy, "proxy")
    auth = OAuth2ClientCredentials(
        settings.client_id,
        settings.client_secret,
        token_url=settings.base_url + TOKEN_PATH,
        store=_token_store(token_store),
    )
    # One SSL context for every pool: building one costs more than the rest together.
    if isinstance(verify, bool):
        verify = httpx.create_ssl_context(verify=verify, trust_env=bool(trust_env))
    pool = Pool(
        auth=auth,
        verify=verify,
        limits=_limits(limits),
        proxy=checked_proxy,
        trust_env=bool(trust_env),
        transport=transport,
        async_transport=async_transport,
    )
    options: dict[str, Any] = {
        "base_url": settings.base_url,
        "headers": all_headers,
        "timeout": httpx_timeout,
    }
    return (
        PayPalHTTPClient(pool=pool, policy=policy, **options),
        AsyncPayPalHTTPClient(pool=pool, policy=policy, **options),
    )


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
    proxy: ProxyTypes | None = None,
    trust_env: bool = True,
    limits: httpx.Limits | None = None,
    token_store: TokenStore | None = None,
) -> AuthenticatedClient:
    """A generated ``AuthenticatedClient`` wired with OAuth2, retries and typed errors.

    Call any generated operation with it (``sync``, ``sync_detailed``, ``asyncio``,
    ``asyncio_detailed``). Credentials fall back to ``PAYPAL_CLIENT_ID`` /
    ``PAYPAL_CLIENT_SECRET``; the host to ``PAYPAL_BASE_URL`` or ``PAYPAL_ENVIRONMENT``
    (``sandbox`` by default, or ``live``). ``timeout`` applies to each attempt, the token request
    and the wait for a token another caller is fetching; ``max_retries`` (or a full
    ``retry_policy``) bounds the retries. ``limits`` sizes the connection pool (default
    :data:`DEFAULT_LIMITS`); ``token_store`` shares tokens (default: in this process).
    ``transport`` / ``async_transport`` replace httpx's transports. ``proxy`` routes every
    request through that proxy; without it, and unless ``trust_env`` is false, httpx applies
    ``HTTP_PROXY`` / ``HTTPS_PROXY`` / ``ALL_PROXY`` / ``NO_PROXY`` (loopback hosts always go
    direct). Bad arguments raise :class:`~paypal_invoicing.ConfigurationError` naming them.
    Error statuses raise :class:`~paypal_invoicing.PayPalError` subclasses; unreachable hosts
    raise :class:`~paypal_invoicing.APIConnectionError`.
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
        proxy=proxy,
        trust_env=trust_env,
        limits=limits,
        token_store=token_store,
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
