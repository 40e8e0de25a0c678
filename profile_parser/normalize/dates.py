"""Dates as pages print them.

The common forms are read with one regex and a month table; dateutil is
only the fallback, and it is guarded so it never invents a day or a month
(its default fills missing parts from today).

>>> parse_date("Jul 31, 2025"), parse_date("Sept 3, 2024")
(datetime.date(2025, 7, 31), datetime.date(2024, 9, 3))
>>> parse_date("31 Jul 2025"), parse_date("2025-07-31")
(datetime.date(2025, 7, 31), datetime.date(2025, 7, 31))
>>> parse_date("Jul 2025") is None, parse_date("03/04/2025") is None
(True, True)
>>> parse_partial_date("Jul 2025"), parse_partial_date("early 2021"), parse_partial_date("2019")
('2025-07', '2021', '2019')
"""

from __future__ import annotations

import datetime
import re

MONTHS: dict[str, int] = {}
for _number, _names in enumerate(
    (
        ("jan", "january"), ("feb", "february"), ("mar", "march"), ("apr", "april"),
        ("may",), ("jun", "june"), ("jul", "july"), ("aug", "august"),
        ("sep", "sept", "september"), ("oct", "october"), ("nov", "november"),
        ("dec", "december"),
    ),
    start=1,
):
    for _name in _names:
        MONTHS[_name] = _number

#: Month names and abbreviations (regex fragment, no groups).
MONTH_PATTERN = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
)
_M = rf"(?P<mon>(?i:{MONTH_PATTERN}))\.?"
_D = r"(?P<day>[0-9]{1,2})(?:st|nd|rd|th)?"
_Y = r"(?P<year>[0-9]{4})"
#: A full date (regex fragment) with groups mon/day/year or iy/im/id.
DATE_PATTERN = (
    rf"(?:{_M} ?{_D},? ?{_Y}"
    rf"|{_D.replace('day', 'day2')} {_M.replace('mon', 'mon2')},? {_Y.replace('year', 'year2')}"
    r"|(?P<iy>[0-9]{4})[-/.](?P<im>[0-9]{1,2})[-/.](?P<id>[0-9]{1,2}))"
)
_DATE = re.compile(DATE_PATTERN)
_NUMERIC = re.compile(r"(?P<a>[0-9]{1,2})[/.-](?P<b>[0-9]{1,2})[/.-](?P<y>[0-9]{4})")
_PARTIAL = re.compile(
    rf"(?i:(?:early|mid|late|end of|beginning of|since|by|in|as of|from|until) )?"
    rf"(?:(?P<mon>(?i:{MONTH_PATTERN}))\.? )?(?P<year>(?:19|20)[0-9]{{2}})"
)


def _make(year: int, month: int, day: int) -> datetime.date | None:
    try:
        return datetime.date(year, month, day)
    except ValueError:
        return None


def date_from_match(match: re.Match[str]) -> datetime.date | None:
    """A date from a DATE_PATTERN match."""
    if match.group("iy"):
        return _make(int(match.group("iy")), int(match.group("im")), int(match.group("id")))
    mon = match.group("mon") or match.group("mon2")
    day = match.group("day") or match.group("day2")
    year = match.group("year") or match.group("year2")
    return _make(int(year), MONTHS[mon.lower()], int(day))


def _dateutil_date(text: str) -> datetime.date | None:
    """dateutil's reading, kept only when it needed no default for any part."""
    from dateutil import parser  # imported lazily: off the common path

    try:
        first = parser.parse(text, default=datetime.datetime(2000, 1, 1))
        second = parser.parse(text, default=datetime.datetime(2001, 2, 2))
    except (ValueError, OverflowError, TypeError):
        return None
    return first.date() if first == second else None


def parse_date(text: str) -> datetime.date | None:
    """A full calendar date; None for partial, ambiguous or invalid dates."""
    text = " ".join(text.split()).rstrip(".,")
    if not text or len(text) > 64:
        return None
    match = _DATE.fullmatch(text)
    if match:
        return date_from_match(match)
    numeric = _NUMERIC.fullmatch(text)
    if numeric:  # d/m/y or m/d/y: only when one reading is impossible
        a, b, year = int(numeric.group("a")), int(numeric.group("b")), int(numeric.group("y"))
        if a > 12 >= b:
            return _make(year, b, a)
        if b > 12 >= a:
            return _make(year, a, b)
        return _make(year, a, b) if a == b else None
    if not any(c.isdigit() for c in text):
        return None
    return _dateutil_date(text)


def parse_partial_date(text: str) -> str | None:
    """A date with only the precision it was written with: YYYY, YYYY-MM or YYYY-MM-DD."""
    full = parse_date(text)
    if full is not None:
        return full.isoformat()
    match = _PARTIAL.fullmatch(" ".join(text.split()))
    if not match:
        return None
    if match.group("mon"):
        return f"{match.group('year')}-{MONTHS[match.group('mon').lower()]:02d}"
    return match.group("year")
