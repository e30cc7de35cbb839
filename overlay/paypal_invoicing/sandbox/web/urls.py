"""The URL table: every path the sandbox answers, its method, its operation and who may call.

``api`` routes take faults and need a bearer token; ``public`` ones need no token (the token
endpoint, the certificate URL); ``admin`` ones are the sandbox's own (see :mod:`.admin`).
"""

from __future__ import annotations

from typing import Literal

from ..state.v1.bodies import V1
from ..state.webhooks import CERTS, EVENTS, LOOKUPS, WEBHOOKS
from . import admin, v1, v2, webhooks
from .wire import Operation

Access = Literal["api", "public", "admin"]

V2 = "/v2/invoicing"
_INV = V2 + "/invoices/{invoice_id}"
_TPL = V2 + "/templates/{template_id}"
_V1_INV = V1 + "/invoices/{invoice_id}"
_V1_TPL = V1 + "/templates/{template_id}"
_NOTE = "/v1/notifications"

URLS: list[tuple[str, str, Operation, Access]] = [
    ("POST", "/v1/oauth2/token", v2.token, "public"),
    # Invoicing v2
    ("POST", V2 + "/invoices", v2.create_invoice, "api"),
    ("GET", V2 + "/invoices", v2.list_invoices, "api"),
    ("POST", V2 + "/search-invoices", v2.search_invoices, "api"),
    ("POST", V2 + "/generate-next-invoice-number", v2.next_number, "api"),
    ("GET", _INV, v2.get_invoice, "api"),
    ("PUT", _INV, v2.replace_invoice, "api"),
    ("DELETE", _INV, v2.delete_invoice, "api"),
    ("POST", _INV + "/send", v2.send_invoice, "api"),
    ("POST", _INV + "/remind", v2.remind_invoice, "api"),
    ("POST", _INV + "/cancel", v2.cancel_invoice, "api"),
    ("POST", _INV + "/payments", v2.record_payment, "api"),
    ("DELETE", _INV + "/payments/{transaction_id}", v2.delete_payment, "api"),
    ("POST", _INV + "/refunds", v2.record_refund, "api"),
    ("DELETE", _INV + "/refunds/{transaction_id}", v2.delete_refund, "api"),
    ("POST", _INV + "/generate-qr-code", v2.qr_code, "api"),
    ("GET", V2 + "/templates", v2.list_templates, "api"),
    ("POST", V2 + "/templates", v2.create_template, "api"),
    ("GET", _TPL, v2.get_template, "api"),
    ("PUT", _TPL, v2.replace_template, "api"),
    ("DELETE", _TPL, v2.delete_template, "api"),
    # Invoicing v1 (deprecated)
    ("POST", V1 + "/invoices", v1.create, "api"),
    ("GET", V1 + "/invoices", v1.list_all, "api"),
    ("POST", V1 + "/search", v1.search_v1, "api"),
    ("POST", V1 + "/invoices/next-invoice-number", v1.next_number, "api"),
    ("POST", _V1_INV + "/send", v1.send, "api"),
    ("POST", _V1_INV + "/schedule", v1.send, "api"),
    ("POST", _V1_INV + "/remind", v1.remind, "api"),
    ("POST", _V1_INV + "/cancel", v1.cancel, "api"),
    ("POST", _V1_INV + "/record-payment", v1.record_payment, "api"),
    ("POST", _V1_INV + "/record-refund", v1.record_refund, "api"),
    ("GET", _V1_INV, v1.get, "api"),
    ("PUT", _V1_INV, v1.update, "api"),
    ("DELETE", _V1_INV, v1.delete, "api"),
    ("DELETE", _V1_INV + "/payment-records/{transaction_id}", v1.delete_payment, "api"),
    ("DELETE", _V1_INV + "/refund-records/{transaction_id}", v1.delete_refund, "api"),
    ("GET", _V1_INV + "/qr-code", v1.qr_code, "api"),
    ("POST", V1 + "/templates", v1.create_template, "api"),
    ("GET", V1 + "/templates", v1.list_templates, "api"),
    ("GET", _V1_TPL, v1.get_template, "api"),
    ("PUT", _V1_TPL, v1.update_template, "api"),
    ("DELETE", _V1_TPL, v1.delete_template, "api"),
    # Webhooks Management
    ("POST", WEBHOOKS, webhooks.create_webhook, "api"),
    ("GET", WEBHOOKS, webhooks.list_webhooks, "api"),
    ("GET", WEBHOOKS + "/{webhook_id}", webhooks.get_webhook, "api"),
    ("PATCH", WEBHOOKS + "/{webhook_id}", webhooks.update_webhook, "api"),
    ("DELETE", WEBHOOKS + "/{webhook_id}", webhooks.delete_webhook, "api"),
    ("GET", WEBHOOKS + "/{webhook_id}/event-types", webhooks.list_webhook_event_types, "api"),
    ("GET", _NOTE + "/webhooks-event-types", webhooks.list_available_event_types, "api"),
    ("POST", LOOKUPS, webhooks.create_webhook_lookup, "api"),
    ("GET", LOOKUPS, webhooks.list_webhook_lookups, "api"),
    ("GET", LOOKUPS + "/{webhook_lookup_id}", webhooks.get_webhook_lookup, "api"),
    ("DELETE", LOOKUPS + "/{webhook_lookup_id}", webhooks.delete_webhook_lookup, "api"),
    ("GET", EVENTS, webhooks.list_webhook_events, "api"),
    ("GET", EVENTS + "/{event_id}", webhooks.get_webhook_event, "api"),
    ("POST", EVENTS + "/{event_id}/resend", webhooks.resend_webhook_event, "api"),
    ("POST", _NOTE + "/simulate-event", webhooks.simulate_webhook_event, "api"),
    ("POST", _NOTE + "/verify-webhook-signature", webhooks.verify_webhook_signature, "api"),
    ("GET", CERTS + "/{cert_id}", webhooks.certificate, "public"),
    # The sandbox's own
    ("POST", "/_sandbox/faults", admin.admin_add_fault, "admin"),
    ("GET", "/_sandbox/faults", admin.admin_list_faults, "admin"),
    ("DELETE", "/_sandbox/faults", admin.admin_clear_faults, "admin"),
    ("GET", "/_sandbox/stats", admin.admin_stats, "admin"),
    ("POST", "/_sandbox/tokens/{action}", admin.admin_tokens, "admin"),
    ("POST", "/_sandbox/invoices/{invoice_id}/{action}", admin.admin_pay, "admin"),
    ("POST", "/_sandbox/reset", admin.admin_reset, "admin"),
]
