"""Qualifier words before a number ("more than 38", "about 37%").

Phrases map to the contract's qualifiers; matching ignores case and never
starts inside a word ("Moreover 5" has no "over").

>>> split_qualifier("more than 38 startups")
('more_than', '38 startups')
>>> split_qualifier("Approx. $3M")
('about', '$3M')
>>> split_qualifier("38")
('exact', '38')
>>> split_qualifier("overseas")
('exact', 'overseas')
"""

from __future__ import annotations

import re

from .. import vocabulary as vocab
from ..models import Qualifier
from .numbers import literal_pattern

#: Phrase -> contract qualifier (the vocabulary's table, typed).
QUALIFIER_WORDS: dict[str, Qualifier] = vocab.QUALIFIERS  # type: ignore[assignment]
#: Words only a range reads as an open end, never a single amount's qualifier.
RANGE_ONLY = vocab.RANGE_ONLY_QUALIFIERS


#: A qualifier phrase, any case, not starting or ending inside a word; any
#: space in a phrase may be any whitespace (a regex fragment, no groups).
_PHRASES = literal_pattern(
    (w for w in QUALIFIER_WORDS if w not in RANGE_ONLY), space=r"\s", word_end=r"(?!\w)"
)
QUALIFIER_PATTERN = f"(?<![A-Za-z])(?i:{_PHRASES})"
_LEADING = re.compile(rf"({QUALIFIER_PATTERN})\s?")


def qualifier_of(phrase: str | None) -> Qualifier:
    """The contract qualifier for a phrase matched by QUALIFIER_PATTERN.

    >>> qualifier_of("Upwards of"), qualifier_of("MORE  THAN"), qualifier_of(None)
    ('at_least', 'more_than', 'exact')
    """
    if not phrase:
        return "exact"
    return QUALIFIER_WORDS.get(" ".join(phrase.lower().split()), "exact")


def split_qualifier(text: str) -> tuple[Qualifier, str]:
    """Take a leading qualifier phrase off ``text``.

    >>> split_qualifier("~ 40%"), split_qualifier("up to $10M")
    (('about', '40%'), ('at_most', '$10M'))
    """
    text = text.strip()
    match = _LEADING.match(text)
    if not match:
        return "exact", text
    return qualifier_of(match.group(1)), text[match.end():].lstrip()


#: How far before a number its qualifier may start (the longest phrase and a space).
_REACH = max(map(len, QUALIFIER_WORDS)) + 2
_BEFORE = re.compile(rf"(?<![A-Za-z0-9])(?P<q>{QUALIFIER_PATTERN})\s{{0,2}}$")


def qualifier_before(text: str, start: int) -> tuple[int, Qualifier]:
    """The qualifier phrase ending right before ``text[start:]`` (a number or
    its currency), and where it starts; ``(start, "exact")`` when there is none.

    >>> qualifier_before("had Over 300 companies", 9)
    (4, 'more_than')
    >>> qualifier_before("moreover 300 companies", 9)
    (9, 'exact')
    """
    match = _BEFORE.search(text, max(0, start - _REACH), start)
    if match is None:
        return start, "exact"
    return match.start(), qualifier_of(match.group("q"))

