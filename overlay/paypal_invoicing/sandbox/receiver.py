"""``WebhookReceiver``: a loopback HTTP endpoint that collects a sandbox's webhook deliveries.

Used by the ``paypal_sandbox`` fixture (``paypal_sandbox.webhooks``), the CLI and the demo. It
records every delivery (raw bytes, headers, the parsed event), can pass each to a handler of
yours, and answers 200 (or 500 when the handler raises, so the sandbox retries). It verifies
deliveries with :func:`sandbox_verifier`: a client ``WebhookVerifier`` that trusts the
sandbox's signing chain and nothing else.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from paypal_invoicing.webhooks import WebhookEvent, WebhookVerifier, construct_event, parse_event

from .core import Sandbox
from .state import webhooks
from .state.signing import SIGNING_SUBJECT, root_pem

__all__ = ["Delivery", "WebhookReceiver", "sandbox_verifier"]

Handler = Callable[[bytes, Mapping[str, str]], object]
_MAX_BODY = 1024 * 1024


def sandbox_verifier(**options: Any) -> WebhookVerifier:
    """A verifier that trusts the sandbox's signing chain, fetched from its loopback
    certificate URL, and nothing else; ``options`` are ``WebhookVerifier``'s others."""
    return WebhookVerifier(
        trust_roots=root_pem(),
        subjects=(SIGNING_SUBJECT,),
        allow_loopback_http=True,
        **options,
    )


@dataclass(frozen=True)
class Delivery:
    """One request the receiver got: the body exactly as sent, its headers, the event parsed
    (not verified: see :meth:`WebhookReceiver.verify`) and what the receiver answered."""

    body: bytes
    headers: Mapping[str, str]
    event: WebhookEvent
    status: int


class WebhookReceiver:
    """A webhook endpoint on 127.0.0.1, registered on ``sandbox`` for ``event_types``.

    Without ``sandbox`` (one in another process, such as ``paypal-invoicing sandbox``), nothing
    is registered: subscribe :attr:`url` with ``create_webhook`` and set :attr:`webhook_id`;
    :attr:`verifier` is then ``WebhookVerifier.for_sandbox(base_url)`` (any loopback sandbox
    without ``base_url``).

    The server starts on :meth:`start` and stops on :meth:`close`. ``handler(body, headers)``
    (optional, settable later) runs for every delivery; if it raises, the receiver answers 500.
    ``fail_next(n)`` makes the next ``n`` deliveries answer an error without calling it.
    """

    def __init__(
        self,
        sandbox: Sandbox | None = None,
        *,
        event_types: tuple[str, ...] = ("*",),
        handler: Handler | None = None,
        base_url: str | None = None,
    ) -> None:
        self.sandbox = sandbox
        self.event_types = event_types
        self.handler = handler
        self.verifier = sandbox_verifier() if sandbox else WebhookVerifier.for_sandbox(base_url)
        self.webhook_id = ""
        self._deliveries: list[Delivery] = []
        self._failures: list[int] = []
        self._cond = threading.Condition()
        self._server: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None

    @property
    def url(self) -> str:
        """The URL the sandbox posts to."""
        if self._server is None:
            raise RuntimeError("the webhook receiver is not started")
        return f"http://127.0.0.1:{self._server.server_address[1]}/webhooks"

    def start(self) -> WebhookReceiver:
        """Listen on a free loopback port and register the webhook on the sandbox."""
        if self._server is not None:
            return self
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), self._request_handler())
        self._server.daemon_threads = True
        self._thread = threading.Thread(
            target=self._server.serve_forever,
            args=(0.02,),  # poll interval: close() returns within it
            name="paypal-webhook-receiver",
            daemon=True,
        )
        self._thread.start()
        if self.sandbox is not None:
            body = {"url": self.url, "event_types": [{"name": n} for n in self.event_types]}
            with self.sandbox.store.lock:
                self.webhook_id = webhooks.create_webhook(self.sandbox.store, body)["id"]
        return self

    def close(self) -> None:
        """Unregister the webhook and stop listening."""
        server, self._server = self._server, None
        if server is None:
            return
        if self.sandbox is not None:
            with self.sandbox.store.lock:
                if self.webhook_id in self.sandbox.store.webhooks:
                    webhooks.delete_webhook(self.sandbox.store, self.webhook_id)
        server.shutdown()
        server.server_close()
        if self._thread is not None:
            self._thread.join(timeout=5)

    def fail_next(self, count: int = 1, status: int = 500) -> None:
        """Answer the next ``count`` deliveries with ``status`` (the sandbox retries them)."""
        with self._cond:
            self._failures.extend([status] * count)

    @property
    def deliveries(self) -> list[Delivery]:
        """Every delivery received so far, in order (retries and failed ones included)."""
        with self._cond:
            return list(self._deliveries)

    @property
    def events(self) -> list[WebhookEvent]:
        """The events of the deliveries answered 2xx, in order."""
        return [d.event for d in self.deliveries if 200 <= d.status < 300]

    def wait_for(self, event_type: str, timeout: float = 5.0) -> Delivery:
        """The first delivery of ``event_type`` answered 2xx, waiting up to ``timeout``
        seconds for it; ``TimeoutError`` naming what did arrive otherwise."""
        deadline = time.monotonic() + timeout
        with self._cond:
            while True:
                for delivery in self._deliveries:
                    if delivery.event.event_type == event_type and 200 <= delivery.status < 300:
                        return delivery
                left = deadline - time.monotonic()
                if left <= 0:
                    seen = [d.event.event_type for d in self._deliveries]
                    raise TimeoutError(f"no {event_type} delivery in {timeout}s; got {seen}")
                self._cond.wait(left)

    def verify(self, delivery: Delivery) -> WebhookEvent:
        """Verify ``delivery`` as PayPal's would be (signature, sandbox chain); the event."""
        return construct_event(
            delivery.body, delivery.headers, webhook_id=self.webhook_id, verifier=self.verifier
        )

    def _receive(self, body: bytes, headers: Mapping[str, str]) -> int:
        with self._cond:
            failure = self._failures.pop(0) if self._failures else None
        status = failure or 200
        if failure is None and self.handler is not None:
            try:
                self.handler(body, headers)
            except Exception:  # the handler's error: PayPal would retry, so does the sandbox
                status = 500
        try:
            event = parse_event(body)
        except ValueError:
            return 400
        with self._cond:
            self._deliveries.append(Delivery(body, headers, event, status))
            self._cond.notify_all()
        return status

    def _request_handler(self) -> type[BaseHTTPRequestHandler]:
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(min(length, _MAX_BODY))
                status = receiver._receive(body, dict(self.headers.items()))
                self.send_response(status)
                self.send_header("Content-Length", "0")
                self.end_headers()

            def log_message(self, format: str, *args: Any) -> None:
                return

        return Handler
