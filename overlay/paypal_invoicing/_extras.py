"""The optional ``[sandbox]`` extra: what it brings and the one-line message when it is absent."""

from __future__ import annotations

from importlib.util import find_spec

__all__ = ["SANDBOX_INSTALL", "SANDBOX_MODULES", "missing_sandbox_extra"]

SANDBOX_INSTALL = "pip install 'paypal-invoicing[sandbox]'"
# Top-level modules of the extra's distributions (pypng installs ``png``).
SANDBOX_MODULES = ("starlette", "uvicorn", "qrcode", "png", "jsonschema")


def missing_sandbox_extra(what: str) -> str | None:
    """``None`` when the extra is installed, else one line saying ``what`` needs it."""
    missing = [name for name in SANDBOX_MODULES if find_spec(name) is None]
    if not missing:
        return None
    return f"{what} needs the [sandbox] extra (missing: {', '.join(missing)}): {SANDBOX_INSTALL}"
