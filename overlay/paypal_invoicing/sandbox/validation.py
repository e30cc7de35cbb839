"""Request validation for the v2 bodies, field by field, with PayPal's issue codes.

Each schema below mirrors PayPal's published v2 schema. :func:`check` returns a cleaned copy of
the body (read-only and unknown properties dropped) or raises a 400 ``INVALID_REQUEST`` whose
``details`` name each offending field as a JSON pointer (``/detail/currency_code``).
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from .errors import ApiError, detail

Schema = dict[str, Any]
DECIMAL = re.compile(r"^((-?[0-9]+)|(-?([0-9]+)?[.][0-9]+))$")
DATE = re.compile(r"^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[1-2][0-9]|3[0-1])$")
DATE_TIME = re.compile(
    r"^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[1-2][0-9]|3[0-1])[Tt]([0-1][0-9]|2[0-3]):[0-5][0-9]:"
    r"([0-5][0-9]|60)([.][0-9]+)?([Zz]|[+-][0-9]{2}:[0-9]{2})$"
)
MAX_ERRORS = 20


def s(
    max_len: int | None = None,
    min_len: int | None = None,
    pattern: re.Pattern[str] | None = None,
    enum: tuple[str, ...] | None = None,
) -> Schema:
    """A string schema."""
    return {"t": "str", "max": max_len, "min": min_len, "pattern": pattern, "enum": enum}


def o(props: dict[str, Schema], *required: str) -> Schema:
    """An object schema."""
    return {"t": "obj", "props": props, "req": required}


def a(items: Schema, max_items: int | None = None) -> Schema:
    """An array schema."""
    return {"t": "arr", "items": items, "max": max_items}


BOOL: Schema = {"t": "bool"}
READ_ONLY: Schema = {"t": "ro"}


def integer(minimum: int | None = None, maximum: int | None = None) -> Schema:
    """An integer schema."""
    return {"t": "int", "min": minimum, "max": maximum}


CURRENCY_CODE = s(3, 3)
MONEY = o(
    {"currency_code": CURRENCY_CODE, "value": s(32, pattern=DECIMAL)}, "currency_code", "value"
)
PERCENT = s(32, pattern=DECIMAL)
DATE_NO_TIME = s(10, 10, DATE)
DATE_TIME_S = s(64, 20, DATE_TIME)
EMAIL = s(254)
STATUSES = [
    "DRAFT",
    "SENT",
    "SCHEDULED",
    "PAID",
    "MARKED_AS_PAID",
    "CANCELLED",
    "REFUNDED",
    "PARTIALLY_PAID",
    "PARTIALLY_REFUNDED",
    "MARKED_AS_REFUNDED",
    "UNPAID",
    "PAYMENT_PENDING",
]
PAYMENT_METHODS = tuple(
    [
        "BANK_TRANSFER",
        "CASH",
        "CHECK",
        "CREDIT_CARD",
        "DEBIT_CARD",
        "PAYPAL",
        "WIRE_TRANSFER",
        "OTHER",
    ]
)
TERM_TYPES = tuple(
    [
        "DUE_ON_RECEIPT",
        "DUE_ON_DATE_SPECIFIED",
        "NET_10",
        "NET_15",
        "NET_30",
        "NET_45",
        "NET_60",
        "NET_90",
        "NO_DUE_DATE",
    ]
)
UNITS = ("QUANTITY", "HOURS", "AMOUNT")

NAME = o(
    {
        k: s(300 if k.endswith("full_name") else 140)
        for k in (
            "prefix",
            "given_name",
            "surname",
            "middle_name",
            "suffix",
            "alternate_full_name",
            "full_name",
        )
    }
)
ADDRESS = o(
    {
        "address_line_1": s(300),
        "address_line_2": s(300),
        "address_line_3": s(100),
        "admin_area_4": s(100),
        "admin_area_3": s(100),
        "admin_area_2": s(120),
        "admin_area_1": s(300),
        "postal_code": s(60),
        "country_code": s(2, 2, re.compile(r"^([A-Z]{2}|C2)$")),
    }
)
PHONE = o(
    {
        "country_code": s(3, 1, re.compile(r"^[0-9]{1,3}?$")),
        "national_number": s(14, 1, re.compile(r"^[0-9]{1,14}?$")),
        "extension_number": s(15, 1, re.compile(r"^[0-9]{1,15}?$")),
        "phone_type": s(enum=("FAX", "HOME", "MOBILE", "OTHER", "PAGER")),
    },
    "country_code",
    "national_number",
)
INVOICER = o(
    {
        "business_name": s(300),
        "name": NAME,
        "address": ADDRESS,
        "email_address": EMAIL,
        "phones": a(PHONE),
        "website": s(2048),
        "tax_id": s(100),
        "additional_notes": s(400),
        "logo_url": s(2000),
    }
)
CONTACT = o({"business_name": s(300), "name": NAME, "address": ADDRESS})
BILLING = o(
    {
        "business_name": s(300),
        "name": NAME,
        "address": ADDRESS,
        "email_address": EMAIL,
        "phones": a(PHONE),
        "additional_info": s(40),
        "language": s(
            10, 2, re.compile(r"^[a-z]{2}(?:-[A-Z][a-z]{3})?(?:-(?:[A-Z]{2}|[0-9]{3}))?$")
        ),
    }
)
RECIPIENT = o({"billing_info": BILLING, "shipping_info": CONTACT})
PAYMENT_TERM = o({"term_type": s(enum=TERM_TYPES), "due_date": DATE_NO_TIME})
FILE_REFERENCE = o(
    {
        "id": s(255),
        "reference_url": s(2000),
        "content_type": s(),
        "create_time": DATE_TIME_S,
        "size": s(pattern=re.compile(r"^[0-9]+$")),
    }
)
INVOICE_DETAIL = o(
    {
        "reference": s(120),
        "currency_code": CURRENCY_CODE,
        "note": s(4000),
        "terms_and_conditions": s(4000),
        "memo": s(500),
        "additional_data": s(),
        "attachments": a(FILE_REFERENCE),
        "invoice_number": s(127),
        "invoice_date": DATE_NO_TIME,
        "payment_term": PAYMENT_TERM,
        "metadata": READ_ONLY,
        "archived": READ_ONLY,
        "viewed_by_recipient": READ_ONLY,
        "group_draft": READ_ONLY,
        "category_code": s(),
    },
    "currency_code",
)
TAX = o(
    {"id": READ_ONLY, "name": s(100), "percent": PERCENT, "amount": READ_ONLY}, "name", "percent"
)
DISCOUNT = o({"percent": PERCENT, "amount": MONEY})
ITEM = o(
    {
        "id": s(22),
        "name": s(200),
        "quantity": s(14, pattern=DECIMAL),
        "unit_amount": MONEY,
        "tax": TAX,
        "item_date": DATE_NO_TIME,
        "discount": DISCOUNT,
        "unit_of_measure": s(enum=UNITS),
        "description": s(1000),
    },
    "name",
    "quantity",
    "unit_amount",
)
CONFIGURATION = o(
    {
        "tax_calculated_after_discount": BOOL,
        "tax_inclusive": BOOL,
        "allow_tip": BOOL,
        "partial_payment": o({"allow_partial_payment": BOOL, "minimum_amount_due": MONEY}),
        "template_id": s(30),
    }
)
BREAKDOWN = o(
    {
        "item_total": READ_ONLY,
        "discount": o({"invoice_discount": DISCOUNT, "item_discount": READ_ONLY}),
        "tax_total": READ_ONLY,
        "shipping": o({"amount": MONEY, "tax": TAX}),
        "custom": o({"label": s(50), "amount": MONEY}, "label"),
    }
)
AMOUNT = o({"currency_code": READ_ONLY, "value": READ_ONLY, "breakdown": BREAKDOWN})
_INVOICE_PROPS: dict[str, Schema] = {
    "id": READ_ONLY,
    "parent_id": READ_ONLY,
    "status": READ_ONLY,
    "detail": INVOICE_DETAIL,
    "invoicer": INVOICER,
    "primary_recipients": a(RECIPIENT, 100),
    "additional_recipients": a(EMAIL, 100),
    "items": a(ITEM, 100),
    "configuration": CONFIGURATION,
    "amount": AMOUNT,
    "due_amount": READ_ONLY,
    "gratuity": READ_ONLY,
    "payments": READ_ONLY,
    "refunds": READ_ONLY,
    "links": READ_ONLY,
}
INVOICE = o(_INVOICE_PROPS, "detail")
PAYMENT = o(
    {
        "type": READ_ONLY,
        "payment_id": s(22),
        "payment_date": DATE_NO_TIME,
        "method": s(enum=PAYMENT_METHODS),
        "note": s(2000),
        "amount": MONEY,
        "shipping_info": CONTACT,
    },
    "method",
)
REFUND = o(
    {
        "type": READ_ONLY,
        "refund_id": s(22),
        "refund_date": DATE_NO_TIME,
        "amount": MONEY,
        "method": s(enum=PAYMENT_METHODS),
    },
    "method",
)
NOTIFICATION = o(
    {
        "subject": s(4000),
        "note": s(4000),
        "send_to_invoicer": BOOL,
        "send_to_recipient": BOOL,
        "additional_recipients": a(EMAIL, 100),
    }
)
QR_CONFIG = o(
    {
        "width": integer(150, 500),
        "height": integer(150, 500),
        "action": s(7, pattern=re.compile(r"^(?i:pay|details)$")),
    }
)
AMOUNT_RANGE = o({"lower_amount": MONEY, "upper_amount": MONEY}, "lower_amount", "upper_amount")
DATE_RANGE = o({"start": DATE_NO_TIME, "end": DATE_NO_TIME}, "start", "end")
DATE_TIME_RANGE = o({"start": DATE_TIME_S, "end": DATE_TIME_S}, "start", "end")
SEARCH = o(
    {
        "recipient_email": EMAIL,
        "recipient_first_name": s(140),
        "recipient_last_name": s(140),
        "recipient_business_name": s(300),
        "invoice_number": s(127),
        "status": a(s(enum=tuple(STATUSES)), 5),
        "reference": s(120),
        "currency_code": CURRENCY_CODE,
        "memo": s(500),
        "total_amount_range": AMOUNT_RANGE,
        "invoice_date_range": DATE_RANGE,
        "due_date_range": DATE_RANGE,
        "payment_date_range": DATE_TIME_RANGE,
        "creation_date_range": DATE_TIME_RANGE,
        "archived": BOOL,
        "fields": a(s()),
    }
)
TEMPLATE_DETAIL = o(
    {
        "reference": s(120),
        "currency_code": CURRENCY_CODE,
        "note": s(4000),
        "terms_and_conditions": s(4000),
        "memo": s(500),
        "attachments": a(FILE_REFERENCE),
        "payment_term": PAYMENT_TERM,
        "metadata": READ_ONLY,
    },
    "currency_code",
)
TEMPLATE_INFO = o(
    {
        "detail": TEMPLATE_DETAIL,
        "invoicer": INVOICER,
        "primary_recipients": a(RECIPIENT, 100),
        "additional_recipients": a(EMAIL, 100),
        "items": a(ITEM, 100),
        "configuration": CONFIGURATION,
        "amount": AMOUNT,
        "due_amount": READ_ONLY,
    }
)
DISPLAY = o({"hidden": BOOL})
TEMPLATE = o(
    {
        "id": READ_ONLY,
        "name": s(500, 1),
        "default_template": BOOL,
        "template_info": TEMPLATE_INFO,
        "settings": o(
            {
                "template_item_settings": a(
                    o(
                        {
                            "field_name": s(
                                enum=(
                                    "items.date",
                                    "items.discount",
                                    "items.tax",
                                    "items.description",
                                    "items.quantity",
                                )
                            ),
                            "display_preference": DISPLAY,
                        }
                    )
                ),
                "template_subtotal_settings": a(
                    o(
                        {
                            "field_name": s(enum=("custom", "discount", "shipping")),
                            "display_preference": DISPLAY,
                        }
                    )
                ),
            }
        ),
        "unit_of_measure": s(enum=UNITS),
        "standard_template": READ_ONLY,
        "links": READ_ONLY,
    },
    "name",
)

_INVALID = object()


class _Checker:
    def __init__(self) -> None:
        self.errors: list[dict[str, str]] = []

    def fail(self, issue: str, description: str, path: str, value: Any = None) -> object:
        if len(self.errors) < MAX_ERRORS:
            shown = value if isinstance(value, str | int | float) else None
            self.errors.append(detail(issue, description, field=path or "/", value=shown))
        return _INVALID

    def run(self, value: Any, schema: Schema, path: str) -> Any:
        kind = schema["t"]
        if kind == "obj":
            return self.obj(value, schema, path)
        if kind == "arr":
            if not isinstance(value, list):
                return self.fail("INVALID_PARAMETER_SYNTAX", "Expected an array.", path)
            if schema["max"] is not None and len(value) > schema["max"]:
                return self.fail(
                    "INVALID_ARRAY_MAX_ITEMS",
                    f"The array must have at most {schema['max']} items.",
                    path,
                )
            return [self.run(v, schema["items"], f"{path}/{i}") for i, v in enumerate(value)]
        if kind == "bool":
            if not isinstance(value, bool):
                return self.fail("INVALID_PARAMETER_SYNTAX", "Expected a boolean.", path)
            return value
        if kind == "int":
            if isinstance(value, bool) or not isinstance(value, int):
                return self.fail("INVALID_PARAMETER_SYNTAX", "Expected an integer.", path)
            low, high = schema["min"], schema["max"]
            if (low is not None and value < low) or (high is not None and value > high):
                return self.fail(
                    "INVALID_PARAMETER_VALUE", f"Must be between {low} and {high}.", path, value
                )
            return value
        return self.string(value, schema, path)

    def string(self, value: Any, schema: Schema, path: str) -> Any:
        if not isinstance(value, str):
            return self.fail("INVALID_PARAMETER_SYNTAX", "Expected a string.", path)
        low, high = schema["min"], schema["max"]
        if (low is not None and len(value) < low) or (high is not None and len(value) > high):
            return self.fail(
                "INVALID_STRING_LENGTH", "The value of the field has an invalid length.", path
            )
        if schema["pattern"] is not None and not schema["pattern"].match(value):
            return self.fail(
                "INVALID_PARAMETER_SYNTAX",
                "The value of the field does not conform to the expected format.",
                path,
                value,
            )
        if schema["pattern"] is DATE:
            try:
                dt.date.fromisoformat(value)
            except ValueError:
                return self.fail("INVALID_PARAMETER_VALUE", "Not a calendar date.", path, value)
        if schema["enum"] is not None and value not in schema["enum"]:
            return self.fail(
                "INVALID_PARAMETER_VALUE",
                "The value of the field is not one of the allowed values.",
                path,
                value,
            )
        return value

    def obj(self, value: Any, schema: Schema, path: str) -> Any:
        if not isinstance(value, dict):
            return self.fail("INVALID_PARAMETER_SYNTAX", "Expected an object.", path)
        out: dict[str, Any] = {}
        for name in schema["req"]:
            if value.get(name) is None:
                self.fail(
                    "MISSING_REQUIRED_PARAMETER",
                    "A required field is missing.",
                    f"{path}/{name}",
                )
        for name, sub in schema["props"].items():
            if name not in value or value[name] is None or sub["t"] == "ro":
                continue
            out[name] = self.run(value[name], sub, f"{path}/{name}")
        return out


def check(body: Any, schema: Schema, path: str = "") -> dict[str, Any]:
    """Validate ``body`` against ``schema``; return the cleaned copy or raise a 400."""
    checker = _Checker()
    cleaned = checker.run(body, schema, path)
    if checker.errors:
        raise ApiError(400, checker.errors)
    assert isinstance(cleaned, dict)
    return cleaned
