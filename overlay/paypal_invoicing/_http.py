"""The httpx clients :func:`~paypal_invoicing.connect` builds: each holds its own headers,
cookies and timeout, and ``send`` retries through the :class:`Pool` their copies share. Errors are
raised afresh: no chained httpx exception, no traceback into the frames that held the token."""

from __future__ import annotations

import json
import time
import uuid
import weakref
from collections.abc import AsyncGenerator, Awaitable, Callable
from typing import TYPE_CHECKING, Any, Self, TypeVar

import httpx

from paypal_invoicing_client.errors import InvalidFieldError

if TYPE_CHECKING:  # imported where used: a program that stays sync never loads asyncio
    import asyncio

from ._errors import (
    APIConnectionError,
    APITimeoutError,
    ClientClosedError,
    ConfigurationError,
    PayPalError,
    PayPalInvoicingError,
    error_from_response,
)
from ._logging import log_attempt, log_retry, logger
from ._money import amount_problem
from ._retry import (
    NEVER_SENT_ERRORS,
    REQUEST_ID_HEADER,
    RETRYABLE_ERRORS,
    TOKEN_PATH,
    RetryPolicy,
    declares_request_id,
    is_idempotent,
    retry_delay,
)

DEFAULT_LIMITS = httpx.Limits(max_connections=100, max_keepalive_connections=100)
"""Connections per pool: up to 100 open and kept alive, so concurrent callers reuse them."""

# httpx errors whose message may quote a header value (h11's "Illegal header value b'...'").
_QUOTING_ERRORS = (httpx.LocalProtocolError, httpx.UnsupportedProtocol)
_NOT_RETRIED = (
    "; it may have reached PayPal, and the operation declares no PayPal-Request-Id, "
    "so it was not retried"
)


async def _finish(closer: AsyncGenerator[None, None]) -> None:
    await closer.aclose()


def _close_in(loop: asyncio.AbstractEventLoop, closer: AsyncGenerator[None, None]) -> None:
    """Run ``closer`` to its end in ``loop`` (a loop running here does as it ends)."""
    import asyncio

    running = asyncio._get_running_loop()
    if loop.is_closed() or loop is running:
        return
    if loop.is_running():  # in another thread
        asyncio.run_coroutine_threadsafe(_finish(closer), loop)
    elif running is None:
        loop.run_until_complete(_finish(closer))


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
        auth: httpx.Auth,
        transport: httpx.BaseTransport | None,
        async_transport: httpx.AsyncBaseTransport | None,
        backend: str = "httpx",
        json_loads: Callable[[bytes], Any] | None = None,
        **options: Any,  # verify, limits, proxy, trust_env
    ) -> None:
        self.auth = auth
        self.json_loads = json_loads
        # Loopback stays direct whatever the environment's proxies say.
        direct = {f"all://{host}": None for host in ("localhost", "127.0.0.1", "[::1]")}
        self._options = {**options, "auth": auth, "mounts": direct}
        self._async_transport = async_transport
        self._async_client = async_client_class(backend)
        try:
            self.sync_client = httpx.Client(transport=transport, **self._options)
        except ImportError as exc:  # socks5:// without httpx[socks]
            raise ConfigurationError(f"proxy: {exc}") from None
        except (httpx.InvalidURL, ValueError, TypeError):
            # ``proxy=`` was checked before: the environment's proxies are left. Never echo them.
            raise ConfigurationError(
                "HTTP_PROXY / HTTPS_PROXY / ALL_PROXY holds an invalid proxy URL "
                "(http://, https://, socks5:// or socks5h://)"
            ) from None
        # Each loop's client and the async generator that closes it when the loop shuts down.
        self._loops: weakref.WeakKeyDictionary[
            asyncio.AbstractEventLoop, tuple[httpx.AsyncClient, AsyncGenerator[None, None]]
        ] = weakref.WeakKeyDictionary()
        self.closed = False

    async def current(self) -> httpx.AsyncClient:
        """The running loop's inner client, closed when the loop shuts its async generators down."""
        import asyncio

        loop = asyncio.get_running_loop()
        entry = self._loops.get(loop)
        if entry is None:
            self.ensure_open()
            # Nothing awaits before the entry is stored: no other task makes a second one.
            client = self._async_client(transport=self._async_transport, **self._options)
            self._loops[loop] = entry = (client, self._closer(client))
            await anext(entry[1], None)  # at its ``yield``: the loop finalizes it at shutdown
        return entry[0]

    async def _closer(self, client: httpx.AsyncClient) -> AsyncGenerator[None, None]:
        import asyncio

        try:
            yield
        finally:
            # The entry refers to its loop, a weak key: kept, the loop would never be freed.
            self._loops.pop(asyncio.get_running_loop(), None)
            await client.aclose()

    def ensure_open(self, closed: bool = False) -> None:
        """Raise :class:`ClientClosedError` if ``closed`` or once this pool was closed."""
        if closed or self.closed:
            raise ClientClosedError(
                "this PayPal client was closed (close(), aclose() or the end of its with block); "
                "make another with connect()"
            )

    def close(self) -> None:
        """Close the sync connection pool and every event loop's (see :func:`_close_in`)."""
        self.closed = True
        self.sync_client.close()
        for loop, (_, closer) in list(self._loops.items()):
            _close_in(loop, closer)

    async def aclose(self) -> None:
        """Close every connection pool, the running loop's first."""
        import asyncio

        entry = self._loops.pop(asyncio.get_running_loop(), None)
        if entry is not None:
            await entry[1].aclose()  # closes the loop's client
        self.close()


class _Answer(httpx.Response):
    """An answer whose ``json()`` tries ``connect(json_loads=...)`` first (``NaN``: json.loads)."""

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
        if request.method != "GET" and "/invoicing/" in request.url.path:
            try:  # a streamed or non-JSON body holds no amount
                body = json.loads(request.content) if b'"currency' in request.content else None
            except (httpx.RequestNotRead, ValueError):
                body = None
            if found := amount_problem(body):  # one PayPal would refuse, refused before sending
                raise InvalidFieldError(*found)
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

    def _delay(self, **outcome: Any) -> float | None:
        method, path = self.request.method, self.request.url.path
        return retry_delay(self.policy, attempt=self.attempt, method=method, path=path, **outcome)

    def after_response(self, response: httpx.Response) -> float | Exception | httpx.Response:
        """The delay before the next attempt, the error to raise or the response to return."""
        request, status = self.request, response.status_code
        duration = time.monotonic() - self.started
        log_attempt(request, attempt=self.attempt, duration=duration, response=response)
        if status < 400:
            if self.loads is not None:  # connect(json_loads=...): the answer's json() uses it
                response.__class__ = _Answer
                response.__dict__["loads"] = self.loads
            return response
        if status == 404 and request.method == "DELETE" and self.maybe_reached:
            done = "404 after an earlier attempt may have deleted it; counted as done"
            logger.info("%s %s: %s", request.method, request.url.path, done)
            return httpx.Response(204, request=request)
        error = error_from_response(response)
        delay = self._delay(status=status, retry_after=error.retry_after)
        if delay is None:
            return self._finish(error)
        if status >= 500 or status == 408:
            self.maybe_reached = True
        log_retry(request, attempt=self.attempt, delay=delay, reason=f"HTTP {status}")
        return delay

    def after_error(self, exc: Exception) -> float | Exception:
        """The delay before the next attempt or the error to raise; re-raise unknown ones."""
        request = self.request
        duration = time.monotonic() - self.started
        log_attempt(request, attempt=self.attempt, duration=duration, error=exc)
        mapped: Exception = exc
        if isinstance(exc, PayPalError):
            retry_after, during_token = exc.retry_after, exc.during_token
            delay = self._delay(
                status=exc.status_code, retry_after=retry_after, token_failed=during_token
            )
        elif isinstance(exc, PayPalInvoicingError):
            during_token = isinstance(exc, APIConnectionError) and exc.during_token
            delay = self._delay(error=exc, token_failed=during_token)
        elif isinstance(exc, httpx.HTTPError):
            # Transport failures, and answers that cannot be decoded (a corrupt gzip body: a
            # DecodingError, never retried): all become APIConnectionError, redacted.
            try:
                failed = exc.request.url.path
            except RuntimeError:  # no request
                failed = None
            during_token = failed == TOKEN_PATH and request.url.path != TOKEN_PATH
            delay = self._delay(error=exc, token_failed=during_token)
            retried = isinstance(exc, RETRYABLE_ERRORS)
            may_have_reached = retried and not (during_token or isinstance(exc, NEVER_SENT_ERRORS))
            self.maybe_reached = self.maybe_reached or may_have_reached
            unsafe = may_have_reached and not is_idempotent(request.method, request.url.path)
            mapped = self._transport_error(exc, unsafe=unsafe)
        else:
            raise exc
        if delay is None:
            return self._finish(mapped)
        log_retry(request, attempt=self.attempt, delay=delay, reason=type(exc).__name__)
        return delay

    def _transport_error(self, exc: httpx.HTTPError, *, unsafe: bool) -> APIConnectionError:
        request, name = self.request, type(exc).__name__
        noun = "attempt" if self.attempt == 1 else "attempts"
        after = f"after {self.attempt} {noun}{_NOT_RETRIED if unsafe else ''}"
        where = f"{request.method} {request.url.path}"
        if isinstance(exc, httpx.TimeoutException):
            return APITimeoutError(f"{where} timed out ({name}) {after}", request=request)
        # The text of some httpx errors quotes a header value: only their type is kept.
        detail = name if isinstance(exc, _QUOTING_ERRORS) else f"{name}: {exc}"
        return APIConnectionError(f"{where} failed ({detail}) {after}", request=request)

    def _finish(self, error: Exception) -> Exception:
        """The error as raised: the call's request id, no chain, no traceback, and no token in the
        request (overwritten in place: the frames its traceback passes through hold the request)."""
        if "authorization" in self.request.headers:
            self.request.headers["Authorization"] = "[REDACTED]"
        if isinstance(error, PayPalInvoicingError):
            error.request_id = self.request_id
        error.__cause__ = error.__context__ = None
        error.__suppress_context__ = False
        return error.with_traceback(None)


_Client = TypeVar("_Client", "PayPalHTTPClient", "AsyncPayPalHTTPClient")


def derive(
    client: _Client,
    *,
    headers: dict[str, str] | None = None,
    cookies: dict[str, str] | None = None,
    timeout: httpx.Timeout | None = None,
) -> _Client:
    """A copy of ``client`` with more ``headers`` or ``cookies``, or another ``timeout``, sharing
    its pool."""
    return type(client)(
        pool=client.pool,
        policy=client.policy,
        base_url=client.base_url,
        headers={**client.headers, **(headers or {})},
        cookies={**dict(client.cookies), **(cookies or {})},
        owner=False,
        timeout=client.timeout if timeout is None else timeout,
    )


def _read(response: httpx.Response) -> None:
    """Read the body (closing on failure) and drop the read stream, which refers back to the
    response: without that cycle, a page of answers is freed when dropped, not by the GC."""
    try:
        response.read()
    except BaseException:
        response.close()
        raise
    response.stream = httpx.ByteStream(response.content)


async def _aread(response: httpx.Response) -> None:
    try:
        await response.aread()
    except BaseException:
        await response.aclose()
        raise
    response.stream = httpx.ByteStream(response.content)


class PayPalHTTPClient(httpx.Client):
    """An ``httpx.Client`` whose ``send`` retries and raises PayPal's errors."""

    def __init__(self, *, pool: Pool, policy: RetryPolicy, owner: bool = True, **options: Any):
        # Never used (``send`` goes through the pool): a bare transport costs no SSL context.
        transport = httpx.BaseTransport()
        super().__init__(auth=pool.auth, transport=transport, trust_env=False, **options)
        self.pool = pool
        self.policy = policy
        self._owner = owner
        self._sleep: Callable[[float], Any] = time.sleep  # tests record the waits here

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
        self.pool.ensure_open(self.is_closed)
        call = _Call(request, self.policy, self.pool.json_loads)
        inner = self.pool.sync_client
        while True:
            call.begin()
            outcome: float | Exception | httpx.Response
            try:
                response = inner.send(
                    request, stream=True, auth=auth, follow_redirects=follow_redirects
                )
                if not stream or response.is_error:
                    _read(response)
            except Exception as exc:
                outcome = call.after_error(exc)
            else:
                outcome = call.after_response(response)
                if isinstance(outcome, httpx.Response):
                    return outcome
            if isinstance(outcome, Exception):
                raise outcome
            self._sleep(outcome)

    def close(self) -> None:
        """Close this client, and the pools its copies share if :func:`connect` made it."""
        if self._owner:
            self.pool.close()
        super().close()

    def __enter__(self) -> Self:
        self.pool.ensure_open(self.is_closed)
        return self

    def __exit__(self, *args: Any) -> None:
        self.close()


class AsyncPayPalHTTPClient(httpx.AsyncClient):
    """An ``httpx.AsyncClient`` whose ``send`` retries and raises PayPal's errors."""

    closed = False  # set by PayPalClient.close(), which cannot await aclose()

    def __init__(self, *, pool: Pool, policy: RetryPolicy, owner: bool = True, **options: Any):
        transport = httpx.AsyncBaseTransport()
        super().__init__(auth=pool.auth, transport=transport, trust_env=False, **options)
        self.pool = pool
        self.policy = policy
        self._owner = owner
        self._sleep: Callable[[float], Awaitable[Any]] | None = None  # tests record waits here

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
        import asyncio

        self.pool.ensure_open(self.closed or self.is_closed)
        call = _Call(request, self.policy, self.pool.json_loads)
        inner = await self.pool.current()
        while True:
            call.begin()
            outcome: float | Exception | httpx.Response
            try:
                response = await inner.send(
                    request, stream=True, auth=auth, follow_redirects=follow_redirects
                )
                if not stream or response.is_error:
                    await _aread(response)
            except Exception as exc:
                outcome = call.after_error(exc)
            else:
                outcome = call.after_response(response)
                if isinstance(outcome, httpx.Response):
                    return outcome
            if isinstance(outcome, Exception):
                raise outcome
            await (self._sleep or asyncio.sleep)(outcome)

    async def aclose(self) -> None:
        """Close this client, and the pools its copies share if :func:`connect` made it."""
        if self._owner:
            await self.pool.aclose()
        await super().aclose()

    async def __aenter__(self) -> Self:
        self.pool.ensure_open(self.closed or self.is_closed)
        return self

    async def __aexit__(self, *args: Any) -> None:
        await self.aclose()
