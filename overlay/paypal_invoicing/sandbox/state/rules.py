"""Business checks on invoice amounts that a schema cannot express."""

from __future__ import annotations

import re
from collections.abc import Iterator
from decimal import Decimal, InvalidOperation
from typing import Any

from . import amounts
from .errors import ApiError, detail, invalid

DECIMAL = re.compile(r"^((-?[0-9]+)|(-?([0-9]+)?[.][0-9]+))$")
MAX_VALUE = Decimal("10000000000")
MAX_QUANTITY = Decimal("1000000")


def _money_fields(node: Any, path: str) -> Iterator[tuple[str, dict[str, Any]]]:
    if isinstance(node, dict):
        if "currency_code" in node and "value" in node and isinstance(node["value"], str):
            yield path, node
        for key, value in node.items():
            yield from _money_fields(value, f"{path}/{key}")
    elif isinstance(node, list):
        for i, value in enumerate(node):
            yield from _money_fields(value, f"{path}/{i}")


def _percent(value: str, path: str, maximum: Decimal = Decimal(100)) -> None:
    number = Decimal(value)
    if number < 0 or number > maximum:
        raise invalid("INVALID_PARAMETER_VALUE", "The percent is out of range.", path, value)


def check_invoice(body: dict[str, Any], root: str = "") -> None:
    """Check currencies, precision, signs and ranges of a validated invoice (or template info)."""
    currency = body["detail"]["currency_code"]
    if currency not in amounts.CURRENCIES:
        raise invalid(
            "INVALID_PARAMETER_VALUE",
            "The currency code is not supported.",
            f"{root}/detail/currency_code",
            currency,
        )
    for path, money in _money_fields(body, root):
        check_money(
            money,
            currency,
            path,
            allow_negative=path.endswith(("/custom/amount",)) or "/discount" in path,
        )
    for i, item in enumerate(body.get("items") or []):
        _check_item(item, f"{root}/items/{i}")
    breakdown = (body.get("amount") or {}).get("breakdown") or {}
    for pointer, holder in (
        ("discount/invoice_discount", (breakdown.get("discount") or {}).get("invoice_discount")),
        ("shipping/tax", (breakdown.get("shipping") or {}).get("tax")),
    ):
        percent = (holder or {}).get("percent")
        if percent is not None:
            _percent(percent, f"{root}/amount/breakdown/{pointer}/percent")
    _check_totals(body, currency, root)


def _check_item(item: dict[str, Any], base: str) -> None:
    if not DECIMAL.match(item["quantity"]):  # the spec gives quantity no pattern
        raise invalid(
            "INVALID_PARAMETER_SYNTAX",
            "The quantity must be a decimal number.",
            f"{base}/quantity",
            item["quantity"],
        )
    quantity = Decimal(item["quantity"])
    if quantity < 0 or quantity > MAX_QUANTITY:
        raise invalid(
            "INVALID_PARAMETER_VALUE",
            "The quantity is out of range.",
            f"{base}/quantity",
            item["quantity"],
        )
    for name in ("tax", "discount"):
        percent = (item.get(name) or {}).get("percent")
        if percent is not None:
            _percent(percent, f"{base}/{name}/percent")


def _check_totals(body: dict[str, Any], currency: str, root: str) -> None:
    """Discounts within what they discount, and a total that is not negative."""
    computed = amounts.compute(body)
    for i, disc in enumerate(computed.item_discounts):
        item = body["items"][i]
        gross = amounts.rounded(
            Decimal(item["quantity"]) * Decimal(item["unit_amount"]["value"]), currency
        )
        if disc is not None and disc > gross:
            raise invalid(
                "INVALID_PARAMETER_VALUE",
                "The item discount exceeds the item amount.",
                f"{root}/items/{i}/discount",
            )
    if computed.invoice_discount > computed.item_total - computed.item_discount:
        raise invalid(
            "INVALID_PARAMETER_VALUE",
            "The invoice discount exceeds the item total.",
            f"{root}/amount/breakdown/discount/invoice_discount",
        )
    if computed.total < 0:
        raise invalid(
            "INVALID_PARAMETER_VALUE",
            "The invoice total cannot be negative.",
            f"{root}/amount/breakdown/custom/amount",
        )


def check_money(
    money: dict[str, Any], currency: str, path: str, *, allow_negative: bool = False
) -> Decimal:
    """Check one money object against the invoice currency; return its value."""
    if money["currency_code"] != currency:
        raise ApiError(
            422,
            [
                detail(
                    "CURRENCY_MISMATCH",
                    "The currency code must match the invoice currency.",
                    field=f"{path}/currency_code",
                    value=money["currency_code"],
                )
            ],
        )
    try:
        value = Decimal(money["value"])
    except InvalidOperation as exc:  # the schema's pattern makes this unreachable
        raise invalid("INVALID_PARAMETER_SYNTAX", "Not a number.", f"{path}/value") from exc
    if amounts.rounded(value, currency) != value:
        raise ApiError(
            422,
            [
                detail(
                    "DECIMAL_PRECISION",
                    "The value has more decimal places than the currency supports.",
                    field=f"{path}/value",
                    value=money["value"],
                )
            ],
        )
    if (value < 0 and not allow_negative) or abs(value) > MAX_VALUE:
        raise invalid(
            "INVALID_PARAMETER_VALUE",
            "The amount is out of range.",
            f"{path}/value",
            money["value"],
        )
    return value
