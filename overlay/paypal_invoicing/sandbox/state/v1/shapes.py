"""The v1 <-> v2 field tables: every v1 object the sandbox reads or writes, once.

Each table is read in both directions by :mod:`.fields`: v1 bodies come in through them and go
out through them, and v2 error pointers are named back in v1's terms with them. Limits on the
way out are v1's (shorter than v2's): v1 shows what fits.
"""

from __future__ import annotations

import re
from typing import Any

from .fields import Field, Table
from .numbers import amount_in, number_in, number_out

_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}")
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_URI = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*://\S+$")


def fit(limit: int) -> Any:
    """Cut text to ``limit`` characters on the way out."""
    return lambda text: text[:limit] if isinstance(text, str) else text


def uri(limit: int) -> Any:
    """A v2 free-text URL, when it is a URI as v1 requires (else left out)."""
    return lambda text: text[:limit] if isinstance(text, str) and _URI.match(text) else None


def date_in(value: Any) -> Any:
    """v1's dates may carry a time (``2024-05-01 03:30:00 PST``): v2 keeps the day."""
    return value[:10] if isinstance(value, str) and _DATE.match(value) else value


def _date_or_none(value: Any) -> Any:
    return value[:10] if isinstance(value, str) and _DATE.match(value) else None


def _email_out(value: Any) -> Any:
    return value if isinstance(value, str) and _EMAIL.match(value) else None


def _amount_by_currency(src: dict[str, Any], out: dict[str, Any]) -> None:
    if "value" in src:
        out["value"] = amount_in(src["value"], src.get("currency"))


def _address_defaults(src: dict[str, Any], out: dict[str, Any]) -> None:
    for key in ("line1", "city", "country_code"):
        out.setdefault(key, "")


MONEY = Table(
    (Field("currency", "currency_code"), Field("value", "value")), after_in=_amount_by_currency
)
ADDRESS = Table(
    (
        Field("line1", "address_line_1"),
        Field("line2", "address_line_2"),
        Field("city", "admin_area_2"),
        Field("state", "admin_area_1"),
        Field("postal_code", "postal_code"),
        Field("country_code", "country_code"),
    ),
    after_out=_address_defaults,
)
PHONE = Table((Field("country_code", "country_code"), Field("national_number", "national_number")))


def person(name_limit: int = 256, business_limit: int = 100, *, contact: bool = True) -> Table:
    """A v1 person or business (``first_name``...) as a v2 contact (``name.given_name``...)."""
    fields = [
        Field("first_name", "name.given_name", back=fit(name_limit)),
        Field("last_name", "name.surname", back=fit(name_limit)),
        Field("business_name", "business_name", back=fit(business_limit)),
        Field("address", "address", table=ADDRESS),
    ]
    if contact:
        fields += [
            Field("email", "email_address", back=_email_out),
            Field("phone", "phones.0", table=PHONE),
        ]
    return Table(tuple(fields))


MERCHANT = Table(
    (
        *person().fields,
        Field("website", "website", back=uri(2048)),
        Field("tax_id", "tax_id", back=fit(100)),
        Field("additional_info", "additional_notes", back=fit(40)),
    )
)
BILLING = Table(
    (
        *person(name_limit=30).fields,
        Field("additional_info", "additional_info", back=fit(40)),
        Field(
            "language",
            "language",
            into=lambda v: v.replace("_", "-") if isinstance(v, str) else None,
            outbound=False,
        ),
    )
)
RECIPIENT = Table((Field(".", "billing_info", table=BILLING),))
SHIPPING = person(business_limit=480, contact=False)
TAX = Table(
    (
        Field("name", "name", back=fit(100)),
        Field("percent", "percent", into=number_in, back=number_out),
        Field("amount", "amount", table=MONEY, inbound=False),
    )
)
DISCOUNT = Table(
    (
        Field("percent", "percent", into=number_in, back=number_out),
        Field("amount", "amount", table=MONEY),
    )
)
ITEM = Table(
    (
        Field("name", "name", back=fit(200)),
        Field("quantity", "quantity", into=number_in, back=number_out),
        Field("unit_price", "unit_amount", table=MONEY),
        Field("description", "description", back=fit(1000)),
        Field("unit_of_measure", "unit_of_measure"),
        Field("date", "item_date", into=date_in),
        Field("tax", "tax", table=TAX),
        Field("discount", "discount", table=DISCOUNT),
    )
)
SHIPPING_COST = Table((Field("amount", "amount", table=MONEY), Field("tax", "tax", table=TAX)))
CUSTOM = Table(
    (
        Field("label", "label", default_in="", back=fit(50)),
        Field("amount", "amount", table=MONEY),
    )
)


def _cc_in(cc: Any) -> Any:
    if not isinstance(cc, list):
        return cc
    return [entry.get("email") if isinstance(entry, dict) else entry for entry in cc]


def _cc_out(emails: list[Any]) -> Any:
    return [{"email": e} for e in emails if _email_out(e)] or None


def _currency(src: dict[str, Any], out: dict[str, Any]) -> None:
    """v2's invoice currency: the first item price's, else the total's, else USD."""
    currency = None
    items = out.get("items")
    for item in items if isinstance(items, list) else []:
        price = item.get("unit_amount") if isinstance(item, dict) else None
        if currency is None and isinstance(price, dict):
            currency = price.get("currency_code")
    total = src.get("total_amount")
    if currency is None and isinstance(total, dict):
        currency = total.get("currency")
    out.setdefault("detail", {})["currency_code"] = currency or "USD"


def _total_out(amount: dict[str, Any]) -> Any:
    if amount.get("value") is None:
        return None
    return {"currency": amount["currency_code"], "value": amount["value"]}


def body(memo_limit: int = 500, *, template: bool = False) -> Table:
    """The v1 fields shared by invoices and template data (``template``: without number and
    date), over a v2 invoice (or template info)."""
    breakdown = "amount.breakdown"
    fields = [
        # v1 always names the merchant (its template data requires the field): an empty one
        # when the v2 resource has no invoicer.
        Field("merchant_info", "invoicer", table=MERCHANT, default_out={}),
        Field(
            "billing_info",
            "primary_recipients",
            table=RECIPIENT,
            many=True,
            back=lambda bills: [b for b in bills if b] or None,
        ),
        Field("shipping_info", "primary_recipients.0.shipping_info", table=SHIPPING),
        Field("cc_info", "additional_recipients", into=_cc_in, back=_cc_out),
        Field("items", "items", table=ITEM, many=True, default_in=[], default_out=[]),
        Field("reference", "detail.reference", back=fit(60)),
        Field("note", "detail.note", back=fit(4000)),
        Field("terms", "detail.terms_and_conditions", back=fit(4000)),
        Field("merchant_memo", "detail.memo", back=fit(memo_limit)),
        Field("payment_term", "detail.payment_term"),
        Field("discount", f"{breakdown}.discount.invoice_discount", table=DISCOUNT),
        Field("shipping_cost", f"{breakdown}.shipping", table=SHIPPING_COST),
        Field("custom", f"{breakdown}.custom", table=CUSTOM),
        Field(
            "allow_partial_payment",
            "configuration.partial_payment.allow_partial_payment",
            back=bool,
            default_in=False,
            default_out=False,
        ),
        Field(
            "minimum_amount_due", "configuration.partial_payment.minimum_amount_due", table=MONEY
        ),
        Field(
            "tax_calculated_after_discount",
            "configuration.tax_calculated_after_discount",
            default_in=False,
            default_out=True,
        ),
        Field("tax_inclusive", "configuration.tax_inclusive", default_in=False, default_out=False),
        Field("allow_tip", "configuration.allow_tip", default_in=False, default_out=False),
        Field("logo_url", "invoicer.logo_url", back=uri(4000)),
        Field("total_amount", "amount", back=_total_out, inbound=False),
        Field("template_id", "configuration.template_id", back=lambda v: v or None),
    ]
    if not template:
        fields += [
            Field("number", "detail.invoice_number", outbound=False),
            Field("invoice_date", "detail.invoice_date", into=date_in, outbound=False),
        ]
    return Table(tuple(fields), after_in=_currency)


INVOICE = body()
TEMPLATE_DATA = body(150, template=True)


def _settings_in(settings: Any) -> Any:
    if not isinstance(settings, list):
        return None
    items: list[dict[str, Any]] = []
    subtotals: list[dict[str, Any]] = []
    for setting in settings:
        if isinstance(setting, dict):
            name = setting.get("field_name")
            entry = {
                "field_name": name,
                "display_preference": setting.get("display_preference", {"hidden": False}),
            }
            (items if str(name).startswith("items.") else subtotals).append(entry)
    return {"template_item_settings": items, "template_subtotal_settings": subtotals}


def _v1_field_name(name: Any) -> Any:
    """v2 accepts PayPal's upper-case names too (``ITEMS_QUANTITY``); v1 knows only the dotted."""
    if isinstance(name, str) and name.isupper():
        return name.lower().replace("items_", "items.", 1)
    return name


def _settings_out(settings: dict[str, Any]) -> list[Any]:
    return [
        # v2 lets a setting leave its field out; v1 has no such setting (``null`` is no name).
        {**setting, "field_name": _v1_field_name(setting["field_name"])}
        for setting in (
            *settings.get("template_item_settings", []),
            *settings.get("template_subtotal_settings", []),
        )
        if isinstance(setting, dict) and isinstance(setting.get("field_name"), str)
    ]


TEMPLATE = Table(
    (
        Field("template_id", "id", inbound=False),
        Field("name", "name", default_out=""),
        Field("default", "default_template", default_out=False),
        Field("unit_of_measure", "unit_of_measure", default_out="QUANTITY"),
        Field("custom", "standard_template", back=lambda s: not s, default_out=True, inbound=False),
        Field("template_data", "template_info", table=TEMPLATE_DATA),
        Field("settings", "settings", into=_settings_in, back=_settings_out, default_out=[]),
    )
)
PAYMENT = Table(
    (
        Field("type", "type", inbound=False),
        Field("transaction_id", "payment_id", inbound=False),
        Field("date", "payment_date", into=_date_or_none, back=lambda d: d + "T00:00:00Z"),
        Field("method", "method"),
        Field("amount", "amount", table=MONEY),
        Field("note", "note"),
        Field("transaction_type", "transaction_type", inbound=False),
    )
)
REFUND = Table(
    (
        Field("type", "type", inbound=False),
        Field("transaction_id", "refund_id", inbound=False),
        Field("date", "refund_date", into=_date_or_none, back=lambda d: d + "T00:00:00Z"),
        Field("method", "method", default_in="OTHER", outbound=False),
        Field("amount", "amount", table=MONEY),
    )
)
METADATA = Table(
    tuple(
        Field(v1, v2, inbound=False)
        for v1, v2 in (
            ("created_date", "create_time"),
            ("created_by", "created_by"),
            ("last_updated_date", "last_update_time"),
            ("last_updated_by", "last_updated_by"),
            ("first_sent_date", "first_sent_time"),
            ("last_sent_date", "last_sent_time"),
            ("last_sent_by", "last_sent_by"),
            ("cancelled_date", "cancel_time"),
            ("cancelled_by", "cancelled_by"),
            ("payer_view_url", "recipient_view_url"),
        )
    )
)
SEARCH = Table(
    (
        Field("email", "recipient_email"),
        Field("recipient_first_name", "recipient_first_name"),
        Field("recipient_last_name", "recipient_last_name"),
        Field("recipient_business_name", "recipient_business_name"),
        Field("number", "invoice_number"),
        Field("archived", "archived"),
        Field("status", "status", into=lambda s: [s]),
    )
)
