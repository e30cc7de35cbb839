"""The package logger, ``logging.getLogger("paypal_invoicing")``: never a credential or a body."""

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
    fields = {
        "http_method": request.method,
        "http_path": request.url.path,
        "http_status": None if response is None else response.status_code,
        "attempt": attempt,
        "debug_id": None if response is None else response.headers.get("paypal-debug-id"),
        "duration_ms": duration * 1000.0,
    }
    outcome = type(error).__name__ if response is None else response.status_code
    debug = "" if response is None else f", debug_id={fields['debug_id']}"
    text = "%(http_method)s %(http_path)s -> %(outcome)s (attempt %(attempt)d, %(duration_ms).1f ms"
    logger.debug(text + "%(debug)s)", {**fields, "outcome": outcome, "debug": debug}, extra=fields)


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
