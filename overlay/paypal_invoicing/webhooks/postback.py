"""PayPal's postback check: ask ``verify-webhook-signature`` about a delivery.

The event is sent exactly as received: the raw body is spliced into the request as the
``webhook_event`` value, never parsed and re-serialized (which would change key order or
numbers such as ``1.0`` and make PayPal answer ``FAILURE``). PayPal answers ``FAILURE`` for
simulated events (the webhook id is not theirs): verify those with :class:`WebhookVerifier`.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING

from .._errors import raise_for_status
from .events import WebhookPayloadError
from .signature import WebhookHeaders, WebhookSignatureError, check_args

if TYPE_CHECKING:
    import httpx

    from paypal_invoicing_client import AuthenticatedClient


VERIFY_PATH = "/v1/notifications/verify-webhook-signature"


def postback_body(payload: bytes, headers: Mapping[str, str], *, webhook_id: str) -> bytes:
    """The ``verify-webhook-signature`` request body, with ``payload`` spliced in verbatim."""
    check_args(payload, webhook_id)
    raw = bytes(payload).strip()
    try:
        event = json.loads(raw)
    except (json.JSONDecodeError, UnicodeDecodeError):
        raise WebhookPayloadError("the payload is not JSON: PayPal cannot verify it") from None
    if not isinstance(event, dict):
        raise WebhookPayloadError("the payload must be a JSON object")
    read = WebhookHeaders.from_headers(headers)
    if read.cert_url is None:
        raise WebhookSignatureError("missing header PAYPAL-CERT-URL")
    fields = {
        "auth_algo": read.auth_algo,
        "cert_url": read.cert_url,
        "transmission_id": read.transmission_id,
        "transmission_sig": read.transmission_sig,
        "transmission_time": read.transmission_time,
        "webhook_id": webhook_id,
    }
    head = json.dumps(fields, separators=(",", ":"))[:-1].encode()
    return head + b',"webhook_event":' + raw + b"}"


def _outcome(response: httpx.Response) -> None:
    raise_for_status(response)
    try:
        status = json.loads(response.content).get("verification_status")
    except (ValueError, AttributeError):
        status = None
    if status != "SUCCESS":
        raise WebhookSignatureError(f"PayPal's verification_status is {status!r}, not SUCCESS")


def verify_by_postback(
    client: AuthenticatedClient, payload: bytes, headers: Mapping[str, str], *, webhook_id: str
) -> None:
    """Ask PayPal to verify a delivery (``client`` from :func:`paypal_invoicing.connect`).

    Returns None on ``SUCCESS``; raises :class:`WebhookSignatureError` on ``FAILURE``, or the
    client's :class:`PayPalError` when PayPal refuses the request.
    """
    body = postback_body(payload, headers, webhook_id=webhook_id)
    response = client.get_httpx_client().post(
        VERIFY_PATH, content=body, headers={"Content-Type": "application/json"}
    )
    _outcome(response)


async def averify_by_postback(
    client: AuthenticatedClient, payload: bytes, headers: Mapping[str, str], *, webhook_id: str
) -> None:
    """:func:`verify_by_postback`, asynchronously."""
    body = postback_body(payload, headers, webhook_id=webhook_id)
    response = await client.get_async_httpx_client().post(
        VERIFY_PATH, content=body, headers={"Content-Type": "application/json"}
    )
    _outcome(response)
