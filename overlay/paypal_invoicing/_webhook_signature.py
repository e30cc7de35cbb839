"""Kept for ``sandbox.webhooks``, which imports these from here until the sandbox branch imports
:mod:`paypal_invoicing.webhooks.signature` (then this module goes)."""

from .webhooks.signature import AUTH_ALGO, signed_message

__all__ = ["AUTH_ALGO", "signed_message"]
