"""Webhook deliveries: signed as PayPal signs them, posted in the background with retries.

:func:`transmit` signs an event for one webhook (PayPal's ``PAYPAL-*`` headers, with the
sandbox's key) and queues the :class:`~.state.records.Transmission`; :func:`verify` checks such
a signature. A :class:`Dispatcher` takes transmissions, posts each to its URL and,
on anything but a 2xx answer (or no answer), tries again after the next of its ``delays``;
after the last one the transmission is ``FAILURE``. The worker starts on the first job and
ends once idle, so a sandbox without webhooks runs no thread.
"""

from __future__ import annotations

import heapq
import itertools
import logging
import threading
import time
import uuid
from collections.abc import Callable, Sequence
from typing import Any

import httpx

from paypal_invoicing.webhooks.signature import AUTH_ALGO, signed_message

from .state.records import EventRecord, Transmission
from .state.signing import CERT_ID, signing_key
from .state.store import Store, timestamp
from .state.webhooks import CERTS, cert_url, deliverable

log = logging.getLogger("paypal_invoicing.sandbox")

DEFAULT_DELAYS: tuple[float, ...] = (1.0, 2.0, 4.0, 8.0, 16.0)
"""Seconds between attempts: 6 attempts in all, the last about half a minute after the first."""
TIMEOUT = 5.0
_IDLE = 0.5


class Dispatcher:
    """Posts transmissions in a worker thread, retrying after each of ``delays`` seconds.

    ``anywhere()`` says whether non-loopback URLs may be posted to; ``on_done`` is called
    (under no lock) after every attempt.
    """

    def __init__(
        self,
        delays: Sequence[float] = DEFAULT_DELAYS,
        *,
        anywhere: Callable[[], bool] = lambda: False,
        lock: threading.RLock | None = None,
    ) -> None:
        self.delays = tuple(float(d) for d in delays)
        if any(d < 0 for d in self.delays):
            raise ValueError("webhook_retry_delays must not be negative")
        self._anywhere = anywhere
        self._state_lock = lock or threading.RLock()  # guards Transmission fields
        self._cond = threading.Condition()
        self._heap: list[tuple[float, int, int, Transmission]] = []
        self._order = itertools.count()
        self._generation = 0
        self._worker: threading.Thread | None = None
        self._busy = 0

    def submit(self, transmission: Transmission, delay: float = 0.0) -> None:
        """Queue ``transmission`` for an attempt ``delay`` seconds from now."""
        with self._cond:
            due = time.monotonic() + delay
            heapq.heappush(self._heap, (due, next(self._order), self._generation, transmission))
            if self._worker is None or not self._worker.is_alive():
                self._worker = threading.Thread(
                    target=self._run, name="paypal-sandbox-webhooks", daemon=True
                )
                self._worker.start()
            self._cond.notify()

    def clear(self) -> None:
        """Drop every queued attempt (an attempt under way still finishes)."""
        with self._cond:
            self._heap.clear()
            self._generation += 1

    def idle(self, timeout: float = 5.0) -> bool:
        """Wait until nothing is queued or being sent; whether that happened in time."""
        deadline = time.monotonic() + timeout
        with self._cond:
            while self._heap or self._busy:
                left = deadline - time.monotonic()
                if left <= 0:
                    return False
                self._cond.wait(min(left, 0.05))
        return True

    def _run(self) -> None:
        with httpx.Client(timeout=TIMEOUT, follow_redirects=False, trust_env=False) as http:
            while True:
                with self._cond:
                    idle_until = time.monotonic() + _IDLE
                    while True:
                        now = time.monotonic()
                        if self._heap and self._heap[0][0] <= now:
                            _, _, generation, transmission = heapq.heappop(self._heap)
                            if generation != self._generation:
                                continue
                            self._busy += 1
                            break
                        if not self._heap and now >= idle_until:
                            self._worker = None
                            self._cond.notify_all()
                            return
                        wait = self._heap[0][0] - now if self._heap else idle_until - now
                        self._cond.wait(max(wait, 0.001))
                try:
                    self._attempt(http, transmission, generation)
                finally:
                    with self._cond:
                        self._busy -= 1
                        self._cond.notify_all()

    def _attempt(self, http: httpx.Client, transmission: Transmission, generation: int) -> None:
        answer: int | None = None
        if deliverable(transmission.url, self._anywhere()):
            try:
                response = http.post(
                    transmission.url, content=transmission.body, headers=transmission.headers
                )
                answer = response.status_code
            except httpx.HTTPError as exc:
                log.info("webhook delivery to %s failed: %s", transmission.url, type(exc).__name__)
        else:
            log.warning("webhook not delivered: %s is not a loopback URL", transmission.url)
        with self._state_lock:
            transmission.attempts += 1
            transmission.answers.append(answer)
            if answer is not None and 200 <= answer < 300:
                transmission.status = "SUCCESS"
                return
            retry = deliverable(
                transmission.url, self._anywhere()
            ) and transmission.attempts <= len(self.delays)
            if not retry:
                transmission.status = "FAILURE"
        if retry:
            with self._cond:
                if generation != self._generation:
                    return
            self.submit(transmission, self.delays[transmission.attempts - 1])


def transmit(
    store: Store, dispatcher: Dispatcher, record: EventRecord, webhook_id: str, url: str
) -> Transmission:
    """Sign ``record`` for ``webhook_id`` and queue its delivery to ``url``."""
    transmission_id = str(uuid.uuid4())
    when = timestamp(store.now())
    message = signed_message(record.body, transmission_id, when, webhook_id)
    headers = {
        "Content-Type": "application/json",
        "PAYPAL-TRANSMISSION-ID": transmission_id,
        "PAYPAL-TRANSMISSION-TIME": when,
        "PAYPAL-TRANSMISSION-SIG": signing_key().sign(message),
        "PAYPAL-AUTH-ALGO": AUTH_ALGO,
        "PAYPAL-CERT-URL": cert_url(store.base_url),
    }
    transmission = Transmission(record.id, webhook_id, url, record.body, headers)
    record.transmissions.append(transmission)
    dispatcher.submit(transmission)
    return transmission


def verify(store: Store, fields: dict[str, Any], event_bytes: bytes | None) -> str:
    """``SUCCESS`` when the sandbox signed ``event_bytes`` with these headers for a webhook
    it holds; otherwise ``FAILURE``."""
    if event_bytes is None:
        return "FAILURE"
    webhook_id = fields["webhook_id"]
    if fields["auth_algo"] != AUTH_ALGO or webhook_id not in store.webhooks:
        return "FAILURE"
    if not str(fields["cert_url"]).endswith(f"{CERTS}/{CERT_ID}"):
        return "FAILURE"
    message = signed_message(
        event_bytes, fields["transmission_id"], fields["transmission_time"], webhook_id
    )
    return "SUCCESS" if signing_key().verifies(message, fields["transmission_sig"]) else "FAILURE"
