"""The package logger, ``logging.getLogger("paypal_invoicing")``.

It records method, path, status, attempt, debug_id and duration of every attempt. It never
records credentials, tokens, the Authorization header, query strings or bodies.
"""

from __future__ import annotations

import logging

import httpx

logger = logging.getLogger("paypal_invoicing")
logger.addHandler(logging.NullHandler())


def log_attempt(
    request: httpx.Request,
    *,
    attempt: int,
    duration: float,
    response: httpx.Response | None = None,
    error: BaseException | None = None,
) -> None:
    """Log one attempt at DEBUG: its answer's status (or its error's type) and fields."""
    if not logger.isEnabledFor(logging.DEBUG):
        return
    method, path, ms = request.method, request.url.path, duration * 1000.0
    status = None if response is None else response.status_code
    debug_id = None if response is None else response.headers.get("paypal-debug-id")
    logger.debug(
        "%s %s -> %s (attempt %d, %.1f ms%s)",
        method,
        path,
        type(error).__name__ if status is None else status,
        attempt,
        ms,
        "" if response is None else f", debug_id={debug_id}",
        extra={
            "http_method": method,
            "http_path": path,
            "http_status": status,
            "attempt": attempt,
            "debug_id": debug_id,
            "duration_ms": ms,
        },
    )


def log_retry(request: httpx.Request, *, attempt: int, delay: float, reason: str) -> None:
    """Log that attempt ``attempt + 1`` follows after ``delay`` seconds."""
    logger.info(
        "%s %s: retrying (%s) in %.2f s, attempt %d next",
        request.method,
        request.url.path,
        reason,
        delay,
        attempt + 1,
    )
