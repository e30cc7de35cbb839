"""OAuth2 client credentials for PayPal as an ``httpx.Auth``: one caller at a time fetches the
token (threads wait on the store's lock, a loop's tasks on its one task fetching), each wait at
most the request's timeout. A :class:`~paypal_invoicing.MemoryTokenStore` is used on the loop,
other stores in a worker thread. No error quotes, chains or keeps the token or the secret."""

from __future__ import annotations

import base64
import hashlib
import json
import re
import threading
import time
from collections.abc import AsyncGenerator, AsyncIterator, Callable, Generator, Iterator
from contextlib import AbstractContextManager, asynccontextmanager, contextmanager
from functools import partial
from typing import TYPE_CHECKING, Any, ParamSpec, TypeVar

import httpx

if TYPE_CHECKING:  # imported where used: a program that stays sync never loads asyncio
    import asyncio

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

__all__ = ["DEFAULT_TOKEN_LIFETIME", "TOKEN_PATH", "OAuth2ClientCredentials"]

_P = ParamSpec("_P")
_T = TypeVar("_T")
_E = TypeVar("_E", bound=PayPalError | APIConnectionError)
_Held = AbstractContextManager[None]

DEFAULT_TOKEN_LIFETIME = 900.0
"""Seconds a token is used when PayPal's answer has no ``expires_in``."""
# RFC 6750's b64token, the characters a Bearer value can carry in a header.
_TOKEN_CHARS = re.compile(r"[A-Za-z0-9\-._~+/]+=*")
_RETRY_LOCK = 0.01  # seconds between tries of the store's lock while another caller holds it


class OAuth2ClientCredentials(httpx.Auth):
    """Bearer tokens from PayPal's ``POST /v1/oauth2/token`` at ``token_url`` (absolute).

    A token is reused until ``refresh_margin`` seconds (at most a tenth of its lifetime) before
    it expires. ``store`` keeps tokens (default: a :class:`~paypal_invoicing.MemoryTokenStore`
    of this auth's own); ``clock`` is wall-clock time.
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
        credentials = base64.b64encode(f"{client_id}:{client_secret}".encode()).decode("ascii")
        self._basic = "Basic " + credentials
        self.token_url = httpx.URL(token_url)
        self.refresh_margin = refresh_margin
        self.store: TokenStore = MemoryTokenStore() if store is None else store
        self._blocking = not isinstance(self.store, MemoryTokenStore)
        # The store key names the endpoint and the credentials, never the secret itself.
        digest = hashlib.sha256(f"{self._basic}@{self.token_url}".encode()).hexdigest()
        self._key = "token:" + digest
        self._clock = clock
        self._local: StoredToken | None = None
        # A future per event loop with a fetch in flight (its waiters await it); none at rest,
        # so that nothing here keeps a finished loop alive.
        self._fetching: dict[asyncio.AbstractEventLoop, asyncio.Future[None]] = {}

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(client_id={self.client_id!r}, client_secret='***', "
            f"token_url={str(self.token_url)!r})"
        )

    def __getstate__(self) -> Any:
        raise TypeError(f"{type(self).__name__} holds credentials and cannot be pickled")

    def invalidate(self) -> None:
        """Forget this process's copy of the token; the next request looks in the store."""
        self._local = None

    def _usable(self, token: StoredToken | None, refused: StoredToken | None) -> bool:
        return (
            token is not None
            and token.fresh(self._clock())
            and (refused is None or token.access_token != refused.access_token)
        )

    def _current(self, refused: StoredToken | None = None) -> StoredToken | None:
        """This process's copy of the token, unless it is stale or the one ``refused``."""
        return self._local if self._usable(self._local, refused) else None

    def _from_store(self, refused: StoredToken | None) -> StoredToken | None:
        token = _guarded(self.store.get, self._key)
        if self._usable(token, refused):
            self._local = token
            return token
        return None

    def _keep(self, token: StoredToken) -> StoredToken:
        _guarded(self.store.set, self._key, token)
        self._local = token
        return token

    def _token_request(self, original: httpx.Request) -> httpx.Request:
        headers = {"Authorization": self._basic, "Accept": "application/json"}
        if agent := original.headers.get("user-agent"):
            headers["User-Agent"] = agent
        extensions = {k: v for k, v in original.extensions.items() if k == "timeout"}
        data = {"grant_type": "client_credentials"}
        return httpx.Request(
            "POST", self.token_url, headers=headers, data=data, extensions=extensions
        )

    def _parse(self, response: httpx.Response) -> StoredToken:
        """The token of a read token answer (a JSON object with an ``access_token`` fit for a
        header; no ``expires_in``: :data:`DEFAULT_TOKEN_LIFETIME`), else a ``during_token``
        :class:`~paypal_invoicing.AuthenticationError`."""
        if response.status_code >= 400:
            raise _token_failure(error_from_response(response))
        answer = _token_answer(response.content)
        if isinstance(answer, str):  # neither body nor response in the error: it may hold a token
            raise _token_failure(
                AuthenticationError(
                    f"the token endpoint answered {response.status_code} with {answer}",
                    status_code=response.status_code,
                    name="MALFORMED_TOKEN_RESPONSE",
                    debug_id=response.headers.get("paypal-debug-id"),
                )
            )
        value, lifetime = answer
        margin = min(self.refresh_margin, lifetime / 10.0)
        return StoredToken(value, self._clock() + lifetime - margin)

    @contextmanager
    def _hold(self, limit: float | None) -> Iterator[None]:
        """Hold the store's lock (waiting at most ``limit`` seconds)."""
        held = _guarded(self.store.lock, self._key, timeout=limit)
        if not _entered(held):
            raise _wait_timed_out(limit)
        try:
            yield
        finally:
            _guarded(held.__exit__, None, None, None)

    @asynccontextmanager
    async def _ahold(
        self, refused: StoredToken | None, limit: float | None
    ) -> AsyncIterator[StoredToken | None]:
        """The token another task of this loop fetched meanwhile, else None while this task
        fetches, holding the store's lock (waiting at most ``limit`` seconds in all)."""
        import asyncio

        loop = asyncio.get_running_loop()
        deadline = None if limit is None else loop.time() + limit
        token = None
        try:
            async with asyncio.timeout_at(deadline):
                # While a task of this loop fetches, wait with its other waiters; take its token.
                while token is None and loop in self._fetching:
                    await asyncio.shield(self._fetching[loop])
                    token = self._current(refused)
        except TimeoutError:
            raise _wait_timed_out(limit) from None
        if token is not None:
            yield token
            return
        self._fetching[loop] = loop.create_future()
        try:
            while True:
                held = _guarded(self.store.lock, self._key, timeout=0)
                if await self._try_lock(held):
                    break
                if deadline is not None and loop.time() + _RETRY_LOCK >= deadline:
                    raise _wait_timed_out(limit)
                await asyncio.sleep(_RETRY_LOCK)
            try:
                yield None
            finally:
                await self._run(_guarded, held.__exit__, None, None, None)
        finally:
            self._fetching.pop(loop).set_result(None)

    async def _try_lock(self, held: _Held) -> bool:
        """Whether the store's lock ``held`` (which does not wait) was entered."""
        import asyncio

        if not self._blocking:
            return _entered(held)
        entering = asyncio.get_running_loop().run_in_executor(None, _entered, held)
        try:
            return await asyncio.shield(entering)
        except asyncio.CancelledError:  # the thread goes on: a lock it takes is given back
            entering.add_done_callback(partial(_give_back, held))
            raise

    async def _run(self, action: Callable[_P, _T], *args: _P.args, **kwargs: _P.kwargs) -> _T:
        """``action(...)``: in a worker thread if the store may block, else here."""
        import asyncio

        if self._blocking:
            return await asyncio.to_thread(action, *args, **kwargs)
        return action(*args, **kwargs)

    def sync_auth_flow(
        self, request: httpx.Request
    ) -> Generator[httpx.Request, httpx.Response, None]:
        """Authorize ``request``. A 401 replays it with the token another caller put in place of
        the refused one, else a new one: once, or twice if the call began with a cached token."""
        request.read()
        token, used = self._current(), None
        replays = 1 if token is None else 2  # a cached token may have died before this call
        while True:
            if token is None:
                with self._hold(_wait_limit(request)):
                    token = self._from_store(used)
                    if token is None:
                        response = yield self._token_request(request)
                        response.read()
                        token = self._keep(self._parse(response))
            request.headers["Authorization"] = "Bearer " + token.access_token
            response = yield request
            if response.status_code != 401 or not replays:
                return
            replays -= 1
            response.read()
            used, token = token, self._current(token)

    async def async_auth_flow(
        self, request: httpx.Request
    ) -> AsyncGenerator[httpx.Request, httpx.Response]:
        """The async twin of :meth:`sync_auth_flow`."""
        await request.aread()
        token, used = self._current(), None
        replays = 1 if token is None else 2  # a cached token may have died before this call
        while True:
            if token is None:
                async with self._ahold(used, _wait_limit(request)) as token:
                    if token is None:
                        token = await self._run(self._from_store, used)
                    if token is None:
                        response = yield self._token_request(request)
                        await response.aread()
                        token = await self._run(self._keep, self._parse(response))
            request.headers["Authorization"] = "Bearer " + token.access_token
            response = yield request
            if response.status_code != 401 or not replays:
                return
            replays -= 1
            await response.aread()
            used, token = token, self._current(token)


def _wait_limit(request: httpx.Request) -> float | None:
    """The longest of the request's timeouts: how long to wait for another caller's token."""
    timeout = request.extensions.get("timeout")
    values = [v for v in (timeout or {}).values() if isinstance(v, int | float)]
    return max(values) if values else None


def _guarded(action: Callable[_P, _T], *args: _P.args, **kwargs: _P.kwargs) -> _T:
    """``action(...)``; a store failure other than a lock timeout becomes an
    :class:`~paypal_invoicing.APIConnectionError` naming only its type (no chain, no context)."""
    failure = ""
    try:
        return action(*args, **kwargs)
    except TimeoutError:
        raise
    except Exception as exc:
        failure = type(exc).__name__
    raise _token_failure(APIConnectionError(f"the token store failed ({failure})"))


def _entered(held: _Held) -> bool:
    """Whether the store's lock ``held`` was entered (False: it timed out)."""
    try:
        _guarded(held.__enter__)
    except TimeoutError:
        return False
    return True


def _give_back(held: _Held, entering: asyncio.Future[bool]) -> None:
    """Release ``held`` if ``entering`` took it (in a thread: a Redis release is a call)."""
    if not entering.cancelled() and entering.exception() is None and entering.result():
        exit_args = (held.__exit__, None, None, None)
        threading.Thread(target=_guarded, args=exit_args, daemon=True).start()


def _token_failure(error: _E) -> _E:
    """Mark ``error`` as raised while getting the token (so the request was never sent)."""
    error.during_token = True
    return error


def _wait_timed_out(limit: float | None) -> APITimeoutError:
    waited = f"timed out after {limit} s waiting for the OAuth2 token another caller is fetching"
    return _token_failure(APITimeoutError(waited))


def _token_answer(raw: bytes) -> tuple[str, float] | str:
    """The token and its lifetime in a token answer, or what makes the answer unusable."""
    try:
        payload = json.loads(raw)
    except ValueError:  # neither this exception nor its context escapes: it may quote the body
        payload = None
    if not isinstance(payload, dict):
        return "a body that is not a JSON object"
    if "access_token" not in payload:
        return "no access_token"
    value, lifetime = payload["access_token"], payload.get("expires_in")
    if not isinstance(value, str):
        return "a null access_token" if value is None else "a non-string access_token"
    if not value:
        return "an empty access_token"
    if not _TOKEN_CHARS.fullmatch(value):
        return "an access_token no header can carry"
    if lifetime is None:
        return value, DEFAULT_TOKEN_LIFETIME
    if isinstance(lifetime, str) and lifetime.strip().isdecimal():  # "32400": some servers
        lifetime = int(lifetime)
    if isinstance(lifetime, bool) or not isinstance(lifetime, int | float) or not lifetime > 0:
        return "an expires_in that is not a positive number"
    return value, float(lifetime)
