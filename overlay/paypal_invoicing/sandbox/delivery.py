"""Webhook deliveries in the background: one worker thread, retries with bounded back-off.

A :class:`Dispatcher` takes transmissions (:class:`Transmission`), posts each to its URL and,
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
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from urllib.parse import urlsplit

import httpx

from .guard import is_loopback

log = logging.getLogger("paypal_invoicing.sandbox")

DEFAULT_DELAYS: tuple[float, ...] = (1.0, 2.0, 4.0, 8.0, 16.0)
"""Seconds between attempts: 6 attempts in all, the last about half a minute after the first."""
TIMEOUT = 5.0
_IDLE = 0.5


@dataclass
class Transmission:
    """One event sent to one URL: the exact bytes and headers, and how it went."""

    event_id: str
    webhook_id: str
    url: str
    body: bytes
    headers: dict[str, str]
    status: str = "PENDING"  # PENDING, SUCCESS or FAILURE
    attempts: int = 0
    answers: list[int | None] = field(default_factory=list)  # HTTP status per attempt

    @property
    def transmission_id(self) -> str:
        """The ``PAYPAL-TRANSMISSION-ID`` header."""
        return self.headers["PAYPAL-TRANSMISSION-ID"]


def deliverable(url: str, anywhere: bool) -> bool:
    """Whether the sandbox may post to ``url``: http(s), and a loopback host unless
    ``anywhere`` (the sandbox itself listens beyond loopback)."""
    try:
        parts = urlsplit(url)
        host = parts.hostname or ""
        parts.port  # noqa: B018 - raises on a bad port
    except ValueError:
        return False
    if parts.scheme not in ("http", "https") or not host:
        return False
    return anywhere or is_loopback(host)


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
