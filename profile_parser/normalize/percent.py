"""Percentages and plain counts with their qualifiers.

>>> parse_percent("32%")
Quantity(value=32.0, qualifier='exact')
>>> parse_percent("about 37%")
Quantity(value=37.0, qualifier='about')
>>> parse_percent("12.5 %").value, parse_percent("7 per cent").value
(12.5, 7.0)
>>> parse_percent("37") is None
True
"""

from __future__ import annotations

import re

from ..models import Quantity
from .numbers import NUMBER_PATTERN, parse_number
from .qualifier import QUALIFIER_PATTERN, qualifier_of

#: A percent with its qualifier (regex fragment; groups qual, num).
PERCENT_PATTERN = (
    rf"(?:(?P<qual>{QUALIFIER_PATTERN}) ?)?(?P<num>{NUMBER_PATTERN})(?![0-9])"
    r" ?(?:%|(?i:percent|per cent|pct)(?![a-z]))"
)
PERCENT = re.compile(PERCENT_PATTERN)
_COUNT = re.compile(rf"(?:(?P<qual>{QUALIFIER_PATTERN}) ?)?(?P<num>{NUMBER_PATTERN})")


def quantity_from_match(match: re.Match[str]) -> Quantity | None:
    """A Quantity from a match with groups ``qual`` and ``num``."""
    value = parse_number(match.group("num"))
    if value is None:
        return None
    return Quantity(value=float(value), qualifier=qualifier_of(match.group("qual")))


def parse_percent(text: str) -> Quantity | None:
    """A percentage (the number before ``%``), None if ``text`` is not one."""
    match = PERCENT.fullmatch(" ".join(text.split()).rstrip("."))
    return quantity_from_match(match) if match else None


def parse_quantity(text: str) -> Quantity | None:
    """A bare number with an optional qualifier.

    >>> parse_quantity("more than 38")
    Quantity(value=38.0, qualifier='more_than')
    """
    match = _COUNT.fullmatch(" ".join(text.split()))
    return quantity_from_match(match) if match else None
