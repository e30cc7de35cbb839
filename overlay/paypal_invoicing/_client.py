"""The generated ``AuthenticatedClient``, keeping its httpx clients through ``with_*`` copies.

The generated ``with_headers`` / ``with_cookies`` / ``with_timeout`` update the httpx clients in
place and return a copy that would build fresh, unauthenticated httpx clients of its own; this
subclass hands the copy the same (OAuth2, retrying, error-raising) httpx clients instead.
Imported only by :func:`paypal_invoicing.connect`, so importing the package stays cheap.
"""

from __future__ import annotations

import httpx
from attrs import define

from paypal_invoicing_client import AuthenticatedClient

__all__ = ["PayPalClient"]


@define
class PayPalClient(AuthenticatedClient):
    """An ``AuthenticatedClient`` whose copies share its configured httpx clients."""

    def _keep(self, other: AuthenticatedClient) -> AuthenticatedClient:
        if self._client is not None:
            other.set_httpx_client(self._client)
        if self._async_client is not None:
            other.set_async_httpx_client(self._async_client)
        return other

    def with_headers(self, headers: dict[str, str]) -> AuthenticatedClient:
        """A copy with additional headers (also set on the shared httpx clients)."""
        return self._keep(super().with_headers(headers))

    def with_cookies(self, cookies: dict[str, str]) -> AuthenticatedClient:
        """A copy with additional cookies (also set on the shared httpx clients)."""
        return self._keep(super().with_cookies(cookies))

    def with_timeout(self, timeout: httpx.Timeout) -> AuthenticatedClient:
        """A copy with a new timeout (also set on the shared httpx clients)."""
        return self._keep(super().with_timeout(timeout))
