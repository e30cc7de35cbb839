"""Re-run a project script under the repository's virtual environment when it exists."""

from __future__ import annotations

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def ensure() -> None:
    """Re-exec the calling script with `.venv/bin/python` unless it already runs there."""
    venv = ROOT / ".venv"
    python = venv / "bin" / "python"
    if not python.exists() or Path(sys.prefix).resolve() == venv.resolve():
        return
    script = Path(sys.argv[0]).resolve()
    os.execv(python, [str(python), str(script), *sys.argv[1:]])
