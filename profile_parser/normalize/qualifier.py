"""Qualifier words before a number ("more than 38", "about 37%").

>>> split_qualifier("more than 38 startups")
('more_than', '38 startups')
>>> split_qualifier("38")
('exact', '38')
"""

from __future__ import annotations

import re

from ..models import Qualifier

#: Phrase -> contract qualifier. Longer phrases are tried first.
QUALIFIER_WORDS: dict[str, Qualifier] = {
    "more than": "more_than", "over": "more_than", "above": "more_than",
    "greater than": "more_than", "in excess of": "more_than", "north of": "more_than",
    "well over": "more_than", ">": "more_than",
    "less than": "less_than", "under": "less_than", "below": "less_than",
    "fewer than": "less_than", "<": "less_than",
    "at least": "at_least", "upwards of": "at_least", "no less than": "at_least",
    "a minimum of": "at_least", "minimum of": "at_least", "no fewer than": "at_least",
    ">=": "at_least", "≥": "at_least",
    "up to": "at_most", "at most": "at_most", "no more than": "at_most",
    "a maximum of": "at_most", "maximum of": "at_most", "<=": "at_most", "≤": "at_most",
    "about": "about", "approximately": "about", "approx.": "about", "approx": "about",
    "around": "about", "roughly": "about", "nearly": "about", "almost": "about",
    "close to": "about", "circa": "about", "an estimated": "about", "estimated": "about",
    "some": "about", "~": "about", "≈": "about",
}

_ALTERNATIVES = "|".join(
    re.escape(w) + (r"\b" if w[-1].isalpha() else "")
    for w in sorted(QUALIFIER_WORDS, key=len, reverse=True)
)
#: A qualifier phrase followed by optional space (a regex fragment, no groups).
QUALIFIER_PATTERN = f"(?:{_ALTERNATIVES})"
_LEADING = re.compile(rf"({QUALIFIER_PATTERN}) ?", re.IGNORECASE)


def qualifier_of(phrase: str | None) -> Qualifier:
    """The contract qualifier for a phrase matched by QUALIFIER_PATTERN.

    >>> qualifier_of("Upwards of")
    'at_least'
    """
    if not phrase:
        return "exact"
    return QUALIFIER_WORDS.get(" ".join(phrase.lower().split()), "exact")


def split_qualifier(text: str) -> tuple[Qualifier, str]:
    """Take a leading qualifier phrase off ``text``."""
    text = text.strip()
    match = _LEADING.match(text)
    if not match:
        return "exact", text
    return qualifier_of(match.group(1)), text[match.end():].lstrip()
