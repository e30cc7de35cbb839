"""Fault injection: make the next calls to a path fail, stall or lose their answer."""

from __future__ import annotations

import math
import threading
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


def _check(fault: Fault) -> None:
    """Raise ``ValueError`` naming the first parameter out of its domain."""
    if not isinstance(fault.path, str) or not fault.path.startswith("/"):
        raise ValueError("path must be a string starting with /")
    if fault.path == "/_sandbox" or fault.path.startswith("/_sandbox/"):
        raise ValueError("path: the admin routes cannot be faulted")
    if fault.status is not None and not (
        isinstance(fault.status, int) and not isinstance(fault.status, bool)
    ):
        raise ValueError("status must be an integer HTTP error status or null")
    if fault.status is not None and not known_status(fault.status):
        raise ValueError(f"status {fault.status} is not an error status PayPal sends")
    if (
        not isinstance(fault.count, int)
        or isinstance(fault.count, bool)
        or not 1 <= fault.count <= MAX_COUNT
    ):
        raise ValueError(f"count must be an integer from 1 to {MAX_COUNT}")
    if fault.retry_after is not None and (
        not isinstance(fault.retry_after, int)
        or isinstance(fault.retry_after, bool)
        or not 0 <= fault.retry_after <= 3600
    ):
        raise ValueError("retry_after must be an integer number of seconds from 0 to 3600")
    if not _number(fault.delay) or not math.isfinite(fault.delay):
        raise ValueError("delay must be a finite number of seconds")
    if not 0 <= fault.delay <= MAX_DELAY:
        raise ValueError(f"delay must be between 0 and {MAX_DELAY:g} seconds")
    if fault.method is not None and fault.method not in METHODS:
        raise ValueError(f"method must be one of {', '.join(METHODS)}")
    if not isinstance(fault.after_commit, bool) or not isinstance(fault.drop, bool):
        raise ValueError("after_commit and drop must be booleans")
    if fault.drop and fault.status is not None:
        raise ValueError("drop: a dropped connection has no status (give status null)")
    if fault.after_commit and fault.status is None and not fault.drop and not fault.delay:
        raise ValueError("after_commit needs a status, drop or a delay: otherwise nothing is lost")


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
