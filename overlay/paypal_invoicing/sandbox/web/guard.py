"""The sandbox's front door: routing on the raw path, and refusing strangers.

A browser page can reach a loopback server; the checks here keep it out. A ``Host`` that names
neither an address the sandbox is bound to, nor a loopback name or address (on any port: a
proxy or a published container port may stand between), nor a name the server admits
(``--allowed-host``) is refused (DNS rebinding), and so is an ``Origin`` other than the
sandbox's own (cross-site requests). The path the routes see is the raw one, so an
encoded ``/`` (``%2F``) inside an id stays part of the id; the endpoints decode the parameters.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any
from urllib.parse import urlsplit

from starlette.types import ASGIApp, Receive, Scope, Send

from paypal_invoicing._net import LOOPBACK_NAMES, is_ip_address, is_loopback

from ..core import Sandbox
from ..state.errors import ApiError
from .wire import CONNECTIONS, error_reply, to_response


def hosts_for(bound: str, port: int) -> frozenset[str]:
    """The ``Host`` values accepted by a sandbox bound to ``bound``:``port``."""
    names = {bound}
    if is_loopback(bound):
        names |= {"localhost", "127.0.0.1", "::1"}
    out: set[str] = set()
    for name in names:
        shown = f"[{name.strip('[]')}]" if ":" in name else name
        out.add(f"{shown}:{port}".lower())
    return frozenset(out)


class Door:
    """What the guard admits: ``allowed_hosts`` of ``None`` (an app used in-process) accepts
    any ``Host``; a server binds it to its address. Any port of a loopback name or address is
    accepted, and so is any port of a name in ``names`` (the server's ``allowed_hosts``). A
    wildcard bind (``0.0.0.0``, ``::``) also accepts any IP address, never another name: DNS
    rebinding needs a name. ``connections`` maps a client address to its transport."""

    def __init__(self) -> None:
        self.allowed_hosts: frozenset[str] | None = None
        self.names: frozenset[str] = frozenset()
        self.any_address = False
        self.connections: dict[Any, Any] = {}

    def bind(self, host: str, port: int, names: Iterable[str] = ()) -> None:
        """Accept only the ``Host`` values that name ``host``:``port``, loopback or ``names``."""
        self.any_address = host in ("0.0.0.0", "::", "")
        self.allowed_hosts = hosts_for(host, port)
        self.names = frozenset(name.lower().rstrip(".") for name in names)

    def host_ok(self, host: str) -> bool:
        """Whether a request naming ``host`` is for this sandbox."""
        if self.allowed_hosts is None:
            return bool(host)
        if host.lower() in self.allowed_hosts:
            return True
        try:
            name = (urlsplit("//" + host).hostname or "").rstrip(".")
        except ValueError:  # a malformed port or address
            return False
        return (
            is_loopback(name)
            or name in self.names
            or (self.any_address and (is_ip_address(name) or name in LOOPBACK_NAMES))
        )


class Guard:
    """ASGI middleware: raw-path routing, ``Host`` and ``Origin`` checks (see :class:`Door`)."""

    def __init__(self, app: ASGIApp, sandbox: Sandbox, door: Door) -> None:
        self.app = app
        self.sandbox = sandbox
        self.door = door

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = _headers(scope["headers"])
        host = headers.get("host", "")
        origin = headers.get("origin")
        problem = None
        if not self.door.host_ok(host):
            problem = "The Host header does not name this sandbox."
        elif origin is not None and origin.lower() != f"{scope.get('scheme', 'http')}://{host}":
            problem = "Cross-origin requests are refused."
        if problem is not None:
            debug_id = self.sandbox.store.entropy.debug_id()
            response = to_response(error_reply(ApiError(403, message=problem), debug_id), debug_id)
            await response(scope, receive, send)
            return
        raw = scope.get("raw_path")
        if raw:
            scope = {**scope, "path": raw.split(b"?", 1)[0].decode("latin-1")}
        scope[CONNECTIONS] = self.door.connections
        await self.app(scope, receive, send)


def _headers(raw: Iterable[tuple[bytes, bytes]]) -> dict[str, str]:
    return {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in raw}
