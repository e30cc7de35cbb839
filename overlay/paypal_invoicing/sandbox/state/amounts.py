"""PayPal's invoice arithmetic, with :class:`~decimal.Decimal` and half-up rounding.

The figures follow the breakdown PayPal documents for its sample invoice (total 74.21):

* each line is ``quantity * unit_amount``; its discount is a percent of the line or an amount;
* the invoice discount (percent or amount) applies to the sum of the discounted lines and is
  spread over the lines pro rata;
* with ``tax_calculated_after_discount`` (the default) an item's tax is computed on the line after
  both its own discount and its share of the invoice discount, otherwise on the undiscounted line;
* with ``tax_inclusive`` prices already contain the tax: the tax is extracted
  (``base * p / (100 + p)``) and not added to the total;
* shipping may carry its own tax; the custom amount is neither taxed nor discounted;
* every reported figure is rounded half-up to the currency's minor unit.
"""

from __future__ import annotations

import decimal
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from paypal_invoicing._money import CURRENCIES as CURRENCIES  # the client's table, PayPal's

CONTEXT = decimal.Context(prec=60, rounding=ROUND_HALF_UP)
HUNDRED = Decimal(100)
ZERO = Decimal(0)


def exponent(currency: str) -> Decimal:
    """The quantum of ``currency``'s minor unit (``Decimal('0.01')`` or ``Decimal('1')``)."""
    return Decimal(1).scaleb(-CURRENCIES.get(currency, 2))


def rounded(value: Decimal, currency: str) -> Decimal:
    """``value`` rounded half-up to the minor unit of ``currency``."""
    return value.quantize(exponent(currency), rounding=ROUND_HALF_UP, context=CONTEXT)


def fmt(value: Decimal, currency: str) -> str:
    """PayPal's string form of an amount (``"74.21"``, ``"1000"`` for JPY)."""
    out = rounded(value, currency)
    if out == 0:
        out = abs(out)
    return f"{out:f}"


def money(value: Decimal, currency: str) -> dict[str, str]:
    """A ``money`` object."""
    return {"currency_code": currency, "value": fmt(value, currency)}


def dec(text: Any) -> Decimal:
    """Parse a decimal string already checked by validation (``"0"`` when absent)."""
    if text is None:
        return ZERO
    return Decimal(str(text))


def _money_value(obj: Any) -> Decimal | None:
    if isinstance(obj, dict) and obj.get("value") is not None:
        return abs(dec(obj["value"]))
    return None


@dataclass
class Computed:
    """The computed figures of an invoice, already rounded."""

    currency: str
    item_total: Decimal = ZERO
    item_discount: Decimal = ZERO
    invoice_discount: Decimal = ZERO
    tax_total: Decimal = ZERO
    shipping: Decimal = ZERO
    shipping_tax: Decimal | None = None
    custom: Decimal = ZERO
    total: Decimal = ZERO
    item_taxes: list[Decimal | None] = field(default_factory=list)
    item_discounts: list[Decimal | None] = field(default_factory=list)


def _tax_of(base: Decimal, percent: Decimal, inclusive: bool) -> Decimal:
    if inclusive:
        return CONTEXT.divide(CONTEXT.multiply(base, percent), HUNDRED + percent)
    return CONTEXT.divide(CONTEXT.multiply(base, percent), HUNDRED)


def _discount(obj: dict[str, Any], base: Decimal, currency: str) -> Decimal | None:
    """A discount object's figure: a percent of ``base``, or an amount (``None``: neither)."""
    if obj.get("percent") is not None:
        return rounded(base * dec(obj["percent"]) / HUNDRED, currency)
    amount = _money_value(obj.get("amount"))
    return None if amount is None else rounded(amount, currency)


def _tax_base(gross: Decimal, net: Decimal, out: Computed, after_discount: bool) -> Decimal:
    """What an item's tax is computed on: the line after its discount and its share of the
    invoice discount, or the undiscounted line."""
    if not after_discount:
        return gross
    subtotal = out.item_total - out.item_discount
    if not subtotal:
        return net
    return net - CONTEXT.divide(CONTEXT.multiply(out.invoice_discount, net), subtotal)


def compute(invoice: dict[str, Any]) -> Computed:
    """Compute the breakdown of a (validated) v2 invoice or template body."""
    detail = invoice.get("detail") or {}
    config = invoice.get("configuration") or {}
    after_discount = config.get("tax_calculated_after_discount", True) is not False
    inclusive = config.get("tax_inclusive") is True
    breakdown = (invoice.get("amount") or {}).get("breakdown") or {}
    out = Computed(str(detail.get("currency_code") or "USD"))
    lines = _lines(invoice.get("items") or [], out)
    invoice_discount = (breakdown.get("discount") or {}).get("invoice_discount") or {}
    discount = _discount(invoice_discount, out.item_total - out.item_discount, out.currency)
    out.invoice_discount = ZERO if discount is None else discount
    for gross, net, percent in lines:
        tax = None
        if percent is not None:
            base = _tax_base(gross, net, out, after_discount)
            tax = rounded(_tax_of(base, percent, inclusive), out.currency)
            out.tax_total += tax
        out.item_taxes.append(tax)
    _extras(breakdown, out, inclusive)
    out.total = out.item_total - out.item_discount - out.invoice_discount
    out.total += out.shipping + out.custom
    if not inclusive:
        out.total += out.tax_total
    return out


def _lines(
    items: list[dict[str, Any]], out: Computed
) -> list[tuple[Decimal, Decimal, Decimal | None]]:
    """Each item's gross and net line and its tax percent; item totals and discounts go to
    ``out``."""
    lines = []
    for item in items:
        gross = rounded(dec(item.get("quantity")) * dec(item["unit_amount"]["value"]), out.currency)
        disc = _discount(item.get("discount") or {}, gross, out.currency)
        tax = item.get("tax")
        lines.append((gross, gross - (disc or ZERO), dec(tax["percent"]) if tax else None))
        out.item_discounts.append(disc)
        out.item_total += gross
        out.item_discount += disc or ZERO
    return lines


def _extras(breakdown: dict[str, Any], out: Computed, inclusive: bool) -> None:
    """Shipping (and its tax, added to the tax total) and the custom amount."""
    shipping = breakdown.get("shipping") or {}
    out.shipping = rounded(_money_value(shipping.get("amount")) or ZERO, out.currency)
    if shipping.get("tax"):
        percent = dec(shipping["tax"]["percent"])
        out.shipping_tax = rounded(_tax_of(out.shipping, percent, inclusive), out.currency)
        out.tax_total += out.shipping_tax
    custom = breakdown.get("custom") or {}
    if isinstance(custom.get("amount"), dict):
        out.custom = rounded(dec(custom["amount"].get("value")), out.currency)


def apply(invoice: dict[str, Any], computed: Computed) -> None:
    """Write the computed figures into the invoice body, as PayPal reports them."""
    cur = computed.currency
    for item, tax, disc in zip(
        invoice.get("items") or [], computed.item_taxes, computed.item_discounts, strict=True
    ):
        if tax is not None:
            item["tax"]["amount"] = money(tax, cur)
        if disc is not None:
            item["discount"]["amount"] = money(-disc, cur)
    amount = invoice.setdefault("amount", {})
    breakdown = amount.get("breakdown") or {}
    new: dict[str, Any] = {"item_total": money(computed.item_total, cur)}
    discount: dict[str, Any] = {}
    inv = (breakdown.get("discount") or {}).get("invoice_discount")
    if inv:
        discount["invoice_discount"] = {**inv, "amount": money(-computed.invoice_discount, cur)}
    if computed.item_discount or any(d is not None for d in computed.item_discounts):
        discount["item_discount"] = money(-computed.item_discount, cur)
    if discount:
        new["discount"] = discount
    new["tax_total"] = money(computed.tax_total, cur)
    if breakdown.get("shipping"):
        ship = dict(breakdown["shipping"])
        ship["amount"] = money(computed.shipping, cur)
        if computed.shipping_tax is not None:
            ship["tax"] = {**ship["tax"], "amount": money(computed.shipping_tax, cur)}
        new["shipping"] = ship
    if breakdown.get("custom"):
        new["custom"] = {**breakdown["custom"], "amount": money(computed.custom, cur)}
    invoice["amount"] = {"currency_code": cur, "value": fmt(computed.total, cur), "breakdown": new}
