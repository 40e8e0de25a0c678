"""Numbers as pages print them, read exactly (Decimal, never float).

Separator rules, decided once for every normalizer:

* both ``,`` and ``.`` present: the last one is the decimal mark
  (``1,234,567.89``, ``1.234.567,89``);
* several of the same mark, or groups split by spaces or apostrophes: those
  are thousands separators (``1,234,567``, ``1.234.567``, ``1 234 567``,
  Indian ``4,50,00,000``);
* one ``,`` followed by exactly three digits is a thousands separator
  (``94,456`` is 94456), otherwise a decimal mark (``45,00`` is 45.00);
* one ``.`` is always a decimal mark (``1.234`` is 1.234): the pages are
  English, where that is the only reading.

>>> parse_number("1.234.567,89")
Decimal('1234567.89')
>>> parse_number("4,50,00,000")
Decimal('45000000')
>>> parse_number("94,456"), parse_number("45,00")
(Decimal('94456'), Decimal('45.00'))
>>> parse_number("2.8") * MAGNITUDES["billion"]
Decimal('2800000000.0')
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

#: A number with optional grouping and decimals (a regex fragment, no groups).
NUMBER_PATTERN = (
    r"(?:[0-9]{1,2}(?:,[0-9]{2})+,[0-9]{3}(?:\.[0-9]{1,12})?"  # Indian 4,50,00,000
    r"|[0-9]{1,3}(?:,[0-9]{3})+(?:\.[0-9]{1,12})?"  # 1,234,567.89
    r"|[0-9]{1,3}(?:\.[0-9]{3})+(?:,[0-9]{1,12})?"  # 1.234.567,89
    r"|[0-9]{1,3}(?:[ \u00a0\u202f\u2009'][0-9]{3})+(?:[.,][0-9]{1,12})?"  # 1 234 567,89
    r"|[0-9]{1,15}(?:[.,][0-9]{1,12})?|[.,][0-9]{1,12})"  # 1234.5, 45,00, .5
)
_NUMBER = re.compile(NUMBER_PATTERN)

#: Magnitude words and suffixes, lower-case -> multiplier.
MAGNITUDES: dict[str, Decimal] = {
    "k": Decimal(10) ** 3, "thousand": Decimal(10) ** 3, "thousands": Decimal(10) ** 3,
    "m": Decimal(10) ** 6, "mm": Decimal(10) ** 6, "mn": Decimal(10) ** 6,
    "mio": Decimal(10) ** 6, "mil": Decimal(10) ** 6, "million": Decimal(10) ** 6,
    "millions": Decimal(10) ** 6,
    "b": Decimal(10) ** 9, "bn": Decimal(10) ** 9, "bil": Decimal(10) ** 9,
    "billion": Decimal(10) ** 9, "billions": Decimal(10) ** 9,
    "t": Decimal(10) ** 12, "tn": Decimal(10) ** 12, "trillion": Decimal(10) ** 12,
    "lakh": Decimal(10) ** 5, "lakhs": Decimal(10) ** 5, "lac": Decimal(10) ** 5,
    "crore": Decimal(10) ** 7, "crores": Decimal(10) ** 7, "cr": Decimal(10) ** 7,
}
#: Magnitude alternatives, longest first (a regex fragment, no groups).
MAGNITUDE_PATTERN = "(?:" + "|".join(sorted(MAGNITUDES, key=len, reverse=True)) + r")(?![a-z])"


def parse_number(text: str) -> Decimal | None:
    """Read one number (separators per the module rules); None if it is not one."""
    text = text.strip()
    if not _NUMBER.fullmatch(text):
        return None
    digits = re.sub(r"[ \u00a0\u202f\u2009']", "", text)
    commas, dots = digits.count(","), digits.count(".")
    if commas and dots:
        decimal_mark = "," if digits.rfind(",") > digits.rfind(".") else "."
        thousands = "." if decimal_mark == "," else ","
        digits = digits.replace(thousands, "").replace(decimal_mark, ".")
    elif commas > 1:
        digits = digits.replace(",", "")
    elif commas == 1:
        whole, frac = digits.split(",")
        digits = whole + frac if len(frac) == 3 and whole else whole + "." + frac
    elif dots > 1:
        digits = digits.replace(".", "")
    try:
        return Decimal(digits)
    except InvalidOperation:
        return None


def scale(value: Decimal, magnitude: str | None) -> Decimal:
    """Multiply by a magnitude word or suffix (case-insensitive); exact.

    >>> scale(Decimal("1.2"), "bn")
    Decimal('1200000000.0')
    """
    if not magnitude:
        return value
    return value * MAGNITUDES.get(magnitude.lower(), Decimal(1))


def to_count(value: Decimal) -> int | None:
    """A Decimal as an int when it is whole.

    >>> to_count(Decimal("38")), to_count(Decimal("2.5"))
    (38, None)
    """
    return int(value) if value == value.to_integral_value() else None
