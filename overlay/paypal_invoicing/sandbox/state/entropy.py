"""Where a sandbox draws its ids, debug ids, QR boundaries and timestamps from.

By default everything is random and the clock is the real one. With a ``seed`` (and a fixed
``clock``, e.g. :func:`ticking_clock`) the same calls give the same answers on every run, which
makes recorded traffic repeatable.
"""

from __future__ import annotations

import datetime as dt
import itertools
import random
import secrets
import string
import threading
import uuid
from collections.abc import Callable

ALNUM = string.ascii_uppercase + string.digits

Clock = Callable[[], dt.datetime]


def ticking_clock(start: dt.datetime, step: dt.timedelta = dt.timedelta(seconds=1)) -> Clock:
    """A clock that answers ``start``, then ``start + step``, ``start + 2 * step``..."""
    ticks = itertools.count()
    return lambda: start + step * next(ticks)


class Entropy:
    """One sandbox's source of ids, debug ids, multipart boundaries and the current time.

    ``seed`` (any ``str`` or ``int``) makes the ids, debug ids and boundaries a fixed sequence;
    ``None`` draws them from :mod:`secrets`/:func:`uuid.uuid4`. ``clock`` gives the current time
    (naive values are taken as UTC); ``None`` is the real UTC time.
    """

    def __init__(self, seed: str | int | None = None, clock: Clock | None = None) -> None:
        self.seed = seed
        self.clock = clock
        self._rng = random.Random(seed) if seed is not None else None
        self._lock = threading.Lock()

    @property
    def seeded(self) -> bool:
        """Whether ids are drawn from a seed."""
        return self._rng is not None

    def random_id(self, length: int) -> str:
        """``length`` uppercase letters and digits."""
        if self._rng is None:
            return "".join(secrets.choice(ALNUM) for _ in range(length))
        with self._lock:
            return "".join(self._rng.choice(ALNUM) for _ in range(length))

    def debug_id(self) -> str:
        """A debug id shaped like PayPal's (13 lowercase hex digits)."""
        if self._rng is None:
            return secrets.token_hex(7)[:13]
        with self._lock:
            return f"{self._rng.getrandbits(52):013x}"

    def boundary(self) -> str:
        """A multipart boundary (a UUID's text)."""
        if self._rng is None:
            return str(uuid.uuid4())
        with self._lock:
            return str(uuid.UUID(int=self._rng.getrandbits(128)))

    def now(self) -> dt.datetime:
        """The current UTC time, to the second."""
        if self.clock is None:
            when = dt.datetime.now(dt.UTC)
        else:
            when = self.clock()
            when = when.replace(tzinfo=dt.UTC) if when.tzinfo is None else when.astimezone(dt.UTC)
        return when.replace(microsecond=0)
