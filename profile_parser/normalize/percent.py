"""Percentages and plain counts with their qualifiers.

A percent is a number (separators per :mod:`.numbers`) followed by ``%``,
``percent``, ``per cent`` or ``pct``, with or without a space, after an
optional qualifier phrase. Values are floats (the contract's Quantity).

>>> parse_percent("32%")
Quantity(value=32.0, qualifier='exact')
>>> parse_percent("about 37%")
Quantity(value=37.0, qualifier='about')
>>> parse_percent("12.5 %").value, parse_percent("7 per cent").value, parse_percent("12,5%").value
(12.5, 7.0, 12.5)
>>> parse_percent("37") is None, parse_percent("-5%") is None
(True, True)
>>> [m.group() for m in PERCENT.finditer("led 14 rounds, Roughly 37% of its total; 5Y 10 pct")]
['Roughly 37%', '10 pct']
"""

from __future__ import annotations

import re

from ..models import Qualifier, Quantity
from .numbers import NUMBER_PATTERN, NUMBER_START, parse_number, value_text
from .qualifier import QUALIFIER_PATTERN, qualifier_of

#: A percent with its qualifier (regex fragment; groups qual, num).
PERCENT_PATTERN = (
    rf"{NUMBER_START}(?:(?P<qual>{QUALIFIER_PATTERN})[^\S\n]?)?(?P<num>{NUMBER_PATTERN})(?![0-9])"
    r"[^\S\n]?(?:[%％﹪]|(?i:percent|per[^\S\n]?cent|pct)(?![a-z]))"
)
PERCENT = re.compile(PERCENT_PATTERN)
_COUNT = re.compile(
    rf"(?:(?P<qual>{QUALIFIER_PATTERN}) ?)?(?P<num>{NUMBER_PATTERN})(?![0-9])(?P<plus>\+)?"
)


def quantity_from_match(match: re.Match[str]) -> Quantity | None:
    """A Quantity from a match with groups ``qual`` and ``num`` (and, if the
    pattern has one, ``plus``: a trailing "+" reads as at_least).

    >>> quantity_from_match(_COUNT.fullmatch("300+"))
    Quantity(value=300.0, qualifier='at_least')
    """
    value = parse_number(match.group("num"))
    if value is None:
        return None
    qualifier: Qualifier = qualifier_of(match.group("qual"))
    if qualifier == "exact" and "plus" in match.re.groupindex and match.group("plus"):
        qualifier = "at_least"
    return Quantity(value=float(value), qualifier=qualifier)


def parse_percent(text: str) -> Quantity | None:
    """A percentage (the number before ``%``), None if ``text`` is not one.

    >>> parse_percent("(~40 Percent)."), parse_percent("Over\u00a050\u202f%")
    (Quantity(value=40.0, qualifier='about'), Quantity(value=50.0, qualifier='more_than'))
    """
    value = value_text(text)
    match = PERCENT.fullmatch(value) if value else None
    return quantity_from_match(match) if match else None


def parse_quantity(text: str) -> Quantity | None:
    """A bare number with an optional qualifier (a trailing "+" is at_least).

    >>> parse_quantity("more than 38"), parse_quantity("1,000+")
    (Quantity(value=38.0, qualifier='more_than'), Quantity(value=1000.0, qualifier='at_least'))
    """
    value = value_text(text)
    match = _COUNT.fullmatch(value) if value else None
    return quantity_from_match(match) if match else None
