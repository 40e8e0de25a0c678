"""The "Investor Profile" section: the stats sentence(s).

Stats are read number first: for each number in the sentence, the words
right after it say which stat it is ("38 startups", "1 exit"), and the
words right before it its qualifier ("more than 38"); some stats also need
a verb before the number ("backed", "led").

>>> stats = read(Section("profile", Line(1, "Investor Profile"), [Line(3,
...   "X has backed more than 38 startups, with 7 new investments in the last 12 months alone. "
...   "The firm has led 14 rounds, about 37% of its total and boasts 23 exits across its portfolio.")]),
...   Ledger("profile"))
>>> {name: (found.value.value, found.value.qualifier) for name, found in stats.items() if found}
... # doctest: +NORMALIZE_WHITESPACE
{'portfolio_companies': (38.0, 'more_than'), 'new_investments_12m': (7.0, 'exact'),
 'rounds_led': (14.0, 'exact'), 'lead_share_percent': (37.0, 'about'), 'exits': (23.0, 'exact')}
"""

from __future__ import annotations

import re
from typing import NamedTuple

from ..document import Line, Section
from ..models import Quantity
from ..normalize.currency import SIGN_ENDS
from ..normalize.numbers import parse_number
from ..normalize.qualifier import qualifier_before
from .base import Ledger

_DIGITS = re.compile(r"[0-9][0-9,.]*")
#: stat -> (what must follow the number, what must stand before it, or None)
STAT_RULES: dict[str, tuple[re.Pattern[str], re.Pattern[str] | None]] = {
    name: (re.compile(after, re.IGNORECASE), re.compile(before, re.IGNORECASE) if before else None)
    for name, (after, before) in {
        "portfolio_companies": (
            r" (?:startups?|compan(?:y|ies)|portfolio compan(?:y|ies)|organi[sz]ations?"
            r"|business(?:es)?|ventures?)\b",
            r"\b(?:backed|invested in|portfolio of|supported)\b",
        ),
        "new_investments_12m": (r" new investments? in the (?:last|past) (?:12|twelve) months\b", None),
        "rounds_led": (r" (?:funding |investment )?rounds?\b", r"\bled\b"),
        "lead_share_percent": (r" ?(?:%|percent) of (?:its|their|the|all) (?:total|rounds|deals)", None),
        "exits": (r" exits?\b", None),
    }.items()
}
_BEFORE = 40  # characters before a number searched for its verb


class Stat(NamedTuple):
    """A stat, the line it was read from, where its text (qualifier included)
    starts, and where its number stands."""

    value: Quantity
    line: Line
    start: int
    number_start: int
    end: int


def read_stats(text: str) -> dict[str, tuple[Quantity, int, int, int] | None]:
    """Each stat the text states (first mention), with where its text (qualifier
    included) starts, where its number starts and where it ends; None for the others.

    >>> read_stats("and boasts over 1 exit")["exits"]
    (Quantity(value=1.0, qualifier='more_than'), 11, 16, 17)
    """
    stats: dict[str, tuple[Quantity, int, int, int] | None] = dict.fromkeys(STAT_RULES)
    for match in _DIGITS.finditer(text):
        start, run = match.start(), match.group().rstrip(".,")
        end = start + len(run)
        if (start and (text[start - 1].isalnum() or text[start - 1] in SIGN_ENDS)) or (
            end < len(text) and text[end].isalnum()
        ):
            continue  # part of a word or an amount ("5Y", "$5")
        value = parse_number(run)
        if value is None:
            continue
        plus = text.startswith("+", end)  # "300+ startups": at least 300
        for name, (after, before) in STAT_RULES.items():
            if stats[name] is None and after.match(text, end + plus):
                if before is None or before.search(text, max(0, start - _BEFORE), start):
                    begin, qualifier = qualifier_before(text, start)
                    if plus and qualifier == "exact":
                        qualifier = "at_least"
                    stats[name] = (Quantity(value=float(value), qualifier=qualifier), begin, start, end + plus)
                break
    return stats


def read(section: Section, ledger: Ledger) -> dict[str, Stat | None] | None:
    """Each stat with where it was read; None when no line states one."""
    found: dict[str, Stat | None] = dict.fromkeys(STAT_RULES)
    for line in section.lines:
        stats = read_stats(line.text)
        if not any(stats.values()):
            ledger.leave(line, "no investor statistic in this line")
            continue
        ledger.place([line])
        for name, stat in stats.items():
            if stat is not None and found[name] is None:
                found[name] = Stat(stat[0], line, *stat[1:])
    return found if any(found.values()) else None
