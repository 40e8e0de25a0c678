"""Money and money ranges as pages print them.

>>> parse_money("$13,888,021")
Money(amount=Decimal('13888021'), currency='USD')
>>> parse_money("€2.5M")
Money(amount=Decimal('2500000.0'), currency='EUR')
>>> parse_money("20 billion yuan")
Money(amount=Decimal('20000000000'), currency='CNY')
>>> parse_money("US$ 1.2 bn")
Money(amount=Decimal('1200000000.0'), currency='USD')
>>> parse_money_range("$5M – $50M").model_dump(mode="json")
{'min': {'amount': 5000000, 'currency': 'USD'}, 'max': {'amount': 50000000, 'currency': 'USD'}}
>>> parse_money_range("up to $10M").model_dump(mode="json")
{'min': None, 'max': {'amount': 10000000, 'currency': 'USD'}}
>>> parse_money("5 apples") is None
True
"""

from __future__ import annotations

import re
from typing import NamedTuple

from ..models import Money, MoneyRange, Qualifier
from .currency import SYMBOLS, WORDS, currency_code
from .numbers import MAGNITUDE_PATTERN, NUMBER_PATTERN, parse_number, scale
from .qualifier import QUALIFIER_PATTERN, qualifier_of


def _alternation(items: list[str], word: bool) -> str:
    ordered = sorted(items, key=len, reverse=True)
    return "|".join(re.escape(i) + (r"(?![A-Za-z])" if word else "") for i in ordered)


# Symbols that stand after the number too ("500 €", "100 zł").
_POSTFIX_SYMBOLS = [s for s in SYMBOLS if not s.endswith("$") and s not in ("R", "TL")]
_CODE = r"[A-Z]{3}(?![A-Za-z])"
_PREFIX = f"(?:{_alternation(list(SYMBOLS), word=False)}|{_CODE})"
_WORDS = f"(?i:{_alternation(list(WORDS), word=True)})"
_SUFFIX = f"(?:{_CODE}|{_WORDS}|{_alternation(_POSTFIX_SYMBOLS, word=True)})"
_MAG = f"(?i:{MAGNITUDE_PATTERN})"

#: One amount with its qualifier; used whole by parse_money and by the facts
#: scanner over prose. Every part is a bounded alternation: no backtracking trap.
MONEY_PATTERN = (
    rf"(?:(?P<qual>{QUALIFIER_PATTERN}) ?)?"
    rf"(?:(?P<pre>{_PREFIX}) ?(?P<n1>{NUMBER_PATTERN})(?![0-9])(?: ?(?P<m1>{_MAG}))?"
    rf"(?: (?P<s1>{_CODE}|{_WORDS}))?"
    rf"|(?P<n2>{NUMBER_PATTERN})(?![0-9])(?: ?(?P<m2>{_MAG}))? ?(?P<s2>{_SUFFIX}))"
)
MONEY = re.compile(MONEY_PATTERN)
_RANGE_SPLIT = re.compile(r" ?(?:-|–|—|‒|―|~|to|and) ?")
_RANGE_OPEN = re.compile(
    r"^(?:(?P<lo>from|starting at|starting from|min(?:imum)?:?|at least|over|more than|above)"
    r"|(?P<hi>up to|to|under|less than|below|max(?:imum)?:?|at most))\s+(?P<rest>.+)$",
    re.IGNORECASE,
)


class MoneyMatch(NamedTuple):
    """A money amount found in text, with its qualifier and where it stood."""

    money: Money
    qualifier: Qualifier
    start: int
    end: int


def money_from_match(match: re.Match[str]) -> MoneyMatch | None:
    """Turn a MONEY match into a MoneyMatch; None if its currency is unknown."""
    number = match.group("n1") or match.group("n2")
    value = parse_number(number) if number else None
    if value is None:
        return None
    magnitude = match.group("m1") or match.group("m2")
    prefix, suffix = match.group("pre"), match.group("s1") or match.group("s2")
    code = None
    if suffix:  # a trailing code or word names the currency of a generic "$"
        code = currency_code(suffix)
    if prefix and (code is None or prefix not in ("$",)):
        code = currency_code(prefix) or code
    if code is None:
        return None
    money = Money(amount=scale(value, magnitude), currency=code)
    return MoneyMatch(money, qualifier_of(match.group("qual")), match.start(), match.end())


def read_money(text: str) -> MoneyMatch | None:
    """The one amount that is the whole of ``text`` (qualifier included).

    >>> m = read_money("upwards of $50 million")
    >>> m.qualifier, m.money.amount
    ('at_least', Decimal('50000000'))
    """
    match = MONEY.fullmatch(" ".join(text.split()).rstrip(".,;"))
    return money_from_match(match) if match else None


def parse_money(text: str) -> Money | None:
    """An amount of money; None when ``text`` is not exactly one amount."""
    found = read_money(text)
    return found.money if found else None


_PARTS = re.compile(
    rf"(?P<pre>{_PREFIX})? ?(?P<num>{NUMBER_PATTERN})(?![0-9]) ?(?P<mag>{_MAG})?"
    rf"(?: ?(?P<suf>{_SUFFIX}))?"
)


def _side(text: str, other: str) -> Money | None:
    """One end of a range, borrowing what it lacks from the other end.

    '10M' of '$5-10M' borrows the symbol; '$5' borrows the magnitude;
    '5' of '5-10 million euros' borrows both.
    """
    mine, theirs = _PARTS.fullmatch(text), _PARTS.fullmatch(other)
    if mine is None or theirs is None:
        return None
    pre, mag, suf = (mine.group(g) or theirs.group(g) or "" for g in ("pre", "mag", "suf"))
    if mine.group("pre") and not mine.group("suf"):
        suf = ""  # '$5' keeps its own currency
    return parse_money(f"{pre}{mine.group('num')} {mag} {suf}")


def parse_money_range(text: str) -> MoneyRange | None:
    """A range of money: both ends, or one open end.

    >>> parse_money_range("$1M-5M").max.amount
    Decimal('5000000')
    >>> parse_money_range("between €2M and €3M").min.currency
    'EUR'
    >>> parse_money_range("$50M+").max is None
    True
    """
    text = " ".join(text.split()).rstrip(".;")
    if not text:
        return None
    text = re.sub(r"^between ", "", text, flags=re.IGNORECASE)
    if text.endswith("+"):
        low = parse_money(text[:-1])
        return MoneyRange(min=low) if low else None
    single = read_money(text)
    if single is not None:
        if single.qualifier in ("at_most", "less_than"):
            return MoneyRange(max=single.money)
        if single.qualifier in ("at_least", "more_than"):
            return MoneyRange(min=single.money)
    opened = _RANGE_OPEN.match(text)
    if opened and parse_money(opened.group("rest")):
        money = parse_money(opened.group("rest"))
        return MoneyRange(min=money) if opened.group("lo") else MoneyRange(max=money)
    for split in _RANGE_SPLIT.finditer(text):
        left, right = text[: split.start()], text[split.end():]
        if not left or not right:
            continue
        low, high = _side(left, right), _side(right, left)
        if low is not None and high is not None:
            return MoneyRange(min=low, max=high)
    return MoneyRange(min=single.money, max=single.money) if single else None
