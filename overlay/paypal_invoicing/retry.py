"""Retrying transports: backoff with jitter, ``Retry-After``, and ``PayPal-Request-Id`` on POST.

:class:`RetryTransport` and :class:`AsyncRetryTransport` wrap httpx's own transports (so each
attempt reaches ``httpx.HTTPTransport`` and is seen by tools that patch it, such as vcrpy). They
retry connection errors, timeouts and the statuses in :attr:`RetryPolicy.retry_statuses`; every
POST gets a ``PayPal-Request-Id`` (unless the caller set one) that all its attempts share, which is
what makes retrying a POST safe with PayPal.

Each attempt reads the whole response body inside the retry loop (PayPal's bodies are small JSON
documents or a QR image), so a connection that stalls or breaks after the headers is retried and
mapped like one that fails before them. What the transports return is already in memory.
"""

from __future__ import annotations

import random
import time
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

import httpx

from ._logging import log_attempt, log_retry
from .errors import APIConnectionError, APITimeoutError, ConfigurationError, redact_exception

__all__ = [
    "REQUEST_ID_HEADER",
    "RETRY_STATUSES",
    "AsyncRetryTransport",
    "RetryPolicy",
    "RetryTransport",
    "parse_retry_after",
]

REQUEST_ID_HEADER = "PayPal-Request-Id"
RETRY_STATUSES: frozenset[int] = frozenset({408, 429, 500, 502, 503, 504})
_RETRYABLE_ERRORS = (httpx.TimeoutException, httpx.NetworkError, httpx.RemoteProtocolError)


def parse_retry_after(value: str | None, *, now: float | None = None) -> float | None:
    """Seconds to wait from a ``Retry-After`` value (delta-seconds or HTTP date), or None."""
    if value is None:
        return None
    value = value.strip()
    if not value:
        return None
    try:
        seconds = float(value)
    except ValueError:
        from email.utils import parsedate_to_datetime

        try:
            when = parsedate_to_datetime(value)
        except (TypeError, ValueError, IndexError):
            return None
        if when.tzinfo is None:
            return None
        seconds = when.timestamp() - (time.time() if now is None else now)
    if seconds != seconds:  # NaN
        return None
    return max(0.0, seconds)


@dataclass(frozen=True)
class RetryPolicy:
    """When and how long to wait before retrying.

    The n-th retry waits ``min(max_delay, initial_delay * 2 ** (n - 1))``, shortened by up to
    ``jitter`` (a fraction) at random; a ``Retry-After`` header replaces that delay, capped at
    ``max_retry_after`` seconds.
    """

    max_retries: int = 2
    initial_delay: float = 0.5
    max_delay: float = 8.0
    max_retry_after: float = 60.0
    jitter: float = 0.25
    retry_statuses: frozenset[int] = field(default=RETRY_STATUSES)

    def __post_init__(self) -> None:
        if (
            isinstance(self.max_retries, bool)
            or not isinstance(self.max_retries, int)
            or self.max_retries < 0
        ):
            raise ConfigurationError(
                f"max_retries must be an integer >= 0, got {self.max_retries!r}"
            )
        for name in ("initial_delay", "max_delay", "max_retry_after", "jitter"):
            value = getattr(self, name)
            if isinstance(value, bool) or not isinstance(value, int | float) or not value >= 0:
                raise ConfigurationError(f"{name} must be a number >= 0, got {value!r}")

    def backoff(self, retry_number: int) -> float:
        """The jittered exponential delay before retry number ``retry_number`` (1-based)."""
        base = min(self.max_delay, self.initial_delay * 2.0 ** max(0, retry_number - 1))
        return max(0.0, base * (1.0 - self.jitter * random.random()))

    def delay(self, retry_number: int, response: httpx.Response | None = None) -> float:
        """The delay before retry ``retry_number``, honouring ``Retry-After`` when present."""
        if response is not None:
            retry_after = parse_retry_after(response.headers.get("retry-after"))
            if retry_after is not None:
                return min(retry_after, self.max_retry_after)
        return self.backoff(retry_number)


def _since(started: float) -> float:
    return time.monotonic() - started


def _add_request_id(request: httpx.Request) -> None:
    if request.method == "POST" and REQUEST_ID_HEADER not in request.headers:
        import uuid

        request.headers[REQUEST_ID_HEADER] = str(uuid.uuid4())


def _give_up(exc: httpx.TransportError, request: httpx.Request, attempts: int) -> Exception:
    # ``exc`` becomes the ``__cause__``: httpx attached the live request (bearer token and all).
    redact_exception(exc)
    noun = "attempt" if attempts == 1 else "attempts"
    where = f"{request.method} {request.url.path}"
    if isinstance(exc, httpx.TimeoutException):
        return APITimeoutError(
            f"{where} timed out ({type(exc).__name__}) after {attempts} {noun}", request=request
        )
    return APIConnectionError(
        f"{where} failed ({type(exc).__name__}: {exc}) after {attempts} {noun}", request=request
    )


class _Replay(httpx.SyncByteStream, httpx.AsyncByteStream):
    """A body already read, replayed as a stream (so httpx still times and closes it)."""

    def __init__(self, raw: bytes) -> None:
        self._raw = raw

    def __iter__(self) -> Iterator[bytes]:
        yield self._raw

    async def __aiter__(self) -> AsyncIterator[bytes]:
        yield self._raw


def _replayed(response: httpx.Response, raw: bytes, request: httpx.Request) -> httpx.Response:
    return httpx.Response(
        response.status_code,
        headers=response.headers,
        stream=_Replay(raw),
        extensions=response.extensions,
        request=request,
    )


def _read(response: httpx.Response, request: httpx.Request) -> httpx.Response:
    """``response`` with its raw body in memory; a failure while reading closes it and raises."""
    if response.is_stream_consumed:  # e.g. from httpx.MockTransport: already in memory
        return response
    try:
        raw = b"".join(response.iter_raw())
    except BaseException:
        response.close()
        raise
    return _replayed(response, raw, request)


async def _aread(response: httpx.Response, request: httpx.Request) -> httpx.Response:
    if response.is_stream_consumed:
        return response
    try:
        raw = b"".join([part async for part in response.aiter_raw()])
    except BaseException:
        await response.aclose()
        raise
    return _replayed(response, raw, request)


class RetryTransport(httpx.BaseTransport):
    """A sync transport that retries through the transport it wraps."""

    def __init__(
        self,
        transport: httpx.BaseTransport | None = None,
        *,
        policy: RetryPolicy | None = None,
        sleep: Callable[[float], Any] | None = None,
    ) -> None:
        self._transport = transport if transport is not None else httpx.HTTPTransport()
        self.policy = policy if policy is not None else RetryPolicy()
        self._sleep: Callable[[float], Any] = sleep if sleep is not None else time.sleep

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        """Send ``request``, retrying as the policy allows."""
        _add_request_id(request)
        policy = self.policy
        attempt = 0
        while True:
            attempt += 1
            started = time.monotonic()
            try:
                response = _read(self._transport.handle_request(request), request)
            except _RETRYABLE_ERRORS as exc:
                log_attempt(request, attempt=attempt, duration=_since(started), error=exc)
                if attempt > policy.max_retries:
                    raise _give_up(exc, request, attempt) from exc
                wait = policy.delay(attempt)
                log_retry(request, attempt=attempt, delay=wait, reason=type(exc).__name__)
                self._sleep(wait)
                continue
            except httpx.TransportError as exc:
                raise _give_up(exc, request, attempt) from exc
            log_attempt(request, attempt=attempt, duration=_since(started), response=response)
            if response.status_code not in policy.retry_statuses or attempt > policy.max_retries:
                return response
            wait = policy.delay(attempt, response)
            response.close()
            log_retry(request, attempt=attempt, delay=wait, reason=f"HTTP {response.status_code}")
            self._sleep(wait)

    def close(self) -> None:
        """Close the wrapped transport."""
        self._transport.close()


class AsyncRetryTransport(httpx.AsyncBaseTransport):
    """The async twin of :class:`RetryTransport`."""

    def __init__(
        self,
        transport: httpx.AsyncBaseTransport | None = None,
        *,
        policy: RetryPolicy | None = None,
        sleep: Callable[[float], Awaitable[Any]] | None = None,
    ) -> None:
        self._transport = transport if transport is not None else httpx.AsyncHTTPTransport()
        self.policy = policy if policy is not None else RetryPolicy()
        self._sleep = sleep

    async def _pause(self, seconds: float) -> None:
        if self._sleep is not None:
            await self._sleep(seconds)
        else:
            import asyncio

            await asyncio.sleep(seconds)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        """Send ``request``, retrying as the policy allows."""
        _add_request_id(request)
        policy = self.policy
        attempt = 0
        while True:
            attempt += 1
            started = time.monotonic()
            try:
                response = await _aread(
                    await self._transport.handle_async_request(request), request
                )
            except _RETRYABLE_ERRORS as exc:
                log_attempt(request, attempt=attempt, duration=_since(started), error=exc)
                if attempt > policy.max_retries:
                    raise _give_up(exc, request, attempt) from exc
                wait = policy.delay(attempt)
                log_retry(request, attempt=attempt, delay=wait, reason=type(exc).__name__)
                await self._pause(wait)
                continue
            except httpx.TransportError as exc:
                raise _give_up(exc, request, attempt) from exc
            log_attempt(request, attempt=attempt, duration=_since(started), response=response)
            if response.status_code not in policy.retry_statuses or attempt > policy.max_retries:
                return response
            wait = policy.delay(attempt, response)
            await response.aclose()
            log_retry(request, attempt=attempt, delay=wait, reason=f"HTTP {response.status_code}")
            await self._pause(wait)

    async def aclose(self) -> None:
        """Close the wrapped transport."""
        await self._transport.aclose()
