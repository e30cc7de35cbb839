"""The v2 invoice operations and PayPal's lifecycle rules, over a :class:`~.store.Store`.

Callers hold ``store.lock``. Every refusal raises :class:`~.errors.ApiError` before anything
changes.
"""

from __future__ import annotations

import copy
import datetime as dt
from decimal import Decimal
from typing import Any

from . import amounts, numbers, rules, validation
from .errors import ApiError, detail, not_found, unprocessable
from .records import InvoiceRecord
from .store import Store, timestamp

PAYER_VIEW = "https://www.sandbox.paypal.com/invoice/p/#{}"
INVOICER_VIEW = "https://www.sandbox.paypal.com/invoice/details/{}"
UNPAID_SENT = {"SENT", "UNPAID", "PARTIALLY_PAID"}
PAYABLE = {"DRAFT", "SCHEDULED", "SENT", "UNPAID", "PARTIALLY_PAID"}
UPDATABLE = {"DRAFT", "SCHEDULED", "SENT", "UNPAID"}
REFUNDABLE = {"PAID", "MARKED_AS_PAID", "PARTIALLY_PAID", "PARTIALLY_REFUNDED"}


def status_error(
    record: InvoiceRecord, action: str, issue: str = "INVALID_INVOICE_STATUS"
) -> ApiError:
    """422 for an action the invoice's status forbids."""
    return unprocessable(
        issue,
        f"Cannot {action} an invoice in status {record.status}.",
        "/status",
        record.status,
    )


def get_record(store: Store, invoice_id: str) -> InvoiceRecord:
    """The stored invoice or PayPal's 404."""
    record = store.invoices.get(invoice_id)
    if record is None:
        raise not_found(
            "INVOICE_NOT_FOUND",
            "Invoice with the given ID does not exist.",
            "invoice_id",
            invoice_id,
        )
    _mature(store, record)
    return record


def _mature(store: Store, record: InvoiceRecord) -> None:
    """A scheduled invoice whose date has come is sent."""
    if record.status == "SCHEDULED":
        date = record.invoice["detail"].get("invoice_date")
        if date is None or dt.date.fromisoformat(date) <= store.today():
            record.invoice["status"] = "SENT"
            record.sent = True
            meta = record.invoice["detail"]["metadata"]
            meta.setdefault("first_sent_time", timestamp(store.now()))
            meta["last_sent_time"] = timestamp(store.now())
            store.notify("INVOICING.INVOICE.SENT", record)


def _prepare(store: Store, body: Any, current: InvoiceRecord | None) -> dict[str, Any]:
    """Validate a create/replace body and complete it with computed figures."""
    invoice = validation.check(body, validation.INVOICE)
    rules.check_invoice(invoice)
    detail_ = invoice["detail"]
    detail_["invoice_number"] = _number(store, detail_.get("invoice_number"), current)
    kept_date = current.invoice["detail"].get("invoice_date") if current is not None else None
    detail_.setdefault("invoice_date", kept_date or store.today().isoformat())
    _due_date(detail_)
    invoice.setdefault("invoicer", {}).setdefault(
        "email_address", store.merchant.get("email_address")
    )
    _name_lines(store, invoice)
    config = invoice.setdefault("configuration", {})
    for key, default in _CONFIGURATION:
        config.setdefault(key, default)
    partial = config.setdefault("partial_payment", {"allow_partial_payment": False})
    partial.setdefault("allow_partial_payment", False)
    shipping_tax = ((invoice.get("amount") or {}).get("breakdown") or {}).get("shipping") or {}
    if shipping_tax.get("tax"):
        shipping_tax["tax"]["id"] = "TAX-" + store.random_id(17)
    amounts.apply(invoice, amounts.compute(invoice))
    return invoice


_CONFIGURATION = (
    ("tax_calculated_after_discount", True),
    ("tax_inclusive", False),
    ("allow_tip", False),
)


def _number(store: Store, number: str | None, current: InvoiceRecord | None) -> str:
    """The invoice number: the one given unless another invoice holds it, else the current
    one (replace) or the next free one (create)."""
    used = store.numbers_in_use()
    if current is not None:
        used.discard(str(current.invoice["detail"].get("invoice_number")))
    if number is None:
        if current is not None:
            return str(current.invoice["detail"]["invoice_number"])
        return numbers.next_number(store.last_number, used)
    if number in used:
        raise unprocessable(
            "DUPLICATE_INVOICE_NUMBER",
            "Invoice number is already used by another invoice.",
            "/detail/invoice_number",
            number,
        )
    return number


def _due_date(detail_: dict[str, Any]) -> None:
    """A ``NET_n`` or ``DUE_ON_RECEIPT`` term without a due date gets one."""
    term = detail_.get("payment_term") or {}
    term_type = term.get("term_type", "")
    if "due_date" not in term and (term_type.startswith("NET_") or term_type == "DUE_ON_RECEIPT"):
        days = int(term_type[4:]) if term_type.startswith("NET_") else 0
        invoice_date = dt.date.fromisoformat(detail_["invoice_date"])
        term["due_date"] = (invoice_date + dt.timedelta(days=days)).isoformat()


def _name_lines(store: Store, invoice: dict[str, Any]) -> None:
    """Ids for the items (kept when given) and their taxes; items measure quantities."""
    items = [
        {"id": item.pop("id", None) or "ITEM-" + store.random_id(17), **item}
        for item in invoice.get("items") or []
    ]
    if "items" in invoice:
        invoice["items"] = items
    for item in items:
        if item.get("tax"):
            item["tax"]["id"] = "TAX-" + store.random_id(17)
        item.setdefault("unit_of_measure", "QUANTITY")


def create(store: Store, body: Any) -> InvoiceRecord:
    """Create a draft invoice."""
    invoice = _prepare(store, body, None)
    invoice_id = store.new_invoice_id()
    created = store.now()
    invoice = {"id": invoice_id, "status": "DRAFT", **invoice}
    invoice["detail"]["metadata"] = {
        "create_time": timestamp(created),
        "created_by": store.merchant.get("email_address"),
        "last_update_time": timestamp(created),
        "last_updated_by": store.merchant.get("email_address"),
        "created_by_flow": "REGULAR_SINGLE",
        "recipient_view_url": PAYER_VIEW.format(invoice_id[5:].replace("-", "")),
        "invoicer_view_url": INVOICER_VIEW.format(invoice_id),
        "caller_type": "API_V2_INVOICE",
    }
    invoice["detail"].update(
        {"archived": False, "viewed_by_recipient": False, "group_draft": False}
    )
    record = InvoiceRecord(invoice, created)
    _settle(record)
    store.invoices[invoice_id] = record
    store.last_number = invoice["detail"]["invoice_number"]
    store.notify("INVOICING.INVOICE.CREATED", record)
    return record


def replace(store: Store, invoice_id: str, body: Any) -> InvoiceRecord:
    """Fully update an invoice (drafts, scheduled and unpaid sent invoices)."""
    record = get_record(store, invoice_id)
    if record.status not in UPDATABLE:
        raise status_error(record, "update")
    invoice = _prepare(store, body, record)
    old = record.invoice
    invoice = {"id": old["id"], "status": old["status"], **invoice}
    keep = {
        k: old["detail"][k] for k in ("metadata", "archived", "viewed_by_recipient", "group_draft")
    }
    invoice["detail"].update(copy.deepcopy(keep))
    invoice["detail"]["metadata"]["last_update_time"] = timestamp(store.now())
    record.invoice = invoice
    if record.status == "SCHEDULED" and not _future(store, invoice):
        _mature(store, record)
    _settle(record)
    if invoice["detail"]["invoice_number"] != old["detail"]["invoice_number"]:
        store.last_number = invoice["detail"]["invoice_number"]
    store.notify("INVOICING.INVOICE.UPDATED", record)
    return record


def _future(store: Store, invoice: dict[str, Any]) -> bool:
    date = invoice["detail"].get("invoice_date")
    return date is not None and dt.date.fromisoformat(date) > store.today()


def delete(store: Store, invoice_id: str) -> None:
    """Delete a draft or scheduled invoice; its number becomes reusable."""
    record = get_record(store, invoice_id)
    if record.status not in {"DRAFT", "SCHEDULED"}:
        if record.sent:
            raise status_error(record, "delete", "CANNOT_DELETE_SENT_INVOICE")
        raise status_error(record, "delete")
    del store.invoices[invoice_id]


def send(store: Store, invoice_id: str, body: Any) -> bool:
    """Send (or schedule) an invoice; ``True`` when it was scheduled for a future date."""
    if body is not None:
        validation.check(body, validation.NOTIFICATION)
    record = get_record(store, invoice_id)
    if record.status == "SCHEDULED":
        return True
    if record.status in UNPAID_SENT:
        return False  # PayPal: resending a sent invoice has no effect
    if record.status != "DRAFT":
        raise status_error(record, "send")
    meta = record.invoice["detail"]["metadata"]
    if _future(store, record.invoice):
        record.invoice["status"] = "SCHEDULED"
        meta["last_update_time"] = timestamp(store.now())
        store.notify("INVOICING.INVOICE.SCHEDULED", record)
        return True
    record.invoice["status"] = "SENT"
    record.sent = True
    meta["first_sent_time"] = meta["last_sent_time"] = timestamp(store.now())
    meta["last_sent_by"] = store.merchant.get("email_address")
    store.notify("INVOICING.INVOICE.SENT", record)
    return False


def remind(store: Store, invoice_id: str, body: Any) -> None:
    """Send a reminder (sent, unpaid invoices only)."""
    if body is not None:
        validation.check(body, validation.NOTIFICATION)
    record = get_record(store, invoice_id)
    if record.status not in UNPAID_SENT:
        raise status_error(record, "remind")
    record.invoice["detail"]["metadata"]["last_sent_time"] = timestamp(store.now())


def cancel(store: Store, invoice_id: str, body: Any) -> None:
    """Cancel a sent, unpaid invoice."""
    if body is not None:
        validation.check(body, validation.NOTIFICATION)
    record = get_record(store, invoice_id)
    if record.status == "DRAFT":
        raise status_error(record, "cancel", "CANNOT_CANCEL_DRAFT_INVOICE")
    if record.status not in {"SENT", "UNPAID"}:
        raise status_error(record, "cancel")
    record.invoice["status"] = "CANCELLED"
    meta = record.invoice["detail"]["metadata"]
    meta["cancel_time"] = timestamp(store.now())
    meta["cancelled_by"] = store.merchant.get("email_address")
    store.notify("INVOICING.INVOICE.CANCELLED", record)


def _total(record: InvoiceRecord) -> Decimal:
    return Decimal(record.invoice["amount"]["value"])


def _sum(transactions: list[dict[str, Any]]) -> Decimal:
    return sum((Decimal(t["amount"]["value"]) for t in transactions), Decimal(0))


def _transactions(record: InvoiceRecord, kind: str) -> list[dict[str, Any]]:
    holder = record.invoice.get(kind) or {}
    return list(holder.get("transactions") or [])


def due(record: InvoiceRecord) -> Decimal:
    """What the payer still owes."""
    return max(Decimal(0), _total(record) - _sum(_transactions(record, "payments")))


def _settle(record: InvoiceRecord) -> None:
    """Recompute status, due amount and the payment/refund summaries."""
    invoice = record.invoice
    currency = invoice["detail"]["currency_code"]
    payments = _transactions(record, "payments")
    refunds = _transactions(record, "refunds")
    paid, refunded = _sum(payments), _sum(refunds)
    invoice.pop("payments", None)
    invoice.pop("refunds", None)
    if payments:
        invoice["payments"] = {
            "paid_amount": amounts.money(paid, currency),
            "transactions": payments,
        }
    if refunds:
        invoice["refunds"] = {
            "refund_amount": amounts.money(refunded, currency),
            "transactions": refunds,
        }
    invoice["due_amount"] = amounts.money(due(record), currency)
    if invoice["status"] == "CANCELLED":
        return
    if refunds:
        if refunded >= paid:
            external = any(t["type"] == "EXTERNAL" for t in refunds)
            invoice["status"] = "MARKED_AS_REFUNDED" if external else "REFUNDED"
        else:
            invoice["status"] = "PARTIALLY_REFUNDED"
    elif payments:
        if due(record) == 0:
            external = any(t["type"] == "EXTERNAL" for t in payments)
            invoice["status"] = "MARKED_AS_PAID" if external else "PAID"
        else:
            invoice["status"] = "PARTIALLY_PAID"
    elif invoice["status"] not in {"DRAFT", "SCHEDULED"}:
        invoice["status"] = "SENT" if record.sent else "DRAFT"


def _amount(record: InvoiceRecord, body: dict[str, Any], default: Decimal, field: str) -> Decimal:
    currency = record.invoice["detail"]["currency_code"]
    if body.get("amount") is None:
        return default
    value = rules.check_money(body["amount"], currency, field)
    if value <= 0:
        raise ApiError(
            400,
            [
                detail(
                    "INVALID_PARAMETER_VALUE",
                    "The amount must be positive.",
                    field=f"{field}/value",
                    value=body["amount"]["value"],
                )
            ],
        )
    return value


def record_payment(store: Store, invoice_id: str, body: Any, *, paypal: bool = False) -> str:
    """Record a payment (external unless ``paypal``); returns its ``payment_id``."""
    payment = validation.check(body, validation.PAYMENT)
    record = get_record(store, invoice_id)
    if record.status not in PAYABLE:
        raise status_error(record, "record a payment for")
    owed = due(record)
    value = _amount(record, payment, owed, "/amount")
    partial = record.invoice["configuration"].get("partial_payment") or {}
    if value > owed:
        raise unprocessable(
            "PAYMENT_AMOUNT_EXCEEDS_DUE_AMOUNT",
            "The payment exceeds the amount due.",
            "/amount/value",
            str(value),
        )
    if value < owed:
        if not partial.get("allow_partial_payment"):
            raise unprocessable(
                "PARTIAL_PAYMENT_NOT_ALLOWED",
                "The invoice must be paid in full: it does not allow partial payments "
                "(set configuration.partial_payment.allow_partial_payment to allow them).",
                "/amount/value",
                str(value),
            )
        minimum = partial.get("minimum_amount_due")
        if minimum is not None and value < Decimal(minimum["value"]):
            raise unprocessable(
                "PAYMENT_AMOUNT_BELOW_MINIMUM_AMOUNT_DUE",
                "The payment is below the invoice's minimum amount due.",
                "/amount/value",
                str(value),
            )
    currency = record.invoice["detail"]["currency_code"]
    payment_id = store.random_id(17) if paypal else "EXTR-" + store.random_id(17)
    transaction = {
        "type": "PAYPAL" if paypal else "EXTERNAL",
        "payment_id": payment_id,
        "payment_date": payment.get("payment_date", store.today().isoformat()),
        "method": payment["method"],
        "amount": amounts.money(value, currency),
    }
    if paypal:  # PayPal's own payments say what kind of transaction they were
        transaction["transaction_type"] = "SALE"
        transaction["transaction_status"] = "SUCCESS"
    for key in ("note", "shipping_info"):
        if key in payment:
            transaction[key] = payment[key]
    payments = [*_transactions(record, "payments"), transaction]
    record.invoice["payments"] = {"transactions": payments}
    _settle(record)
    store.notify("INVOICING.INVOICE.PAID", record)  # partial payments too
    return payment_id


def _external_transaction(
    record: InvoiceRecord, kind: str, noun: str, transaction_id: str
) -> list[dict[str, Any]]:
    """The invoice's ``kind`` transactions, once one with this id is found and is external."""
    transactions = _transactions(record, kind)
    match = [t for t in transactions if t[f"{noun}_id"] == transaction_id]
    if not match:
        raise not_found(
            "TRANSACTION_NOT_FOUND",
            f"No {noun} with this ID on the invoice.",
            "transaction_id",
            transaction_id,
        )
    if match[0]["type"] != "EXTERNAL":
        raise unprocessable(
            f"CANNOT_DELETE_PAYPAL_{noun.upper()}",
            f"Only external {noun}s can be deleted.",
            "transaction_id",
            transaction_id,
        )
    return transactions


def delete_payment(store: Store, invoice_id: str, transaction_id: str) -> None:
    """Delete an external payment; status and due amount are recomputed."""
    record = get_record(store, invoice_id)
    payments = _external_transaction(record, "payments", "payment", transaction_id)
    remaining = [t for t in payments if t["payment_id"] != transaction_id]
    if _sum(_transactions(record, "refunds")) > _sum(remaining):
        raise unprocessable(
            "CANNOT_DELETE_REFUNDED_PAYMENT",
            "Refunds recorded on the invoice exceed the remaining payments.",
            "transaction_id",
            transaction_id,
        )
    record.invoice["payments"] = {"transactions": remaining}
    _settle(record)


def record_refund(store: Store, invoice_id: str, body: Any, *, paypal: bool = False) -> str:
    """Record a refund (external unless ``paypal``); returns its ``refund_id``."""
    refund = validation.check(body, validation.REFUND)
    record = get_record(store, invoice_id)
    if record.status not in REFUNDABLE:
        raise status_error(record, "record a refund for")
    refundable = _sum(_transactions(record, "payments")) - _sum(_transactions(record, "refunds"))
    value = _amount(record, refund, refundable, "/amount")
    if value > refundable:
        raise unprocessable(
            "REFUND_AMOUNT_EXCEEDS_PAID_AMOUNT",
            "The refund exceeds what was paid.",
            "/amount/value",
            str(value),
        )
    currency = record.invoice["detail"]["currency_code"]
    refund_id = store.random_id(17) if paypal else "EXTR-" + store.random_id(17)
    transaction: dict[str, Any] = {
        "type": "PAYPAL" if paypal else "EXTERNAL",
        "refund_id": refund_id,
        "refund_date": refund.get("refund_date", store.today().isoformat()),
        "amount": amounts.money(value, currency),
    }
    if paypal:  # PayPal's refunds carry the payer's transaction, not a method
        paid = [t for t in _transactions(record, "payments") if t["type"] == "PAYPAL"]
        transaction["recipient_transaction_id"] = (
            paid[-1]["payment_id"] if paid else store.random_id(17)
        )
    else:
        transaction["method"] = refund["method"]
    record.invoice["refunds"] = {"transactions": [*_transactions(record, "refunds"), transaction]}
    _settle(record)
    store.notify("INVOICING.INVOICE.REFUNDED", record)  # partial refunds too
    return refund_id


def delete_refund(store: Store, invoice_id: str, transaction_id: str) -> None:
    """Delete an external refund; status is recomputed."""
    record = get_record(store, invoice_id)
    refunds = _external_transaction(record, "refunds", "refund", transaction_id)
    record.invoice["refunds"] = {
        "transactions": [t for t in refunds if t["refund_id"] != transaction_id]
    }
    _settle(record)


def next_number(store: Store) -> str:
    """The next available invoice number (not reserved)."""
    return numbers.next_number(store.last_number, store.numbers_in_use())


def qr_target(store: Store, invoice_id: str, body: Any) -> tuple[str, int, int]:
    """URL, width and height for an invoice's QR code (refused for drafts)."""
    config = validation.check(body if body is not None else {}, validation.QR_CONFIG)
    record = get_record(store, invoice_id)
    if record.status == "DRAFT":
        raise status_error(record, "generate a QR code for", "CANNOT_GENERATE_QR_CODE_FOR_DRAFT")
    meta = record.invoice["detail"]["metadata"]
    action = str(config.get("action", "pay")).lower()
    url = meta["recipient_view_url"] if action == "pay" else meta["invoicer_view_url"]
    return url, int(config.get("width", 500)), int(config.get("height", 500))


def links(record: InvoiceRecord, base: str) -> list[dict[str, str]]:
    """HATEOAS links for the invoice's current status."""
    href = f"{base}/v2/invoicing/invoices/{record.id}"
    status = record.status
    out = [{"href": href, "rel": "self", "method": "GET"}]

    def add(rel: str, suffix: str, method: str = "POST") -> None:
        out.append({"href": href + suffix, "rel": rel, "method": method})

    if status == "DRAFT":
        add("send", "/send")
    if status in UPDATABLE:
        add("replace", "", "PUT")
    if status in {"DRAFT", "SCHEDULED"}:
        add("delete", "", "DELETE")
    if status in {"SENT", "UNPAID"}:
        add("cancel", "/cancel")
    if status in UNPAID_SENT:
        add("remind", "/remind")
    if status in PAYABLE:
        add("record-payment", "/payments")
    if status in REFUNDABLE:
        add("record-refund", "/refunds")
    if status in UNPAID_SENT:
        add("qr-code", "/generate-qr-code")
    return out


def render(record: InvoiceRecord, base: str) -> dict[str, Any]:
    """The full v2 representation."""
    out = copy.deepcopy(record.invoice)
    out["links"] = links(record, base)
    return out


def summary(record: InvoiceRecord, base: str, fields: set[str]) -> dict[str, Any]:
    """The list/search representation (``fields=all`` gives the full invoice)."""
    if "all" in fields:
        return render(record, base)
    inv = record.invoice
    detail_ = {k: v for k, v in inv["detail"].items() if k != "metadata"}
    detail_["metadata"] = {"create_time": inv["detail"]["metadata"]["create_time"]}
    out: dict[str, Any] = {"id": inv["id"], "status": inv["status"], "detail": detail_}
    for key in ("invoicer", "primary_recipients", "additional_recipients"):
        if key in inv:
            out[key] = copy.deepcopy(inv[key])
    if "items" in fields and "items" in inv:
        out["items"] = copy.deepcopy(inv["items"])
    out["amount"] = {
        "currency_code": inv["amount"]["currency_code"],
        "value": inv["amount"]["value"],
    }
    if "amount" in fields:
        out["amount"]["breakdown"] = copy.deepcopy(inv["amount"]["breakdown"])
    out["due_amount"] = dict(inv["due_amount"])
    for key in ("payments", "refunds"):
        if key in fields and key in inv:
            out[key] = copy.deepcopy(inv[key])
    out["links"] = links(record, base)
    return out


def _through_paypal(record: InvoiceRecord, value: str | None) -> dict[str, Any]:
    """The body of a payment or refund made through PayPal, of ``value`` (all when None)."""
    body: dict[str, Any] = {"method": "PAYPAL"}
    if value is not None:
        body["amount"] = {
            "currency_code": record.invoice["detail"]["currency_code"],
            "value": value,
        }
    return body


def pay_as_payer(store: Store, invoice_id: str, value: str | None = None) -> str:
    """Simulate the payer paying through PayPal (the only way to reach ``PAID``)."""
    record = get_record(store, invoice_id)
    if record.status not in UNPAID_SENT:
        raise status_error(record, "pay")
    return record_payment(store, invoice_id, _through_paypal(record, value), paypal=True)


def refund_as_paypal(store: Store, invoice_id: str, value: str | None = None) -> str:
    """Simulate a refund made through PayPal (the only way to reach ``REFUNDED``)."""
    record = get_record(store, invoice_id)
    return record_refund(store, invoice_id, _through_paypal(record, value), paypal=True)
