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

from ..models import Quantity
from ..normalize.numbers import NUMBER_PATTERN
from ..normalize.percent import quantity_from_match
from ..normalize.qualifier import QUALIFIER_PATTERN
from .base import PageBuilder, Section, body_lines

_Q = rf"(?:(?P<qual>{QUALIFIER_PATTERN}) )?(?P<num>{NUMBER_PATTERN})\+?"
#: stat -> the phrase that states it (case-insensitive)
STAT_PATTERNS: dict[str, re.Pattern[str]] = {
    name: re.compile(pattern, re.IGNORECASE)
    for name, pattern in {
        "portfolio_companies": rf"\b(?:backed|invested in|portfolio of|supported) {_Q} "
        r"(?:startups|companies|portfolio companies|organi[sz]ations|businesses|ventures)\b",
        "new_investments_12m": rf"\b{_Q} new investments? in the (?:last|past) (?:12|twelve) months\b",
        "rounds_led": rf"\bled {_Q} (?:funding |investment )?rounds?\b",
        "lead_share_percent": rf"\b{_Q} ?(?:%|percent) of (?:its|their|the|all) (?:total|rounds|deals)",
        "exits": rf"\b{_Q} exits?\b",
    }.items()
}


def read_stats(text: str) -> dict[str, Quantity | None]:
    """Each stat the text states (first mention), None for the others."""
    stats: dict[str, Quantity | None] = {}
    for name, pattern in STAT_PATTERNS.items():
        match = pattern.search(text)
        stats[name] = quantity_from_match(match) if match else None
    return stats


def handle(section: Section, page: PageBuilder) -> None:
    found: dict[str, Quantity | None] = dict.fromkeys(STAT_PATTERNS)
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
