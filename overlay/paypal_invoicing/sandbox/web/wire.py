"""HTTP plumbing shared by the v1 and v2 routes: parsed calls, replies and the endpoint wrapper.

The wrapper applies, in order: fault injection, the bearer-token check, ``PayPal-Request-Id``
replay (v2 POSTs), the operation under the store lock, then any fault that strikes after the
commit. Every answer carries a
``Paypal-Debug-Id`` header, and error bodies quote the same id.
"""

from __future__ import annotations

import asyncio
import json
import logging
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass
from typing import Any
from urllib.parse import unquote

from starlette.requests import ClientDisconnect, Request
from starlette.responses import Response

from ..core import Sandbox
from ..state.errors import ApiError, OAuthError, detail
from ..state.faults import Fault
from ..state.records import Reply

log = logging.getLogger("paypal_invoicing.sandbox")
DEBUG_HEADER = "Paypal-Debug-Id"
MAX_REPLIES = 10_000
_NO_BODY = object()
CONNECTIONS = "paypal_sandbox.connections"  # scope key: client address -> transport


@dataclass
class Call:
    """One API call, as an operation sees it."""

    method: str
    path: str
    params: Mapping[str, str]
    query: Mapping[str, str]
    headers: Mapping[str, str]
    raw: bytes
    base: str

    def json(self, *, required: bool = True) -> Any:
        """The JSON body (``None`` when empty and not required), or PayPal's 400."""
        if not self.raw.strip():
            if required:
                raise ApiError(400, [detail("MISSING_REQUEST_BODY", "A request body is required.")])
            return None
        try:
            return json.loads(self.raw)
        except (ValueError, RecursionError):
            raise ApiError(
                400, [detail("MALFORMED_REQUEST_JSON", "The request JSON is not well formed.")]
            ) from None

    @property
    def representation(self) -> bool:
        """Whether the caller asked ``Prefer: return=representation``."""
        prefer = self.headers.get("prefer", "")
        return "return=representation" in prefer.replace(" ", "").lower()


def json_reply(status: int, body: Any, headers: dict[str, str] | None = None) -> Reply:
    """A JSON answer."""
    return Reply(status, json.dumps(body).encode(), "application/json", headers or {})


def empty(status: int) -> Reply:
    """An answer without a body (202, 204)."""
    return Reply(status)


def error_reply(exc: ApiError | OAuthError, debug_id: str) -> Reply:
    """An error answer in PayPal's shape."""
    if isinstance(exc, OAuthError):
        return json_reply(exc.status, exc.body())
    return json_reply(exc.status, exc.body(debug_id), dict(exc.headers))


def to_response(reply: Reply, debug_id: str) -> Response:
    """Starlette response for a reply."""
    headers = {**reply.headers, DEBUG_HEADER: debug_id}
    if reply.status in (202, 204) and not reply.body:
        return Response(status_code=reply.status, headers=headers)
    return Response(reply.body, reply.status, headers=headers, media_type=reply.content_type)


Operation = Callable[[Sandbox, Call], Reply]


class _Dropped(Response):
    """Not an answer: the connection is closed without one (a fault)."""

    def __init__(self) -> None:
        super().__init__(status_code=499)

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        transport = scope.get(CONNECTIONS, {}).get(scope.get("client"))
        if transport is None:  # served in-process: no socket to close
            raise ConnectionAbortedError("the sandbox dropped the connection (a fault)")
        transport.abort()
        await asyncio.sleep(0)  # let the server see the connection lost before we return


def _fault_answer(fault: Fault) -> Response | None:
    """What a fault turns the answer into: a drop, an error, or nothing (served normally)."""
    if fault.drop:
        return _Dropped()
    if fault.status is not None:
        headers = {}
        if fault.retry_after is not None:
            headers["Retry-After"] = str(fault.retry_after)
        raise ApiError(fault.status, headers=headers)
    return None


def _admin_gate(sandbox: Sandbox, request: Request) -> None:
    """Admin routes: credentials when the sandbox has them, and JSON-only POSTs."""
    sandbox.tokens.check_admin(request.headers.get("authorization"))
    if request.method == "POST":
        media = request.headers.get("content-type", "").split(";", 1)[0].strip().lower()
        if media != "application/json":
            raise ApiError(
                415,
                [
                    detail(
                        "UNSUPPORTED_MEDIA_TYPE",
                        "Admin requests must be sent as application/json.",
                        field="Content-Type",
                        location="header",
                    )
                ],
            )


def _process(sandbox: Sandbox, operation: Operation, call: Call, debug_id: str) -> Reply:
    """Run the operation under the store lock, replaying v2 POSTs by ``PayPal-Request-Id``."""
    request_id = call.headers.get("paypal-request-id")
    replay = call.method == "POST" and bool(request_id) and not call.path.startswith("/v1/")
    key = (call.method, call.path, request_id or "")
    with sandbox.store.lock:
        if replay:
            cached = sandbox.store.replies.get(key)
            if cached is not None:
                return cached
        try:
            reply = operation(sandbox, call)
        except (ApiError, OAuthError) as exc:
            reply = error_reply(exc, debug_id)
        if replay and reply.status < 500:
            replies = sandbox.store.replies
            replies[key] = reply
            if len(replies) > MAX_REPLIES:  # forget the oldest, as PayPal does in time
                del replies[next(iter(replies))]
    return reply


def endpoint(
    sandbox: Sandbox, operation: Operation, *, authenticated: bool = True, admin: bool = False
) -> Callable[[Request], Awaitable[Response]]:
    """Wrap an operation into a Starlette endpoint.

    API routes take faults (before or after the operation commits), check the bearer token
    and replay v2 POSTs by ``PayPal-Request-Id`` (v1 POSTs are not replayed: PayPal does not
    document it). Admin routes take no faults and pass :func:`_admin_gate`.
    """

    async def handle(request: Request) -> Response:
        debug_id = sandbox.store.entropy.debug_id()
        path = request.url.path  # raw: an encoded "/" inside an id stays encoded
        try:
            fault = None if admin else sandbox.faults.take(request.method, path)
            if fault is not None and not fault.after_commit:
                if fault.delay:
                    await asyncio.sleep(fault.delay)
                dropped = _fault_answer(fault)
                if dropped is not None:
                    return dropped
            if admin:
                _admin_gate(sandbox, request)
            elif authenticated:
                sandbox.tokens.check(request.headers.get("authorization"))
            call = Call(
                method=request.method,
                path=path,
                params={k: unquote(str(v)) for k, v in request.path_params.items()},
                query=dict(request.query_params),
                headers=request.headers,
                raw=await request.body(),
                base=str(request.base_url).rstrip("/"),
            )
            reply = _process(sandbox, operation, call, debug_id)
            if fault is not None:  # after_commit: the effect stays, the answer is lost
                if fault.delay:
                    await asyncio.sleep(fault.delay)
                dropped = _fault_answer(fault)
                if dropped is not None:
                    return dropped
            return to_response(reply, debug_id)
        except (ApiError, OAuthError) as exc:
            return to_response(error_reply(exc, debug_id), debug_id)
        except ClientDisconnect:  # the caller gave up (e.g. timed out during a delay fault)
            return Response(status_code=499, headers={DEBUG_HEADER: debug_id})
        except Exception:  # a bug: still answer in PayPal's shape
            log.exception("sandbox error on %s %s", request.method, path)
            return to_response(error_reply(ApiError(500), debug_id), debug_id)

    return handle
