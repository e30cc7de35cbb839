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
    """Log one attempt at DEBUG."""
    if not logger.isEnabledFor(logging.DEBUG):
        return
    method = request.method
    path = request.url.path
    ms = duration * 1000.0
    if response is not None:
        debug_id = response.headers.get("paypal-debug-id")
        logger.debug(
            "%s %s -> %d (attempt %d, %.1f ms, debug_id=%s)",
            method,
            path,
            response.status_code,
            attempt,
            ms,
            debug_id,
            extra={
                "http_method": method,
                "http_path": path,
                "http_status": response.status_code,
                "attempt": attempt,
                "debug_id": debug_id,
                "duration_ms": ms,
            },
        )
    else:
        logger.debug(
            "%s %s -> %s (attempt %d, %.1f ms)",
            method,
            path,
            type(error).__name__,
            attempt,
            ms,
            extra={
                "http_method": method,
                "http_path": path,
                "http_status": None,
                "attempt": attempt,
                "debug_id": None,
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
