"""What the store holds, as plain records: invoices, kept replies, events and deliveries."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any


@dataclass
class InvoiceRecord:
    """A stored invoice: its v2 body (without links) and lifecycle facts."""

    invoice: dict[str, Any]
    created: dt.datetime
    sent: bool = False

    @property
    def id(self) -> str:
        """The invoice id."""
        return str(self.invoice["id"])

    @property
    def status(self) -> str:
        """The invoice status."""
        return str(self.invoice["status"])


@dataclass
class Reply:
    """A finished answer, as kept for ``PayPal-Request-Id`` replays."""

    status: int
    body: bytes = b""
    content_type: str | None = None
    headers: dict[str, str] = field(default_factory=dict)


@dataclass
class Transmission:
    """One event sent to one URL: the exact bytes and headers, and how it went."""

    event_id: str
    webhook_id: str
    url: str
    body: bytes
    headers: dict[str, str]
    status: str = "PENDING"  # PENDING, SUCCESS or FAILURE
    attempts: int = 0
    answers: list[int | None] = field(default_factory=list)  # HTTP status per attempt

    @property
    def transmission_id(self) -> str:
        """The ``PAYPAL-TRANSMISSION-ID`` header."""
        return self.headers["PAYPAL-TRANSMISSION-ID"]


@dataclass
class EventRecord:
    """A stored event: the JSON as sent (serialized once) and its transmissions."""

    event: dict[str, Any]
    body: bytes
    transmissions: list[Transmission] = field(default_factory=list)

    @property
    def id(self) -> str:
        """The event id (34 letters and digits)."""
        return str(self.event["id"])
