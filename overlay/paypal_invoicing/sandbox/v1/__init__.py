"""Invoicing v1 (deprecated): v1's paths and wire shapes over the same store as v2.

Bodies are translated to v2 on the way in and back to v1 on the way out through declarative
field tables (:mod:`.shapes`, read both ways by :mod:`.fields`), so both versions see the same
invoices, numbers, payments and templates. The operations and paths are in :mod:`.routes`.
"""

from __future__ import annotations

from .routes import ROUTES, V1

__all__ = ["ROUTES", "V1"]
