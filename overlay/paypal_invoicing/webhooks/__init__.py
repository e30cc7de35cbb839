"""Receive PayPal webhooks, framework-agnostic: verify a delivery on its raw bytes (the body
exactly as received) and its headers, then parse the event.

>>> from paypal_invoicing.webhooks import WebhookVerifier, construct_event, EventType
>>> verifier = WebhookVerifier()  # one per process: it caches PayPal's certificate
>>> def receive(body: bytes, headers: dict[str, str]) -> None:
...     event = construct_event(body, headers, webhook_id=MY_WEBHOOK_ID, verifier=verifier)
...     if event.event_type == EventType.INVOICE_PAID:
...         mark_paid(event.invoice.id)
"""

from __future__ import annotations

from .certificates import (
    PAYPAL_CERT_SUBJECTS,
    PAYPAL_DOMAIN,
    SANDBOX_CERT_SUBJECT,
    WebhookVerifier,
    check_cert_url,
)
from .events import (
    EventType,
    WebhookEvent,
    WebhookPayloadError,
    aconstruct_event,
    construct_event,
    parse_event,
)
from .postback import averify_by_postback, postback_body, verify_by_postback
from .signature import AUTH_ALGO, WebhookSignatureError, signed_message, verify_signature

__all__ = [
    "AUTH_ALGO",
    "PAYPAL_CERT_SUBJECTS",
    "PAYPAL_DOMAIN",
    "SANDBOX_CERT_SUBJECT",
    "EventType",
    "WebhookEvent",
    "WebhookPayloadError",
    "WebhookSignatureError",
    "WebhookVerifier",
    "aconstruct_event",
    "averify_by_postback",
    "check_cert_url",
    "construct_event",
    "parse_event",
    "postback_body",
    "signed_message",
    "verify_by_postback",
    "verify_signature",
]
