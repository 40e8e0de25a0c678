"""The "Investor Profile" section: the stats sentence(s).

>>> from lark import Token
>>> page = PageBuilder()
>>> handle(Section("profile", [Token("PROFILE_H", "Investor Profile", line=1), Token("LINE",
...   "X has backed more than 38 startups, with 7 new investments in the last 12 months alone. "
...   "The firm has led 14 rounds, about 37% of its total and boasts 23 exits across its portfolio.",
...   line=3)]), page)
>>> {k: (v.value, v.qualifier) for k, v in page.fields["stats"].items() if v}
... # doctest: +NORMALIZE_WHITESPACE
{'portfolio_companies': (38.0, 'more_than'), 'new_investments_12m': (7.0, 'exact'),
 'rounds_led': (14.0, 'exact'), 'lead_share_percent': (37.0, 'about'), 'exits': (23.0, 'exact')}
"""

from __future__ import annotations

import re

from ..models import Qualifier, Quantity
from ..normalize.numbers import parse_number
from ..normalize.qualifier import QUALIFIER_WORDS
from .base import PageBuilder, Section, body_lines

# Stats are read number first: each number in the sentence, the words right
# after it say which stat it is, the words right before it its qualifier.
_DIGITS = re.compile(r"[0-9][0-9,.]*")
#: stat -> (what must follow the number, what must stand right before it or None)
STAT_RULES: dict[str, tuple[re.Pattern[str], re.Pattern[str] | None]] = {
    name: (re.compile(after, re.IGNORECASE), re.compile(before, re.IGNORECASE) if before else None)
    for name, (after, before) in {
        "portfolio_companies": (
            r" (?:startups|companies|portfolio companies|organi[sz]ations|businesses|ventures)\b",
            r"\b(?:backed|invested in|portfolio of|supported)\b",
        ),
        "new_investments_12m": (r" new investments? in the (?:last|past) (?:12|twelve) months\b", None),
        "rounds_led": (r" (?:funding |investment )?rounds?\b", r"\bled\b"),
        "lead_share_percent": (r" ?(?:%|percent) of (?:its|their|the|all) (?:total|rounds|deals)", None),
        "exits": (r" exits?\b", None),
    }.items()
}
_BEFORE = 40  # characters before a number searched for its verb and qualifier


def _qualifier(before: str) -> Qualifier:
    """The qualifier phrase (up to three words) that ends ``before``."""
    words = before.split()[-3:]
    for size in (3, 2, 1):
        phrase = " ".join(words[-size:]).lower()
        if len(words) >= size and phrase in QUALIFIER_WORDS:
            return QUALIFIER_WORDS[phrase]
    return "exact"


def read_stats(text: str) -> dict[str, Quantity | None]:
    """Each stat the text states (first mention), None for the others."""
    stats: dict[str, Quantity | None] = dict.fromkeys(STAT_RULES)
    for match in _DIGITS.finditer(text):
        start, run = match.start(), match.group().rstrip(".,")
        end = start + len(run)
        if (start and (text[start - 1].isalnum() or text[start - 1] in "$€£¥")) or (
            end < len(text) and text[end].isalnum()
        ):
            continue  # part of a word or an amount ("5Y", "$5")
        value = parse_number(run)
        if value is None:
            continue
        plus = text.startswith("+", end)  # "300+ startups": at least 300
        end += plus
        head = text[max(0, start - _BEFORE) : start]
        for name, (after, before) in STAT_RULES.items():
            if stats[name] is None and after.match(text, end):
                if before is None or before.search(head):
                    qualifier = _qualifier(head)
                    if plus and qualifier == "exact":
                        qualifier = "at_least"
                    stats[name] = Quantity(value=float(value), qualifier=qualifier)
                break
    return stats


def handle(section: Section, page: PageBuilder) -> None:
    found: dict[str, Quantity | None] = dict.fromkeys(STAT_RULES)
    for line in body_lines(section):
        stats = read_stats(line.text)
        if not any(stats.values()):
            page.leave(line, "no investor statistic in this line")
            continue
        page.take(line)
        for name, value in stats.items():
            if value is not None and found[name] is None:
                found[name] = value
    if any(found.values()):
        page.fields["stats"] = found
