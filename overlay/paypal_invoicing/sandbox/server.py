""":class:`SandboxServer`: the sandbox served by uvicorn on a loopback port, in a thread."""

from __future__ import annotations

import asyncio
import logging
import socket
import sys
import threading
import time
from collections.abc import Callable
from types import TracebackType
from typing import Any, TextIO

import uvicorn
from uvicorn.protocols.http.h11_impl import H11Protocol

from paypal_invoicing._net import is_host, is_loopback

from .core import Sandbox
from .state.entropy import Clock
from .web.app import create_app
from .web.guard import Door

_START_TIMEOUT = 10.0
log = logging.getLogger("paypal_invoicing.sandbox.server")
OPEN_WARNING = (
    "warning: the sandbox listens on {host}, not a loopback address: anyone who can reach it "
    "can use it{what}."
)


def _protocol(door: Door) -> type[H11Protocol]:
    """uvicorn's HTTP/1.1 protocol, recording each connection's transport (for drop faults)."""

    class Protocol(H11Protocol):
        def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
            super().connection_made(transport)
            if self.client is not None:
                door.connections[self.client] = transport

        def connection_lost(self, exc: Exception | None) -> None:
            door.connections.pop(self.client, None)
            super().connection_lost(exc)

    return Protocol


class SandboxServer:
    """Serve a :class:`Sandbox` over HTTP in a background thread.

    The socket is bound before the thread starts (port 0 picks a free port), so :attr:`url` is
    known at once. Use as a context manager, or call :meth:`start` and :meth:`stop`.
    ``allowed_hosts`` are more names the sandbox answers to (a container or compose service
    name, on any port); the first is the host of the links and certificate URLs it sends.
    Without ``sandbox``, one is made from ``seed``, ``clock`` and ``sandbox_options``
    (``client_id``, ``client_secret``...; see :class:`Sandbox`).
    """

    def __init__(
        self,
        sandbox: Sandbox | None = None,
        *,
        host: str = "127.0.0.1",
        port: int = 0,
        seed: str | int | None = None,
        clock: Clock | None = None,
        allowed_hosts: tuple[str, ...] = (),
        **sandbox_options: Any,
    ) -> None:
        if sandbox is not None and (seed is not None or clock is not None or sandbox_options):
            raise TypeError("give either a sandbox or the options to make one, not both")
        self.sandbox = sandbox or Sandbox(seed=seed, clock=clock, **sandbox_options)
        if isinstance(port, bool) or not isinstance(port, int) or not 0 <= port <= 65535:
            raise ValueError(f"port must be an integer from 0 to 65535, got {port!r}")
        for name in allowed_hosts:
            if not isinstance(name, str) or not is_host(name):
                raise ValueError(f"allowed host {name!r} is not a host name or address")
        self.allowed_hosts = tuple(allowed_hosts)
        self.app = create_app(self.sandbox)
        self.door: Door = self.app.state.door
        self.host = host
        self._port = port
        self._socket: socket.socket | None = None
        self._server: uvicorn.Server | None = None
        self._thread: threading.Thread | None = None

    @property
    def port(self) -> int:
        """The bound port."""
        if self._socket is None:
            raise RuntimeError("the sandbox server is not started")
        return int(self._socket.getsockname()[1])

    @property
    def url(self) -> str:
        """The base URL, e.g. ``http://127.0.0.1:54321`` (no trailing slash); a wildcard bind
        (``0.0.0.0``, ``::``) gives the loopback address, which reaches it too."""
        host = {"0.0.0.0": "127.0.0.1", "": "127.0.0.1", "::": "::1"}.get(self.host, self.host)
        return f"http://{f'[{host}]' if ':' in host else host}:{self.port}"

    @property
    def public_url(self) -> str:
        """The URL its links and certificate URLs name: the first allowed host's, or :attr:`url`."""
        return f"http://{self.allowed_hosts[0]}:{self.port}" if self.allowed_hosts else self.url

    @property
    def loopback(self) -> bool:
        """Whether only this machine can reach the server."""
        return is_loopback(self.host)

    def start(self) -> SandboxServer:
        """Bind, start serving and wait until uvicorn is ready.

        A non-loopback ``host`` logs a warning: anyone who reaches it can use the sandbox.
        """
        if self._thread is not None:
            return self
        family = socket.AF_INET6 if ":" in self.host else socket.AF_INET
        # proto must be IPPROTO_TCP: asyncio only sets TCP_NODELAY on accepted sockets whose
        # proto says TCP, and without it each answer stalls ~40 ms (Nagle + delayed ACK).
        sock = socket.socket(family, socket.SOCK_STREAM, socket.IPPROTO_TCP)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        sock.bind((self.host, self._port))
        sock.listen(128)
        sock.setblocking(False)
        self._socket = sock
        self.door.bind(self.host, self.port, self.allowed_hosts)
        with self.sandbox.store.lock:  # webhooks link back here and go beyond loopback only
            self.sandbox.store.base_url = self.public_url  # when the sandbox itself does
            self.sandbox.store.deliver_anywhere = not self.loopback
        if not self.loopback:
            log.warning(OPEN_WARNING.format(host=self.host, what=""))
        config = uvicorn.Config(
            self.app,
            log_level="warning",
            access_log=False,
            lifespan="off",
            http=_protocol(self.door),
            ws="none",
        )
        self._server = uvicorn.Server(config)
        server = self._server

        def run() -> None:
            asyncio.run(server.serve(sockets=[sock]))

        self._thread = threading.Thread(target=run, name="paypal-sandbox", daemon=True)
        self._thread.start()
        deadline = time.monotonic() + _START_TIMEOUT
        while not server.started:
            if not self._thread.is_alive() or time.monotonic() > deadline:
                self.stop()
                raise RuntimeError("the sandbox server did not start")
            time.sleep(0.002)
        return self

    def stop(self) -> None:
        """Stop serving and close the socket."""
        if self._server is not None:
            self._server.should_exit = True
        if self._thread is not None:
            self._thread.join(timeout=5)
        self.sandbox.dispatcher.clear()
        if self._socket is not None:
            self._socket.close()
        self._server = None
        self._thread = None
        self._socket = None

    def serve_forever(self) -> None:
        """Serve in the calling thread until interrupted (Ctrl-C)."""
        self.start()
        try:
            while self._thread is not None and self._thread.is_alive():
                self._thread.join(0.5)
        finally:
            self.stop()

    def __enter__(self) -> SandboxServer:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()


def _plain_lines(url: str, who: str) -> list[str]:
    return [
        f"PayPal Invoicing sandbox on {url} (accepts {who}).",
        f"  token:  POST {url}/v1/oauth2/token",
        f"  admin:  {url}/_sandbox/faults, /_sandbox/stats, /_sandbox/reset, "
        "/_sandbox/tokens/expire",
        "Press Ctrl-C to stop.",
    ]


def serve(
    *,
    host: str = "127.0.0.1",
    port: int = 8080,
    client_id: str | None = None,
    client_secret: str | None = None,
    token_lifetime: int = 32400,
    seed: str | None = None,
    allowed_hosts: tuple[str, ...] = (),
    out: TextIO | None = None,
    err: TextIO | None = None,
    describe: Callable[[str], list[str]] | None = None,
) -> int:
    """Serve a sandbox until Ctrl-C, as ``paypal-invoicing sandbox`` does; the exit status.

    Prints the URL and, with credentials, the admin token that the ``/_sandbox/`` routes
    accept; a non-loopback ``host`` gets a warning. Bad arguments give a one-line error.
    ``describe(url)`` gives the start-up lines instead of the plain ones (the CLI's banner says
    how to connect a client); the admin token line is added before the last of them.
    """
    out = out or sys.stdout
    err = err or sys.stderr
    prog = "paypal-invoicing sandbox"
    if (client_id is None) != (client_secret is None):
        print(f"{prog}: give both --client-id and --client-secret, or neither", file=err)
        return 2
    try:
        server = SandboxServer(
            host=host,
            port=port,
            client_id=client_id,
            client_secret=client_secret,
            token_lifetime=token_lifetime,
            seed=seed,
            allowed_hosts=allowed_hosts,
        )
    except ValueError as exc:
        print(f"{prog}: {exc}", file=err)
        return 2
    try:
        if server.loopback:
            server.start()
        else:
            _start_quietly(server)
    except (OSError, OverflowError) as exc:
        print(f"{prog}: cannot listen on {host}:{port}: {exc}", file=err)
        return 1
    who = "any client id and secret" if client_id is None else f"client id {client_id}"
    lines = describe(server.url) if describe else _plain_lines(server.url, who)
    for name in allowed_hosts:
        there = f"http://{name}:{server.port}"
        lines.insert(
            -1, f"  from other hosts or containers: PAYPAL_BASE_URL={there} PAYPAL_ALLOW_HTTP=1"
        )
    if client_id is not None:
        admin = f"  admin token (Authorization: Bearer ...): {server.sandbox.admin_token}"
        lines.insert(len(lines) - 1, admin)
    if not server.loopback:
        what = "" if client_id is not None else ", with any credentials"
        print(OPEN_WARNING.format(host=host, what=what), file=err, flush=True)
    for line in lines:
        print(line, file=out, flush=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.stop()
    print("Sandbox stopped.", file=out, flush=True)
    return 0


def _start_quietly(server: SandboxServer) -> None:
    """Start without the logged warning: :func:`serve` prints its own."""
    previous = log.disabled
    log.disabled = True
    try:
        server.start()
    finally:
        log.disabled = previous
