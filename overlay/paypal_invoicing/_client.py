"""The generated ``AuthenticatedClient`` whose ``with_*`` copies are independent of each other."""

from __future__ import annotations

from typing import Any

import httpx
from attrs import define, evolve

from paypal_invoicing_client import AuthenticatedClient

from ._http import AsyncPayPalHTTPClient, PayPalHTTPClient, derive


@define
class PayPalClient(AuthenticatedClient):
    """An ``AuthenticatedClient`` whose copies share the pool, never headers/cookies/timeout."""

    def _copy(self, **changes: Any) -> PayPalClient:
        headers, cookies, timeout = (changes.get(k) for k in ("headers", "cookies", "timeout"))
        copy = evolve(
            self,
            headers={**self._headers, **(headers or {})},
            cookies={**self._cookies, **(cookies or {})},
            timeout=self._timeout if timeout is None else timeout,
        )
        if isinstance(self._client, PayPalHTTPClient):
            copy.set_httpx_client(derive(self._client, **changes))
        if isinstance(self._async_client, AsyncPayPalHTTPClient):
            copy.set_async_httpx_client(derive(self._async_client, **changes))
        return copy

    def with_headers(self, headers: dict[str, str]) -> PayPalClient:
        """A copy that also sends ``headers``; this client and other copies are unchanged."""
        return self._copy(headers=dict(headers))

    def with_cookies(self, cookies: dict[str, str]) -> PayPalClient:
        """A copy that also sends ``cookies``; this client and other copies are unchanged."""
        return self._copy(cookies=dict(cookies))

    def with_timeout(self, timeout: httpx.Timeout) -> PayPalClient:
        """A copy with another timeout; this client and other copies are unchanged."""
        return self._copy(timeout=timeout)

    def close(self) -> None:
        """Close this client: later calls raise :class:`~paypal_invoicing.ClientClosedError`.
        The client :func:`~paypal_invoicing.connect` returned closes the pools its copies share,
        the sync one and every event loop's (one running here closes as it ends: prefer
        ``aclose()`` there)."""
        if isinstance(self._async_client, AsyncPayPalHTTPClient):
            self._async_client.closed = True
        self.get_httpx_client().close()

    async def aclose(self) -> None:
        """:meth:`close`, closing the running event loop's pool at once."""
        await self.get_async_httpx_client().aclose()
        self.get_httpx_client().close()
