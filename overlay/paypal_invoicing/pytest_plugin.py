"""pytest plugin: the ``paypal_sandbox`` fixture, to test billing code offline.

Registered through the ``pytest11`` entry point. Importing it stays cheap: the sandbox (Starlette,
uvicorn) and the client are imported only when a test asks for the fixture.

.. code-block:: python

    from paypal_invoicing_client.api.invoices import create_invoice

    def test_billing(paypal_sandbox):
        client = paypal_sandbox.client          # a connect()ed client, on the sandbox
        ...
        paypal_sandbox.sandbox.inject("/v2/invoicing/invoices", 503)   # fault injection

Override ``paypal_sandbox_options`` to make the sandbox repeatable:

.. code-block:: python

    from paypal_invoicing.sandbox import ticking_clock

    @pytest.fixture
    def paypal_sandbox_options():
        return {"seed": "billing", "clock": ticking_clock(datetime(2025, 3, 5, tzinfo=UTC))}
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

import pytest

if TYPE_CHECKING:
    from paypal_invoicing_client import AuthenticatedClient

    from .sandbox import Sandbox, SandboxServer

CLIENT_ID = "sandbox-client-id"
CLIENT_SECRET = "sandbox-client-secret"


class PayPalSandbox:
    """A running sandbox and, on first use of :attr:`client`, a client connected to it."""

    def __init__(self, server: SandboxServer, client_id: str, client_secret: str) -> None:
        self.server = server
        self.client_id = client_id
        self.client_secret = client_secret
        self._client: AuthenticatedClient | None = None

    @property
    def sandbox(self) -> Sandbox:
        """The sandbox's state and test helpers (faults, token expiry, payer payments)."""
        return self.server.sandbox

    @property
    def url(self) -> str:
        """The sandbox's base URL."""
        return self.server.url

    @property
    def client(self) -> AuthenticatedClient:
        """``paypal_invoicing.connect(client_id, client_secret, base_url=url)``, made once."""
        if self._client is None:
            from . import connect

            self._client = connect(self.client_id, self.client_secret, base_url=self.url)
        return self._client

    def close(self) -> None:
        """Close the client (if made) and stop the server."""
        if self._client is not None:
            self._client.get_httpx_client().close()
            self._client = None
        self.server.stop()


@pytest.fixture
def paypal_sandbox_options() -> dict[str, Any]:
    """Extra :class:`~paypal_invoicing.sandbox.Sandbox` options for ``paypal_sandbox`` (e.g.
    ``seed``, ``clock``): override this fixture to set them."""
    return {}


@pytest.fixture
def paypal_sandbox(paypal_sandbox_options: dict[str, Any]) -> Iterator[PayPalSandbox]:
    """A fresh sandbox on a free loopback port, with a client connected to it."""
    from .sandbox import SandboxServer

    server = SandboxServer(
        client_id=CLIENT_ID, client_secret=CLIENT_SECRET, **paypal_sandbox_options
    ).start()
    handle = PayPalSandbox(server, CLIENT_ID, CLIENT_SECRET)
    try:
        yield handle
    finally:
        handle.close()
