"""``WebhookEvent`` and the parsing of a delivery's body into one."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import TYPE_CHECKING, Any

from paypal_invoicing_client.errors import PayPalInvoicingError

if TYPE_CHECKING:
    from paypal_invoicing_client.models.invoice import Invoice
    from paypal_invoicing_client.models.v1_invoice import V1Invoice

    from .certificates import WebhookVerifier


# Keys only a v1 invoice has; a v2 invoice always has `detail`.
_V1_KEYS = frozenset(
    {"merchant_info", "number", "billing_info", "total_amount", "invoice_date", "payment_term"}
)


class EventType(StrEnum):
    """The INVOICING event types PayPal sends today. ``event_type`` stays text, so an event
    type not listed here parses too."""

    INVOICE_CREATED = "INVOICING.INVOICE.CREATED"
    INVOICE_UPDATED = "INVOICING.INVOICE.UPDATED"
    INVOICE_SENT = "INVOICING.INVOICE.SENT"
    INVOICE_SCHEDULED = "INVOICING.INVOICE.SCHEDULED"
    INVOICE_PAID = "INVOICING.INVOICE.PAID"
    """Sent for full, partial and pending payments alike: read the invoice's status."""
    INVOICE_CANCELLED = "INVOICING.INVOICE.CANCELLED"
    INVOICE_REFUNDED = "INVOICING.INVOICE.REFUNDED"


class WebhookPayloadError(PayPalInvoicingError, ValueError):
    """A delivery's body is not a PayPal event: not JSON, not an object, or a field with the
    wrong type. The message names the field (``resource``, ``resource.invoice``...)."""


@dataclass(frozen=True, eq=False)
class WebhookEvent:
    """One PayPal event notification, as sent.

    ``invoice`` is the invoice the event is about: the generated ``Invoice`` for resource
    version 2.0 (the resource is the invoice), ``V1Invoice`` for 1.0 (``resource.invoice``),
    read by shape when ``resource_version`` is absent; ``None`` for events about no invoice.
    ``data`` is the whole event as parsed.
    """

    id: str
    event_type: str
    resource_type: str | None
    resource_version: str | None
    event_version: str | None
    summary: str | None
    create_time: str | None
    resource: dict[str, Any]
    invoice: Invoice | V1Invoice | None
    data: dict[str, Any] = field(repr=False)

    @property
    def created_at(self) -> dt.datetime | None:
        """``create_time`` as a datetime, or None when absent or unreadable."""
        try:
            return dt.datetime.fromisoformat(self.create_time or "")
        except ValueError:
            return None


def _text(data: Mapping[str, Any], key: str, *, required: bool = False) -> str | None:
    value = data.get(key)
    if value is None:
        if required:
            raise WebhookPayloadError(f"the event has no {key}")
        return None
    if not isinstance(value, str) or (required and not value):
        raise WebhookPayloadError(f"{key} must be a non-empty string, got {type(value).__name__}")
    return value


def _load(data: Any, where: str, *, v1: bool) -> Invoice | V1Invoice:
    from paypal_invoicing_client.models.invoice import Invoice
    from paypal_invoicing_client.models.v1_invoice import V1Invoice

    if not isinstance(data, dict):
        raise WebhookPayloadError(f"{where} must be an object")
    if not v1:
        if not isinstance(data.get("detail"), dict):
            raise WebhookPayloadError(f"{where}.detail is missing: not a v2 invoice")
        return Invoice.from_dict(data)
    try:
        return V1Invoice.from_dict(data)
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise WebhookPayloadError(f"{where} is not a v1 invoice: {exc!r}") from None


def _invoice(
    event_type: str, resource_type: str | None, version: str | None, resource: dict[str, Any]
) -> Invoice | V1Invoice | None:
    if not (event_type.startswith("INVOICING.") or resource_type in ("invoices", "invoice")):
        return None
    nested = resource.get("invoice")
    if version == "2.0":
        if "detail" not in resource and isinstance(nested, dict):
            return _load(nested, "resource.invoice", v1=False)
        return _load(resource, "resource", v1=False)
    if version == "1.0":
        return None if nested is None else _load(nested, "resource.invoice", v1=True)
    if nested is not None:  # no version: by shape
        v2 = isinstance(nested, dict) and "detail" in nested and not _V1_KEYS & nested.keys()
        return _load(nested, "resource.invoice", v1=not v2)
    return _load(resource, "resource", v1=False) if "detail" in resource else None


def parse_event(payload: bytes | str | Mapping[str, Any]) -> WebhookEvent:
    """Parse a delivery's body into a :class:`WebhookEvent` WITHOUT verifying it.

    Unsafe on anything that came over the network: anyone can post a forged event to your
    URL. Use :func:`construct_event` there; this is for bodies already verified (or fetched
    from PayPal with ``get_webhook_event``). Raises :class:`WebhookPayloadError`.
    """
    if isinstance(payload, Mapping):
        data: Any = dict(payload)
    elif isinstance(payload, bytes | bytearray | memoryview | str):
        try:
            data = json.loads(bytes(payload) if not isinstance(payload, str) else payload)
        except json.JSONDecodeError as exc:
            raise WebhookPayloadError(
                f"the payload is not JSON (line {exc.lineno}, column {exc.colno}: {exc.msg})"
            ) from None
        except UnicodeDecodeError:
            raise WebhookPayloadError("the payload is not UTF-8 text") from None
    else:
        raise TypeError("payload must be the request body (bytes or str) or a parsed mapping")
    if not isinstance(data, dict):
        raise WebhookPayloadError(f"the payload must be a JSON object, not {type(data).__name__}")
    event_id = _text(data, "id", required=True)
    event_type = _text(data, "event_type", required=True)
    assert event_id is not None and event_type is not None
    resource = {} if data.get("resource") is None else data["resource"]
    if not isinstance(resource, dict):
        raise WebhookPayloadError("resource must be an object")
    resource_type, version = _text(data, "resource_type"), _text(data, "resource_version")
    return WebhookEvent(
        id=event_id,
        event_type=event_type,
        resource_type=resource_type,
        resource_version=version,
        event_version=_text(data, "event_version"),
        summary=_text(data, "summary"),
        create_time=_text(data, "create_time"),
        resource=resource,
        invoice=_invoice(event_type, resource_type, version, resource),
        data=data,
    )


def construct_event(
    payload: bytes,
    headers: Mapping[str, str],
    *,
    webhook_id: str,
    verifier: WebhookVerifier,
    now: dt.datetime | None = None,
) -> WebhookEvent:
    """Verify a delivery with ``verifier``, then parse it. Raises
    :class:`WebhookSignatureError` (forged, altered, wrong webhook) or
    :class:`WebhookPayloadError` (verified, but not an event)."""
    verifier.verify(payload, headers, webhook_id=webhook_id, now=now)
    return parse_event(payload)


async def aconstruct_event(
    payload: bytes,
    headers: Mapping[str, str],
    *,
    webhook_id: str,
    verifier: WebhookVerifier,
    now: dt.datetime | None = None,
) -> WebhookEvent:
    """:func:`construct_event` with :meth:`WebhookVerifier.averify`."""
    await verifier.averify(payload, headers, webhook_id=webhook_id, now=now)
    return parse_event(payload)
