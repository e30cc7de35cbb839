"""A scripted PayPal-shaped HTTP/1.1 server on loopback for the overlay's tests.

It issues OAuth2 tokens at ``POST /v1/oauth2/token`` (checking Basic credentials), checks Bearer
tokens on every other path, and answers each ``(method, path)`` from a script of replies (then from
a route handler, else 404). It records every request with its arrival time.

Use the sandbox (``paypal_invoicing.sandbox``) wherever it serves: it holds real state, injects
faults before or after committing a call (``inject(..., after_commit=True)``, ``drop=True``) and
stalls answers. This server stays only for what the sandbox cannot do: answer arbitrary,
malformed or off-spec replies in a scripted order (bodies that are not JSON, wrong content types,
unknown statuses, truncated answers, a 401 on a valid token) and record each raw request with its
arrival time, so the client's retry timing and headers can be checked exactly.
"""

from __future__ import annotations

import base64
import json
import threading
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlsplit

TOKEN_PATH = "/v1/oauth2/token"


@dataclass
class Recorded:
    method: str
    path: str
    query: dict[str, str]
    headers: dict[str, str]
    body: bytes
    at: float
    target: str = ""  # the raw request target: absolute-form through a proxy, host:port on CONNECT

    def json(self) -> Any:
        return json.loads(self.body)


@dataclass
class Reply:
    status: int = 200
    body: Any = None  # dict/list -> JSON; bytes/str -> as is
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0
    hang: bool = False  # never answer (until the server stops)
    drop: bool = False  # close the connection without an answer
    partial: str | None = None  # "stall" or "reset" after the headers and half the body
    repeat: int = 1  # the body written this many times (a large answer, never held whole)


Handler = Callable[[Recorded], Reply]


class _Server(ThreadingHTTPServer):
    request_queue_size = 128  # 16 clients connecting at once must not overflow the backlog
    daemon_threads = True
    connections = 0  # TCP connections accepted

    def process_request(self, request: Any, client_address: Any) -> None:
        self.connections += 1  # called by the single serving thread: no race
        super().process_request(request, client_address)


class ScriptedServer:
    def __init__(self, client_id: str, client_secret: str) -> None:
        self.client_id = client_id
        self.client_secret = client_secret
        self.requests: list[Recorded] = []
        self.token_requests: list[Recorded] = []
        self.issued: list[str] = []
        self.valid_tokens: set[str] = set()
        self.token_delay = 0.0
        self.expires_in = 32400
        self.token_replies: deque[Reply] = deque()
        self._scripts: dict[tuple[str, str], deque[Reply]] = {}
        self._routes: dict[tuple[str, str], Handler] = {}
        self._lock = threading.Lock()
        self._stopping = threading.Event()
        self._httpd = _Server(("127.0.0.1", 0), self._handler_class())
        self._httpd.daemon_threads = True
        self._thread = threading.Thread(
            target=self._httpd.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True
        )

    # -- control ---------------------------------------------------------------------------

    @property
    def url(self) -> str:
        host, port = self._httpd.server_address[:2]
        return f"http://{host}:{port}"

    @property
    def connections(self) -> int:
        """How many TCP connections the server has accepted."""
        return self._httpd.connections

    def start(self) -> ScriptedServer:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._stopping.set()
        self._httpd.shutdown()
        self._httpd.server_close()
        self._thread.join(5)

    def script(self, method: str, path: str, *replies: Reply) -> None:
        with self._lock:
            self._scripts.setdefault((method, path), deque()).extend(replies)

    def route(self, method: str, path: str, handler: Handler) -> None:
        self._routes[(method, path)] = handler

    def revoke_tokens(self) -> None:
        with self._lock:
            self.valid_tokens.clear()

    def api_requests(self, method: str | None = None, path: str | None = None) -> list[Recorded]:
        return [
            r
            for r in self.requests
            if r.path != TOKEN_PATH
            and (method is None or r.method == method)
            and (path is None or r.path == path)
        ]

    # -- answering -------------------------------------------------------------------------

    def _answer(self, rec: Recorded) -> Reply:
        if rec.path == TOKEN_PATH and rec.method == "POST":
            return self._token(rec)
        auth = rec.headers.get("authorization", "")
        with self._lock:
            ok = auth.startswith("Bearer ") and auth[7:] in self.valid_tokens
        if not ok:
            return Reply(
                401,
                {
                    "error": "invalid_token",
                    "error_description": "Token signature verification failed",
                },
                {"Paypal-Debug-Id": "dbg-401"},
            )
        with self._lock:
            queue = self._scripts.get((rec.method, rec.path))
            if queue:
                return queue.popleft()
        handler = self._routes.get((rec.method, rec.path))
        if handler is not None:
            return handler(rec)
        return Reply(
            404,
            {"name": "RESOURCE_NOT_FOUND", "message": "No such route", "debug_id": "dbg-404"},
        )

    def _token(self, rec: Recorded) -> Reply:
        with self._lock:
            self.token_requests.append(rec)
        if self.token_delay:
            time.sleep(self.token_delay)
        with self._lock:
            if self.token_replies:
                return self.token_replies.popleft()
        expected = (
            "Basic " + base64.b64encode(f"{self.client_id}:{self.client_secret}".encode()).decode()
        )
        form = parse_qs(rec.body.decode())
        if rec.headers.get("authorization") != expected:
            return Reply(
                401,
                {"error": "invalid_client", "error_description": "Client Authentication failed"},
            )
        if form.get("grant_type") != ["client_credentials"]:
            return Reply(400, {"error": "unsupported_grant_type"})
        with self._lock:
            token = f"A21AA-token-{len(self.issued) + 1}-Zx9"
            self.issued.append(token)
            self.valid_tokens.add(token)
        return Reply(
            200,
            {
                "scope": "https://uri.paypal.com/services/invoicing",
                "access_token": token,
                "token_type": "Bearer",
                "app_id": "APP-80W284485P519543T",
                "expires_in": self.expires_in,
                "nonce": "2026-11-21T00:00:00Z",
            },
        )

    def _handler_class(self) -> type[BaseHTTPRequestHandler]:
        server = self

        class _Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"
            disable_nagle_algorithm = True
            wbufsize = 1 << 16

            def log_message(self, format: str, *args: Any) -> None:
                pass

            def _handle(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length) if length else b""
                split = urlsplit(self.path)
                rec = Recorded(
                    self.command,
                    split.path,
                    {k: v[-1] for k, v in parse_qs(split.query).items()},
                    {k.lower(): v for k, v in self.headers.items()},
                    body,
                    time.monotonic(),
                    self.path,
                )
                with server._lock:
                    server.requests.append(rec)
                reply = server._answer(rec)
                if reply.hang:
                    server._stopping.wait(60)
                    self.close_connection = True
                    return
                if reply.drop:
                    self.close_connection = True
                    return
                if reply.delay:
                    time.sleep(reply.delay)
                payload = reply.body
                content_type = "application/json"
                if payload is None:
                    data = b""
                elif isinstance(payload, bytes):
                    data, content_type = payload, "application/octet-stream"
                elif isinstance(payload, str):
                    data, content_type = payload.encode(), "text/plain"
                else:
                    data = json.dumps(payload).encode()
                self.send_response(reply.status)
                headers = {"Content-Type": content_type, "Paypal-Debug-Id": "dbg-ok"}
                headers.update(reply.headers)
                for name, value in headers.items():
                    self.send_header(name, value)
                self.send_header("Content-Length", str(len(data) * reply.repeat))
                self.end_headers()
                if reply.partial is not None:
                    self.wfile.write(data[: len(data) // 2])
                    self.wfile.flush()
                    if reply.partial == "stall":
                        server._stopping.wait(60)
                    self.close_connection = True
                    return
                for _ in range(reply.repeat):
                    self.wfile.write(data)

            do_GET = do_POST = do_PUT = do_DELETE = do_PATCH = do_CONNECT = _handle

        return _Handler
