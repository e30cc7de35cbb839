"""PayPal Invoicing for Python: the generated client plus OAuth2, retries, errors and paging.

>>> from paypal_invoicing import PayPal
>>> with PayPal() as client:  # PAYPAL_CLIENT_ID / PAYPAL_CLIENT_SECRET, sandbox by default
...     for invoice in client.invoices.list():
...         print(invoice.id, invoice.status.value)

or, with the generated endpoint modules:

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

from ._connect import LIVE_URL, SANDBOX_URL, connect, httpx_clients
from ._http import DEFAULT_LIMITS
from ._version import __version__

if TYPE_CHECKING:
    from paypal_invoicing_client.errors import InvalidFieldError, MissingFieldError

    from ._auth import DEFAULT_TOKEN_LIFETIME, OAuth2ClientCredentials
    from ._client import PayPalClient
    from ._errors import (
        APIConnectionError,
        APITimeoutError,
        AuthenticationError,
        ClientClosedError,
        ConfigurationError,
        ConflictError,
        NotFoundError,
        PayPalError,
        PayPalInvoicingError,
        PermissionDeniedError,
        RateLimitError,
        ServerError,
        UnprocessableEntityError,
        ValidationError,
    )
    from ._redis_store import RedisTokenStore
    from ._retry import RetryPolicy
    from ._token_store import MemoryTokenStore, StoredToken, TokenStore
    from .pagination import apaginate, paginate
    from .qr import aqr_code_png, qr_code_png
    from .resources import AsyncPayPal, PayPal
    from .webhooks.events import WebhookPayloadError
    from .webhooks.signature import WebhookSignatureError

_EXPORTS: dict[str, str] = {
    "OAuth2ClientCredentials": "_auth",
    "DEFAULT_TOKEN_LIFETIME": "_auth",
    "PayPalClient": "_client",
    "RetryPolicy": "_retry",
    "TokenStore": "_token_store",
    "MemoryTokenStore": "_token_store",
    "StoredToken": "_token_store",
    "RedisTokenStore": "_redis_store",
    "paginate": "pagination",
    "apaginate": "pagination",
    "qr_code_png": "qr",
    "PayPal": "resources",
    "AsyncPayPal": "resources",
    "aqr_code_png": "qr",
    "PayPalInvoicingError": "_errors",
    "ClientClosedError": "_errors",
    "ConfigurationError": "_errors",
    "APIConnectionError": "_errors",
    "APITimeoutError": "_errors",
    "PayPalError": "_errors",
    "AuthenticationError": "_errors",
    "PermissionDeniedError": "_errors",
    "NotFoundError": "_errors",
    "ConflictError": "_errors",
    "ValidationError": "_errors",
    "UnprocessableEntityError": "_errors",
    "RateLimitError": "_errors",
    "ServerError": "_errors",
    "WebhookSignatureError": "webhooks.signature",
    "WebhookPayloadError": "webhooks.events",
    # Raised by the generated models: a field refused before sending, one an answer lacks.
    "InvalidFieldError": "paypal_invoicing_client.errors",
    "MissingFieldError": "paypal_invoicing_client.errors",
}

__all__ = [
    "DEFAULT_LIMITS",
    "DEFAULT_TOKEN_LIFETIME",
    "LIVE_URL",
    "SANDBOX_URL",
    "APIConnectionError",
    "APITimeoutError",
    "AsyncPayPal",
    "AuthenticationError",
    "ClientClosedError",
    "ConfigurationError",
    "ConflictError",
    "InvalidFieldError",
    "MemoryTokenStore",
    "MissingFieldError",
    "NotFoundError",
    "OAuth2ClientCredentials",
    "PayPal",
    "PayPalClient",
    "PayPalError",
    "PayPalInvoicingError",
    "PermissionDeniedError",
    "RateLimitError",
    "RedisTokenStore",
    "RetryPolicy",
    "ServerError",
    "StoredToken",
    "TokenStore",
    "UnprocessableEntityError",
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
    absolute = module.startswith("paypal_invoicing_client")
    value = getattr(import_module(module if absolute else f".{module}", __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)
