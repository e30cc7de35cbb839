"""OAuth2 client credentials for PayPal as an ``httpx.Auth``.

The token is fetched through the client it is attached to (so the token request gets the same
transport, retries and recording as any other), cached until shortly before it expires, and fetched
by exactly one caller at a time: concurrent threads wait on a ``threading.Lock``, concurrent asyncio
tasks on an ``asyncio.Lock`` (one per event loop), and whoever gets the lock second finds the fresh
token already cached. A 401 on an API call refreshes the token once and replays the request; a
second 401, or a 401 from the token endpoint (bad credentials), raises
:class:`~paypal_invoicing.errors.AuthenticationError`.
"""

from __future__ import annotations

import base64
import threading
import time
import weakref
from collections.abc import AsyncGenerator, Callable, Generator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import httpx

from .errors import (
    AuthenticationError,
    ConfigurationError,
    PayPalInvoicingError,
    error_from_response,
)

if TYPE_CHECKING:
    import asyncio

__all__ = ["TOKEN_PATH", "OAuth2ClientCredentials"]

TOKEN_PATH = "/v1/oauth2/token"


@dataclass(frozen=True, repr=False)
class _Token:
    value: str
    expires_at: float

    def __repr__(self) -> str:
        return f"_Token(value='***', expires_at={self.expires_at!r})"


class OAuth2ClientCredentials(httpx.Auth):
    """Bearer tokens from PayPal's ``POST /v1/oauth2/token`` (grant ``client_credentials``).

    ``token_url`` is the absolute token endpoint, e.g.
    ``https://api-m.sandbox.paypal.com/v1/oauth2/token``. A token is reused until
    ``refresh_margin`` seconds (at most a tenth of its lifetime) before it expires.
    """

    def __init__(
        self,
        client_id: str,
        client_secret: str,
        *,
        token_url: str | httpx.URL,
        refresh_margin: float = 60.0,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        if not client_id or not client_secret:
            raise ConfigurationError("client_id and client_secret are required (non-empty)")
        self.client_id = client_id
        self._basic = "Basic " + base64.b64encode(f"{client_id}:{client_secret}".encode()).decode(
            "ascii"
        )
        self.token_url = httpx.URL(token_url)
        self.refresh_margin = refresh_margin
        self._clock = clock
        self._token: _Token | None = None
        self._lock = threading.Lock()
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

    def _cached(self) -> str | None:
        token = self._token
        if token is not None and self._clock() < token.expires_at:
            return token.value
        return None

    def invalidate(self) -> None:
        """Forget the cached token; the next request fetches a new one."""
        self._token = None

    def _token_request(self, original: httpx.Request) -> httpx.Request:
        headers = {
            "Authorization": self._basic,
            "Accept": "application/json",
        }
        user_agent = original.headers.get("user-agent")
        if user_agent:
            headers["User-Agent"] = user_agent
        return httpx.Request(
            "POST",
            self.token_url,
            headers=headers,
            data={"grant_type": "client_credentials"},
        )

    def _store(self, response: httpx.Response) -> str:
        if response.status_code >= 400:
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
            raise error
        try:
            payload = response.json()
            value = str(payload["access_token"])
            lifetime = float(payload.get("expires_in", 0) or 0)
        except (ValueError, KeyError, TypeError) as exc:
            raise PayPalInvoicingError(
                f"the token endpoint answered {response.status_code} without an access_token"
            ) from exc
        margin = min(self.refresh_margin, lifetime / 10.0)
        self._token = _Token(value, self._clock() + lifetime - margin)
        return value

    @staticmethod
    def _authorize(request: httpx.Request, token: str) -> None:
        request.headers["Authorization"] = f"Bearer {token}"

    # -- sync ----------------------------------------------------------------------------------

    def sync_auth_flow(
        self, request: httpx.Request
    ) -> Generator[httpx.Request, httpx.Response, None]:
        """Authorize ``request``; refresh once and replay on a 401."""
        request.read()
        token = self._cached()
        if token is None:
            with self._lock:
                token = self._cached()
                if token is None:
                    token_response = yield self._token_request(request)
                    token_response.read()
                    token = self._store(token_response)
        self._authorize(request, token)
        response = yield request
        if response.status_code != 401:
            return
        response.read()
        with self._lock:
            fresh = self._cached()
            if fresh is None or fresh == token:
                self.invalidate()
                token_response = yield self._token_request(request)
                token_response.read()
                fresh = self._store(token_response)
        self._authorize(request, fresh)
        response = yield request
        if response.status_code == 401:
            response.read()
            raise error_from_response(response)

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

    async def async_auth_flow(
        self, request: httpx.Request
    ) -> AsyncGenerator[httpx.Request, httpx.Response]:
        """Authorize ``request``; refresh once and replay on a 401."""
        await request.aread()
        token = self._cached()
        if token is None:
            async with self._async_lock():
                token = self._cached()
                if token is None:
                    token_response = yield self._token_request(request)
                    await token_response.aread()
                    token = self._store(token_response)
        self._authorize(request, token)
        response = yield request
        if response.status_code != 401:
            return
        await response.aread()
        async with self._async_lock():
            fresh = self._cached()
            if fresh is None or fresh == token:
                self.invalidate()
                token_response = yield self._token_request(request)
                await token_response.aread()
                fresh = self._store(token_response)
        self._authorize(request, fresh)
        response = yield request
        if response.status_code == 401:
            await response.aread()
            raise error_from_response(response)
