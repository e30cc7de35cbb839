"""pytest plugin: the ``paypal_sandbox`` fixture, to test billing code offline.

Registered through the ``pytest11`` entry point, so installing the package makes the fixture
available. The plugin itself loads without the ``[sandbox]`` extra and stays cheap to import; the
fixture needs the extra (Starlette, uvicorn, qrcode) and, without it, fails the test with one
line naming ``pip install 'paypal-invoicing[sandbox]'``.

One sandbox server runs per test session; each test starts on it emptied (invoices, templates,
replies, tokens, faults, the token counter, the fixed date) with a fresh client, and the fixture
closes that client when the test ends (its sync side at once; each event loop's async pool when
that loop ends).

.. code-block:: python

    from paypal_invoicing.pytest_plugin import PayPalSandbox
    from paypal_invoicing_client.api.invoices import generate_invoice_number

    def test_billing(paypal_sandbox: PayPalSandbox) -> None:
        client = paypal_sandbox.client          # a connect()ed client, on the sandbox
        generate_invoice_number.sync(client=client)
        paypal_sandbox.sandbox.inject("/v2/invoicing/invoices", 503)   # fault injection

Override ``paypal_sandbox_options`` to change a test's sandbox or client:

.. code-block:: python

    @pytest.fixture
    def paypal_sandbox_options() -> dict[str, Any]:
        return {
            "seed": "billing",                                  # repeatable ids
            "clock": ticking_clock(datetime(2025, 3, 5, tzinfo=UTC)),  # repeatable timestamps
            "fast_retries": True,                               # retry at once, no back-off
        }

Webhooks: ``paypal_sandbox.webhooks`` is a :class:`~paypal_invoicing.sandbox.receiver.
WebhookReceiver` on loopback, registered on the sandbox for every event type when first used
and closed when the test ends: its ``deliveries`` (raw bytes, headers, parsed events),
``wait_for(event_type, timeout=...)``, ``verify(delivery)`` and ``verifier`` (one that trusts
the sandbox's signing chain).

Options: ``seed`` and ``clock`` (applied to the shared sandbox), ``fast_retries`` (the client
retries without waiting, ignoring ``Retry-After``), ``webhook_retry_delays`` (seconds between
webhook delivery attempts; :data:`WEBHOOK_RETRY_DELAYS` by default, short so that retries are
fast in tests), ``connect`` (a dict of extra
:func:`~paypal_invoicing.connect` arguments, e.g. ``{"max_retries": 0}``). Any other key
(``token_lifetime``, ``merchant``, ``client_id``...) is passed to
:class:`~paypal_invoicing.sandbox.Sandbox` and gives that test a server of its own (slower).
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import TYPE_CHECKING, Any

import pytest

from ._extras import missing_sandbox_extra

if TYPE_CHECKING:
    from paypal_invoicing_client import AuthenticatedClient

    from .sandbox import Sandbox, SandboxServer
    from .sandbox.receiver import WebhookReceiver

__all__ = ["CLIENT_ID", "CLIENT_SECRET", "WEBHOOK_RETRY_DELAYS", "PayPalSandbox"]

CLIENT_ID = "sandbox-client-id"
CLIENT_SECRET = "sandbox-client-secret"
# Options applied to the session's shared sandbox; any other key needs a server of its own.
_SHARED_OPTIONS = frozenset({"seed", "clock", "fast_retries", "connect", "webhook_retry_delays"})
WEBHOOK_RETRY_DELAYS = (0.01, 0.02, 0.05)
"""The fixture's seconds between webhook delivery attempts: 4 attempts within 0.1 s."""


class PayPalSandbox:
    """What ``paypal_sandbox`` gives a test: a running sandbox and a client connected to it.

    :attr:`client` is made on first use; :meth:`close`, which the fixture calls when the test
    ends, closes its sync side (each event loop closes its async pool when the loop ends).
    """

    def __init__(
        self,
        server: SandboxServer,
        client_id: str,
        client_secret: str,
        connect_options: Mapping[str, Any] | None = None,
    ) -> None:
        self.server = server
        self.client_id = client_id
        self.client_secret = client_secret
        self.connect_options: dict[str, Any] = dict(connect_options or {})
        self._client: AuthenticatedClient | None = None
        self._webhooks: WebhookReceiver | None = None

    @property
    def sandbox(self) -> Sandbox:
        """The sandbox's state and test helpers (faults, token expiry, payer payments)."""
        return self.server.sandbox

    @property
    def url(self) -> str:
        """The sandbox's base URL, e.g. ``http://127.0.0.1:54321``."""
        return self.server.url

    @property
    def webhooks(self) -> WebhookReceiver:
        """A loopback webhook receiver registered on the sandbox for every event type (started
        on first use, closed with the test)."""
        if self._webhooks is None:
            from .sandbox.receiver import WebhookReceiver

            self._webhooks = WebhookReceiver(self.sandbox).start()
        return self._webhooks

    @property
    def client(self) -> AuthenticatedClient:
        """``connect(client_id, client_secret, base_url=url)``, made once per test."""
        if self._client is None:
            from . import connect

            options: dict[str, Any] = {
                # Plain http on loopback: no certificate is checked, so none is loaded.
                "verify": False,
                **self.connect_options,
            }
            self._client = connect(self.client_id, self.client_secret, base_url=self.url, **options)
        return self._client

    def close(self) -> None:
        """Close the webhook receiver and the client's sync httpx client, if they were made."""
        receiver, self._webhooks = self._webhooks, None
        if receiver is not None:
            receiver.close()
        client, self._client = self._client, None
        if client is None:
            return
        client.get_httpx_client().close()
        # The async side needs no closing here: each event loop's connection pool is closed
        # inside that loop when the loop ends (see paypal_invoicing._http.Pool).


def _require_extra() -> None:
    missing = missing_sandbox_extra("the paypal_sandbox fixture")
    if missing:
        pytest.fail(missing, pytrace=False)


@pytest.fixture(scope="session")
def paypal_sandbox_server() -> Iterator[SandboxServer]:
    """The session's sandbox server (loopback, free port), shared by every ``paypal_sandbox``."""
    _require_extra()
    from .sandbox import SandboxServer

    server = SandboxServer(client_id=CLIENT_ID, client_secret=CLIENT_SECRET).start()
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture
def paypal_sandbox_options() -> dict[str, Any]:
    """Options for ``paypal_sandbox`` (``seed``, ``clock``, ``fast_retries``, ``connect``...):
    override this fixture to set them (see the module's documentation)."""
    return {}


def _connect_options(options: Mapping[str, Any]) -> dict[str, Any]:
    connect_options = dict(options.get("connect") or {})
    if options.get("fast_retries") and "retry_policy" not in connect_options:
        from ._retry import RetryPolicy

        connect_options["retry_policy"] = RetryPolicy(
            max_retries=connect_options.pop("max_retries", 2),
            initial_delay=0.0,
            max_delay=0.0,
            jitter=0.0,
            honor_retry_after=False,
        )
    return connect_options


@pytest.fixture
def paypal_sandbox(
    request: pytest.FixtureRequest, paypal_sandbox_options: dict[str, Any]
) -> Iterator[PayPalSandbox]:
    """An emptied sandbox on a loopback port, with a client connected to it on first use."""
    _require_extra()
    options = dict(paypal_sandbox_options)
    connect_options = _connect_options(options)
    own = {key: value for key, value in options.items() if key not in _SHARED_OPTIONS}
    if own:
        from .sandbox import SandboxServer

        client_id = own.setdefault("client_id", CLIENT_ID)
        client_secret = own.setdefault("client_secret", CLIENT_SECRET)
        own.setdefault(
            "webhook_retry_delays", options.get("webhook_retry_delays", WEBHOOK_RETRY_DELAYS)
        )
        server = SandboxServer(seed=options.get("seed"), clock=options.get("clock"), **own).start()
        handle = PayPalSandbox(server, client_id, client_secret, connect_options)
        try:
            yield handle
        finally:
            handle.close()
            server.stop()
        return
    server = request.getfixturevalue("paypal_sandbox_server")
    sandbox = server.sandbox
    sandbox.reset()
    sandbox.tokens.token_requests = 0
    sandbox.reseed(options.get("seed"), options.get("clock"))
    sandbox.dispatcher.delays = tuple(options.get("webhook_retry_delays", WEBHOOK_RETRY_DELAYS))
    handle = PayPalSandbox(server, CLIENT_ID, CLIENT_SECRET, connect_options)
    try:
        yield handle
    finally:
        handle.close()
