"""OAuth2 client credentials for PayPal as an ``httpx.Auth``.

The token is fetched through the client it is attached to (so the token request gets the same
transport, timeout and recording as any other), kept in a :class:`~paypal_invoicing.TokenStore`
(in memory by default, or shared by a fleet, e.g. :class:`~paypal_invoicing.RedisTokenStore`)
until shortly before it expires, and fetched by one caller at a time: the others wait on the
store's lock, at most as long as the request's timeout, then find the token saved.

A 401 on an API call refreshes the token once and replays the request; the client maps a second
401 to :class:`~paypal_invoicing.AuthenticationError`. A token answer that is not a JSON object
with a non-empty ``access_token`` string fit for a header raises ``AuthenticationError`` saying
so; one without ``expires_in`` is used for :data:`DEFAULT_TOKEN_LIFETIME` seconds. Nothing this
module raises quotes, chains or keeps the token, the secret or the Basic value.
"""

from __future__ import annotations

import base64
import hashlib
import json
import re
import threading
import time
import weakref
from collections.abc import AsyncGenerator, Callable, Generator, Iterator
from contextlib import contextmanager, suppress
from typing import TYPE_CHECKING, Any, ParamSpec, TypeVar

import httpx

from ._errors import (
    APIConnectionError,
    APITimeoutError,
    AuthenticationError,
    ConfigurationError,
    PayPalError,
    error_from_response,
)
from ._retry import TOKEN_PATH
from ._token_store import MemoryTokenStore, StoredToken, TokenStore

if TYPE_CHECKING:
    import asyncio

__all__ = ["DEFAULT_TOKEN_LIFETIME", "TOKEN_PATH", "OAuth2ClientCredentials"]

_P = ParamSpec("_P")
_T = TypeVar("_T")

DEFAULT_TOKEN_LIFETIME = 900.0
"""Seconds a token is used when PayPal's answer has no ``expires_in``."""
# RFC 6750's b64token, the characters a Bearer value can carry in a header.
_TOKEN_CHARS = re.compile(r"[A-Za-z0-9\-._~+/]+=*")


def _wait_limit(request: httpx.Request) -> float | None:
    """The longest of the request's timeouts: how long to wait for another caller's token."""
    timeout = request.extensions.get("timeout")
    if not isinstance(timeout, dict):
        return None
    values = [v for v in timeout.values() if isinstance(v, int | float)]
    return max(values) if values else None


def _token_failure(error: PayPalError) -> PayPalError:
    """Mark ``error`` as raised while getting the token (so the request was never sent)."""
    error.during_token = True  # type: ignore[attr-defined]
    return error


def _malformed(response: httpx.Response, what: str) -> AuthenticationError:
    # Neither the body nor the response goes into the error: the body may hold the token.
    return AuthenticationError(
        f"the token endpoint answered {response.status_code} with {what}",
        status_code=response.status_code,
        name="MALFORMED_TOKEN_RESPONSE",
        debug_id=response.headers.get("paypal-debug-id"),
    )


class OAuth2ClientCredentials(httpx.Auth):
    """Bearer tokens from PayPal's ``POST /v1/oauth2/token`` (grant ``client_credentials``).

    ``token_url`` is the absolute token endpoint, e.g.
    ``https://api-m.sandbox.paypal.com/v1/oauth2/token``. A token is reused until
    ``refresh_margin`` seconds (at most a tenth of its lifetime) before it expires. ``store``
    keeps tokens (default: a :class:`~paypal_invoicing.MemoryTokenStore` of this auth's own,
    shared by the copies of its client); ``clock`` is wall-clock time.
    """

    def __init__(
        self,
        client_id: str,
        client_secret: str,
        *,
        token_url: str | httpx.URL,
        refresh_margin: float = 60.0,
        store: TokenStore | None = None,
        clock: Callable[[], float] = time.time,
    ) -> None:
        if not client_id or not client_secret:
            raise ConfigurationError("client_id and client_secret are required (non-empty)")
        if store is not None and not isinstance(store, TokenStore):
            raise ConfigurationError(
                f"token_store must be a TokenStore (get, set, lock), got {type(store).__name__}"
            )
        self.client_id = client_id
        self._basic = "Basic " + base64.b64encode(f"{client_id}:{client_secret}".encode()).decode(
            "ascii"
        )
        self.token_url = httpx.URL(token_url)
        self.refresh_margin = refresh_margin
        self.store: TokenStore = MemoryTokenStore() if store is None else store
        self._store = _Guarded(self.store)
        # The store key names the endpoint and the credentials, never the secret itself.
        digest = hashlib.sha256(f"{self._basic}@{self.token_url}".encode()).hexdigest()
        self._key = "token:" + digest
        self._clock = clock
        self._local: StoredToken | None = None
        self._guard = threading.Lock()
        self._async_locks: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, asyncio.Lock] = (
            weakref.WeakKeyDictionary()
        )

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(client_id={self.client_id!r}, client_secret='***', "
            f"token_url={str(self.token_url)!r})"
        )

    __str__ = __repr__

    def __getstate__(self) -> Any:
        raise TypeError(f"{type(self).__name__} holds credentials and cannot be pickled")

    # -- token cache ---------------------------------------------------------------------------

    def _usable(self, token: StoredToken | None, rejected: StoredToken | None) -> bool:
        return (
            token is not None
            and token.fresh(self._clock())
            and (rejected is None or token.access_token != rejected.access_token)
        )

    def _current(self) -> StoredToken | None:
        token = self._local
        return token if self._usable(token, None) else None

    def _from_store(self, rejected: StoredToken | None) -> StoredToken | None:
        token = self._store.get(self._key)
        if self._usable(token, rejected):
            self._local = token
            return token
        return None

    def invalidate(self) -> None:
        """Forget this process's copy of the token; the next request looks in the store."""
        self._local = None

    def _token_request(self, original: httpx.Request) -> httpx.Request:
        headers = {"Authorization": self._basic, "Accept": "application/json"}
        user_agent = original.headers.get("user-agent")
        if user_agent:
            headers["User-Agent"] = user_agent
        extensions = {}
        if "timeout" in original.extensions:
            extensions["timeout"] = original.extensions["timeout"]
        return httpx.Request(
            "POST",
            self.token_url,
            headers=headers,
            data={"grant_type": "client_credentials"},
            extensions=extensions,
        )

    def _parse(self, response: httpx.Response) -> StoredToken:
        """The token of a read token answer; raise a token-failure error otherwise."""
        if response.status_code >= 400:
            raise _token_failure(self._refusal(response))
        payload = _json_object(response.content)
        if payload is None:
            raise _token_failure(_malformed(response, "a body that is not a JSON object"))
        value = payload.get("access_token")
        if "access_token" not in payload:
            raise _token_failure(_malformed(response, "no access_token"))
        if not isinstance(value, str):
            what = "a null access_token" if value is None else "a non-string access_token"
            raise _token_failure(_malformed(response, what))
        if not value:
            raise _token_failure(_malformed(response, "an empty access_token"))
        if not _TOKEN_CHARS.fullmatch(value):
            raise _token_failure(_malformed(response, "an access_token no header can carry"))
        lifetime = payload.get("expires_in")
        if lifetime is None:
            lifetime = DEFAULT_TOKEN_LIFETIME
        if isinstance(lifetime, bool) or not isinstance(lifetime, int | float) or lifetime <= 0:
            raise _token_failure(
                _malformed(response, "an expires_in that is not a positive number")
            )
        margin = min(self.refresh_margin, float(lifetime) / 10.0)
        return StoredToken(value, self._clock() + float(lifetime) - margin)

    @staticmethod
    def _refusal(response: httpx.Response) -> PayPalError:
        error = error_from_response(response)
        # PayPal answers bad credentials with 401 invalid_client; some gateways use 400.
        if not isinstance(error, AuthenticationError) and error.name in (
            "invalid_client",
            "unauthorized_client",
        ):
            error = AuthenticationError(
                error.message,
                status_code=error.status_code,
                name=error.name,
                debug_id=error.debug_id,
                details=error.details,
                information_link=error.information_link,
                links=error.links,
                headers=error.headers,
                body=error.body,
                response=response,
            )
        return error

    def _keep(self, token: StoredToken) -> StoredToken:
        self._store.set(self._key, token)
        self._local = token
        return token

    @staticmethod
    def _authorize(request: httpx.Request, token: StoredToken) -> None:
        request.headers["Authorization"] = "Bearer " + token.access_token

    @staticmethod
    def _wait_timed_out(limit: float | None) -> APITimeoutError:
        error = APITimeoutError(
            f"timed out after {limit} s waiting for the OAuth2 token another caller is fetching"
        )
        error.during_token = True  # type: ignore[attr-defined]
        return error

    # -- sync ----------------------------------------------------------------------------------

    def _sync_obtain(
        self, request: httpx.Request, rejected: StoredToken | None
    ) -> Generator[httpx.Request, httpx.Response, StoredToken]:
        limit = _wait_limit(request)
        try:
            lock = self._store.lock(self._key, timeout=limit)
            lock.__enter__()
        except TimeoutError:
            lock = None
        if lock is None:
            raise self._wait_timed_out(limit)
        try:
            token = self._from_store(rejected)
            if token is None:
                response = yield self._token_request(request)
                response.read()
                token = self._keep(self._parse(response))
        finally:
            lock.__exit__(None, None, None)
        return token

    def sync_auth_flow(
        self, request: httpx.Request
    ) -> Generator[httpx.Request, httpx.Response, None]:
        """Authorize ``request``; refresh once and replay on a 401."""
        request.read()
        token = self._current()
        rejected: StoredToken | None = None
        while True:
            if token is None:
                token = yield from self._sync_obtain(request, rejected)
            self._authorize(request, token)
            response = yield request
            if response.status_code != 401 or rejected is not None:
                return
            response.read()
            rejected, token = token, None

    # -- async ---------------------------------------------------------------------------------

    def _async_lock(self) -> asyncio.Lock:
        import asyncio

        loop = asyncio.get_running_loop()
        with self._guard:
            lock = self._async_locks.get(loop)
            if lock is None:
                lock = asyncio.Lock()
                self._async_locks[loop] = lock
            return lock

    async def _async_acquire(self, request: httpx.Request) -> tuple[asyncio.Lock, Any]:
        """Hold this loop's lock, then the store's, within the request's timeout."""
        import asyncio

        limit = _wait_limit(request)
        started = time.monotonic()
        local = self._async_lock()
        try:
            await asyncio.wait_for(local.acquire(), limit)
        except TimeoutError:
            local = None  # type: ignore[assignment]
        if local is None:
            raise self._wait_timed_out(limit)
        remaining = None if limit is None else max(0.0, limit - (time.monotonic() - started))
        lock: Any = self._store.lock(self._key, timeout=remaining)
        # The store's lock is taken by a thread of its own, not a task: asyncio.run() cancels
        # the tasks it leaves behind, which would lose a lock that thread takes afterwards.
        acquisition = _Acquisition(lock, asyncio.get_running_loop())
        try:
            await acquisition.wait()
        except BaseException:  # cancelled: the lock is released once (if ever) it is taken
            local.release()
            acquisition.abandon()
            raise
        if isinstance(acquisition.error, TimeoutError):
            lock = None
        elif acquisition.error is not None:
            local.release()
            raise acquisition.error
        if lock is None:
            local.release()
            raise self._wait_timed_out(limit)
        return local, lock

    @staticmethod
    async def _async_release(held: tuple[asyncio.Lock, Any]) -> None:
        import asyncio

        local, lock = held
        try:
            await asyncio.to_thread(lock.__exit__, None, None, None)
        finally:
            local.release()

    async def async_auth_flow(
        self, request: httpx.Request
    ) -> AsyncGenerator[httpx.Request, httpx.Response]:
        """Authorize ``request``; refresh once and replay on a 401."""
        import asyncio

        await request.aread()
        token = self._current()
        rejected: StoredToken | None = None
        while True:
            if token is None:
                held = await self._async_acquire(request)
                try:
                    token = await asyncio.to_thread(self._from_store, rejected)
                    if token is None:
                        response = yield self._token_request(request)
                        await response.aread()
                        parsed = self._parse(response)
                        token = await asyncio.to_thread(self._keep, parsed)
                finally:
                    await self._async_release(held)
            self._authorize(request, token)
            response = yield request
            if response.status_code != 401 or rejected is not None:
                return
            await response.aread()
            rejected, token = token, None


def _guard(action: Callable[_P, _T], *args: _P.args, **kwargs: _P.kwargs) -> _T:
    """``action(...)``; a store failure other than a lock timeout becomes an
    :class:`~paypal_invoicing.APIConnectionError` naming only its type (no chain, no context)."""
    failure = ""
    try:
        return action(*args, **kwargs)
    except TimeoutError:
        raise
    except Exception as exc:
        failure = type(exc).__name__
    error = APIConnectionError(f"the token store failed ({failure})")
    error.during_token = True  # type: ignore[attr-defined]
    raise error


class _Guarded:
    """The auth's view of a :class:`TokenStore`: its failures mapped by :func:`_guard`."""

    def __init__(self, store: TokenStore) -> None:
        self._inner = store

    def get(self, key: str) -> StoredToken | None:
        return _guard(self._inner.get, key)

    def set(self, key: str, token: StoredToken) -> None:
        _guard(self._inner.set, key, token)

    @contextmanager
    def lock(self, key: str, *, timeout: float | None) -> Iterator[None]:
        held = _guard(self._inner.lock, key, timeout=timeout)
        _guard(held.__enter__)
        try:
            yield
        finally:
            _guard(held.__exit__, None, None, None)


class _Acquisition:
    """A store lock taken by a thread of its own for a coroutine, which may give up waiting."""

    def __init__(self, lock: Any, loop: asyncio.AbstractEventLoop) -> None:
        self._lock = lock
        self._loop = loop
        self._waiter: asyncio.Future[None] = loop.create_future()
        self._guard = threading.Lock()
        self._finished = False
        self._abandoned = False
        self.error: BaseException | None = None
        threading.Thread(target=self._take, daemon=True).start()

    def _take(self) -> None:
        try:
            self._lock.__enter__()
        except BaseException as exc:
            self.error = exc
        with self._guard:
            self._finished = True
            give_back = self.error is None and self._abandoned
        if give_back:
            self._lock.__exit__(None, None, None)
            return
        with suppress(RuntimeError):  # the loop is closed: nobody waits any more
            self._loop.call_soon_threadsafe(self._wake)

    def _wake(self) -> None:
        if not self._waiter.done():
            self._waiter.set_result(None)

    async def wait(self) -> None:
        """Until the thread has taken the lock or failed (``error``)."""
        await self._waiter

    def abandon(self) -> None:
        """Nobody will use the lock: give it back now if taken, else as soon as it is."""
        with self._guard:
            self._abandoned = True
            give_back = self._finished and self.error is None
        if give_back:  # off the loop: a Redis lock's release is a network call
            threading.Thread(
                target=self._lock.__exit__, args=(None, None, None), daemon=True
            ).start()


def _json_object(raw: bytes) -> dict[str, Any] | None:
    """``raw`` parsed as a JSON object, or None; no exception (nor its context) escapes."""
    try:
        payload = json.loads(raw)
    except ValueError:
        payload = None
    return payload if isinstance(payload, dict) else None
