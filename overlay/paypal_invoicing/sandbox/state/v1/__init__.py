"""Invoicing v1 (deprecated): v1's wire shapes over the same store as v2.

Bodies are translated to v2 on the way in and back to v1 on the way out through declarative
field tables (:mod:`.shapes`, read both ways by :mod:`.fields`); :mod:`.bodies` applies them to
whole invoices and templates. The routes are in :mod:`...web.v1`.
"""
