"""PayPal's postback check: ask ``verify-webhook-signature`` about a delivery.

The raw body is spliced into the request as the ``webhook_event`` value, never re-serialized
(which would change key order or numbers such as ``1.0``: PayPal would answer ``FAILURE``).
PayPal answers ``FAILURE`` for simulated events: verify those with :class:`WebhookVerifier`.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import asdict
from typing import TYPE_CHECKING, Protocol, TypeAlias, cast

from .._errors import ConfigurationError, raise_for_status
from .events import WebhookPayloadError
from .signature import WebhookHeaders, WebhookSignatureError, check_args

if TYPE_CHECKING:
    import httpx

    from paypal_invoicing_client import AuthenticatedClient


VERIFY_PATH = "/v1/notifications/verify-webhook-signature"
_Clients: TypeAlias = "AuthenticatedClient | _Wrapping"
_JSON = {"Content-Type": "application/json"}


def postback_body(payload: bytes, headers: Mapping[str, str], *, webhook_id: str) -> bytes:
    """The ``verify-webhook-signature`` request body, with ``payload`` spliced in verbatim."""
    check_args(payload, webhook_id)
    try:
        event = json.loads(raw := bytes(payload).strip())
    except (json.JSONDecodeError, UnicodeDecodeError):
        raise WebhookPayloadError("the payload is not JSON: PayPal cannot verify it") from None
    if not isinstance(event, dict):
        raise WebhookPayloadError("the payload must be a JSON object")
    read = WebhookHeaders.from_headers(headers, cert_url=True)
    fields = {**asdict(read), "webhook_id": webhook_id}
    head = json.dumps(fields, separators=(",", ":"), sort_keys=True)[:-1].encode()
    return head + b',"webhook_event":' + raw + b"}"


class _Wrapping(Protocol):  # PayPal, AsyncPayPal
    @property
    def client(self) -> AuthenticatedClient: ...


def _generated(client: _Clients) -> AuthenticatedClient:
    inner = getattr(client, "client", client)  # the generated client inside PayPal()
    if not hasattr(inner, "get_httpx_client"):
        raise ConfigurationError(f"client must be connect()'s or a PayPal, got {type(client)}")
    return cast("AuthenticatedClient", inner)


def _outcome(response: httpx.Response) -> None:
    raise_for_status(response)
    try:
        status = json.loads(response.content).get("verification_status")
    except (ValueError, AttributeError):
        status = None
    if status != "SUCCESS":
        raise WebhookSignatureError(f"PayPal's verification_status is {status!r}, not SUCCESS")


def verify_by_postback(
    client: _Clients, payload: bytes, headers: Mapping[str, str], *, webhook_id: str
) -> None:
    """Ask PayPal to verify a delivery (``client``: ``connect()``'s or a ``PayPal``); None if
    PayPal says ``SUCCESS``, else :class:`WebhookSignatureError`."""
    body = postback_body(payload, headers, webhook_id=webhook_id)
    http = _generated(client).get_httpx_client()
    _outcome(http.post(VERIFY_PATH, content=body, headers=_JSON))


async def averify_by_postback(
    client: _Clients, payload: bytes, headers: Mapping[str, str], *, webhook_id: str
) -> None:
    """:func:`verify_by_postback`, asynchronously (``client`` may be an ``AsyncPayPal``)."""
    body = postback_body(payload, headers, webhook_id=webhook_id)
    http = _generated(client).get_async_httpx_client()
    _outcome(await http.post(VERIFY_PATH, content=body, headers=_JSON))
