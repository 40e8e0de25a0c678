"""Money and money ranges as pages print them.

An amount is a number (separators per :mod:`.numbers`), an optional
magnitude (``K``, ``M``, ``MM``, ``bn``, ``million``, ``lakh``, ``crore`` …)
and a currency: a symbol or code before it (``$5M``, ``USD 5M``,
``Rs. 50 crore``) or a symbol, code or word after it (``5M USD``,
``500 €``, ``20 billion yuan``), with or without a space. Amounts are exact
Decimals. Currency decisions are listed in :mod:`.currency`.

>>> parse_money("$13,888,021")
Money(amount=Decimal('13888021'), currency='USD')
>>> parse_money("€2.5M")
Money(amount=Decimal('2500000.0'), currency='EUR')
>>> parse_money("20 billion yuan")
Money(amount=Decimal('20000000000'), currency='CNY')
>>> parse_money("US$ 1.2 bn")
Money(amount=Decimal('1200000000.0'), currency='USD')
>>> parse_money("EUR 2,5 Mio.")
Money(amount=Decimal('2500000.0'), currency='EUR')
>>> parse_money("₹ 4.5 lakh")
Money(amount=Decimal('450000.0'), currency='INR')
>>> parse_money_range("$5M – $50M").model_dump(mode="json")
{'min': {'amount': 5000000, 'currency': 'USD'}, 'max': {'amount': 50000000, 'currency': 'USD'}}
>>> parse_money_range("up to $10M").model_dump(mode="json")
{'min': None, 'max': {'amount': 10000000, 'currency': 'USD'}}
>>> parse_money("5 apples") is None, parse_money("1.5bn") is None
(True, True)

``parse_money`` finds the first amount inside surrounding words, as price
tags print them; ``strict=True`` reads only text that is one amount:

>>> parse_money("Cena 14,79 €"), parse_money("Price: $15.95/mo").amount
(Money(amount=Decimal('14.79'), currency='EUR'), Decimal('15.95'))
>>> parse_money("Price: $15.95/mo", strict=True) is None
True

The pattern also finds amounts in running text, never inside a word:

>>> [m.group() for m in MONEY.finditer("5Y Capital put in about $3M, then RMB 20 billion.")]
['about $3M', 'RMB 20 billion']
"""

from __future__ import annotations

import re
from decimal import Decimal
from typing import NamedTuple

from .. import vocabulary as vocab
from ..models import Money, MoneyRange, Qualifier
from .currency import AMBIGUOUS_WORDS, SYMBOLS, THREE_DECIMAL_CODES, WORDS, currency_code, text_codes
from .numbers import (
    MAGNITUDE_PATTERN,
    MAX_VALUE_CHARS,
    NUMBER_PATTERN,
    NUMBER_START,
    literal_pattern,
    parse_number,
    scale,
    value_text,
)
from .qualifier import QUALIFIER_PATTERN, qualifier_of

_S = r"[^\S\n]"  # one space in running text (any kind, never a line break)


def _alternation(items: list[str]) -> str:
    """Literal alternatives; the longest wins; one ending in a letter must end a word."""
    # "no letter follows" by category: cheap to compile even case-insensitively
    return literal_pattern(items, space=_S, word_end=r"(?![^\W\d_])")


_CODE = _alternation(sorted(text_codes()))
# A symbol, maybe after a code that names it ("USD $5M", "CNY ¥100M"), or a code.
_PREFIX = f"{_CODE}(?:{_S}?[$€£¥₹₩])?|{_alternation(list(SYMBOLS))}"
# Symbols that also stand after the number ("500 €", "100 zł", "25 M$"); a
# lone "R" only stands before it, a dollar after it never before a digit.
_POSTFIX = "|".join((
    _alternation([s for s in SYMBOLS if "$" not in s and s not in ("R", "S/")]),
    f"(?:{_alternation([s for s in SYMBOLS if s.endswith('$')])})(?![0-9])",
))
_MAG_GAP = f"(?:{_S}|-)?"  # "$5M", "$5 M", "a $5-million round"
# A stray dot between a sign and its number: "$..75", "$.750.30", "$.75,333" (not "$.5M").
_STRAY_DOT = r"(?:\.(?=\.|[0-9]{1,15}[.,][0-9]))?"
_SAFE_WORDS = f"(?i:{_alternation([w for w in WORDS if w not in AMBIGUOUS_WORDS])})"
_AMBIGUOUS = f"(?i:{_alternation(sorted(AMBIGUOUS_WORDS))})"


def _named(tag: str) -> str:
    """A code, maybe in brackets, or a currency word: "USD", "(USD)", "dollars"."""
    return rf"(?P<{tag}>\()?{_CODE}(?({tag})\))|{_SAFE_WORDS}"


_CLAUSE_END = rf"(?={_S}{{0,3}}(?:$|[.,;:!?)\]*]))"
_TRAIL = r"(?:[.,][-–](?![-–0-9]))?"  # "€ 100,-", "Fr. 50.-"
_TAIL_LOW = vocab.TAILS_AT_LEAST
_TAIL_HIGH = vocab.TAILS_AT_MOST

#: One amount with its qualifier; used whole by :func:`read_money` and by the
#: facts scanner over prose. Groups: qual, pre/n1/m1/s1 (symbol first),
#: n2/m2/s2 (number first), plus and tail (a trailing "+" or "or more");
#: o1/o2 only mark a bracketed code ("$5M (AUD)").
#: Every part is a bounded alternation: no backtracking trap.
MONEY_PATTERN = (
    rf"{NUMBER_START}(?:(?P<qual>{QUALIFIER_PATTERN}){_S}?)?"
    rf"(?:(?P<pre>{_PREFIX}):?{_S}?{_STRAY_DOT}(?P<n1>{NUMBER_PATTERN})(?![0-9]){_TRAIL}"
    rf"(?:{_MAG_GAP}(?P<m1>{MAGNITUDE_PATTERN}))?"
    rf"(?:\.?{_S}(?P<s1>{_named('o1')}))?"
    rf"|(?P<n2>{NUMBER_PATTERN})(?![0-9]){_TRAIL}(?:{_MAG_GAP}(?P<m2>{MAGNITUDE_PATTERN}))?\.?{_S}?"
    rf"(?P<s2>{_named('o2')}|{_POSTFIX}|(?(m2){_AMBIGUOUS}|{_AMBIGUOUS}{_CLAUSE_END})))"
    rf"(?P<plus>\+(?![0-9]))?"
    rf"(?:{_S}(?P<tail>(?i:{_alternation([*_TAIL_LOW, *_TAIL_HIGH])})))?"
)
MONEY = re.compile(MONEY_PATTERN)


class MoneyMatch(NamedTuple):
    """A money amount found in text, with its qualifier and where it stood."""

    money: Money
    qualifier: Qualifier
    start: int
    end: int


def _currency(prefix: str | None, suffix: str | None) -> str | None:
    """The currency of one amount: a trailing code or word names the currency
    of a generic ``$``; any other prefix symbol keeps its own."""
    own = currency_code(prefix) if prefix else None
    named = currency_code(suffix.strip("()")) if suffix else None
    if prefix == "$" or own is None:
        return named or own
    return own


def _qualifier(match: re.Match[str]) -> Qualifier:
    """A leading phrase wins; else a trailing "+"/"or more" (at_least) or "or less" (at_most)."""
    if match.group("qual"):
        return qualifier_of(match.group("qual"))
    tail = (match.group("tail") or "").lower()
    if match.group("plus") or " ".join(tail.split()) in _TAIL_LOW:
        return "at_least"
    return "at_most" if tail else "exact"


def _amount(number: str, magnitude: str | None, code: str | None = None) -> Decimal | None:
    """An exact amount; with no magnitude "500.000" groups thousands (see numbers),
    except in a currency with three decimals ("423.923 KD")."""
    value = parse_number(number, amount=not magnitude and code not in THREE_DECIMAL_CODES)
    return None if value is None else scale(value, magnitude)


def money_from_match(match: re.Match[str]) -> MoneyMatch | None:
    """Turn a MONEY match into a MoneyMatch; None if its currency is unknown.

    >>> money_from_match(MONEY.search("a round of $5M AUD")).money
    Money(amount=Decimal('5000000'), currency='AUD')
    """
    number = match.group("n1") or match.group("n2") or ""
    code = _currency(match.group("pre"), match.group("s1") or match.group("s2"))
    value = _amount(number, match.group("m1") or match.group("m2"), code)
    if value is None or code is None:
        return None
    return MoneyMatch(Money(amount=value, currency=code), _qualifier(match),
                      match.start(), match.end())


def read_money(text: str) -> MoneyMatch | None:
    """The one amount that is the whole of ``text`` (qualifier included).

    >>> m = read_money("upwards of $50 million")
    >>> m.qualifier, m.money.amount
    ('at_least', Decimal('50000000'))
    >>> read_money("$50M+").qualifier, read_money("(Approx. $3M)").qualifier
    ('at_least', 'about')
    """
    value = value_text(text)
    match = MONEY.fullmatch(value) if value else None
    return money_from_match(match) if match else None


#: The longest text :func:`find_money` searches (text cut from a page, not a page).
MAX_SEARCH_CHARS = 5 * MAX_VALUE_CHARS
# What may not follow an amount that ends in a digit: a letter or digit ("$1e9"),
# or a mark and a digit ("$1,2,3"): the amount is part of something longer.
_GLUED = re.compile(r"[^\W_]|[.,][0-9]")
# Cents printed after a euro sign: "35€99", "1250€ 60" (two digits, nothing after).
_EURO_CENTS = re.compile(r" ?(?P<cents>[0-9]{2})(?=[\s*/)]|$)(?! ?[0-9€$£¥])")


def _alone(text: str, match: re.Match[str]) -> bool:
    """An amount standing on its own: no minus sign glued before it ("-$5"),
    nothing glued after its last digit."""
    start, end = match.span()
    if start and text[start - 1] == "-":
        return False
    return not text[end - 1].isdigit() or _GLUED.match(text, end) is None


def _with_cents(text: str, match: re.Match[str], found: MoneyMatch) -> MoneyMatch:
    """A whole euro amount followed by its cents after the sign ("35€ 99")."""
    if match.group("s2") != "€" or match.group("m2") or not match.group("n2").isdigit():
        return found
    cents = _EURO_CENTS.match(text, match.end())
    if cents is None:
        return found
    amount = Decimal(f"{match.group('n2')}.{cents.group('cents')}")
    return found._replace(money=Money(amount=amount, currency=found.money.currency), end=cents.end())


def _low_end(text: str, match: re.Match[str]) -> MoneyMatch | None:
    """When an amount is one end of a range, the range's first amount, which
    borrows what it lacks from the other end: "$1-5M" starts with $1M,
    "From 26 to 50 €" with 26 €."""
    start, end = match.span()
    before = _RANGE_LOW.search(text, max(0, start - _RANGE_REACH), start)
    if before is not None:
        start = before.start()
    else:
        after = _RANGE_SEPARATOR.match(text, end)
        second = after and (MONEY.match(text, after.end()) or _BARE.match(text, after.end()))
        if not second:
            return None
        end = second.end()
    both = _both_ends(text[start:end])
    if both is None or both.min is None:
        return None
    return MoneyMatch(both.min, _qualifier(match) if before is None else "exact", start, end)


def _joined_decimals(text: str) -> str:
    """A price whose decimals a page printed apart: "$119. 95", "1.837, 32 €"."""
    split = _SPLIT_DECIMALS.match(text) if ". " in text or ", " in text else None
    return text if split is None else text[: split.end("mark")] + text[split.start("cents"):]


def find_money(text: str) -> MoneyMatch | None:
    """The first amount of money in ``text`` (a price tag, a line, a sentence),
    with its qualifier and where it stands in the tidied text; None when
    there is none or the text is over 1,000 characters. A negative amount
    ("-$5") and an amount glued to more digits or letters ("$1e9") are skipped.

    >>> find_money("Now £9.99 $13.71 11,16 €").money
    Money(amount=Decimal('9.99'), currency='GBP')
    >>> found = find_money("Price From upwards of $50 million"); found.qualifier, found.start
    ('at_least', 11)
    >>> find_money("Was -$5, now $20").money.amount, find_money("35€ 99").money.amount
    (Decimal('20'), Decimal('35.99'))
    """
    value = value_text(text, MAX_SEARCH_CHARS, unwrap=False)
    if value is None:
        return None
    value = _joined_decimals(value)
    at = 0
    while (match := MONEY.search(value, at)) is not None:
        if (ranged := _low_end(value, match)) is not None:
            return ranged
        if _alone(value, match) and (found := money_from_match(match)) is not None:
            return _with_cents(value, match, found)
        at = match.start() + 1
    return None


def parse_money(text: str, *, strict: bool = False) -> Money | None:
    """An amount of money (any qualifier dropped): the first one in ``text``
    (see :func:`find_money`), or with ``strict`` only when ``text`` is exactly
    one amount; None when there is none or it names no currency.

    >>> parse_money("Rs. 50 crore")
    Money(amount=Decimal('500000000'), currency='INR')
    >>> parse_money("1 234 567,89 €")
    Money(amount=Decimal('1234567.89'), currency='EUR')
    >>> parse_money("From $109.90"), parse_money("From $109.90", strict=True)
    (Money(amount=Decimal('109.90'), currency='USD'), None)
    """
    found = read_money(text) if strict else find_money(text)
    return found.money if found else None


# --- ranges ---------------------------------------------------------------

_BARE_PATTERN = rf"(?P<num>{NUMBER_PATTERN}){_TRAIL}(?:{_MAG_GAP}(?P<mag>{MAGNITUDE_PATTERN}))?"
_BARE = re.compile(_BARE_PATTERN)
# The dash or word between two ends of a range; a range's split, the joint after
# an amount and the low end before an amount (find_money) use it alike.
_JOINT = r"(?:[-–—‒―~]|(?i:\b(?:to|and|through|till|until)\b))"
_RANGE_SEPARATOR = re.compile(rf"{_S}?{_JOINT}{_S}?")
_RANGE_LOW = re.compile(rf"{NUMBER_START}{_BARE_PATTERN}{_S}?{_JOINT}{_S}?$")
_RANGE_REACH = 40  # characters before an amount its range's low end may start
# An amount at the start of the text whose decimals stand apart after the mark.
_SPLIT_DECIMALS = re.compile(
    rf"(?:(?:{_PREFIX}){_S}?)?(?:{NUMBER_PATTERN})(?P<mark>[.,]) (?P<cents>[0-9]{{2}})(?![0-9])"
    rf"(?=$|{_S}?(?:{_POSTFIX}|{_CODE}))"
)


class _End(NamedTuple):
    """One end of a range as printed: its number and what stood beside it."""

    number: str
    magnitude: str | None
    prefix: str | None
    suffix: str | None


def _range_end(text: str) -> _End | None:
    """An amount with no qualifier of its own, or a bare number ("5", "10M")."""
    money = MONEY.fullmatch(text)
    if money and not (money.group("qual") or money.group("plus") or money.group("tail")):
        return _End(money.group("n1") or money.group("n2"), money.group("m1") or money.group("m2"),
                    money.group("pre"), money.group("s1") or money.group("s2"))
    bare = _BARE.fullmatch(text)
    return _End(bare.group("num"), bare.group("mag"), None, None) if bare else None


_RANGE_SPLIT = re.compile(rf" ?{_JOINT} ?")
_OPENERS = "to|from|starting at|starting from|min(?:imum)?\\.?:?|max(?:imum)?\\.?:?"
_RANGE_HEAD = re.compile(
    rf"(?:(?i:between|ranging from|in the range of|range of|range:)\s)?"
    rf"(?:(?P<qual>{QUALIFIER_PATTERN}|(?i:{_OPENERS}))\s?)?(?P<rest>.+)"
)
_RANGE_TAIL = re.compile(
    rf"(?P<rest>.+?)\s?(?:(?P<low>\+|(?i:{'|'.join(_TAIL_LOW)}|min(?:imum)?))"
    rf"|(?P<high>(?i:{'|'.join(_TAIL_HIGH)}|max(?:imum)?)))"
)
_LOWER: frozenset[str] = frozenset({"at_least", "more_than"})
_UPPER: frozenset[str] = frozenset({"at_most", "less_than"})


def _side_currency(side: _End, other: _End) -> str | None:
    """A range end's currency: its own; a generic ``$`` takes a trailing code
    of the other end ("$1M – $5M AUD"); an end with none takes the other's."""
    own = _currency(side.prefix, side.suffix)
    if own is not None and side.prefix != "$":
        return own
    if own is not None:  # a bare "$": the range's trailing code, if any
        return _currency(None, other.suffix) or own
    return _currency(other.prefix, other.suffix)


def _both_ends(text: str) -> MoneyRange | None:
    """Two amounts joined by a dash, "to" or "and"; each end borrows the
    currency and magnitude it lacks from the other ("$5-10M", "5-10 million
    euros"), except a magnitude that would put the low end above the high one
    ("$500 - $2M" stays 500)."""
    for split in _RANGE_SPLIT.finditer(text):
        left, right = _range_end(text[: split.start()]), _range_end(text[split.end():])
        if left is None or right is None:
            continue
        high = _amount(right.number, right.magnitude or left.magnitude)
        low = _amount(left.number, left.magnitude or right.magnitude)
        if high is not None and low is not None and low > high and not left.magnitude:
            low = _amount(left.number, None)
        low_cur, high_cur = _side_currency(left, right), _side_currency(right, left)
        if low is None or high is None or low_cur is None or high_cur is None:
            continue
        return MoneyRange(min=Money(amount=low, currency=low_cur),
                          max=Money(amount=high, currency=high_cur))
    return None


def _open_end(qualifier: str, money: Money) -> MoneyRange:
    if qualifier in _LOWER:
        return MoneyRange(min=money)
    if qualifier in _UPPER:
        return MoneyRange(max=money)
    return MoneyRange(min=money, max=money)


def parse_money_range(text: str) -> MoneyRange | None:
    """A range of money: both ends, one open end, or a single amount
    (both ends equal). A range's own "about" is dropped.

    >>> parse_money_range("$1M-5M").max.amount
    Decimal('5000000')
    >>> parse_money_range("between €2M and €3M").min.currency
    'EUR'
    >>> parse_money_range("$50M+").max is None
    True
    >>> r = parse_money_range("$25 - $100K"); (r.min.amount, r.max.amount)
    (Decimal('25000'), Decimal('100000'))
    """
    value = value_text(text)
    head = _RANGE_HEAD.fullmatch(value) if value else None
    if head is None:
        return None
    phrase, rest = (head.group("qual") or "").lower().rstrip(":"), head.group("rest")
    qualifier: str = qualifier_of(phrase)
    if phrase.startswith("min") or phrase.startswith("max"):
        qualifier = "at_least" if phrase.startswith("min") else "at_most"
    tail = _RANGE_TAIL.fullmatch(rest)
    if tail and qualifier == "exact":
        qualifier = "at_least" if tail.group("low") else "at_most"
        rest = tail.group("rest")
    both = _both_ends(rest)
    if both is not None:
        return both
    single = read_money(rest)
    if single is None or (single.qualifier != "exact" and qualifier != "exact"):
        return None  # "up to over $5M": two qualifiers, no reading
    return _open_end(single.qualifier if qualifier == "exact" else qualifier, single.money)

