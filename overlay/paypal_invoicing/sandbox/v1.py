"""Invoicing v1 (deprecated): v1's paths and wire shapes over the same store as v2.

Bodies are translated to v2 on the way in and back to v1 on the way out, so both versions see
the same invoices, numbers, payments and templates.
"""

from __future__ import annotations

import base64
import re
from collections.abc import Callable
from decimal import Decimal, InvalidOperation
from typing import Any

from . import amounts, invoices, qr, search, templates, validation
from .core import Sandbox
from .errors import ApiError, detail
from .store import InvoiceRecord, Reply
from .wire import Call, empty, json_reply

V1 = "/v1/invoicing"
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}")


def _missing(field: str) -> ApiError:
    return ApiError(
        400, [detail("MISSING_REQUIRED_PARAMETER", "A required field is missing.", field=field)]
    )


def _object(body: Any, field: str = "/") -> dict[str, Any]:
    if not isinstance(body, dict):
        raise ApiError(
            400, [detail("INVALID_PARAMETER_SYNTAX", "Expected an object.", field=field)]
        )
    return body


_PLAIN = re.compile(r"^-?[0-9]{1,20}(\.[0-9]{1,20})?$")


def _num(value: Any) -> Any:
    """A v1 number (a JSON number or a plain decimal string) as v2's decimal string.

    Anything else (``"1e9999999"``, ``"NaN"``, ``1e300``, 40 digits) is passed on as text, for
    v2's validation to refuse naming the field, exactly as v2 refuses an over-precise amount.
    """
    if isinstance(value, bool) or not isinstance(value, int | float | str):
        return value
    text = value if isinstance(value, str) else repr(value)
    if isinstance(value, float) and "e" in text:  # 1e-05, 1e+20: written out if small enough
        text = f"{value:.20f}".rstrip("0").rstrip(".") if 1e-20 <= abs(value) < 1e20 else text
    if not _PLAIN.match(text):
        return text
    return f"{Decimal(text).normalize():f}"


def _amount_in(value: Any, currency: Any) -> Any:
    """A v1 amount as PayPal writes it: with the currency's minor unit (``"100.00"``, ``"100"``
    for JPY). A value with more decimals than the currency has is passed on for v2 to refuse."""
    text = _num(value)
    if not isinstance(text, str) or not isinstance(currency, str):
        return text
    try:
        number = Decimal(text)
        exact = number.is_finite() and amounts.rounded(number, currency) == number
    except InvalidOperation:  # not a number, or too many digits to round
        return text
    return amounts.fmt(number, currency) if exact else text


def _money_in(money: Any) -> Any:
    if not isinstance(money, dict):
        return money
    currency = money.get("currency")
    return {"currency_code": currency, "value": _amount_in(money.get("value"), currency)}


def _money_out(money: dict[str, Any] | None) -> dict[str, Any] | None:
    if money is None:
        return None
    return {"currency": money["currency_code"], "value": money["value"]}


def _number_out(text: str | None) -> Any:
    if text is None:
        return None
    value = Decimal(text)
    return int(value) if value == value.to_integral_value() else float(value)


def _address_in(addr: Any) -> Any:
    if not isinstance(addr, dict):
        return addr
    pairs = {
        "line1": "address_line_1",
        "line2": "address_line_2",
        "city": "admin_area_2",
        "state": "admin_area_1",
        "postal_code": "postal_code",
        "country_code": "country_code",
    }
    return {v2: addr[v1] for v1, v2 in pairs.items() if v1 in addr}


def _address_out(addr: dict[str, Any] | None) -> dict[str, Any] | None:
    if not addr:
        return None
    pairs = {
        "address_line_1": "line1",
        "address_line_2": "line2",
        "admin_area_2": "city",
        "admin_area_1": "state",
        "postal_code": "postal_code",
        "country_code": "country_code",
    }
    out = {v1: addr[v2] for v2, v1 in pairs.items() if v2 in addr}
    out.setdefault("line1", "")
    out.setdefault("city", "")
    out.setdefault("country_code", "")
    return out


def _phone_in(phone: Any) -> Any:
    if not isinstance(phone, dict):
        return phone
    return {k: phone[k] for k in ("country_code", "national_number") if k in phone}


def _person_in(src: dict[str, Any], email_key: bool = True) -> dict[str, Any]:
    out: dict[str, Any] = {}
    name = {
        k2: src[k1]
        for k1, k2 in (("first_name", "given_name"), ("last_name", "surname"))
        if k1 in src
    }
    if name:
        out["name"] = name
    if "business_name" in src:
        out["business_name"] = src["business_name"]
    if "address" in src:
        out["address"] = _address_in(src["address"])
    if email_key and "email" in src:
        out["email_address"] = src["email"]
    if email_key and "phone" in src:
        out["phones"] = [_phone_in(src["phone"])]
    return out


_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_URI = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*://\S+$")


def _fit(text: Any, limit: int) -> Any:
    """v1's length limits are tighter than v2's: v1 shows what fits."""
    return text[:limit] if isinstance(text, str) else text


def _uri(text: Any) -> str | None:
    """A v2 free-text URL, when it is a URI as v1 requires."""
    return text if isinstance(text, str) and _URI.match(text) else None


def _person_out(
    src: dict[str, Any] | None,
    email_key: bool = True,
    name_limit: int = 256,
    business_limit: int = 100,
) -> dict[str, Any]:
    src = src or {}
    out: dict[str, Any] = {}
    name = src.get("name") or {}
    if "given_name" in name:
        out["first_name"] = _fit(name["given_name"], name_limit)
    if "surname" in name:
        out["last_name"] = _fit(name["surname"], name_limit)
    if "business_name" in src:
        out["business_name"] = _fit(src["business_name"], business_limit)
    address = _address_out(src.get("address"))
    if address:
        out["address"] = address
    if (
        email_key
        and isinstance(src.get("email_address"), str)
        and _EMAIL.match(src["email_address"])
    ):
        out["email"] = src["email_address"]
    if email_key and src.get("phones"):
        phone = src["phones"][0]
        out["phone"] = {
            "country_code": phone["country_code"],
            "national_number": phone["national_number"],
        }
    return out


def _tax_in(tax: Any) -> Any:
    if not isinstance(tax, dict):
        return tax
    return {"name": tax.get("name"), "percent": _num(tax.get("percent"))}


def _discount_in(discount: Any) -> Any:
    if not isinstance(discount, dict):
        return discount
    out: dict[str, Any] = {}
    if "percent" in discount:
        out["percent"] = _num(discount["percent"])
    if "amount" in discount:
        out["amount"] = _money_in(discount["amount"])
    return out


def _date_in(value: Any) -> Any:
    if isinstance(value, str) and _DATE.match(value):
        return value[:10]
    return value


def invoice_in(body: Any, *, template: bool = False) -> dict[str, Any]:
    """A v1 invoice (or template data) translated to a v2 body."""
    src = _object(body)
    if "merchant_info" not in src:
        raise _missing("merchant_info")
    items = src.get("items") or []
    if not isinstance(items, list):
        raise ApiError(
            400, [detail("INVALID_PARAMETER_SYNTAX", "Expected an array.", field="items")]
        )
    v2_items = []
    currency = None
    for i, raw in enumerate(items):
        item = _object(raw, f"items[{i}]")
        for key in ("name", "quantity", "unit_price"):
            if key not in item:
                raise _missing(f"items[{i}].{key}")
        price = _money_in(item["unit_price"])
        if isinstance(price, dict) and currency is None:
            currency = price.get("currency_code")
        new = {"name": item["name"], "quantity": _num(item["quantity"]), "unit_amount": price}
        for key in ("description", "unit_of_measure"):
            if key in item:
                new[key] = item[key]
        if "date" in item:
            new["item_date"] = _date_in(item["date"])
        if "tax" in item:
            new["tax"] = _tax_in(item["tax"])
        if "discount" in item:
            new["discount"] = _discount_in(item["discount"])
        v2_items.append(new)
    if currency is None:
        total = src.get("total_amount")
        currency = total.get("currency") if isinstance(total, dict) else None
    detail_: dict[str, Any] = {"currency_code": currency or "USD"}
    for v1_key, v2_key in (
        ("reference", "reference"),
        ("note", "note"),
        ("terms", "terms_and_conditions"),
        ("merchant_memo", "memo"),
        ("payment_term", "payment_term"),
    ):
        if v1_key in src:
            detail_[v2_key] = src[v1_key]
    if not template:
        if "number" in src:
            detail_["invoice_number"] = src["number"]
        if "invoice_date" in src:
            detail_["invoice_date"] = _date_in(src["invoice_date"])
    merchant = _object(src["merchant_info"], "merchant_info")
    invoicer = _person_in(merchant)
    for key, v2_key in (
        ("website", "website"),
        ("tax_id", "tax_id"),
        ("additional_info", "additional_notes"),
    ):
        if key in merchant:
            invoicer[v2_key] = merchant[key]
    if "logo_url" in src:
        invoicer["logo_url"] = src["logo_url"]
    out: dict[str, Any] = {"detail": detail_, "invoicer": invoicer, "items": v2_items}
    recipients = []
    for i, bill in enumerate(src.get("billing_info") or []):
        info = _person_in(_object(bill, f"billing_info[{i}]"))
        if "additional_info" in bill:
            info["additional_info"] = bill["additional_info"]
        if isinstance(bill.get("language"), str):
            info["language"] = bill["language"].replace("_", "-")
        recipients.append({"billing_info": info})
    if isinstance(src.get("shipping_info"), dict):
        if not recipients:
            recipients.append({})
        recipients[0]["shipping_info"] = _person_in(src["shipping_info"], email_key=False)
    if recipients:
        out["primary_recipients"] = recipients
    if src.get("cc_info"):
        out["additional_recipients"] = [
            cc.get("email") if isinstance(cc, dict) else cc for cc in src["cc_info"]
        ]
    config: dict[str, Any] = {
        "tax_calculated_after_discount": src.get("tax_calculated_after_discount", False),
        "tax_inclusive": src.get("tax_inclusive", False),
        "allow_tip": src.get("allow_tip", False),
        "partial_payment": {"allow_partial_payment": src.get("allow_partial_payment", False)},
    }
    if "minimum_amount_due" in src:
        config["partial_payment"]["minimum_amount_due"] = _money_in(src["minimum_amount_due"])
    if "template_id" in src:
        config["template_id"] = src["template_id"]
    out["configuration"] = config
    breakdown: dict[str, Any] = {}
    if "discount" in src:
        breakdown["discount"] = {"invoice_discount": _discount_in(src["discount"])}
    if isinstance(src.get("shipping_cost"), dict):
        ship = src["shipping_cost"]
        breakdown["shipping"] = {
            k: (_money_in(v) if k == "amount" else _tax_in(v))
            for k, v in ship.items()
            if k in ("amount", "tax")
        }
    if isinstance(src.get("custom"), dict):
        custom = src["custom"]
        breakdown["custom"] = {"label": custom.get("label", "")}
        if "amount" in custom:
            breakdown["custom"]["amount"] = _money_in(custom["amount"])
    if breakdown:
        out["amount"] = {"breakdown": breakdown}
    return out


def _tax_out(tax: dict[str, Any] | None) -> dict[str, Any] | None:
    if not tax:
        return None
    out = {"name": _fit(tax["name"], 100), "percent": _number_out(tax["percent"])}
    if "amount" in tax:
        out["amount"] = _money_out(tax["amount"])
    return out


def _discount_out(discount: dict[str, Any] | None) -> dict[str, Any] | None:
    if not discount:
        return None
    out: dict[str, Any] = {}
    if "percent" in discount:
        out["percent"] = _number_out(discount["percent"])
    if "amount" in discount:
        out["amount"] = _money_out(discount["amount"])
    return out


def body_out(inv: dict[str, Any], memo_limit: int = 500) -> dict[str, Any]:
    """The v1 fields shared by invoices and template data."""
    det = inv.get("detail") or {}
    config = inv.get("configuration") or {}
    invoicer = inv.get("invoicer") or {}
    merchant = _person_out(invoicer)
    if _uri(invoicer.get("website")):
        merchant["website"] = _fit(invoicer["website"], 2048)
    for v2_key, v1_key, limit in (
        ("tax_id", "tax_id", 100),
        ("additional_notes", "additional_info", 40),
    ):
        if v2_key in invoicer:
            merchant[v1_key] = _fit(invoicer[v2_key], limit)
    out: dict[str, Any] = {"merchant_info": merchant}
    recipients = inv.get("primary_recipients") or []
    bills = []
    for rec in recipients:
        if rec.get("billing_info"):
            bill = _person_out(rec["billing_info"], name_limit=30)
            if "additional_info" in rec["billing_info"]:
                bill["additional_info"] = _fit(rec["billing_info"]["additional_info"], 40)
            bills.append(bill)
    if bills:
        out["billing_info"] = bills
    if recipients and recipients[0].get("shipping_info"):
        out["shipping_info"] = _person_out(
            recipients[0]["shipping_info"], email_key=False, business_limit=480
        )
    cc = [e for e in inv.get("additional_recipients") or [] if _EMAIL.match(e)]
    if cc:
        out["cc_info"] = [{"email": e} for e in cc]
    items = []
    for item in inv.get("items") or []:
        new: dict[str, Any] = {
            "name": _fit(item["name"], 200),
            "quantity": _number_out(item["quantity"]),
            "unit_price": _money_out(item["unit_amount"]),
        }
        if "description" in item:
            new["description"] = _fit(item["description"], 1000)
        if "unit_of_measure" in item:
            new["unit_of_measure"] = item["unit_of_measure"]
        if "item_date" in item:
            new["date"] = item["item_date"]
        if item.get("tax"):
            new["tax"] = _tax_out(item["tax"])
        if item.get("discount"):
            new["discount"] = _discount_out(item["discount"])
        items.append(new)
    out["items"] = items
    for v2_key, v1_key, limit in (
        ("reference", "reference", 60),
        ("note", "note", 4000),
        ("terms_and_conditions", "terms", 4000),
        ("memo", "merchant_memo", memo_limit),
    ):
        if v2_key in det:
            out[v1_key] = _fit(det[v2_key], limit)
    if "payment_term" in det:
        out["payment_term"] = det["payment_term"]
    breakdown = (inv.get("amount") or {}).get("breakdown") or {}
    inv_disc = (breakdown.get("discount") or {}).get("invoice_discount")
    if inv_disc:
        out["discount"] = _discount_out(inv_disc)
    if breakdown.get("shipping"):
        ship = breakdown["shipping"]
        out["shipping_cost"] = {"amount": _money_out(ship.get("amount"))}
        if ship.get("tax"):
            out["shipping_cost"]["tax"] = _tax_out(ship["tax"])
    if breakdown.get("custom"):
        custom = breakdown["custom"]
        out["custom"] = {"label": _fit(custom["label"], 50)}
        if custom.get("amount"):
            out["custom"]["amount"] = _money_out(custom["amount"])
    partial = config.get("partial_payment") or {}
    out["allow_partial_payment"] = bool(partial.get("allow_partial_payment"))
    if partial.get("minimum_amount_due"):
        out["minimum_amount_due"] = _money_out(partial["minimum_amount_due"])
    out["tax_calculated_after_discount"] = config.get("tax_calculated_after_discount", True)
    out["tax_inclusive"] = config.get("tax_inclusive", False)
    out["allow_tip"] = config.get("allow_tip", False)
    if _uri(invoicer.get("logo_url")):
        out["logo_url"] = _fit(invoicer["logo_url"], 4000)
    if (inv.get("amount") or {}).get("value") is not None:
        out["total_amount"] = {
            "currency": inv["amount"]["currency_code"],
            "value": inv["amount"]["value"],
        }
    if config.get("template_id"):
        out["template_id"] = config["template_id"]
    return out


def invoice_out(record: InvoiceRecord, base: str) -> dict[str, Any]:
    """The v1 representation of a stored invoice."""
    inv = record.invoice
    det = inv["detail"]
    meta = det["metadata"]
    out: dict[str, Any] = {
        "id": inv["id"],
        "number": _fit(det["invoice_number"], 25),
        "status": inv["status"],
    }
    out.update(body_out(inv))
    out["invoice_date"] = det.get("invoice_date")
    cur = det["currency_code"]
    payments = (inv.get("payments") or {}).get("transactions") or []
    refunds = (inv.get("refunds") or {}).get("transactions") or []
    out["payments"] = [
        {
            "type": p["type"],
            "transaction_id": p["payment_id"],
            "date": p["payment_date"] + "T00:00:00Z",
            "method": p["method"],
            "amount": _money_out(p["amount"]),
            **({"note": p["note"]} if "note" in p else {}),
            **({"transaction_type": p["transaction_type"]} if "transaction_type" in p else {}),
        }
        for p in payments
    ]
    out["refunds"] = [
        {
            "type": r["type"],
            "transaction_id": r["refund_id"],
            "date": r["refund_date"] + "T00:00:00Z",
            "amount": _money_out(r["amount"]),
        }
        for r in refunds
    ]

    def summed(rows: list[dict[str, Any]], kind: str) -> dict[str, Any]:
        totals = {"PAYPAL": Decimal(0), "EXTERNAL": Decimal(0)}
        for row in rows:
            totals[row["type"]] += Decimal(row["amount"]["value"])
        return {
            "paypal": {"currency": cur, "value": amounts.fmt(totals["PAYPAL"], cur)},
            "other": {"currency": cur, "value": amounts.fmt(totals["EXTERNAL"], cur)},
        }

    out["paid_amount"] = summed(payments, "paid")
    out["refunded_amount"] = summed(refunds, "refunded")
    out["metadata"] = {
        k1: meta[k2]
        for k1, k2 in (
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
        if k2 in meta
    }
    href = f"{base}{V1}/invoices/{inv['id']}"
    out["links"] = [{"href": href, "rel": "self", "method": "GET"}]
    return {k: v for k, v in out.items() if v is not None}


def template_in(body: Any) -> dict[str, Any]:
    """A v1 template translated to a v2 template."""
    src = _object(body)
    out: dict[str, Any] = {"name": src.get("name")}
    if "default" in src:
        out["default_template"] = src["default"]
    if "unit_of_measure" in src:
        out["unit_of_measure"] = src["unit_of_measure"]
    if "template_data" in src:
        out["template_info"] = invoice_in(src["template_data"], template=True)
    settings = src.get("settings")
    if isinstance(settings, list):
        item_settings: list[dict[str, Any]] = []
        subtotal_settings: list[dict[str, Any]] = []
        for setting in settings:
            if not isinstance(setting, dict):
                continue
            name = setting.get("field_name")
            entry = {
                "field_name": name,
                "display_preference": setting.get("display_preference", {"hidden": False}),
            }
            (item_settings if str(name).startswith("items.") else subtotal_settings).append(entry)
        out["settings"] = {
            "template_item_settings": item_settings,
            "template_subtotal_settings": subtotal_settings,
        }
    return out


def template_out(template: dict[str, Any], base: str) -> dict[str, Any]:
    """The v1 representation of a stored template."""
    out: dict[str, Any] = {
        "template_id": template["id"],
        "name": template.get("name", ""),
        "default": template.get("default_template", False),
        "unit_of_measure": template.get("unit_of_measure", "QUANTITY"),
        "custom": not template.get("standard_template", False),
    }
    if template.get("template_info"):
        out["template_data"] = body_out(template["template_info"], memo_limit=150)
    settings = template.get("settings") or {}
    out["settings"] = [
        *settings.get("template_item_settings", []),
        *settings.get("template_subtotal_settings", []),
    ]
    href = f"{base}{V1}/templates/{template['id']}"
    out["links"] = [{"href": href, "rel": "self", "method": "GET"}]
    return out


# -- operations -----------------------------------------------------------------------------
def create(sandbox: Sandbox, call: Call) -> Reply:
    """POST /v1/invoicing/invoices."""
    record = invoices.create(sandbox.store, invoice_in(call.json()))
    return json_reply(201, invoice_out(record, call.base))


def _v1_page(query: dict[str, str] | Any) -> tuple[int, int]:
    start = query.get("page", "0")
    size = query.get("page_size", "20")
    try:
        start_i, size_i = int(start), int(size)
    except (TypeError, ValueError):
        raise ApiError(
            400,
            [
                detail(
                    "INVALID_PARAMETER_SYNTAX", "Expected integers.", field="page", location="query"
                )
            ],
        ) from None
    if start_i < 0 or not 1 <= size_i <= search.MAX_PAGE_SIZE:
        raise ApiError(
            400,
            [
                detail(
                    "INVALID_PARAMETER_VALUE",
                    "page or page_size out of range.",
                    field="page_size",
                    location="query",
                )
            ],
        )
    return start_i, size_i


def _listing(rows: list[InvoiceRecord], call: Call, start: int, size: int, total: bool) -> Reply:
    chunk = rows[start : start + size]
    body: dict[str, Any] = {}
    if total:
        body["total_count"] = len(rows)
    body["invoices"] = [invoice_out(r, call.base) for r in chunk]
    body["links"] = [{"href": f"{call.base}{call.path}", "rel": "self", "method": call.method}]
    return json_reply(200, body)


def _sorted(sandbox: Sandbox) -> list[InvoiceRecord]:
    rows = list(reversed(sandbox.store.invoices.values()))
    return [invoices.get_record(sandbox.store, r.id) for r in rows]


def list_all(sandbox: Sandbox, call: Call) -> Reply:
    """GET /v1/invoicing/invoices (``page`` is a zero-relative start index)."""
    start, size = _v1_page(call.query)
    total = search.boolean(call.query, "total_count_required", False)
    return _listing(_sorted(sandbox), call, start, size, total)


def _bound(body: dict[str, Any], key: str) -> Decimal | None:
    """A search amount bound: a finite plain number, or PayPal's 400 naming the field."""
    if body.get(key) is None:
        return None
    text = _num(body[key])
    if not isinstance(text, str) or not _PLAIN.match(text):
        raise ApiError(
            400,
            [detail("INVALID_PARAMETER_VALUE", "Not a number.", field=key, value=body[key])],
        )
    return Decimal(text)


def search_v1(sandbox: Sandbox, call: Call) -> Reply:
    """POST /v1/invoicing/search."""
    body = _object(call.json())
    filters: dict[str, Any] = {}
    for v1_key, v2_key in (
        ("email", "recipient_email"),
        ("recipient_first_name", "recipient_first_name"),
        ("recipient_last_name", "recipient_last_name"),
        ("recipient_business_name", "recipient_business_name"),
        ("number", "invoice_number"),
        ("archived", "archived"),
    ):
        if body.get(v1_key) is not None:
            filters[v2_key] = body[v1_key]
    if body.get("status") is not None:
        filters["status"] = [body["status"]]
    for name, v2_key in (("invoice", "invoice_date_range"), ("due", "due_date_range")):
        lo, hi = body.get(f"start_{name}_date"), body.get(f"end_{name}_date")
        if isinstance(lo, str) or isinstance(hi, str):
            filters[v2_key] = {
                "start": _date_in(lo) if lo else "0000-01-01",
                "end": _date_in(hi) if hi else "9999-12-31",
            }
    filters = validation.check(filters, validation.SEARCH)
    rows = [r for r in _sorted(sandbox) if search.matches(r, filters)]

    low = _bound(body, "lower_total_amount")
    high = _bound(body, "upper_total_amount")

    def in_range(record: InvoiceRecord) -> bool:
        value = Decimal(record.invoice["amount"]["value"])
        return (low is None or value >= low) and (high is None or value <= high)

    rows = [r for r in rows if in_range(r)]
    query = {"page": str(body.get("page", 0)), "page_size": str(body.get("page_size", 20))}
    query = {k: v.split(".")[0] if v.endswith(".0") else v for k, v in query.items()}
    start, size = _v1_page(query)
    return _listing(rows, call, start, size, body.get("total_count_required") is True)


def get(sandbox: Sandbox, call: Call) -> Reply:
    """GET /v1/invoicing/invoices/{invoice_id}."""
    record = invoices.get_record(sandbox.store, call.params["invoice_id"])
    return json_reply(200, invoice_out(record, call.base))


def update(sandbox: Sandbox, call: Call) -> Reply:
    """PUT /v1/invoicing/invoices/{invoice_id}."""
    record = invoices.replace(sandbox.store, call.params["invoice_id"], invoice_in(call.json()))
    return json_reply(200, invoice_out(record, call.base))


def delete(sandbox: Sandbox, call: Call) -> Reply:
    """DELETE /v1/invoicing/invoices/{invoice_id}."""
    invoices.delete(sandbox.store, call.params["invoice_id"])
    return empty(204)


def send(sandbox: Sandbox, call: Call) -> Reply:
    """POST /v1/invoicing/invoices/{invoice_id}/send (and /schedule)."""
    invoices.send(sandbox.store, call.params["invoice_id"], None)
    return empty(202)


def remind(sandbox: Sandbox, call: Call) -> Reply:
    """POST /v1/invoicing/invoices/{invoice_id}/remind."""
    call.json(required=False)
    invoices.remind(sandbox.store, call.params["invoice_id"], None)
    return empty(202)


def cancel(sandbox: Sandbox, call: Call) -> Reply:
    """POST /v1/invoicing/invoices/{invoice_id}/cancel."""
    call.json(required=False)
    invoices.cancel(sandbox.store, call.params["invoice_id"], None)
    return empty(204)


def _transaction_in(body: Any, date_key: str, default_method: str | None) -> dict[str, Any]:
    src = _object(body)
    out: dict[str, Any] = {}
    method = src.get("method", default_method)
    if method is None:
        raise _missing("method")
    out["method"] = method
    if "amount" in src:
        out["amount"] = _money_in(src["amount"])
    if isinstance(src.get("date"), str) and _DATE.match(src["date"]):
        out[date_key] = src["date"][:10]
    if "note" in src and date_key == "payment_date":
        out["note"] = src["note"]
    return out


def record_payment(sandbox: Sandbox, call: Call) -> Reply:
    """POST /v1/invoicing/invoices/{invoice_id}/record-payment."""
    body = _transaction_in(call.json(), "payment_date", None)
    invoices.record_payment(sandbox.store, call.params["invoice_id"], body)
    return empty(204)  # PayPal answers 204 with an empty body


def record_refund(sandbox: Sandbox, call: Call) -> Reply:
    """POST /v1/invoicing/invoices/{invoice_id}/record-refund."""
    body = _transaction_in(call.json(), "refund_date", "OTHER")
    invoices.record_refund(sandbox.store, call.params["invoice_id"], body)
    return empty(204)  # PayPal answers 204 with an empty body


def delete_payment(sandbox: Sandbox, call: Call) -> Reply:
    """DELETE /v1/invoicing/invoices/{invoice_id}/payment-records/{transaction_id}."""
    invoices.delete_payment(sandbox.store, call.params["invoice_id"], call.params["transaction_id"])
    return empty(204)


def delete_refund(sandbox: Sandbox, call: Call) -> Reply:
    """DELETE /v1/invoicing/invoices/{invoice_id}/refund-records/{transaction_id}."""
    invoices.delete_refund(sandbox.store, call.params["invoice_id"], call.params["transaction_id"])
    return empty(204)


def qr_code(sandbox: Sandbox, call: Call) -> Reply:
    """GET /v1/invoicing/invoices/{invoice_id}/qr-code?width&height: ``{"image": base64}``."""
    config: dict[str, Any] = {}
    for key in ("width", "height"):
        if key in call.query:
            try:
                config[key] = int(call.query[key])
            except ValueError:
                raise ApiError(
                    400,
                    [
                        detail(
                            "INVALID_PARAMETER_SYNTAX",
                            "Expected an integer.",
                            field=key,
                            location="query",
                        )
                    ],
                ) from None
    url, width, height = invoices.qr_target(sandbox.store, call.params["invoice_id"], config)
    image = base64.b64encode(qr.qr_png(url, width, height)).decode("ascii")
    return json_reply(200, {"image": image})


def next_number(sandbox: Sandbox, call: Call) -> Reply:
    """POST /v1/invoicing/invoices/next-invoice-number."""
    return json_reply(200, {"number": invoices.next_number(sandbox.store)})


def create_template(sandbox: Sandbox, call: Call) -> Reply:
    """POST /v1/invoicing/templates."""
    template = templates.create(sandbox.store, template_in(call.json()))
    return json_reply(200, template_out(template, call.base))


def list_templates(sandbox: Sandbox, call: Call) -> Reply:
    """GET /v1/invoicing/templates."""
    listing = templates.listing(sandbox.store)
    body = {
        "addresses": [_address_out(a) for a in listing["addresses"]],
        "emails": listing["emails"],
        "phones": [
            {"country_code": p["country_code"], "national_number": p["national_number"]}
            for p in listing["phones"]
        ],
        "templates": [template_out(t, call.base) for t in sandbox.store.templates.values()],
        "links": [{"href": f"{call.base}{call.path}", "rel": "self", "method": "GET"}],
    }
    if call.query.get("fields", "all") == "none":
        for template in body["templates"]:
            template.pop("template_data", None)
    return json_reply(200, body)


def get_template(sandbox: Sandbox, call: Call) -> Reply:
    """GET /v1/invoicing/templates/{template_id}."""
    return json_reply(
        200, template_out(templates.get(sandbox.store, call.params["template_id"]), call.base)
    )


def update_template(sandbox: Sandbox, call: Call) -> Reply:
    """PUT /v1/invoicing/templates/{template_id}."""
    template = templates.replace(
        sandbox.store, call.params["template_id"], template_in(call.json())
    )
    return json_reply(200, template_out(template, call.base))


def delete_template(sandbox: Sandbox, call: Call) -> Reply:
    """DELETE /v1/invoicing/templates/{template_id}."""
    templates.delete(sandbox.store, call.params["template_id"])
    return empty(204)


def _v1_errors(operation: Callable[[Sandbox, Call], Reply]) -> Callable[[Sandbox, Call], Reply]:
    """v1's error details always name a field (``/`` for the whole body)."""

    def run(sandbox: Sandbox, call: Call) -> Reply:
        try:
            return operation(sandbox, call)
        except ApiError as exc:
            for entry in exc.details:
                entry.setdefault("field", "/")
            raise

    return run


_INV = V1 + "/invoices/{invoice_id}"
_ROUTES: list[tuple[str, Any, str]] = [
    (V1 + "/invoices", create, "POST"),
    (V1 + "/invoices", list_all, "GET"),
    (V1 + "/search", search_v1, "POST"),
    (V1 + "/invoices/next-invoice-number", next_number, "POST"),
    (_INV + "/send", send, "POST"),
    (_INV + "/schedule", send, "POST"),
    (_INV + "/remind", remind, "POST"),
    (_INV + "/cancel", cancel, "POST"),
    (_INV + "/record-payment", record_payment, "POST"),
    (_INV + "/record-refund", record_refund, "POST"),
    (_INV, get, "GET"),
    (_INV, update, "PUT"),
    (_INV, delete, "DELETE"),
    (_INV + "/payment-records/{transaction_id}", delete_payment, "DELETE"),
    (_INV + "/refund-records/{transaction_id}", delete_refund, "DELETE"),
    (_INV + "/qr-code", qr_code, "GET"),
    (V1 + "/templates", create_template, "POST"),
    (V1 + "/templates", list_templates, "GET"),
    (V1 + "/templates/{template_id}", get_template, "GET"),
    (V1 + "/templates/{template_id}", update_template, "PUT"),
    (V1 + "/templates/{template_id}", delete_template, "DELETE"),
]
ROUTES: list[tuple[str, Any, str]] = [
    (path, _v1_errors(op), method) for path, op, method in _ROUTES
]
