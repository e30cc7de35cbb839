"""Invoice numbers: PayPal's "next invoice number" rule.

The next number keeps the prefix and suffix of the last number and increments its last run of
digits, keeping zero padding: ``INVOICE-1234`` -> ``INVOICE-1235``, ``ee0044`` -> ``ee0045``,
``A-0999-X`` -> ``A-1000-X``, ``9999`` -> ``10000``. A number without digits gets ``1`` appended.
"""

from __future__ import annotations

import re
from collections.abc import Container

FIRST_NUMBER = "0001"
_LAST_DIGITS = re.compile(r"(\d+)(\D*)$")


def increment(number: str) -> str:
    """The number that follows ``number``."""
    match = _LAST_DIGITS.search(number)
    if match is None:
        return number + "1"
    digits = match.group(1)
    bumped = str(int(digits) + 1).zfill(len(digits))
    return number[: match.start(1)] + bumped + match.group(2)


def next_number(last: str | None, used: Container[str]) -> str:
    """The next number after ``last`` that is not in ``used``."""
    candidate = FIRST_NUMBER if last is None else increment(last)
    while candidate in used:
        candidate = increment(candidate)
    return candidate
