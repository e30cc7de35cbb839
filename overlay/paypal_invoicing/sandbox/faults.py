"""Fault injection: make the next calls to a path answer an error, or answer late."""

from __future__ import annotations

import threading
from dataclasses import dataclass


@dataclass
class Fault:
    """One rule: the next ``count`` calls whose path starts with ``path`` (and whose method is
    ``method``, if given) answer ``status`` (429, 500, 503, ...) or, with ``status`` ``None``,
    are served normally after ``delay`` seconds."""

    path: str
    status: int | None = 503
    count: int = 1
    retry_after: int | None = None
    delay: float = 0.0
    method: str | None = None

    def to_dict(self) -> dict[str, object]:
        """The JSON form used by the admin endpoint."""
        return {
            "path": self.path,
            "status": self.status,
            "count": self.count,
            "retry_after": self.retry_after,
            "delay": self.delay,
            "method": self.method,
        }


class FaultInjector:
    """A thread-safe queue of :class:`Fault` rules, consumed by matching calls."""

    def __init__(self) -> None:
        self._faults: list[Fault] = []
        self._lock = threading.Lock()
        self.fired = 0

    def add(self, fault: Fault) -> Fault:
        """Queue a rule."""
        if fault.count < 1:
            raise ValueError("count must be at least 1")
        if fault.status is not None and not 400 <= fault.status <= 599:
            raise ValueError("status must be an HTTP error status")
        if fault.delay < 0:
            raise ValueError("delay must not be negative")
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
