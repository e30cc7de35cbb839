"""Where OAuth2 tokens are kept: the :class:`TokenStore` protocol and the in-memory default.

The default :class:`MemoryTokenStore` belongs to one ``connect()``: its sync and async sides and
its copies share it, and another ``connect()`` gets a store of its own. A store passed as
``token_store=`` is shared by every client given it (and, for
:class:`~paypal_invoicing.RedisTokenStore`, by every process using the same Redis) with the same
credentials: the first to find it empty takes the store's lock, fetches one token and saves it;
the others wait on the lock and then find the token saved.

The protocol is synchronous on purpose: it is public, so a store written for it keeps working,
and a store that blocks (a network round trip) is called rarely, once per token fetched, so the
async side calls it in a worker thread. The in-memory store never blocks: the async side calls it
on the event loop, with no thread at all (see :mod:`paypal_invoicing._auth`).
"""

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

    ``get`` returns the saved token (fresh or not) or None; ``set`` saves one (a shared store
    keeps it no longer than ``expires_at``); ``lock`` is held while one caller fetches a token and
    raises :class:`TimeoutError` when it cannot be had within ``timeout`` seconds (``0``: try
    once). Async clients call these methods in a worker thread, except a
    :class:`MemoryTokenStore`'s (a subclass must not block either).
    """

    def get(self, key: str) -> StoredToken | None: ...

    def set(self, key: str, token: StoredToken) -> None: ...

    def lock(self, key: str, *, timeout: float | None) -> AbstractContextManager[None]: ...


class MemoryTokenStore:
    """The default store: a dictionary in this process, one ``threading.Lock`` per key.

    Nothing here blocks but ``lock`` with a ``timeout``: async clients take the lock with
    ``timeout=0`` on their event loop (one task of each loop at a time, see
    :mod:`paypal_invoicing._auth`) and try again after a short sleep while a thread holds it.
    """

    def __init__(self) -> None:
        self._tokens: dict[str, StoredToken] = {}
        self._locks: dict[str, threading.Lock] = {}
        self._guard = threading.Lock()

    def __repr__(self) -> str:
        return f"{type(self).__name__}(keys={len(self._tokens)})"

    def get(self, key: str) -> StoredToken | None:
        """The token saved under ``key``, or None."""
        return self._tokens.get(key)

    def set(self, key: str, token: StoredToken) -> None:
        """Save ``token`` under ``key``."""
        self._tokens[key] = token

    @contextmanager
    def lock(self, key: str, *, timeout: float | None) -> Iterator[None]:
        """Hold the lock of ``key``; :class:`TimeoutError` after ``timeout`` seconds."""
        with self._guard:
            lock = self._locks.setdefault(key, threading.Lock())
        if not lock.acquire(timeout=-1 if timeout is None else max(0.0, timeout)):
            raise TimeoutError(f"token lock not acquired within {timeout} s")
        try:
            yield
        finally:
            lock.release()
