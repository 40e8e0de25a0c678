"""Numbers as pages print them, read exactly (Decimal, never float).

Separator rules, decided once for every normalizer:

* both ``,`` and ``.`` present: the last one is the decimal mark
  (``1,234,567.89``, ``1.234.567,89``);
* several of the same mark, or groups split by spaces (plain, no-break,
  thin, narrow) or apostrophes: those are thousands separators
  (``1,234,567``, ``1.234.567``, ``1 234 567``, ``1'234'567``, Indian
  ``4,50,00,000``);
* one ``,`` followed by exactly three digits is a thousands separator
  (``94,456`` is 94456), otherwise a decimal mark (``45,00`` is 45.00,
  ``2,5`` is 2.5); a whole part of ``0`` makes it a decimal mark
  (``0,500`` is 0.5);
* one ``.`` is a decimal mark (``1.234`` is 1.234, ``2.8`` is 2.8): the
  pages are English, where that is the usual reading. Money read with
  ``amount=True`` (an amount with no magnitude) is the exception: one ``.``
  followed by exactly three digits after a non-zero whole part groups
  thousands (``€500.000`` is 500000, as ``€500,000`` is), since no price has
  three decimals; ``$1.500M`` and ``$0.125`` stay decimals.

>>> parse_number("1.234.567,89")
Decimal('1234567.89')
>>> parse_number("4,50,00,000")
Decimal('45000000')
>>> parse_number("94,456"), parse_number("45,00"), parse_number("0,500")
(Decimal('94456'), Decimal('45.00'), Decimal('0.500'))
>>> parse_number("1\u202f234\u202f567,5")
Decimal('1234567.5')
>>> parse_number("1,2,3") is None
True
>>> scale(parse_number("2.8"), "billion")
Decimal('2800000000.0')
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from decimal import Decimal, InvalidOperation

from .. import vocabulary as vocab
from ..text import repair

#: Characters that group thousands: space, no-break, figure, thin, narrow
#: no-break space, apostrophe and right single quote (Swiss ``1’000``).
GROUP_SPACES = " \u00a0\u2007\u2009\u202f'\u2019"

#: A number with optional grouping and decimals (a regex fragment, no groups).
#: Every repeat is bounded, so a long run of digits cannot make it backtrack
#: for long (at most 10^21 with grouping, 15 plain digits).
NUMBER_PATTERN = (
    r"(?:[0-9]{1,2}(?:,[0-9]{2}){1,6},[0-9]{3}(?:\.[0-9]{1,12})?"  # Indian 4,50,00,000
    r"|[0-9]{1,3}(?:,[0-9]{3}){1,6}(?:\.[0-9]{1,12})?"  # 1,234,567.89
    r"|[0-9]{1,3}(?:\.[0-9]{3}){1,6}(?:,[0-9]{1,12})?"  # 1.234.567,89
    rf"|[0-9]{{1,3}}(?:[{GROUP_SPACES}][0-9]{{3}}){{1,6}}(?:[.,][0-9]{{1,12}})?"  # 1 234 567,89
    r"|[0-9]{1,15}(?:[.,][0-9]{1,12})?|[.,][0-9]{1,12})"  # 1234.5, 45,00, .5
)
_NUMBER = re.compile(NUMBER_PATTERN)
_GROUPS = re.compile(f"[{GROUP_SPACES}]")
_LONE_DOT_GROUP = re.compile(r"[1-9][0-9]{0,2}\.[0-9]{3}")

#: Magnitude words and suffixes, lower-case -> multiplier (see the vocabulary).
MAGNITUDES = vocab.MAGNITUDES
#: Magnitude alternatives, longest first, case-insensitive, never the start
#: of a longer word or code ("$5 Mbps", "$5 B2B" have none) (a regex
#: fragment, no groups).
MAGNITUDE_PATTERN = (
    "(?i:(?:" + "|".join(sorted(MAGNITUDES, key=len, reverse=True)) + ")(?![a-z0-9]))"
)


def parse_number(text: str, *, amount: bool = False) -> Decimal | None:
    """Read one number (separators per the module rules); None if it is not one.
    ``amount``: a money amount without a magnitude (a lone ``.`` + three
    digits groups thousands).

    >>> parse_number("1'234'567.89"), parse_number(".5"), parse_number("12 apples")
    (Decimal('1234567.89'), Decimal('0.5'), None)
    >>> parse_number("500.000"), parse_number("500.000", amount=True)
    (Decimal('500.000'), Decimal('500000'))
    """
    if not isinstance(text, str):
        return None
    text = text.strip()
    if not _NUMBER.fullmatch(text):
        return None
    digits = _GROUPS.sub("", text)
    commas, dots = digits.count(","), digits.count(".")
    if commas and dots:
        decimal_mark = "," if digits.rfind(",") > digits.rfind(".") else "."
        thousands = "." if decimal_mark == "," else ","
        digits = digits.replace(thousands, "").replace(decimal_mark, ".")
    elif commas > 1:
        digits = digits.replace(",", "")
    elif commas == 1:
        whole, frac = digits.split(",")
        grouped = len(frac) == 3 and whole not in ("", "0")
        digits = whole + frac if grouped else whole + "." + frac
    elif dots > 1 or (amount and dots == 1 and _LONE_DOT_GROUP.fullmatch(digits)):
        digits = digits.replace(".", "")
    try:
        return Decimal(digits)
    except InvalidOperation:  # unreachable for pattern-checked text; kept as a guard
        return None


def scale(value: Decimal, magnitude: str | None) -> Decimal:
    """Multiply by a magnitude word or suffix (any case, trailing dot allowed); exact.

    >>> scale(Decimal("1.2"), "bn"), scale(Decimal("2,5".replace(",", ".")), "Mio.")
    (Decimal('1200000000.0'), Decimal('2500000.0'))
    >>> scale(Decimal("4.5"), "lakh"), scale(Decimal("50"), "Cr")
    (Decimal('450000.0'), Decimal('500000000'))
    """
    if not magnitude:
        return value
    return value * MAGNITUDES.get(magnitude.rstrip(".").lower(), Decimal(1))


def to_count(value: Decimal) -> int | None:
    """A Decimal as an int when it is whole.

    >>> to_count(Decimal("38")), to_count(Decimal("2.5"))
    (38, None)
    """
    return int(value) if value == value.to_integral_value() else None


#: Where a number may start in running text: not inside a word, nor right
#: after a decimal point or a digit group ("5Y", "v2.5", the "456" of "94,456")
#: (a regex fragment, no groups).
NUMBER_START = r"(?<![\w.])(?<![0-9],)"

# Full-width forms (CJK pages) to ASCII; invisible characters dropped; the
# minus sign and non-breaking hyphen to "-".
_TIDY: dict[int, str | None] = {c: chr(c - 0xFEE0) for c in range(0xFF01, 0xFF5F)}
_TIDY.update(dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad")))
_TIDY.update({ord("\u2212"): "-", ord("\u2011"): "-"})
_PAIRS = {"(": ")", "[": "]", "“": "”", "«": "»", '"': '"'}
_CLOSERS = {closer: opener for opener, closer in _PAIRS.items()}


def _unwrap(text: str) -> str:
    """One layer of wrapping off the ends: a bracket or quote pair, a stray
    bracket whose partner is not in the text, or trailing punctuation."""
    first, last = text[0], text[-1]
    if _PAIRS.get(first) == last and len(text) > 1:
        return text[1:-1]
    if last in _CLOSERS and _CLOSERS[last] not in text[:-1]:
        return text[:-1]
    if first in _PAIRS and _PAIRS[first] not in text[1:]:
        return text[1:]
    return text.rstrip(".,;:")


def tidy(text: str, *, unwrap: bool = True) -> str:
    """Text of one value ready for a full match: full-width forms to ASCII,
    invisible characters dropped, whitespace folded, and (``unwrap``) wrapping
    brackets and quotes and trailing punctuation taken off.

    >>> tidy(" (approx.\u00a0$３M). "), tidy("“45 %”;"), tidy("$5M (USD)"), tidy("$5M)")
    ('approx. $3M', '45 %', '$5M (USD)', '$5M')
    >>> tidy(" 1 030\u00a0р. ", unwrap=False)
    '1 030 р.'
    """
    text = " ".join(text.translate(_TIDY).split())
    while unwrap and text and (unwrapped := _unwrap(text).strip()) != text:
        text = unwrapped
    return text


#: The longest value text a normalizer reads; longer text is no one value.
MAX_VALUE_CHARS = 200


def repaired(text: str) -> str:
    """``text`` repaired as the page reader repairs a page (:func:`profile_parser.text.repair`:
    HTML entities, UTF-8 read as cp1252, odd spaces, controls); plain printable
    ASCII without ``&`` has nothing to repair and is returned as it is.

    >>> repaired("Jul&nbsp;31"), repaired("5\u00e2\u20ac\u201c6")
    ('Jul 31', '5–6')
    """
    return repair(text) if "&" in text or not (text.isascii() and text.isprintable()) else text


def value_text(text: object, limit: int = MAX_VALUE_CHARS, *, unwrap: bool = True) -> str | None:
    """Text repaired as the page reader repairs a page (:func:`profile_parser.text.repair`:
    HTML entities, UTF-8 read as cp1252, odd spaces, controls) and :func:`tidy`'d; None
    when it is no string, empty or longer than ``limit`` characters.

    >>> value_text(" $5M. "), value_text(None), value_text("9" * 500)
    ('$5M', None, None)
    >>> value_text("$5M &#8211; $50M"), value_text("$5M \u00e2\u20ac\u201c $50M")
    ('$5M – $50M', '$5M – $50M')
    """
    if not isinstance(text, str) or len(text) > 4 * limit:
        return None
    text = tidy(repaired(text), unwrap=unwrap)
    return text if 0 < len(text) <= limit else None


_Trie = dict[str, "_Trie"]


def literal_pattern(items: Iterable[str], *, space: str = " ", word_end: str = "") -> str:
    """Literal alternatives as one trie-shaped regex (a fragment, no groups).

    A scan tries one branch per character instead of every alternative, the
    longest item wins, each space may be ``space`` and an item ending in a
    letter is followed by ``word_end``.

    >>> literal_pattern(["m", "mm", "mn"], word_end="(?!x)")
    'm(?:m(?!x)|n(?!x)|(?!x))'
    >>> bool(re.fullmatch(literal_pattern(["up to", "u.s."], space="[ \\u00a0]"), "up\\u00a0to"))
    True
    """
    trie: _Trie = {}
    for item in items:
        node = trie
        for char in item:
            node = node.setdefault(char, {})
        node[""] = {}  # an item ends here

    def emit(node: _Trie, last: str) -> str:
        branches = [
            (space if char == " " else re.escape(char)) + emit(child, char)
            for char, child in sorted(node.items()) if char
        ]
        if "" in node:  # after the longer items: the longest match wins
            branches.append(word_end if last.isalpha() else "")
        return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"

    return emit(trie, "")
