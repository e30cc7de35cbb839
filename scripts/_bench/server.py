"""A minimal PayPal-shaped HTTP/1.1 server for benchmarks, run in its own process.

    python scripts/_bench/server.py [--invoices N] [--token-lifetime S] [--delay S]

It prints ``PORT <n>`` once it listens on 127.0.0.1, then serves until stdin closes:

- ``POST /v1/oauth2/token`` (Basic credentials required) issues a fresh bearer token;
- ``GET /v2/invoicing/invoices/{id}`` answers PayPal's documented invoice (seed 002);
- ``GET /v2/invoicing/invoices?page=&page_size=&total_required=`` pages through ``--invoices``
  summaries built from seed 001, with a ``next`` link on every page but the last;
- every path also exists under ``/slow`` (e.g. ``/slow/v1/oauth2/token``), answered ``--delay``
  seconds later without blocking other connections;
- ``GET /__bench/stats`` returns the counters, ``POST /__bench/reset`` zeroes them and
  ``POST /__bench/config?token_lifetime=S&invoices=N`` changes settings (admin requests and the
  connections that only carry them are not counted).

Bodies are encoded once and cached, written with the headers in one ``write`` on a TCP_NODELAY
socket (asyncio's default), so the server costs a few microseconds per request and no
Nagle/delayed-ACK stall. Every API path checks the bearer token (401 otherwise).

It is not the sandbox because of what the sandbox cannot do: cost almost nothing per request.
The sandbox (Starlette, validation against the spec, state under a lock) would hide the client's
own cost, and it runs in the client's process, competing for the GIL. Everything else a fake
PayPal is needed for (state, faults before or after a commit) belongs to the sandbox.

:class:`BenchServer` starts it in a subprocess and reads the counters.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import subprocess
import sys
import time
import urllib.request
from pathlib import Path
from types import TracebackType
from typing import Any
from urllib.parse import parse_qsl

ROOT = Path(__file__).resolve().parents[2]
SEEDS = ROOT / "tests" / "fixtures" / "seeds"
TOKEN_PATH = "/v1/oauth2/token"
INVOICES_PATH = "/v2/invoicing/invoices"
SLOW_PREFIX = "/slow"
ADMIN_PREFIX = "/__bench/"
_REASONS = {200: "OK", 400: "Bad Request", 401: "Unauthorized", 404: "Not Found"}


def _compact(value: Any) -> bytes:
    return json.dumps(value, separators=(",", ":")).encode()


class State:
    """Settings, pre-encoded bodies and counters, shared by every connection."""

    def __init__(self, invoices: int, token_lifetime: int, delay: float) -> None:
        self.invoices = invoices
        self.token_lifetime = token_lifetime
        self.delay = delay
        self.invoice_body = _compact(json.loads((SEEDS / "002_show_invoice.json").read_text()))
        self.summary = json.loads((SEEDS / "001_list_invoices.json").read_text())["items"][0]
        self.pages: dict[tuple[int, int, bool, int], bytes] = {}
        self.tokens: set[str] = set()
        self.issued = 0
        self.open_connections = 0  # a gauge: connections open now, never zeroed
        self.reset()

    def reset(self) -> None:
        self.connections = 0
        self.requests = 0
        self.token_requests = 0
        self.invoice_requests = 0
        self.list_requests = 0
        self.unauthorized = 0
        self.max_open_connections = self.open_connections

    def stats(self) -> dict[str, int]:
        return {
            "connections": self.connections,
            "requests": self.requests,
            "token_requests": self.token_requests,
            "invoice_requests": self.invoice_requests,
            "list_requests": self.list_requests,
            "unauthorized": self.unauthorized,
            "max_open_connections": self.max_open_connections,
            "open_connections": self.open_connections,
        }

    def token(self) -> bytes:
        self.issued += 1
        value = f"A21AAbench{self.issued:08d}"
        self.tokens.add(value)
        return _compact(
            {
                "scope": "https://uri.paypal.com/services/invoicing",
                "access_token": value,
                "token_type": "Bearer",
                "app_id": "APP-80W284485P519543T",
                "expires_in": self.token_lifetime,
                "nonce": f"2026-11-21T00:00:00Z{self.issued}",
            }
        )

    def page(self, page: int, size: int, total_required: bool) -> bytes:
        key = (page, size, total_required, self.invoices)
        body = self.pages.get(key)
        if body is None:
            start = (page - 1) * size
            stop = min(self.invoices, start + size)
            items = []
            for index in range(max(0, start), stop):
                item = json.loads(json.dumps(self.summary))
                item["id"] = f"INV2-BNCH-{index // 10000:04d}-{index % 10000:04d}"
                item["detail"]["invoice_number"] = str(1643943687 + index)
                items.append(item)
            base = f"https://api-m.sandbox.paypal.com{INVOICES_PATH}?page_size={size}"
            links = [{"href": f"{base}&page={page}", "rel": "self", "method": "GET"}]
            if stop < self.invoices:
                links.append({"href": f"{base}&page={page + 1}", "rel": "next", "method": "GET"})
            document: dict[str, Any] = {"items": items, "links": links}
            if total_required:
                document["total_items"] = self.invoices
                document["total_pages"] = -(-self.invoices // size)
            body = _compact(document)
            self.pages[key] = body
        return body


def _response(status: int, body: bytes, close: bool = False) -> bytes:
    head = (
        f"HTTP/1.1 {status} {_REASONS.get(status, 'Error')}\r\n"
        "Content-Type: application/json\r\n"
        f"Content-Length: {len(body)}\r\n"
        "Paypal-Debug-Id: bench0000000\r\n"
        f"Connection: {'close' if close else 'keep-alive'}\r\n\r\n"
    )
    return head.encode("latin-1") + body


def _error(status: int, name: str, message: str) -> bytes:
    return _compact({"name": name, "message": message, "debug_id": "bench0000000"})


class Connection(asyncio.Protocol):
    """One client connection: parse requests one at a time, answer each in one write."""

    def __init__(self, state: State) -> None:
        self.state = state
        self.buffer = b""
        self.busy = False
        self.counted = False
        self.transport: asyncio.Transport | None = None

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        assert isinstance(transport, asyncio.Transport)
        self.transport = transport

    def connection_lost(self, exc: Exception | None) -> None:
        if self.counted:
            self.state.open_connections -= 1
        self.transport = None

    def data_received(self, data: bytes) -> None:
        self.buffer += data
        self._next()

    def _next(self) -> None:
        while not self.busy and self.transport is not None:
            end = self.buffer.find(b"\r\n\r\n")
            if end < 0:
                return
            head = self.buffer[:end].decode("latin-1").split("\r\n")
            headers: dict[str, str] = {}
            for line in head[1:]:
                name, _, value = line.partition(":")
                headers[name.strip().lower()] = value.strip()
            length = int(headers.get("content-length", "0"))
            if len(self.buffer) < end + 4 + length:
                return
            self.buffer = self.buffer[end + 4 + length :]
            method, target, _version = head[0].split(" ", 2)
            self._handle(method, target, headers)

    def _handle(self, method: str, target: str, headers: dict[str, str]) -> None:
        state = self.state
        path, _, query = target.partition("?")
        if path.startswith(ADMIN_PREFIX):
            self._send(self._admin(method, path[len(ADMIN_PREFIX) :], query), 0.0)
            return
        if not self.counted:
            self.counted = True
            state.connections += 1
            state.open_connections += 1
            state.max_open_connections = max(state.max_open_connections, state.open_connections)
        state.requests += 1
        delay = 0.0
        if path.startswith(SLOW_PREFIX + "/"):
            path = path[len(SLOW_PREFIX) :]
            delay = state.delay
        self._send(self._api(method, path, query, headers), delay)

    def _admin(self, method: str, name: str, query: str) -> bytes:
        state = self.state
        if name == "reset" and method == "POST":
            state.reset()
        elif name == "config" and method == "POST":
            for key, value in parse_qsl(query):
                if key == "token_lifetime":
                    state.token_lifetime = int(value)
                elif key == "invoices":
                    state.invoices = int(value)
                elif key == "delay":
                    state.delay = float(value)
        elif name != "stats":
            return _response(404, _error(404, "NOT_FOUND", name))
        return _response(200, _compact(state.stats()))

    def _api(self, method: str, path: str, query: str, headers: dict[str, str]) -> bytes:
        state = self.state
        if path == TOKEN_PATH and method == "POST":
            state.token_requests += 1
            if not headers.get("authorization", "").startswith("Basic "):
                body = _compact({"error": "invalid_client", "error_description": "no Basic"})
                return _response(401, body)
            return _response(200, state.token())
        authorization = headers.get("authorization", "")
        if not authorization.startswith("Bearer ") or authorization[7:] not in state.tokens:
            state.unauthorized += 1
            body = _compact({"error": "invalid_token", "error_description": "Token signature"})
            return _response(401, body)
        if method == "GET" and path == INVOICES_PATH:
            state.list_requests += 1
            params = dict(parse_qsl(query))
            try:
                page = int(params.get("page", "1"))
                size = int(params.get("page_size", "20"))
            except ValueError:
                return _response(400, _error(400, "INVALID_REQUEST", "page"))
            total = params.get("total_required", "false").lower() == "true"
            return _response(200, state.page(page, size, total))
        if method == "GET" and path.startswith(INVOICES_PATH + "/") and path.count("/") == 4:
            state.invoice_requests += 1
            return _response(200, state.invoice_body)
        return _response(404, _error(404, "RESOURCE_NOT_FOUND", path))

    def _send(self, payload: bytes, delay: float) -> None:
        if delay <= 0:
            self._write(payload)
            return
        self.busy = True
        asyncio.get_running_loop().call_later(delay, self._write, payload)

    def _write(self, payload: bytes) -> None:
        self.busy = False
        if self.transport is not None:
            self.transport.write(payload)
            self._next()


async def serve(invoices: int, token_lifetime: int, delay: float) -> None:
    """Listen on a free loopback port, print it, serve until stdin reaches EOF."""
    state = State(invoices, token_lifetime, delay)
    loop = asyncio.get_running_loop()
    server = await loop.create_server(lambda: Connection(state), "127.0.0.1", 0, backlog=1024)
    port = server.sockets[0].getsockname()[1]
    print(f"PORT {port}", flush=True)
    await loop.run_in_executor(None, sys.stdin.read)
    server.close()


def main() -> None:
    """Command-line entry point (the subprocess of :class:`BenchServer`)."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--invoices", type=int, default=1000)
    parser.add_argument("--token-lifetime", type=int, default=32400)
    parser.add_argument("--delay", type=float, default=0.02)
    args = parser.parse_args()
    asyncio.run(serve(args.invoices, args.token_lifetime, args.delay))


class BenchServer:
    """The server in a subprocess; ``url`` is its base URL, ``slow_url`` the delayed one."""

    def __init__(
        self, *, invoices: int = 1000, token_lifetime: int = 32400, delay: float = 0.02
    ) -> None:
        self.args = [
            f"--invoices={invoices}",
            f"--token-lifetime={token_lifetime}",
            f"--delay={delay}",
        ]
        self.process: subprocess.Popen[str] | None = None
        self.url = ""

    @property
    def slow_url(self) -> str:
        return self.url + SLOW_PREFIX

    def start(self) -> BenchServer:
        self.process = subprocess.Popen(
            [sys.executable, str(Path(__file__).resolve()), *self.args],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        assert self.process.stdout is not None
        line = self.process.stdout.readline()
        if not line.startswith("PORT "):
            self.stop()
            raise RuntimeError(f"bench server did not start: {line!r}")
        self.url = f"http://127.0.0.1:{int(line.split()[1])}"
        return self

    def stop(self) -> None:
        process, self.process = self.process, None
        if process is None:
            return
        assert process.stdin is not None
        process.stdin.close()
        try:
            process.wait(timeout=5)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        if process.stdout is not None:
            process.stdout.close()

    def _admin(self, name: str, query: str = "", method: str = "GET") -> dict[str, int]:
        url = f"{self.url}{ADMIN_PREFIX}{name}" + (f"?{query}" if query else "")
        request = urllib.request.Request(url, method=method, data=b"" if method == "POST" else None)
        with urllib.request.urlopen(request, timeout=5) as answer:
            result: dict[str, int] = json.loads(answer.read())
        return result

    def stats(self) -> dict[str, int]:
        """The counters since the last reset."""
        return self._admin("stats")

    def reset(self) -> None:
        """Zero the counters, once the connections of earlier runs are closed (1 s at most):
        a close that lands after the reset would miscount the open connections."""
        deadline = time.monotonic() + 1.0
        while self.stats()["open_connections"] > 0 and time.monotonic() < deadline:
            time.sleep(0.005)
        self._admin("reset", method="POST")

    def configure(self, **settings: float) -> None:
        """Change ``token_lifetime``, ``invoices`` or ``delay``."""
        query = "&".join(f"{key}={value}" for key, value in settings.items())
        self._admin("config", query, method="POST")

    def __enter__(self) -> BenchServer:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()


if __name__ == "__main__":
    main()
