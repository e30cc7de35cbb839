"""When to retry a call and how long to wait: one pure decision, for the sync and async loops."""

from __future__ import annotations

import random
from dataclasses import dataclass, field

import httpx

from ._errors import APIConnectionError, ConfigurationError
from ._retry_after import parse_retry_after as parse_retry_after  # the rule, with the decision

REQUEST_ID_HEADER = "PayPal-Request-Id"
TOKEN_PATH = "/v1/oauth2/token"
RETRY_STATUSES: frozenset[int] = frozenset({408, 429, 500, 502, 503, 504})
IDEMPOTENT_METHODS: frozenset[str] = frozenset({"GET", "HEAD", "OPTIONS", "PUT", "DELETE"})
# POSTs that change nothing at PayPal (they mint a token or check a signature): repeating one is
# as safe as repeating a GET. PATCH is not idempotent in general (JSON Patch ``add`` appends).
ACTIONLESS_POSTS: frozenset[str] = frozenset(
    {TOKEN_PATH, "/v1/notifications/verify-webhook-signature"}
)
# Every v2 POST declares PayPal-Request-Id (the tests check each operation of the spec).
_REQUEST_ID_PREFIX = "/v2/"
# Transport failures worth another attempt; the others (an illegal header value, an unsupported
# scheme, a proxy refusal, too many redirects) would fail the same way again.
RETRYABLE_ERRORS: tuple[type[Exception], ...] = (
    httpx.TimeoutException,
    httpx.NetworkError,
    httpx.RemoteProtocolError,
    APIConnectionError,  # raised while getting the token: a wait timed out, the store failed
)
# Failures that prove the request never left: no connection, or none free in the pool.
NEVER_SENT_ERRORS: tuple[type[Exception], ...] = (
    httpx.ConnectError,
    httpx.ConnectTimeout,
    httpx.PoolTimeout,
)


def declares_request_id(method: str, path: str) -> bool:
    """Whether the operation at ``method path`` declares the ``PayPal-Request-Id`` header."""
    return method.upper() == "POST" and path.startswith(_REQUEST_ID_PREFIX)


def is_idempotent(method: str, path: str) -> bool:
    """Whether every attempt of ``method path`` may be repeated without acting twice."""
    method = method.upper()
    return (
        method in IDEMPOTENT_METHODS
        or declares_request_id(method, path)
        or (method == "POST" and path in ACTIONLESS_POSTS)
    )


@dataclass(frozen=True)
class RetryPolicy:
    """How many retries, and the wait before each: the jittered exponential :meth:`backoff`,
    or ``Retry-After`` (unless ``honor_retry_after=False``); above ``max_retry_after``: raise."""

    max_retries: int = 2
    initial_delay: float = 0.5
    max_delay: float = 8.0
    max_retry_after: float = 10.0
    jitter: float = 0.25
    honor_retry_after: bool = True
    retry_statuses: frozenset[int] = field(default=RETRY_STATUSES)

    def __post_init__(self) -> None:
        retries = self.max_retries
        if isinstance(retries, bool) or not isinstance(retries, int) or retries < 0:
            raise ConfigurationError(f"max_retries must be an integer >= 0, got {retries!r}")
        for name in ("initial_delay", "max_delay", "max_retry_after", "jitter"):
            value = getattr(self, name)
            if isinstance(value, bool) or not isinstance(value, int | float) or not value >= 0:
                raise ConfigurationError(f"{name} must be a number >= 0, got {value!r}")
            if value == float("inf"):
                raise ConfigurationError(f"{name} must be finite, got {value!r}")

    def backoff(self, retry_number: int, *, draw: float | None = None) -> float:
        """The jittered exponential delay before retry ``retry_number`` (1-based)."""
        base = min(self.max_delay, self.initial_delay * 2.0 ** max(0, retry_number - 1))
        draw = random.random() if draw is None else draw
        return max(0.0, base * (1.0 - self.jitter * draw))

    def worst_case(self, attempt_seconds: float) -> float:
        """An upper bound of one call's duration when each attempt takes ``attempt_seconds``."""
        waits = max(self.max_delay, self.max_retry_after) * self.max_retries
        return attempt_seconds * (self.max_retries + 1) + waits


def retry_delay(
    policy: RetryPolicy,
    *,
    attempt: int,
    method: str,
    path: str,
    status: int | None = None,
    retry_after: float | None = None,
    error: BaseException | None = None,
    token_failed: bool = False,
    draw: float | None = None,
) -> float | None:
    """Seconds to wait before retrying after failed attempt ``attempt`` (1-based), or None;
    ``token_failed``: it failed getting the token; ``draw`` in [0, 1) fixes the jitter."""
    if attempt > policy.max_retries:
        return None
    safe = token_failed or is_idempotent(method, path)
    if status is None:
        retried = isinstance(error, RETRYABLE_ERRORS)
        safe = safe or isinstance(error, NEVER_SENT_ERRORS)
    else:
        retried = (
            status in policy.retry_statuses and not (retry_after or 0) > policy.max_retry_after
        )
        if retried and safe and retry_after is not None and policy.honor_retry_after:
            return retry_after
    return policy.backoff(attempt, draw=draw) if retried and safe else None
