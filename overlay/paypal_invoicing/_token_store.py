"""Where OAuth2 tokens are kept: the :class:`TokenStore` protocol and the in-memory default."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager
from dataclasses import dataclass
from typing import Protocol, runtime_checkable

__all__ = ["MemoryTokenStore", "StoredToken", "TokenStore"]


@dataclass(frozen=True, repr=False)
class StoredToken:
    """An access token and the wall-clock time (``time.time()``) it stops being used."""

    access_token: str
    expires_at: float

    def __repr__(self) -> str:
        return f"StoredToken(access_token='***', expires_at={self.expires_at!r})"

    def fresh(self, now: float | None = None) -> bool:
        """Whether the token may still be used."""
        return (time.time() if now is None else now) < self.expires_at


@runtime_checkable
class TokenStore(Protocol):
    """Keeps tokens by key, with a lock that excludes every other holder of the same key.

    ``get`` returns the saved token (fresh or not) or None; ``set`` saves one; ``lock`` is held
    while one caller fetches and raises :class:`TimeoutError` after ``timeout`` seconds (``0``:
    try once). A :class:`MemoryTokenStore` subclass must not block: it is called on the loop.
    """

    def get(self, key: str) -> StoredToken | None: ...

    def set(self, key: str, token: StoredToken) -> None: ...

    def lock(self, key: str, *, timeout: float | None) -> AbstractContextManager[None]: ...


class MemoryTokenStore:
    """The default store: a dictionary in this process, one ``threading.Lock`` per key (async
    clients try it with ``timeout=0`` and sleep between tries: it never blocks a loop)."""

    def __init__(self) -> None:
        self._tokens: dict[str, StoredToken] = {}
        self._locks: dict[str, threading.Lock] = {}
        self._guard = threading.Lock()

    def __repr__(self) -> str:
        return f"{type(self).__name__}(keys={len(self._tokens)})"

    def get(self, key: str) -> StoredToken | None:
        return self._tokens.get(key)

    def set(self, key: str, token: StoredToken) -> None:
        self._tokens[key] = token

    @contextmanager
    def lock(self, key: str, *, timeout: float | None) -> Iterator[None]:
        with self._guard:
            lock = self._locks.setdefault(key, threading.Lock())
        if not lock.acquire(timeout=-1 if timeout is None else max(0.0, timeout)):
            raise TimeoutError(f"token lock not acquired within {timeout} s")
        try:
            yield
        finally:
            lock.release()
