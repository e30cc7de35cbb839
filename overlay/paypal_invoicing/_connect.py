"""``connect()``: its options (arguments and ``PAYPAL_*`` variables) and the clients they make;
a bad one raises :class:`~paypal_invoicing.ConfigurationError` naming it, before any request."""

from __future__ import annotations

import functools
import inspect
import math
import os
import ssl
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, ParamSpec, TypeAlias, TypeVar

import httpx
from attrs import field, frozen

from ._auth import TOKEN_PATH, OAuth2ClientCredentials
from ._errors import ConfigurationError
from ._http import DEFAULT_LIMITS, AsyncPayPalHTTPClient, PayPalHTTPClient, Pool
from ._logging import logger
from ._net import is_host, is_loopback
from ._retry import RetryPolicy
from ._token_store import TokenStore
from ._version import __version__

if TYPE_CHECKING:
    from ._client import PayPalClient


SANDBOX_URL = "https://api-m.sandbox.paypal.com"
LIVE_URL = "https://api-m.paypal.com"
ENVIRONMENTS: dict[str, str] = {"sandbox": SANDBOX_URL, "live": LIVE_URL}
USER_AGENT = f"paypal-invoicing/{__version__} (python; httpx/{httpx.__version__})"
DEFAULT_HEADERS: dict[str, str] = {"User-Agent": USER_AGENT, "Prefer": "return=representation"}
ProxyTypes: TypeAlias = "str | httpx.URL | httpx.Proxy"
# What the generated client's own token field holds: the OAuth2 auth sets the real header.
_TOKEN_PLACEHOLDER = "<managed by paypal_invoicing OAuth2>"
_P = ParamSpec("_P")
_R = TypeVar("_R")


@frozen
class Settings:
    """Resolved connection settings. The secret never appears in ``repr()``."""

    client_id: str
    client_secret: str = field(repr=False)
    base_url: str
    environment: str | None


def _check_base_url(value: str, source: str = "base_url", allow_http: bool = False) -> str:
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
    if not is_host(host):
        raise ConfigurationError(f"{source} has an invalid host name {url.host!r}")
    if port is not None and not 1 <= port <= 65535:
        raise ConfigurationError(f"{source} has a port out of range (1-65535): {port}")
    if url.scheme == "http" and not is_loopback(url.host):
        name = url.host.rstrip(".").lower()
        if not allow_http or name == "paypal.com" or name.endswith(".paypal.com"):
            raise ConfigurationError(
                f"{source}: refusing plain http:// for {url.host!r}: credentials would travel "
                "unencrypted; use https:// (plain http is allowed for loopback hosts, and with "
                "allow_http=True or PAYPAL_ALLOW_HTTP=1 for hosts other than PayPal's)"
            )
        logger.warning("plain http:// to %s (allow_http): credentials travel unencrypted", host)
    return str(url).rstrip("/")


def _environment(name: str | None, source: str) -> str | None:
    chosen = None if name is None else name.strip().lower()
    if chosen is not None and chosen not in ENVIRONMENTS:
        raise ConfigurationError(
            f"unknown PayPal environment {chosen!r} ({source}): use 'sandbox' or 'live'"
        )
    return chosen


def resolve_settings(
    client_id: str | None = None,
    client_secret: str | None = None,
    *,
    environment: str | None = None,
    base_url: str | None = None,
    env: Mapping[str, str] | None = None,
    allow_http: bool | None = None,
) -> Settings:
    """Merge arguments with ``PAYPAL_*`` environment variables; raise ConfigurationError early.

    Arguments win over variables; ``base_url`` wins over ``environment``, and a WARNING is
    logged (logger ``paypal_invoicing``) when an environment and a base URL that name different
    hosts are both set, e.g. ``PAYPAL_ENVIRONMENT=live`` with ``PAYPAL_BASE_URL``. Variables:
    ``PAYPAL_CLIENT_ID``, ``PAYPAL_CLIENT_SECRET``, ``PAYPAL_ENVIRONMENT`` (``sandbox``, the
    default, or ``live``), ``PAYPAL_BASE_URL`` and ``PAYPAL_ALLOW_HTTP`` (``1`` or ``true``).
    """
    given = {"client_id": client_id, "client_secret": client_secret, "environment": environment}
    for name, value in given.items():
        if value is not None and not isinstance(value, str):
            raise ConfigurationError(f"{name} must be a string, got {type(value).__name__}")
    variables = os.environ if env is None else env
    client_id = client_id or variables.get("PAYPAL_CLIENT_ID") or None
    client_secret = client_secret or variables.get("PAYPAL_CLIENT_SECRET") or None
    if client_id is None or client_secret is None:
        merged = {"client_id": client_id, "client_secret": client_secret}
        missing = [name for name, value in merged.items() if value is None]
        raise ConfigurationError(
            f"missing PayPal credentials ({', '.join(missing)}): pass client_id= and "
            "client_secret= to connect(), or set PAYPAL_CLIENT_ID and PAYPAL_CLIENT_SECRET"
        )
    # PAYPAL_ENVIRONMENT is checked even when a base URL wins: a typo there is never a choice.
    named = _environment(variables.get("PAYPAL_ENVIRONMENT") or None, "PAYPAL_ENVIRONMENT")
    chosen = _environment(environment, "environment")
    env_source, env_value = ("environment", chosen) if chosen else ("PAYPAL_ENVIRONMENT", named)
    url_source, url_value = "PAYPAL_BASE_URL", variables.get("PAYPAL_BASE_URL") or None
    if base_url is not None:
        url_source, url_value = "base_url", base_url
    if allow_http is None:
        allow_http = variables.get("PAYPAL_ALLOW_HTTP", "").strip().lower() in ("1", "true")
    # Arguments win over variables, and a base URL over an environment.
    if url_value is not None and (base_url is not None or chosen is None):
        resolved, chosen = _check_base_url(url_value, url_source, allow_http), None
    else:
        chosen = env_value or "sandbox"
        resolved = ENVIRONMENTS[chosen]
    if env_value and url_value and ENVIRONMENTS[env_value] != str(url_value).rstrip("/"):
        logger.warning(
            "%s=%s and %s are both set; using %s (%s is ignored): "
            "arguments win over variables, and a base URL over an environment",
            env_source,
            env_value,
            url_source,
            resolved,
            env_source if chosen is None else url_source,
        )
    return Settings(client_id, client_secret, resolved, chosen)


def _timeout(timeout: float | httpx.Timeout) -> httpx.Timeout:
    if isinstance(timeout, httpx.Timeout):
        return timeout
    if (
        isinstance(timeout, bool)
        or not isinstance(timeout, int | float)
        or not 0 < timeout < math.inf
    ):
        raise ConfigurationError(
            "timeout must be a positive, finite number of seconds or an httpx.Timeout, "
            f"got {timeout!r}"
        )
    return httpx.Timeout(timeout)


def _retry_policy(instance: Options, attribute: Any, value: RetryPolicy | None) -> None:
    if value is not None and not isinstance(value, RetryPolicy):
        raise ConfigurationError(f"retry_policy must be a RetryPolicy, got {type(value).__name__}")


def _headers(headers: Mapping[str, str] | None) -> dict[str, str]:
    if not isinstance(headers, Mapping | None):
        raise ConfigurationError(f"headers must be a mapping, got {type(headers).__name__}")
    for name, value in (headers or {}).items():
        if not isinstance(name, str) or not isinstance(value, str):
            raise ConfigurationError(f"headers must map strings to strings, got {name!r}")
    return dict(headers or {})


def _proxy(value: ProxyTypes | None) -> httpx.Proxy | None:
    # Never echo the value: a proxy URL may carry a password.
    if value is None or isinstance(value, httpx.Proxy):
        return value
    if not isinstance(value, str | httpx.URL):
        raise ConfigurationError(f"proxy must be a proxy URL, got {type(value).__name__}")
    try:
        return httpx.Proxy(value)
    except (httpx.InvalidURL, ValueError, TypeError):
        raise ConfigurationError(
            "proxy is not a valid proxy URL (http://, https://, socks5:// or socks5h://)"
        ) from None


def _backend(instance: Options, attribute: Any, value: str) -> None:
    if value not in ("httpx", "aiohttp"):
        raise ConfigurationError(f"http_backend must be 'httpx' or 'aiohttp', got {value!r}")


def _loads(instance: Options, attribute: Any, value: object) -> None:
    if value is not None and not callable(value):
        raise ConfigurationError(f"json_loads must be callable, got {type(value).__name__}")


def _limits(limits: httpx.Limits | None) -> httpx.Limits:
    if limits is None:
        return DEFAULT_LIMITS
    if not isinstance(limits, httpx.Limits):
        raise ConfigurationError(f"limits must be an httpx.Limits, got {type(limits).__name__}")
    return limits


@functools.lru_cache(maxsize=4)
def _ssl_context(verify: bool, trust_env: bool, *env: str | None) -> ssl.SSLContext:
    """One SSL context per setting (and per ``SSL_CERT_FILE`` / ``SSL_CERT_DIR``, which
    ``env`` holds), shared by every client of the process: loading CAs costs about 20 ms."""
    return httpx.create_ssl_context(verify=verify, trust_env=trust_env)


@frozen
class Options:
    """The options of :func:`connect` and :func:`httpx_clients`, each checked when given
    (credentials and hosts by :func:`resolve_settings`, ``max_retries`` by ``RetryPolicy``)."""

    client_id: str | None = None
    client_secret: str | None = field(default=None, repr=False)
    environment: str | None = field(default=None, kw_only=True)
    base_url: str | None = field(default=None, kw_only=True)
    timeout: httpx.Timeout = field(default=httpx.Timeout(30.0), converter=_timeout, kw_only=True)
    max_retries: int = field(default=2, kw_only=True)
    retry_policy: RetryPolicy | None = field(default=None, validator=_retry_policy, kw_only=True)
    headers: dict[str, str] = field(default=None, converter=_headers, kw_only=True)
    verify: ssl.SSLContext | str | bool = field(default=True, kw_only=True)
    transport: httpx.BaseTransport | None = field(default=None, kw_only=True)
    async_transport: httpx.AsyncBaseTransport | None = field(default=None, kw_only=True)
    proxy: httpx.Proxy | None = field(default=None, converter=_proxy, kw_only=True)
    trust_env: bool = field(default=True, kw_only=True)
    limits: httpx.Limits = field(default=None, converter=_limits, kw_only=True)
    token_store: TokenStore | None = field(default=None, kw_only=True)
    allow_http: bool | None = field(default=None, kw_only=True)
    http_backend: str = field(default="httpx", validator=_backend, kw_only=True)
    json_loads: Callable[[bytes], Any] | None = field(default=None, validator=_loads, kw_only=True)

    def clients(self) -> tuple[PayPalHTTPClient, AsyncPayPalHTTPClient]:
        """The sync and async httpx clients these options describe."""
        settings = resolve_settings(
            self.client_id,
            self.client_secret,
            environment=self.environment,
            base_url=self.base_url,
            allow_http=self.allow_http,
        )
        policy = self.retry_policy or RetryPolicy(max_retries=self.max_retries)
        auth = OAuth2ClientCredentials(
            settings.client_id,
            settings.client_secret,
            token_url=settings.base_url + TOKEN_PATH,
            store=self.token_store,
        )
        verify = self.verify
        if isinstance(verify, bool):
            cafile, capath = os.environ.get("SSL_CERT_FILE"), os.environ.get("SSL_CERT_DIR")
            verify = _ssl_context(verify, bool(self.trust_env), cafile, capath)
        pool = Pool(
            auth,
            self.transport,
            self.async_transport,
            verify=verify,
            limits=self.limits,
            proxy=self.proxy,
            trust_env=bool(self.trust_env),
            backend=self.http_backend,
            json_loads=self.json_loads,
        )
        options: dict[str, Any] = {
            "base_url": settings.base_url,
            "headers": {**DEFAULT_HEADERS, **self.headers},
            "timeout": self.timeout,
        }
        return (
            PayPalHTTPClient(pool=pool, policy=policy, **options),
            AsyncPayPalHTTPClient(pool=pool, policy=policy, **options),
        )


def _taking(
    options: Callable[_P, Options],
) -> Callable[[Callable[[Options], _R]], Callable[_P, _R]]:
    """Make ``build(options)`` a function taking the arguments of the class ``options``."""

    def decorate(build: Callable[[Options], _R]) -> Callable[_P, _R]:
        @functools.wraps(build)
        def call(*args: _P.args, **kwargs: _P.kwargs) -> _R:
            return build(options(*args, **kwargs))

        call.__dict__["__signature__"] = inspect.signature(options).replace(
            return_annotation=inspect.signature(build).return_annotation
        )
        return call

    return decorate


@_taking(Options)
def httpx_clients(options: Options) -> tuple[PayPalHTTPClient, AsyncPayPalHTTPClient]:
    """The sync and async httpx clients :func:`connect` wires in (same arguments), for plain
    httpx calls."""
    return options.clients()


@_taking(Options)
def connect(options: Options) -> PayPalClient:
    """A :class:`PayPalClient` (the generated ``AuthenticatedClient``) with OAuth2 and retries.

    Credentials fall back to ``PAYPAL_CLIENT_ID`` / ``PAYPAL_CLIENT_SECRET``; the host to
    ``PAYPAL_BASE_URL`` or ``PAYPAL_ENVIRONMENT`` (``sandbox``, the default, or ``live``).
    ``timeout`` applies to each attempt, the token request and the wait for another caller's
    token; ``max_retries`` (or a ``retry_policy``) bounds the retries; ``limits`` sizes the pool;
    ``token_store`` shares tokens. ``http_backend="aiohttp"`` sends the async calls through
    aiohttp (the ``[aiohttp]`` extra); ``json_loads`` (e.g. ``orjson.loads``) parses answers.
    ``proxy`` routes every request through one proxy; without it (and unless ``trust_env`` is
    false) httpx applies ``HTTP(S)_PROXY`` / ``ALL_PROXY`` / ``NO_PROXY``; loopback hosts always
    go direct. ``allow_http`` (``PAYPAL_ALLOW_HTTP=1``) admits plain http to hosts not PayPal's.
    Error statuses raise :class:`~paypal_invoicing.PayPalError` subclasses; unreachable hosts
    :class:`~paypal_invoicing.APIConnectionError`; bad arguments
    :class:`~paypal_invoicing.ConfigurationError`; calls after ``close()``,
    :class:`~paypal_invoicing.ClientClosedError`.
    """
    sync_client, async_client = options.clients()
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
