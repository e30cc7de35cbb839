"""Fixed request payloads: the same every time, so a re-record sends the same requests.

Dates are fixed: invoice dates in the past (a past invoice date is accepted and sent at once),
and one fixed future date for the scheduled case (``SCHEDULED_DATE``: re-pick it before it
passes, or the scheduled test records an ordinary send).
"""

from __future__ import annotations

from typing import Any

INVOICE_DATE = "2025-03-03"
SCHEDULED_DATE = "2030-06-17"
PAYMENT_DATE = "2025-03-10"
REFUND_DATE = "2025-03-12"
PAYER_EMAIL = "payer@example.com"


def invoice(
    *,
    value: str = "100.00",
    invoice_date: str = INVOICE_DATE,
    note: str = "Thank you for your business.",
    partial: bool = False,
) -> dict[str, Any]:
    """A v2 invoice of one taxed item and one untaxed item, USD."""
    body: dict[str, Any] = {
        "detail": {
            "currency_code": "USD",
            "invoice_date": invoice_date,
            "note": note,
            "memo": "contract test",
            "payment_term": {"term_type": "NET_10"},
        },
        "invoicer": {
            "name": {"given_name": "David", "surname": "Larusso"},
            "email_address": "merchant@example.com",
        },
        "primary_recipients": [
            {
                "billing_info": {
                    "name": {"given_name": "Stephanie", "surname": "Meyers"},
                    "email_address": PAYER_EMAIL,
                }
            }
        ],
        "items": [
            {
                "name": "Yoga Mat",
                "quantity": "1",
                "unit_amount": {"currency_code": "USD", "value": value},
                "tax": {"name": "Sales Tax", "percent": "7.25"},
                "unit_of_measure": "QUANTITY",
            },
            {
                "name": "Yoga t-shirt",
                "quantity": "2",
                "unit_amount": {"currency_code": "USD", "value": "10.00"},
                "unit_of_measure": "QUANTITY",
            },
        ],
    }
    if partial:
        body["configuration"] = {
            "partial_payment": {
                "allow_partial_payment": True,
                "minimum_amount_due": {"currency_code": "USD", "value": "20.00"},
            }
        }
    return body


def payment(value: str = "50.00") -> dict[str, Any]:
    """An external (cash) payment recorded by the merchant."""
    return {
        "method": "CASH",
        "payment_date": PAYMENT_DATE,
        "amount": {"currency_code": "USD", "value": value},
        "note": "Paid at the counter.",
    }


def refund(value: str = "20.00") -> dict[str, Any]:
    """An external refund recorded by the merchant."""
    return {
        "method": "BANK_TRANSFER",
        "refund_date": REFUND_DATE,
        "amount": {"currency_code": "USD", "value": value},
    }


def notification(subject: str = "Your invoice") -> dict[str, Any]:
    """The body of send / remind / cancel."""
    return {
        "subject": subject,
        "note": "Please see the invoice.",
        "send_to_invoicer": True,
        "send_to_recipient": True,
    }


def template(name: str = "Contract template") -> dict[str, Any]:
    """A v2 template with one item and the usual settings."""
    return {
        "name": name,
        "default_template": False,
        "template_info": {
            "detail": {
                "currency_code": "USD",
                "note": "Thank you for your business.",
                "payment_term": {"term_type": "NET_30"},
            },
            "invoicer": {"name": {"given_name": "David", "surname": "Larusso"}},
            "items": [
                {
                    "name": "Consulting hour",
                    "quantity": "1",
                    "unit_amount": {"currency_code": "USD", "value": "80.00"},
                    "unit_of_measure": "HOURS",
                }
            ],
        },
        "settings": {
            "template_item_settings": [
                {"field_name": "items.date", "display_preference": {"hidden": True}}
            ],
            "template_subtotal_settings": [
                {"field_name": "custom", "display_preference": {"hidden": True}}
            ],
        },
        "unit_of_measure": "HOURS",
    }


# -- v1 ---------------------------------------------------------------------------------------
def v1_invoice(*, invoice_date: str = "2025-03-03 PST", value: str = "100.00") -> dict[str, Any]:
    """A v1 invoice (v1 shapes: merchant_info, billing_info, items with price)."""
    return {
        "merchant_info": {
            "email": "merchant@example.com",
            "first_name": "David",
            "last_name": "Larusso",
            "business_name": "Mitchell & Murray",
        },
        "billing_info": [{"email": PAYER_EMAIL, "first_name": "Stephanie", "last_name": "Meyers"}],
        "items": [
            {
                "name": "Yoga Mat",
                "quantity": 1,
                "unit_price": {"currency": "USD", "value": value},
            },
            {
                "name": "Yoga t-shirt",
                "quantity": 2,
                "unit_price": {"currency": "USD", "value": "10.00"},
            },
        ],
        "invoice_date": invoice_date,
        "note": "Thank you for your business.",
        "payment_term": {"term_type": "NET_45"},
    }


def v1_template(name: str = "Contract v1 template") -> dict[str, Any]:
    """A v1 template."""
    return {
        "name": name,
        "default": False,
        "unit_of_measure": "HOURS",
        "template_data": {
            "items": [
                {
                    "name": "Consulting hour",
                    "quantity": 1,
                    "unit_price": {"currency": "USD", "value": "80.00"},
                }
            ],
            "merchant_info": {"email": "merchant@example.com"},
            "note": "Thank you.",
            "payment_term": {"term_type": "NET_30"},
        },
        "settings": [{"field_name": "items.date", "display_preference": {"hidden": True}}],
    }
