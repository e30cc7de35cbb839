"""When to retry a call and how long to wait: one pure decision, used by the sync and async loops.

Retryable failures are the statuses of :attr:`RetryPolicy.retry_statuses` and transport errors.
GET, PUT, DELETE, the token request and POSTs that declare ``PayPal-Request-Id`` (every v2 POST;
each attempt carries the same id) are retried after any of them; another POST (v1) only when it
provably never reached PayPal. A ``Retry-After`` above :attr:`RetryPolicy.max_retry_after` is
not slept: the error is raised at once, carrying ``retry_after``.
"""

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
# The operations that declare PayPal-Request-Id: every POST of the v2 Invoicing API (checked
# against each operation of spec/openapi.json by the tests).
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
    """How many retries and how long to wait before each.

    The n-th retry waits ``min(max_delay, initial_delay * 2 ** (n - 1))``, shortened by up to
    ``jitter`` (a fraction) at random, or the answer's ``Retry-After``; one above
    ``max_retry_after`` raises at once. ``honor_retry_after=False`` waits the back-off instead of
    ``Retry-After`` (still raising above ``max_retry_after``): for tests that must not wait.
    """

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
    """Seconds to wait before retrying after failed attempt ``attempt`` (1-based), or None.

    The attempt ended with ``status`` (an HTTP answer) or ``error`` (a transport error);
    ``token_failed`` says that it failed while getting the token, before the request was sent.
    Pure apart from the jitter (``draw`` in [0, 1) fixes it).
    """
    if attempt > policy.max_retries:
        return None
    if status is not None:
        if status not in policy.retry_statuses:
            return None
        if retry_after is not None and retry_after > policy.max_retry_after:
            return None
        if not (token_failed or is_idempotent(method, path)):
            return None
        if retry_after is not None and policy.honor_retry_after:
            return retry_after
        return policy.backoff(attempt, draw=draw)
    if error is None or not isinstance(error, RETRYABLE_ERRORS):
        return None
    if not (token_failed or isinstance(error, NEVER_SENT_ERRORS) or is_idempotent(method, path)):
        return None
    return policy.backoff(attempt, draw=draw)
