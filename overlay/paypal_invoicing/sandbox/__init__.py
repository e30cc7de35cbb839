"""An offline, in-memory stand-in for PayPal's Invoicing REST API (v2, and v1's shapes).

>>> from paypal_invoicing.sandbox import SandboxServer
>>> with SandboxServer() as server:          # doctest: +SKIP
...     print(server.url)                    # http://127.0.0.1:<free port>

:class:`Sandbox` holds the state and the test helpers (token expiry, fault injection, payer
payments); :func:`create_app` gives the ASGI app; :class:`SandboxServer` serves it on loopback.
``Sandbox(seed=..., clock=ticking_clock(start))`` makes ids and timestamps repeatable.

Layout, each layer importing only those below it (``lint-imports`` checks it): :mod:`.server`
and :mod:`.receiver` (the test webhook receiver); :mod:`.web` (wire, guard, the URL table, the
operations); :mod:`.core` (the :class:`Sandbox`); :mod:`.delivery` (signed webhook deliveries);
:mod:`.state` (plain Python: the store, the rules, tokens, faults, signing).
"""

from __future__ import annotations

from .core import Sandbox
from .server import SandboxServer
from .state.entropy import Entropy, ticking_clock
from .state.faults import Fault
from .web.app import create_app

__all__ = ["Entropy", "Fault", "Sandbox", "SandboxServer", "create_app", "ticking_clock"]
