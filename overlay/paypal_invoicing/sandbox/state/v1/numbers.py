"""v1's numbers and amounts, as v2's decimal strings and back."""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation
from typing import Any

from .. import amounts

PLAIN = re.compile(r"^-?[0-9]{1,20}(\.[0-9]{1,20})?$")


def number_in(value: Any) -> Any:
    """A v1 number (a JSON number or a plain decimal string) as v2's decimal string.

    Anything else (``"1e9999999"``, ``"NaN"``, ``1e300``, 40 digits) is passed on as text, for
    v2's validation to refuse naming the field, exactly as v2 refuses an over-precise amount.
    """
    if isinstance(value, bool) or not isinstance(value, int | float | str):
        return value
    text = value if isinstance(value, str) else repr(value)
    if isinstance(value, float) and "e" in text:  # 1e-05, 1e+20: written out if small enough
        text = f"{value:.20f}".rstrip("0").rstrip(".") if 1e-20 <= abs(value) < 1e20 else text
    if not PLAIN.match(text):
        return text
    return f"{Decimal(text).normalize():f}"


def amount_in(value: Any, currency: Any) -> Any:
    """A v1 amount as PayPal writes it: with the currency's minor unit (``"100.00"``, ``"100"``
    for JPY). A value with more decimals than the currency has is passed on for v2 to refuse."""
    text = number_in(value)
    if not isinstance(text, str) or not isinstance(currency, str):
        return text
    try:
        number = Decimal(text)
        exact = number.is_finite() and amounts.rounded(number, currency) == number
    except InvalidOperation:  # not a number, or too many digits to round
        return text
    return amounts.fmt(number, currency) if exact else text


def number_out(text: str | None) -> Any:
    """A v2 decimal string as v1's JSON number."""
    if text is None:
        return None
    value = Decimal(text)
    return int(value) if value == value.to_integral_value() else float(value)


def bound(body: dict[str, Any], key: str) -> Decimal | None:
    """A search amount bound (a finite plain number), ``None`` when absent, or ``ValueError``."""
    if body.get(key) is None:
        return None
    text = number_in(body[key])
    if not isinstance(text, str) or not PLAIN.match(text):
        raise ValueError(key)
    return Decimal(text)
