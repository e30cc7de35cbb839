"""The resource client: ``PayPal().invoices.create(...)``, generated from the spec (api.md).

:class:`PayPal` / :class:`AsyncPayPal` take :func:`~paypal_invoicing.connect`'s arguments;
request ``TypedDict``s are in :mod:`paypal_invoicing.resources.params`.
"""

from ._client import AsyncPayPal, PayPal
from ._runtime import AsyncPage, AsyncPaginator, SyncPage

__all__ = ["AsyncPage", "AsyncPaginator", "AsyncPayPal", "PayPal", "SyncPage"]
