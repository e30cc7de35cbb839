"""The httpx clients :func:`~paypal_invoicing.connect` builds: one retry loop around ``send``.

Each :class:`PayPalHTTPClient` / :class:`AsyncPayPalHTTPClient` holds its own headers, cookies and
timeout (so copies never change each other) and sends through a shared :class:`Pool`: the inner
httpx client(s) that own the connection pool, the proxies (httpx's own handling of ``proxy=`` and
the environment), the transport and the OAuth2 auth (whose token store is shared too). The async
pool keeps one inner client per event loop, so a client works across ``asyncio.run()`` calls.

``send`` runs the attempts: the auth flow (token, refresh on 401) inside each, then one decision
(:func:`~paypal_invoicing._retry.retry_delay`) about retrying, and one place that maps the outcome
to an exception. ``stream=True`` (``client.stream(...)``) leaves a successful answer's body
unread, for the caller to iterate; an error's body is read, to map it. Exceptions are raised
afresh from ``send``: no chained httpx exception, no traceback into the frames that held the
token.
"""

from __future__ import annotations

import time
import uuid
import weakref
from collections.abc import AsyncGenerator, Callable
from typing import TYPE_CHECKING, Any

import httpx

if TYPE_CHECKING:  # imported where used: a program that stays sync never loads asyncio
    import asyncio

from ._errors import (
    APIConnectionError,
    APITimeoutError,
    ConfigurationError,
    PayPalError,
    PayPalInvoicingError,
    error_from_response,
)
from ._logging import log_attempt, log_retry, logger
from ._retry import (
    REQUEST_ID_HEADER,
    TOKEN_PATH,
    RetryPolicy,
    declares_request_id,
    is_idempotent,
    never_sent,
    retry_delay,
    retryable,
)

DEFAULT_LIMITS = httpx.Limits(max_connections=100, max_keepalive_connections=100)
"""Connections per pool: up to 100 open and kept alive, so concurrent callers reuse them."""

# httpx errors whose message may quote a header value (h11's "Illegal header value b'...'").
_QUOTING_ERRORS = (httpx.LocalProtocolError, httpx.UnsupportedProtocol)


async def _close_at_loop_shutdown(client: httpx.AsyncClient) -> AsyncGenerator[None, None]:
    """Wait at ``yield`` until the loop shuts its async generators down, then close ``client``."""
    try:
        yield
    finally:
        await client.aclose()


def async_client_class(backend: str) -> type[httpx.AsyncClient]:
    """The async client class of ``http_backend``; ConfigurationError if its extra is missing."""
    if backend == "httpx":
        return httpx.AsyncClient
    try:
        from ._aiohttp import AiohttpClient
    except ModuleNotFoundError as exc:
        if exc.name not in ("aiohttp", "httpx_aiohttp"):
            raise
        raise ConfigurationError(
            "http_backend='aiohttp' needs the aiohttp extra: "
            "pip install 'paypal-invoicing[aiohttp]'"
        ) from None
    return AiohttpClient


class Pool:
    """What copies of a client share: inner httpx clients with pool, proxies, transport, auth."""

    def __init__(
        self,
        *,
        auth: httpx.Auth,
        verify: Any,
        limits: httpx.Limits,
        proxy: httpx.Proxy | None,
        trust_env: bool,
        transport: httpx.BaseTransport | None,
        async_transport: httpx.AsyncBaseTransport | None,
        backend: str = "httpx",
        json_loads: Callable[[bytes], Any] | None = None,
    ) -> None:
        self.auth = auth
        self.json_loads = json_loads
        self._options: dict[str, Any] = {
            "auth": auth,
            "verify": verify,
            "limits": limits,
            "proxy": proxy,
            "trust_env": trust_env,
            # Loopback stays direct whatever the environment's proxies say.
            "mounts": {f"all://{host}": None for host in ("localhost", "127.0.0.1", "[::1]")},
        }
        self._async_transport = async_transport
        self._async_client = async_client_class(backend)
        try:
            self._sync: httpx.Client = httpx.Client(transport=transport, **self._options)
        except ImportError as exc:  # socks5:// without httpx[socks]
            raise ConfigurationError(f"proxy: {exc}") from None
        except (httpx.InvalidURL, ValueError, TypeError):
            # ``proxy=`` was checked before: the environment's proxies are left. Never echo them.
            raise ConfigurationError(
                "HTTP_PROXY / HTTPS_PROXY / ALL_PROXY holds an invalid proxy URL "
                "(http://, https://, socks5:// or socks5h://)"
            ) from None
        self._loops: weakref.WeakKeyDictionary[
            asyncio.AbstractEventLoop, tuple[httpx.AsyncClient, AsyncGenerator[None, None]]
        ] = weakref.WeakKeyDictionary()

    def sync(self) -> httpx.Client:
        """The inner sync client."""
        return self._sync

    async def current(self) -> httpx.AsyncClient:
        """The inner async client of the running event loop (made on first use).

        Each loop's client is closed inside that loop when the loop shuts its async generators
        down (``asyncio.run()`` and ``asyncio.Runner`` do, before closing the loop), so a loop
        that ends leaves no open connection behind.
        """
        import asyncio

        loop = asyncio.get_running_loop()
        entry = self._loops.get(loop)
        if entry is None:
            # One thread runs a loop, and nothing below awaits before the entry is stored and its
            # closer has reached ``yield``: no other task of this loop can make a second one.
            client = self._async_client(transport=self._async_transport, **self._options)
            closer = _close_at_loop_shutdown(client)
            self._loops[loop] = entry = (client, closer)
            # Run the closer to its ``yield``: the loop now owns it and finalizes it at shutdown.
            await anext(closer, None)
        return entry[0]

    def close(self) -> None:
        """Close the sync connection pool."""
        self._sync.close()

    async def aclose(self) -> None:
        """Close the running loop's connection pool."""
        import asyncio

        loop = asyncio.get_running_loop()
        entry = self._loops.pop(loop, None)
        if entry is not None:
            await entry[0].aclose()
            await entry[1].aclose()


class _Answer(httpx.Response):
    """A successful answer whose ``json()`` parses with ``connect(json_loads=...)``; what that
    refuses (``NaN``, say) is parsed by ``json.loads`` as before."""

    loads: Callable[[bytes], Any]

    def json(self, **kwargs: Any) -> Any:
        if not kwargs:
            try:
                return self.loads(self.content)
            except ValueError:
                pass
        return super().json(**kwargs)


class _Call:
    """One call's attempts: the decisions and the mapping of their outcome, sync or async."""

    def __init__(
        self, request: httpx.Request, policy: RetryPolicy, loads: Callable[[bytes], Any] | None
    ) -> None:
        self.request = request
        self.policy = policy
        self.loads = loads
        self.attempt = 0
        self.started = 0.0
        self.maybe_reached = False
        self.request_id: str | None = None
        if request.method == "POST":  # header look-ups cost: only POSTs carry an id
            if declares_request_id("POST", request.url.path):
                request.headers.setdefault(REQUEST_ID_HEADER, str(uuid.uuid4()))
            self.request_id = request.headers.get(REQUEST_ID_HEADER)

    def begin(self) -> None:
        self.attempt += 1
        self.started = time.monotonic()

    def after_response(
        self, response: httpx.Response
    ) -> tuple[float | None, Exception | None, httpx.Response]:
        """(delay before the next attempt, error to raise if no delay, response to return)."""
        request = self.request
        log_attempt(
            request,
            attempt=self.attempt,
            duration=time.monotonic() - self.started,
            response=response,
        )
        status = response.status_code
        if status < 400:
            if self.loads is not None:  # connect(json_loads=...): the answer's json() uses it
                response.__class__ = _Answer
                response.__dict__["loads"] = self.loads
            return None, None, response
        if status == 404 and request.method == "DELETE" and self.maybe_reached:
            logger.info(
                "%s %s: 404 after an earlier attempt may have deleted it; counted as done",
                request.method,
                request.url.path,
            )
            return None, None, httpx.Response(204, request=request)
        error = error_from_response(response)
        delay = retry_delay(
            self.policy,
            attempt=self.attempt,
            method=request.method,
            path=request.url.path,
            status=status,
            retry_after=error.retry_after,
        )
        if delay is None:
            return None, self._finish(error), response
        if status >= 500 or status == 408:
            self.maybe_reached = True
        log_retry(request, attempt=self.attempt, delay=delay, reason=f"HTTP {status}")
        return delay, None, response

    def after_error(self, exc: BaseException) -> tuple[float | None, Exception]:
        """(delay, None-able error) for an exception raised by an attempt; re-raise others."""
        request = self.request
        log_attempt(
            request, attempt=self.attempt, duration=time.monotonic() - self.started, error=exc
        )
        if isinstance(exc, PayPalInvoicingError):
            during_token = isinstance(exc, PayPalError | APIConnectionError) and exc.during_token
            status = exc.status_code if isinstance(exc, PayPalError) else None
            delay = retry_delay(
                self.policy,
                attempt=self.attempt,
                method=request.method,
                path=request.url.path,
                status=status,
                retry_after=exc.retry_after if isinstance(exc, PayPalError) else None,
                error=None if status is not None else exc,
                token_failed=during_token,
            )
            reason = type(exc).__name__
            mapped: Exception = exc
        elif isinstance(exc, httpx.HTTPError):
            # Transport failures, and answers that cannot be decoded (a corrupt gzip body: a
            # DecodingError, never retried): all become APIConnectionError, redacted.
            during_token = _request_path(exc) == TOKEN_PATH and request.url.path != TOKEN_PATH
            delay = retry_delay(
                self.policy,
                attempt=self.attempt,
                method=request.method,
                path=request.url.path,
                error=exc,
                token_failed=during_token,
            )
            may_have_reached = retryable(exc) and not (during_token or never_sent(exc))
            self.maybe_reached = self.maybe_reached or may_have_reached
            reason = type(exc).__name__
            unsafe = may_have_reached and not is_idempotent(request.method, request.url.path)
            mapped = self._transport_error(exc, unsafe=unsafe)
        else:
            raise exc
        if delay is None:
            return None, self._finish(mapped)
        log_retry(request, attempt=self.attempt, delay=delay, reason=reason)
        return delay, mapped

    def _transport_error(self, exc: httpx.HTTPError, *, unsafe: bool) -> APIConnectionError:
        request = self.request
        noun = "attempt" if self.attempt == 1 else "attempts"
        where = f"{request.method} {request.url.path}"
        name = type(exc).__name__
        note = (
            "; it may have reached PayPal, and the operation declares no PayPal-Request-Id, "
            "so it was not retried"
            if unsafe
            else ""
        )
        if isinstance(exc, httpx.TimeoutException):
            return APITimeoutError(
                f"{where} timed out ({name}) after {self.attempt} {noun}{note}", request=request
            )
        # The text of some httpx errors quotes a header value: only their type is kept.
        detail = name if isinstance(exc, _QUOTING_ERRORS) else f"{name}: {exc}"
        return APIConnectionError(
            f"{where} failed ({detail}) after {self.attempt} {noun}{note}", request=request
        )

    def _finish(self, error: Exception) -> Exception:
        """The error as raised to the caller: the call's request id, no chain, no traceback.

        The request is spent: its ``Authorization`` header is overwritten in place, so that the
        frames the raised error's traceback passes through (which hold the request) keep no token.
        """
        if "authorization" in self.request.headers:
            self.request.headers["Authorization"] = "[REDACTED]"
        if isinstance(error, PayPalInvoicingError):
            error.request_id = self.request_id
        error.__cause__ = None
        error.__context__ = None
        error.__suppress_context__ = False
        return error.with_traceback(None)


def _request_path(exc: httpx.HTTPError) -> str | None:
    try:
        return exc.request.url.path
    except RuntimeError:
        return None


def _copy_options(
    client: PayPalHTTPClient | AsyncPayPalHTTPClient,
    *,
    headers: dict[str, str] | None = None,
    cookies: dict[str, str] | None = None,
    timeout: httpx.Timeout | None = None,
) -> dict[str, Any]:
    """What a copy of ``client`` is built with: its own headers, cookies and timeout."""
    return {
        "pool": client.pool,
        "policy": client.policy,
        "owner": False,
        "base_url": client.base_url,
        "headers": {**client.headers, **(headers or {})},
        "cookies": {**dict(client.cookies), **(cookies or {})},
        "timeout": client.timeout if timeout is None else timeout,
    }


def _send_options(auth: Any, follow_redirects: Any) -> dict[str, Any]:
    return {"auth": auth, "follow_redirects": follow_redirects}


def _read(response: httpx.Response) -> None:
    """Read the body (an error's, or all of an answer not streamed); close if that fails."""
    try:
        response.read()
    except BaseException:
        response.close()
        raise
    _unbind(response)


async def _aread(response: httpx.Response) -> None:
    """:func:`_read`, async."""
    try:
        await response.aread()
    except BaseException:
        await response.aclose()
        raise
    _unbind(response)


def _unbind(response: httpx.Response) -> None:
    """Replace the read stream, which refers back to the response: without that cycle, a page
    of answers is freed when dropped, not when the garbage collector runs."""
    response.stream = httpx.ByteStream(response.content)


class PayPalHTTPClient(httpx.Client):
    """An ``httpx.Client`` whose ``send`` retries and raises PayPal's errors."""

    def __init__(
        self,
        *,
        pool: Pool,
        policy: RetryPolicy,
        owner: bool = True,
        sleep: Callable[[float], Any] = time.sleep,
        **options: Any,
    ) -> None:
        # Never used (``send`` goes through the pool): a bare transport costs no SSL context.
        super().__init__(
            auth=pool.auth, transport=httpx.BaseTransport(), trust_env=False, **options
        )
        self.pool = pool
        self.policy = policy
        self._owner = owner
        self._sleep = sleep

    def derive(self, **changes: Any) -> PayPalHTTPClient:
        """A copy with more ``headers`` or ``cookies``, or another ``timeout``, sharing the pool."""
        return PayPalHTTPClient(sleep=self._sleep, **_copy_options(self, **changes))

    def send(
        self,
        request: httpx.Request,
        *,
        stream: bool = False,
        auth: Any = httpx.USE_CLIENT_DEFAULT,
        follow_redirects: Any = httpx.USE_CLIENT_DEFAULT,
    ) -> httpx.Response:
        """Send ``request`` with retries; error statuses raise :class:`PayPalError`.

        ``stream=True`` leaves the body of a successful answer unread (an error's is read).
        """
        call = _Call(request, self.policy, self.pool.json_loads)
        inner = self.pool.sync()
        options = _send_options(auth, follow_redirects)
        while True:
            call.begin()
            error: Exception | None = None
            try:
                response = inner.send(request, stream=True, **options)
                if not stream or response.is_error:
                    _read(response)
            except Exception as exc:
                delay, error = call.after_error(exc)
            else:
                delay, error, answer = call.after_response(response)
                if delay is None and error is None:
                    return answer
                response.close()
            if delay is None:
                assert error is not None
                raise error
            self._sleep(delay)

    def close(self) -> None:
        """Close the shared pool (only the client :func:`connect` made owns it)."""
        if self._owner:
            self.pool.close()
        super().close()


class AsyncPayPalHTTPClient(httpx.AsyncClient):
    """An ``httpx.AsyncClient`` whose ``send`` retries and raises PayPal's errors."""

    def __init__(
        self,
        *,
        pool: Pool,
        policy: RetryPolicy,
        owner: bool = True,
        sleep: Callable[[float], Any] | None = None,
        **options: Any,
    ) -> None:
        super().__init__(
            auth=pool.auth, transport=httpx.AsyncBaseTransport(), trust_env=False, **options
        )
        self.pool = pool
        self.policy = policy
        self._owner = owner
        self._sleep = sleep

    def derive(self, **changes: Any) -> AsyncPayPalHTTPClient:
        """A copy with more ``headers`` or ``cookies``, or another ``timeout``, sharing the pool."""
        return AsyncPayPalHTTPClient(sleep=self._sleep, **_copy_options(self, **changes))

    async def send(
        self,
        request: httpx.Request,
        *,
        stream: bool = False,
        auth: Any = httpx.USE_CLIENT_DEFAULT,
        follow_redirects: Any = httpx.USE_CLIENT_DEFAULT,
    ) -> httpx.Response:
        """Send ``request`` with retries; error statuses raise :class:`PayPalError`.

        ``stream=True`` leaves the body of a successful answer unread (an error's is read).
        """
        call = _Call(request, self.policy, self.pool.json_loads)
        inner = await self.pool.current()
        options = _send_options(auth, follow_redirects)
        while True:
            call.begin()
            error: Exception | None = None
            try:
                response = await inner.send(request, stream=True, **options)
                if not stream or response.is_error:
                    await _aread(response)
            except Exception as exc:
                delay, error = call.after_error(exc)
            else:
                delay, error, answer = call.after_response(response)
                if delay is None and error is None:
                    return answer
                await response.aclose()
            if delay is None:
                assert error is not None
                raise error
            if self._sleep is not None:
                await self._sleep(delay)
            else:
                import asyncio

                await asyncio.sleep(delay)

    async def aclose(self) -> None:
        """Close the running loop's shared pool (only the client :func:`connect` made owns it)."""
        if self._owner:
            await self.pool.aclose()
        await super().aclose()
