"""A reverse proxy on loopback that loses chosen answers after the server behind it committed.

It exists for what the embedded sandbox of this branch cannot do: its faults act *before* a
request is handled, while these tests need PayPal's worst case, an answer lost on the way back
(the server has created, paid or deleted; the client sees the connection drop). Each request is
forwarded to the upstream server; when :meth:`LosingProxy.lose` asked for it, the upstream answer
is read and thrown away and the client's connection closed without a byte.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import httpx

_HOP_BY_HOP = {"connection", "keep-alive", "transfer-encoding", "host", "content-length"}


@dataclass
class Forwarded:
    method: str
    path: str
    status: int
    request_id: str | None
    lost: bool


class LosingProxy:
    """Forwards to ``upstream``; loses the answers :meth:`lose` names."""

    def __init__(self, upstream: str) -> None:
        self._upstream = httpx.Client(base_url=upstream, timeout=10.0)
        self._losses: dict[tuple[str, str], int] = {}
        self._lock = threading.Lock()
        self.forwarded: list[Forwarded] = []
        self._httpd = ThreadingHTTPServer(("127.0.0.1", 0), self._handler_class())
        self._httpd.daemon_threads = True
        self._thread = threading.Thread(
            target=self._httpd.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True
        )

    @property
    def url(self) -> str:
        host, port = self._httpd.server_address[:2]
        return f"http://{host}:{port}"

    def lose(self, method: str, path: str, times: int = 1) -> None:
        """Lose the next ``times`` answers to ``method path`` (after the upstream committed)."""
        with self._lock:
            self._losses[(method, path)] = self._losses.get((method, path), 0) + times

    def calls(self, method: str, path: str) -> list[Forwarded]:
        return [f for f in self.forwarded if f.method == method and f.path == path]

    def _take_loss(self, method: str, path: str) -> bool:
        with self._lock:
            left = self._losses.get((method, path), 0)
            if left:
                self._losses[(method, path)] = left - 1
            return bool(left)

    def _handler_class(self) -> type[BaseHTTPRequestHandler]:
        proxy = self

        class _Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"
            disable_nagle_algorithm = True
            wbufsize = 1 << 16

            def log_message(self, format: str, *args: Any) -> None:
                pass

            def _handle(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length) if length else b""
                headers = [(k, v) for k, v in self.headers.items() if k.lower() not in _HOP_BY_HOP]
                answer = proxy._upstream.request(
                    self.command, self.path, headers=headers, content=body
                )
                path = self.path.split("?", 1)[0]
                lost = proxy._take_loss(self.command, path)
                with proxy._lock:
                    proxy.forwarded.append(
                        Forwarded(
                            self.command,
                            path,
                            answer.status_code,
                            self.headers.get("PayPal-Request-Id"),
                            lost,
                        )
                    )
                if lost:
                    self.close_connection = True
                    return
                self.send_response(answer.status_code)
                for name, value in answer.headers.multi_items():
                    if name.lower() not in _HOP_BY_HOP and name.lower() != "content-encoding":
                        self.send_header(name, value)
                self.send_header("Content-Length", str(len(answer.content)))
                self.end_headers()
                self.wfile.write(answer.content)

            do_GET = do_POST = do_PUT = do_DELETE = do_PATCH = _handle

        return _Handler

    @contextmanager
    def running(self) -> Iterator[LosingProxy]:
        self._thread.start()
        try:
            yield self
        finally:
            self._httpd.shutdown()
            self._httpd.server_close()
            self._thread.join(5)
            self._upstream.close()
