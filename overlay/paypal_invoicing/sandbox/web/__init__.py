"""The sandbox on the wire: Starlette routes over :mod:`..state`, and the front door.

:mod:`.wire` turns operations into endpoints (faults, tokens, replays), :mod:`.guard` admits
requests, :mod:`.urls` lists every route, :mod:`.app` builds the ASGI app; the operations are
in :mod:`.v2`, :mod:`.v1`, :mod:`.webhooks` and :mod:`.admin`.
"""
