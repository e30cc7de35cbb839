"""The ASGI application: the URL table (:mod:`.urls`) behind the guard (:mod:`.guard`)."""

from __future__ import annotations

from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.middleware import Middleware
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from ..core import Sandbox
from ..state.errors import ApiError
from .guard import Door, Guard
from .urls import URLS
from .wire import endpoint, error_reply, to_response


def create_app(sandbox: Sandbox | None = None) -> Starlette:
    """The ASGI app serving ``sandbox`` (a fresh one when omitted); ``app.state.sandbox``.

    ``app.state.door`` (a :class:`~.guard.Door`) decides which ``Host`` values are admitted:
    any, until a server binds it to its address.
    """
    box = sandbox or Sandbox()
    routes = [
        Route(
            path,
            endpoint(box, op, authenticated=access != "public", admin=access == "admin"),
            methods=[method],
        )
        for method, path, op, access in URLS
    ]

    async def not_found(request: Request, exc: Exception) -> Response:
        status = exc.status_code if isinstance(exc, HTTPException) else 500
        debug_id = box.store.entropy.debug_id()
        return to_response(
            error_reply(ApiError(status if status in (404, 405) else 500), debug_id), debug_id
        )

    door = Door()
    app = Starlette(
        routes=routes,
        exception_handlers={404: not_found, 405: not_found},
        middleware=[Middleware(Guard, sandbox=box, door=door)],
    )
    app.state.sandbox = box
    app.state.door = door
    return app


__all__ = ["create_app"]
