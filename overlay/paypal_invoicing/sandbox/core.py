"""The :class:`Sandbox`: one merchant's state, its tokens and its faults, with test helpers."""

from __future__ import annotations

import copy
import datetime as dt
from collections.abc import Sequence
from typing import Any

from . import delivery
from .delivery import DEFAULT_DELAYS, Dispatcher
from .state import invoices, webhooks
from .state.entropy import Clock, Entropy
from .state.faults import Fault, FaultInjector
from .state.records import EventRecord, InvoiceRecord, Transmission
from .state.store import Store
from .state.tokens import DEFAULT_LIFETIME, TokenAuthority


class Sandbox:
    """Everything an in-memory PayPal Invoicing sandbox holds.

    ``client_id``/``client_secret`` of ``None`` accept any credentials; ``token_lifetime`` is the
    ``expires_in`` of issued tokens, in seconds. ``seed`` makes ids, debug ids and QR boundaries
    repeatable and ``clock`` fixes the time (see :class:`~.state.entropy.Entropy`); by default
    they are random and the time is real.

    ``webhook_retry_delays`` are the seconds between delivery attempts of a webhook that did
    not answer 2xx (default :data:`~.delivery.DEFAULT_DELAYS`: 6 attempts over ~30 s); pass
    short ones, e.g. ``(0.01, 0.02)``, to make retries fast in tests.
    """

    def __init__(
        self,
        client_id: str | None = None,
        client_secret: str | None = None,
        *,
        token_lifetime: int = DEFAULT_LIFETIME,
        merchant: dict[str, Any] | None = None,
        seed: str | int | None = None,
        clock: Clock | None = None,
        webhook_retry_delays: Sequence[float] = DEFAULT_DELAYS,
    ) -> None:
        self.store = Store(merchant, Entropy(seed, clock))
        self.tokens = TokenAuthority(client_id, client_secret, token_lifetime)
        self.faults = FaultInjector()
        self.dispatcher = Dispatcher(
            webhook_retry_delays,
            anywhere=lambda: self.store.deliver_anywhere,
            lock=self.store.lock,
        )
        self.store.observer = self._invoice_changed

    # -- webhooks ---------------------------------------------------------------------------
    def _invoice_changed(self, event_type: str, record: InvoiceRecord) -> None:
        store = self.store
        webhooks.publish(
            store, self.send_event, event_type, lambda: invoices.render(record, store.base_url)
        )

    def send_event(self, record: EventRecord, webhook_id: str, url: str) -> Transmission:
        """Sign ``record`` for ``webhook_id`` and queue its delivery to ``url``."""
        return delivery.transmit(self.store, self.dispatcher, record, webhook_id, url)

    def transmissions(self) -> list[Transmission]:
        """Every webhook delivery made so far (oldest first), with its status and attempts."""
        with self.store.lock:
            return [t for e in self.store.events.values() for t in e.transmissions]

    def wait_for_deliveries(self, timeout: float = 5.0) -> bool:
        """Wait until no webhook delivery is queued or under way; whether it happened in time."""
        return self.dispatcher.idle(timeout)

    # -- tokens -----------------------------------------------------------------------------
    @property
    def token_requests(self) -> int:
        """How many requests the token endpoint has answered (successful or not)."""
        return self.tokens.token_requests

    @property
    def admin_token(self) -> str:
        """A bearer token for the ``/_sandbox/`` routes (needed once credentials are set)."""
        return self.tokens.admin_token

    def expire_tokens(self) -> None:
        """Expire every issued token: the next API call with one answers 401 invalid_token."""
        self.tokens.expire_all()

    def revoke_tokens(self) -> None:
        """Forget every issued token."""
        self.tokens.revoke_all()

    def access_token(self) -> str:
        """A valid bearer token, without going through the token endpoint."""
        return self.tokens.issue_direct()

    # -- faults -----------------------------------------------------------------------------
    def inject(
        self,
        path: str,
        status: int | None = 503,
        *,
        count: int = 1,
        retry_after: int | None = None,
        delay: float = 0.0,
        method: str | None = None,
        after_commit: bool = False,
        drop: bool = False,
    ) -> Fault:
        """Make the next ``count`` calls under ``path`` (admin routes excepted) fail.

        By default they answer ``status`` (429, 500, 503...) in PayPal's error shape, optionally
        with ``Retry-After``, without acting; ``drop=True`` (with ``status=None``) closes the
        connection instead; ``status=None`` alone serves them after ``delay`` seconds. With
        ``after_commit=True`` each call is processed first and then its answer is lost: replaced
        by ``status``, dropped, or sent only after ``delay`` seconds (past a client's timeout).
        Bad parameters raise ``ValueError``.
        """
        if method is not None and not isinstance(method, str):
            raise ValueError("method must be a string")
        return self.faults.add(
            Fault(
                path,
                status,
                count,
                retry_after,
                delay,
                method.upper() if method else None,
                after_commit,
                drop,
            )
        )

    def clear_faults(self) -> None:
        """Drop every pending fault."""
        self.faults.clear()

    # -- state ------------------------------------------------------------------------------
    def invoice(self, invoice_id: str) -> dict[str, Any]:
        """A copy of a stored invoice (v2 shape, without links)."""
        with self.store.lock:
            return copy.deepcopy(invoices.get_record(self.store, invoice_id).invoice)

    def invoice_ids(self) -> list[str]:
        """The ids of stored invoices, oldest first."""
        with self.store.lock:
            return list(self.store.invoices)

    def pay(self, invoice_id: str, value: str | None = None) -> str:
        """Simulate the payer paying through PayPal (all that is due when ``value`` is None)."""
        with self.store.lock:
            return invoices.pay_as_payer(self.store, invoice_id, value)

    def refund(self, invoice_id: str, value: str | None = None) -> str:
        """Simulate a refund through PayPal of ``value`` (everything when None)."""
        with self.store.lock:
            return invoices.refund_as_paypal(self.store, invoice_id, value)

    def set_today(self, day: dt.date | None) -> None:
        """Fix the sandbox's idea of today (``None``: the real date)."""
        with self.store.lock:
            self.store.today_override = day

    # -- determinism ------------------------------------------------------------------------
    @property
    def entropy(self) -> Entropy:
        """Where ids, debug ids, QR boundaries and timestamps come from."""
        return self.store.entropy

    def reseed(self, seed: str | int | None = None, clock: Clock | None = None) -> None:
        """Draw ids and timestamps afresh, as ``Sandbox(seed=seed, clock=clock)`` would."""
        with self.store.lock:
            self.store.entropy = Entropy(seed, clock)

    def reset(self) -> None:
        """Forget invoices, templates, replies, webhooks, events, tokens and faults (queued
        deliveries are dropped), and zero the counters."""
        self.dispatcher.clear()
        self.store.reset()
        self.tokens.reset()
        self.faults.reset()
