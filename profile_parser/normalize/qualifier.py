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

from ..models import Qualifier
from .numbers import literal_pattern

#: Phrase -> contract qualifier. Longer phrases are tried first.
QUALIFIER_WORDS: dict[str, Qualifier] = {
    "more than": "more_than", "over": "more_than", "above": "more_than",
    "greater than": "more_than", "in excess of": "more_than", "north of": "more_than",
    "well over": "more_than", "just over": "more_than", "well above": "more_than",
    "more then": "more_than", ">": "more_than",
    "less than": "less_than", "under": "less_than", "below": "less_than",
    "fewer than": "less_than", "just under": "less_than", "well under": "less_than",
    "well below": "less_than", "south of": "less_than", "<": "less_than",
    "at least": "at_least", "upwards of": "at_least", "upward of": "at_least",
    "no less than": "at_least", "not less than": "at_least", "a minimum of": "at_least",
    "minimum of": "at_least", "no fewer than": "at_least", "min.": "at_least",
    "starting at": "at_least", "starting from": "at_least", "from": "at_least", "to": "at_most",
    ">=": "at_least", "≥": "at_least",
    "up to": "at_most", "at most": "at_most", "no more than": "at_most",
    "not more than": "at_most", "a maximum of": "at_most", "maximum of": "at_most",
    "as much as": "at_most", "as many as": "at_most", "max.": "at_most",
    "<=": "at_most", "≤": "at_most",
    "about": "about", "approximately": "about", "approx.": "about", "approx": "about",
    "appr.": "about", "around": "about", "roughly": "about", "nearly": "about",
    "almost": "about", "close to": "about", "circa": "about", "ca.": "about", "c.": "about",
    "an estimated": "about", "estimated": "about", "est.": "about", "some": "about",
    "an approximate": "about", "~": "about", "≈": "about", "±": "about",
}

#: Words only a range reads as an open end, never a single amount's qualifier.
RANGE_ONLY = frozenset({"from", "to", "starting at", "starting from", "min.", "max."})


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
