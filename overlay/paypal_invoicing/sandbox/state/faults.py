"""Fault injection: make the next calls to a path fail, stall or lose their answer."""

from __future__ import annotations

import math
import threading
from collections.abc import Callable
from dataclasses import dataclass

from .errors import known_status

MAX_DELAY = 60.0
MAX_COUNT = 10_000
METHODS = ("GET", "POST", "PUT", "PATCH", "DELETE")


@dataclass
class Fault:
    """One rule for the next ``count`` calls whose path starts with ``path`` (and whose method
    is ``method``, if given).

    Without ``after_commit`` the call waits ``delay`` seconds and then answers ``status`` in
    PayPal's error shape (429, 500, 503...), has its connection dropped (``drop``), or, with
    ``status`` ``None``, is served late. With ``after_commit`` the call is processed first (its
    effect is committed, and remembered for a ``PayPal-Request-Id`` replay), then the answer is
    lost: replaced by ``status``, dropped with the connection, or sent after ``delay`` seconds
    (past the client's timeout).
    """

    path: str
    status: int | None = 503
    count: int = 1
    retry_after: int | None = None
    delay: float = 0.0
    method: str | None = None
    after_commit: bool = False
    drop: bool = False

    def __post_init__(self) -> None:
        _check(self)

    def to_dict(self) -> dict[str, object]:
        """The JSON form used by the admin endpoint."""
        return {
            "path": self.path,
            "status": self.status,
            "count": self.count,
            "retry_after": self.retry_after,
            "delay": self.delay,
            "method": self.method,
            "after_commit": self.after_commit,
            "drop": self.drop,
        }


def _number(value: object) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def _integer(value: object, low: int | None = None, high: int | None = None) -> bool:
    """Whether ``value`` is an int (not a bool), within ``low``..``high`` when given."""
    if not isinstance(value, int) or isinstance(value, bool):
        return False
    return (low is None or value >= low) and (high is None or value <= high)


# The rules a fault must keep, in the order they are checked: (broken?, message). The message
# is formatted with the fault as ``f``.
_RULES: tuple[tuple[Callable[[Fault], bool], str], ...] = (
    (
        lambda f: not isinstance(f.path, str) or not f.path.startswith("/"),
        "path must be a string starting with /",
    ),
    (
        lambda f: f.path == "/_sandbox" or f.path.startswith("/_sandbox/"),
        "path: the admin routes cannot be faulted",
    ),
    (
        lambda f: f.status is not None and not _integer(f.status),
        "status must be an integer HTTP error status or null",
    ),
    (
        lambda f: f.status is not None and not known_status(f.status),
        "status {f.status} is not an error status PayPal sends",
    ),
    (
        lambda f: not _integer(f.count, 1, MAX_COUNT),
        f"count must be an integer from 1 to {MAX_COUNT}",
    ),
    (
        lambda f: f.retry_after is not None and not _integer(f.retry_after, 0, 3600),
        "retry_after must be an integer number of seconds from 0 to 3600",
    ),
    (
        lambda f: not _number(f.delay) or not math.isfinite(f.delay),
        "delay must be a finite number of seconds",
    ),
    (
        lambda f: not 0 <= f.delay <= MAX_DELAY,
        f"delay must be between 0 and {MAX_DELAY:g} seconds",
    ),
    (
        lambda f: f.method is not None and f.method not in METHODS,
        f"method must be one of {', '.join(METHODS)}",
    ),
    (
        lambda f: not isinstance(f.after_commit, bool) or not isinstance(f.drop, bool),
        "after_commit and drop must be booleans",
    ),
    (
        lambda f: f.drop and f.status is not None,
        "drop: a dropped connection has no status (give status null)",
    ),
    (
        lambda f: f.after_commit and f.status is None and not f.drop and not f.delay,
        "after_commit needs a status, drop or a delay: otherwise nothing is lost",
    ),
)


def _check(fault: Fault) -> None:
    """Raise ``ValueError`` naming the first parameter out of its domain."""
    for broken, message in _RULES:
        if broken(fault):
            raise ValueError(message.format(f=fault))


class FaultInjector:
    """A thread-safe queue of :class:`Fault` rules, consumed by matching calls."""

    def __init__(self) -> None:
        self._faults: list[Fault] = []
        self._lock = threading.Lock()
        self.fired = 0

    def add(self, fault: Fault) -> Fault:
        """Queue a rule (checked again: its fields may have changed since it was made)."""
        _check(fault)
        with self._lock:
            self._faults.append(fault)
        return fault

    def take(self, method: str, path: str) -> Fault | None:
        """The first rule matching this call, consuming one of its uses."""
        with self._lock:
            for fault in self._faults:
                if path.startswith(fault.path) and fault.method in (None, method.upper()):
                    fault.count -= 1
                    if fault.count <= 0:
                        self._faults.remove(fault)
                    self.fired += 1
                    return fault
        return None

    def pending(self) -> list[Fault]:
        """The rules still queued."""
        with self._lock:
            return list(self._faults)

    def clear(self) -> None:
        """Drop every rule."""
        with self._lock:
            self._faults.clear()

    def reset(self) -> None:
        """Drop every rule and zero the counter."""
        with self._lock:
            self._faults.clear()
            self.fired = 0
