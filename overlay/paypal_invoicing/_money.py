"""The currencies PayPal invoices in, and the amounts it refuses: pure, shared with the sandbox."""

from __future__ import annotations

import re
from decimal import Decimal
from typing import Any

_CENTS = "AUD BRL CAD CNY CZK DKK EUR HKD ILS MYR MXN NZD NOK PHP PLN GBP RUB SGD SEK CHF THB USD"
CURRENCIES: dict[str, int] = dict.fromkeys(_CENTS.split(), 2) | {"JPY": 0, "HUF": 0, "TWD": 0}
"""The currencies PayPal accepts for invoices, with the decimal places each takes."""
_DECIMAL = re.compile(r"-?([0-9]+|[0-9]*\.[0-9]+)")  # PayPal's pattern for an amount's value


def _value_problem(value: Any, currency: str, numbers: bool) -> str | None:
    if numbers and isinstance(value, int | float) and not isinstance(value, bool):
        value = format(Decimal(str(value)), "f")  # v1 also takes a JSON number
    if not isinstance(value, str) or not _DECIMAL.fullmatch(value):
        return f'{value!r} is not a decimal string such as "10.00"'
    places = CURRENCIES[currency]
    if len(value.partition(".")[2].rstrip("0")) > places:
        return f"{value} has more decimal places than {currency} takes ({places})"
    return None


def amount_problem(node: Any, path: str = "") -> tuple[str, str] | None:
    """The first amount of a JSON request body PayPal would refuse, as (JSON path, rule): in a
    money object (``currency_code`` or v1's ``currency``, and ``value``), or a currency code."""
    if isinstance(node, dict):
        key = "currency_code" if "currency_code" in node else "currency"
        code = node.get(key)
        if isinstance(code, str) and (key == "currency_code" or "value" in node):
            if code not in CURRENCIES:
                return f"{path}/{key}", f"{code!r} is not a currency PayPal invoices in"
            problem = "value" in node and _value_problem(node["value"], code, key == "currency")
            if problem:
                return f"{path}/value", problem
        children: Any = node.items()
    elif isinstance(node, list):
        children = enumerate(node)
    else:
        return None
    for name, child in children:
        if found := amount_problem(child, f"{path}/{name}"):
            return found
    return None
