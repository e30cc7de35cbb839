"""Child processes that a test stops with Ctrl-C (SIGINT)."""

from __future__ import annotations

import signal
import subprocess
from typing import Any


def interruptible(args: list[str], **options: Any) -> subprocess.Popen[str]:
    """``subprocess.Popen(args, text=True, **options)`` whose child takes SIGINT as Ctrl-C.

    A child inherits an ignored SIGINT (a run started in the background by a shell without job
    control ignores it), and Python then never raises KeyboardInterrupt. With a handler in place
    of the ignore while the child starts, the child begins with SIGINT's default.
    """
    previous = signal.signal(signal.SIGINT, signal.default_int_handler)
    try:
        return subprocess.Popen(args, text=True, **options)
    finally:
        signal.signal(signal.SIGINT, previous)
