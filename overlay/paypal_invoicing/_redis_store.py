"""A :class:`~paypal_invoicing.TokenStore` in Redis (the ``redis`` extra), shared by a fleet."""

from __future__ import annotations

import json
import math
import time
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from typing import TYPE_CHECKING, Any

from ._errors import ConfigurationError
from ._token_store import StoredToken

if TYPE_CHECKING:
    import redis

__all__ = ["RedisTokenStore"]


class RedisTokenStore:
    """Tokens in Redis: ``RedisTokenStore(redis.Redis.from_url("redis://host:6379/0"))``.

    ``url=`` builds the client instead. Keys start with ``prefix``; ``lock_timeout`` bounds how
    long a crashed fetcher can hold the lock.
    """

    def __init__(
        self,
        client: redis.Redis | None = None,
        *,
        url: str | None = None,
        prefix: str = "paypal-invoicing:",
        lock_timeout: float = 60.0,
    ) -> None:
        try:
            import redis as redis_module
        except ImportError:
            raise ConfigurationError(
                "RedisTokenStore needs redis-py: pip install 'paypal-invoicing[redis]'"
            ) from None
        if (client is None) == (url is None):
            raise ConfigurationError("RedisTokenStore needs exactly one of client= and url=")
        if url is not None:
            client = redis_module.Redis.from_url(url)
        self._redis: Any = client
        self._lock_error: type[Exception] = redis_module.exceptions.LockError
        self.prefix = prefix
        self.lock_timeout = lock_timeout

    def __repr__(self) -> str:
        return f"{type(self).__name__}(prefix={self.prefix!r})"

    def __getstate__(self) -> Any:
        raise TypeError(f"{type(self).__name__} holds a Redis connection and cannot be pickled")

    def get(self, key: str) -> StoredToken | None:
        try:
            data = json.loads(self._redis.get(self.prefix + key))
            return StoredToken(str(data["access_token"]), float(data["expires_at"]))
        except (ValueError, KeyError, TypeError):  # json.loads(None) is a TypeError
            return None

    def set(self, key: str, token: StoredToken) -> None:
        ttl_ms = max(1, math.ceil((token.expires_at - time.time()) * 1000))
        payload = json.dumps({"access_token": token.access_token, "expires_at": token.expires_at})
        self._redis.set(self.prefix + key, payload, px=ttl_ms)

    @contextmanager
    def lock(self, key: str, *, timeout: float | None) -> Iterator[None]:
        lock = self._redis.lock(
            self.prefix + key + ":lock",
            timeout=self.lock_timeout,
            sleep=0.02,
            blocking_timeout=timeout,
            thread_local=False,
        )
        if not lock.acquire():
            raise TimeoutError(f"token lock not acquired within {timeout} s")
        try:
            yield
        finally:
            # Expired meanwhile (another holder may have it now): nothing to release.
            with suppress(self._lock_error):
                lock.release()
