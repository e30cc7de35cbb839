"""PayPal Invoicing for Python: the generated client plus OAuth2, retries, errors and paging.

>>> from paypal_invoicing import connect, paginate
>>> from paypal_invoicing_client.api.invoices import list_invoices
>>> client = connect()  # PAYPAL_CLIENT_ID / PAYPAL_CLIENT_SECRET, sandbox by default
>>> for invoice in paginate(list_invoices, client=client):
...     print(invoice.id)

Names are imported lazily on first use, so ``import paypal_invoicing`` stays cheap.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

from ._version import __version__

# Imported eagerly: the submodule ``connect`` would otherwise shadow the function ``connect``
# once anything imports ``paypal_invoicing.connect``. It costs little beyond httpx itself.
from .connect import LIVE_URL, SANDBOX_URL, connect, httpx_clients

if TYPE_CHECKING:
    from ._webhook_event import WebhookPayloadError
    from ._webhook_signature import WebhookSignatureError
    from .auth import OAuth2ClientCredentials
    from .errors import (
        APIConnectionError,
        APITimeoutError,
        AuthenticationError,
        ConfigurationError,
        ConflictError,
        NotFoundError,
        PayPalError,
        PayPalInvoicingError,
        PermissionDeniedError,
        RateLimitError,
        ServerError,
        ValidationError,
    )
    from .pagination import apaginate, paginate
    from .qr import aqr_code_png, qr_code_png
    from .retry import AsyncRetryTransport, RetryPolicy, RetryTransport

_EXPORTS: dict[str, str] = {
    "OAuth2ClientCredentials": "auth",
    "RetryPolicy": "retry",
    "RetryTransport": "retry",
    "AsyncRetryTransport": "retry",
    "paginate": "pagination",
    "apaginate": "pagination",
    "qr_code_png": "qr",
    "aqr_code_png": "qr",
    "PayPalInvoicingError": "errors",
    "ConfigurationError": "errors",
    "APIConnectionError": "errors",
    "APITimeoutError": "errors",
    "PayPalError": "errors",
    "AuthenticationError": "errors",
    "PermissionDeniedError": "errors",
    "NotFoundError": "errors",
    "ConflictError": "errors",
    "ValidationError": "errors",
    "RateLimitError": "errors",
    "ServerError": "errors",
    "WebhookSignatureError": "_webhook_signature",
    "WebhookPayloadError": "_webhook_event",
}

__all__ = [
    "LIVE_URL",
    "SANDBOX_URL",
    "APIConnectionError",
    "APITimeoutError",
    "AsyncRetryTransport",
    "AuthenticationError",
    "ConfigurationError",
    "ConflictError",
    "NotFoundError",
    "OAuth2ClientCredentials",
    "PayPalError",
    "PayPalInvoicingError",
    "PermissionDeniedError",
    "RateLimitError",
    "RetryPolicy",
    "RetryTransport",
    "ServerError",
    "ValidationError",
    "WebhookPayloadError",
    "WebhookSignatureError",
    "__version__",
    "apaginate",
    "aqr_code_png",
    "connect",
    "httpx_clients",
    "paginate",
    "qr_code_png",
]


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(f".{module}", __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted([*globals(), *_EXPORTS])
