"""HTTP plumbing shared by the v1 and v2 routes: parsed calls, replies and the endpoint wrapper.

The wrapper applies, in order: fault injection, the bearer-token check, ``PayPal-Request-Id``
replay (POST), then the operation under the store lock. Every answer carries a
``Paypal-Debug-Id`` header, and error bodies quote the same id.
"""

from __future__ import annotations

import asyncio
import json
import logging
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from starlette.requests import ClientDisconnect, Request
from starlette.responses import Response

from .errors import ApiError, OAuthError, detail
from .store import Reply

if TYPE_CHECKING:
    from .core import Sandbox

log = logging.getLogger("paypal_invoicing.sandbox")
DEBUG_HEADER = "Paypal-Debug-Id"
MAX_REPLIES = 10_000
_NO_BODY = object()


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


Operation = Callable[["Sandbox", Call], Reply]


def endpoint(
    sandbox: Sandbox, operation: Operation, *, authenticated: bool = True
) -> Callable[[Request], Awaitable[Response]]:
    """Wrap an operation into a Starlette endpoint."""

    async def handle(request: Request) -> Response:
        debug_id = sandbox.store.entropy.debug_id()
        path = request.url.path
        try:
            fault = sandbox.faults.take(request.method, path)
            if fault is not None:
                if fault.delay:
                    await asyncio.sleep(fault.delay)
                if fault.status is not None:
                    headers = {}
                    if fault.retry_after is not None:
                        headers["Retry-After"] = str(fault.retry_after)
                    raise ApiError(fault.status, headers=headers)
            if authenticated:
                sandbox.tokens.check(request.headers.get("authorization"))
            call = Call(
                method=request.method,
                path=path,
                params={k: str(v) for k, v in request.path_params.items()},
                query=dict(request.query_params),
                headers=request.headers,
                raw=await request.body(),
                base=str(request.base_url).rstrip("/"),
            )
            request_id = request.headers.get("paypal-request-id")
            key = (request.method, path, request_id or "")
            with sandbox.store.lock:
                if request.method == "POST" and request_id:
                    cached = sandbox.store.replies.get(key)
                    if cached is not None:
                        return to_response(cached, debug_id)
                try:
                    reply = operation(sandbox, call)
                except (ApiError, OAuthError) as exc:
                    reply = error_reply(exc, debug_id)
                if request.method == "POST" and request_id and reply.status < 500:
                    replies = sandbox.store.replies
                    replies[key] = reply
                    if len(replies) > MAX_REPLIES:  # forget the oldest, as PayPal does in time
                        del replies[next(iter(replies))]
            return to_response(reply, debug_id)
        except (ApiError, OAuthError) as exc:
            return to_response(error_reply(exc, debug_id), debug_id)
        except ClientDisconnect:  # the caller gave up (e.g. timed out during a delay fault)
            return Response(status_code=499, headers={DEBUG_HEADER: debug_id})
        except Exception:  # a bug: still answer in PayPal's shape
            log.exception("sandbox error on %s %s", request.method, path)
            return to_response(error_reply(ApiError(500), debug_id), debug_id)

    return handle
