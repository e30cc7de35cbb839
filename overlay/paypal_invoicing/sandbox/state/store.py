"""The sandbox's in-memory state, guarded by one re-entrant lock."""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Callable
from typing import Any

from .entropy import Entropy
from .records import EventRecord, InvoiceRecord, Reply

DEFAULT_MERCHANT: dict[str, Any] = {
    "email_address": "merchant@example.com",
    "address": {
        "address_line_1": "1234 First Street",
        "address_line_2": "337673 Hillside Court",
        "admin_area_2": "Anytown",
        "admin_area_1": "CA",
        "postal_code": "98765",
        "country_code": "US",
    },
    "phones": [{"country_code": "001", "national_number": "4085551234", "phone_type": "MOBILE"}],
}


def timestamp(when: dt.datetime) -> str:
    """PayPal's date-time form (``2022-02-04T03:10:42Z``)."""
    return when.strftime("%Y-%m-%dT%H:%M:%SZ")


class Store:
    """Invoices, templates, invoice numbers and idempotency replies of one merchant.

    ``entropy`` is where ids and timestamps come from (random and real time by default).
    """

    def __init__(
        self, merchant: dict[str, Any] | None = None, entropy: Entropy | None = None
    ) -> None:
        self.lock = threading.RLock()
        self.entropy = entropy or Entropy()
        self.merchant: dict[str, Any] = merchant or DEFAULT_MERCHANT
        self.invoices: dict[str, InvoiceRecord] = {}
        self.templates: dict[str, dict[str, Any]] = {}
        self.last_number: str | None = None
        self.replies: dict[tuple[str, str, str], Reply] = {}
        self.today_override: dt.date | None = None
        self.webhooks: dict[str, dict[str, Any]] = {}
        self.lookups: dict[str, dict[str, Any]] = {}
        self.events: dict[str, EventRecord] = {}
        # Where the sandbox is reached (set by the server): links in events, the cert URL.
        self.base_url = "http://127.0.0.1"
        # Whether webhooks may go to non-loopback URLs (the server listens beyond loopback).
        self.deliver_anywhere = False
        # Called with (event type, record) after each invoice transition.
        self.observer: Callable[[str, InvoiceRecord], None] | None = None

    def notify(self, event_type: str, record: InvoiceRecord) -> None:
        """Tell the observer (webhooks) that ``record`` went through ``event_type``."""
        if self.observer is not None:
            self.observer(event_type, record)

    def today(self) -> dt.date:
        """Today's date (UTC), unless a test fixed it."""
        return self.today_override or self.now().date()

    def now(self) -> dt.datetime:
        """The current UTC time, to the second (from :attr:`entropy`)."""
        return self.entropy.now()

    def random_id(self, length: int) -> str:
        """``length`` uppercase letters and digits (from :attr:`entropy`)."""
        return self.entropy.random_id(length)

    def numbers_in_use(self) -> set[str]:
        """Invoice numbers held by stored invoices."""
        return {
            str(r.invoice["detail"].get("invoice_number"))
            for r in self.invoices.values()
            if r.invoice["detail"].get("invoice_number") is not None
        }

    def new_invoice_id(self) -> str:
        """A fresh id shaped like PayPal's (``INV2-XXXX-XXXX-XXXX-XXXX``)."""
        while True:
            candidate = "INV2-" + "-".join(self.random_id(4) for _ in range(4))
            if candidate not in self.invoices:
                return candidate

    def new_template_id(self) -> str:
        """A fresh template id (``TEMP-`` and 17 characters)."""
        while True:
            candidate = "TEMP-" + self.random_id(17)
            if candidate not in self.templates:
                return candidate

    def reset(self) -> None:
        """Forget everything."""
        with self.lock:
            self.invoices.clear()
            self.templates.clear()
            self.replies.clear()
            self.webhooks.clear()
            self.lookups.clear()
            self.events.clear()
            self.last_number = None
            self.today_override = None
