"""Dates as pages print them.

The common forms are read with one regex and a month table; dateutil is
only the fallback, and it is guarded so it never invents a day, a month or
a century (its default fills missing parts from today), and never picks
one of two readings of an ambiguous numeric date.

>>> parse_date("Jul 31, 2025"), parse_date("Sept 3, 2024")
(datetime.date(2025, 7, 31), datetime.date(2024, 9, 3))
>>> parse_date("September 3rd, 2024"), parse_date("31 Jul 2025")
(datetime.date(2024, 9, 3), datetime.date(2025, 7, 31))
>>> parse_date("2025-07-31"), parse_date("31/07/2025")
(datetime.date(2025, 7, 31), datetime.date(2025, 7, 31))

A date is also read inside brackets, pipes, ``@``, weekdays, times and zones,
and in wordy forms; nothing else may stand around it:

>>> parse_date("Thu (12 Feb 2016)"), parse_date("Sep 03 2014 | 4:32 pm EDT")
(datetime.date(2016, 2, 12), datetime.date(2014, 9, 3))
>>> parse_date("the 1st day of March 2015"), parse_date("November 19, 2014 at noon")
(datetime.date(2015, 3, 1), datetime.date(2014, 11, 19))
>>> parse_date("Founded on Jul 31, 2025 by Acme") is None
True

Partial and ambiguous dates are no full date:

>>> parse_date("Jul 2025") is None, parse_date("03/04/2025") is None
(True, True)
>>> parse_partial_date("Jul 2025"), parse_partial_date("early 2021"), parse_partial_date("2019")
('2025-07', '2021', '2019')
>>> parse_partial_date("Jul 31, 2025"), parse_partial_date("sometime") is None
('2025-07-31', True)
"""

from __future__ import annotations

import datetime
import re
import warnings

from .. import vocabulary as vocab
from .numbers import literal_pattern, repaired

MONTHS = vocab.MONTHS

#: Month names and abbreviations (regex fragment, no groups, lower case:
#: wrap it in ``(?i:...)``).
MONTH_PATTERN = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
)
_ORDINAL = r"(?i:st|nd|rd|th)?"
_YEAR_END = r"(?![0-9])"  # a year is four digits, not the start of a longer number


def _month_first(tag: str) -> str:
    """"Jul 31, 2025", "July 31st 2025", "Jul. 31,2025", "Jul-31-2025"."""
    return (
        rf"(?P<m{tag}>(?i:{MONTH_PATTERN}))\.?[ -]?(?P<d{tag}>[0-9]{{1,2}}){_ORDINAL}"
        rf",?[ -]?(?P<y{tag}>[0-9]{{4}}){_YEAR_END}"
    )


def _day_first(tag: str) -> str:
    """"31 Jul 2025", "31st of July, 2025", "31-Jul-2025"."""
    return (
        rf"(?P<d{tag}>[0-9]{{1,2}}){_ORDINAL}[ -](?:(?i:of) )?(?P<m{tag}>(?i:{MONTH_PATTERN}))"
        rf"\.?,?[ -](?P<y{tag}>[0-9]{{4}}){_YEAR_END}"
    )


#: A full date (regex fragment): month-first, day-first, ISO ``Y-M-D``, or
#: numeric ``D/M/Y`` or ``M/D/Y`` (resolved only when unambiguous). Read a
#: match with :func:`date_from_match`. Every repeat is bounded, so the
#: fragment can sit after a lazy ``.*?`` without backtracking blow-ups.
DATE_PATTERN = (
    rf"(?:{_month_first('1')}|{_day_first('2')}"
    r"|(?P<iy>[0-9]{4})(?P<isep>[-/.])(?P<im>[0-9]{1,2})(?P=isep)(?P<id>[0-9]{1,2})(?![0-9])"
    rf"|(?P<na>[0-9]{{1,2}})(?P<nsep>[-/.])(?P<nb>[0-9]{{1,2}})(?P=nsep)(?P<ny>[0-9]{{4}}){_YEAR_END})"
)
_DATE = re.compile(DATE_PATTERN)
_FOUR_DIGITS = re.compile(r"[0-9]{4}")
_YEAR_FIRST = re.compile(r"[0-9]{4}")
_EDGE_JUNK = " ,;:()[]"
_MAX_LENGTH = 80

# A partial date: qualifier words ("as of early", "mid-", "Q3", "FY"), then a
# month and a year, a year and a month, or a year alone.
_QUALIFIER = literal_pattern(vocab.DATE_LEADS)
_PARTIAL = re.compile(
    rf"(?i:{_QUALIFIER}[ -]?){{0,4}}"
    rf"(?:(?P<mon>(?i:{MONTH_PATTERN}))\.?,? ?(?P<year>[0-9]{{4}})"
    r"|(?P<my>[0-9]{4})[-/](?P<mm>[0-9]{2})"
    r"|(?P<mm2>[0-9]{1,2})[-/.](?P<my2>[0-9]{4})"
    r"|(?P<only>[0-9]{4}))"
)
_PARTIAL_YEARS = range(1600, 2200)  # a lone four-digit number outside is no year


def _make(year: int, month: int, day: int) -> datetime.date | None:
    try:
        return datetime.date(year, month, day)
    except ValueError:
        return None


def _resolve_numeric(a: int, b: int, year: int) -> datetime.date | None:
    """``a/b/year`` as D/M/Y or M/D/Y: only when one reading is impossible.

    >>> _resolve_numeric(31, 7, 2025), _resolve_numeric(7, 31, 2025)
    (datetime.date(2025, 7, 31), datetime.date(2025, 7, 31))
    >>> _resolve_numeric(3, 4, 2025) is None, _resolve_numeric(4, 4, 2025)
    (True, datetime.date(2025, 4, 4))
    """
    if a > 12 >= b:
        return _make(year, b, a)
    if b > 12 >= a:
        return _make(year, a, b)
    return _make(year, a, b) if a == b else None


def date_from_match(match: re.Match[str]) -> datetime.date | None:
    """The date a DATE_PATTERN match stands for; None if no calendar date.

    >>> date_from_match(re.fullmatch(DATE_PATTERN, "Feb 30, 2025")) is None
    True
    >>> date_from_match(re.search(DATE_PATTERN, "Series BJul 31, 2025"))
    datetime.date(2025, 7, 31)
    """
    for tag in ("1", "2"):
        month = match.group(f"m{tag}")
        if month:
            day, year = match.group(f"d{tag}"), match.group(f"y{tag}")
            return _make(int(year), MONTHS[month.lower()], int(day))
    if match.group("iy"):
        return _make(int(match.group("iy")), int(match.group("im")), int(match.group("id")))
    return _resolve_numeric(int(match.group("na")), int(match.group("nb")), int(match.group("ny")))


def _dateutil_date(text: str) -> datetime.date | None:
    """dateutil's reading, kept only when no default and no field order changed it.

    >>> _dateutil_date("Thursday, 31 July 2025 10:30"), _dateutil_date("Jul 31")
    (datetime.date(2025, 7, 31), None)
    >>> _dateutil_date("2025-07-03T10:00:00Z"), _dateutil_date("03-04-2025 10:00")
    (datetime.date(2025, 7, 3), None)
    """
    from dateutil import parser  # imported lazily: off the common path

    readings = set()
    # a year written first is always followed by the month (ISO order)
    orders = (False,) if _YEAR_FIRST.match(text) else (False, True)
    for default in (datetime.datetime(2000, 1, 1), datetime.datetime(2001, 2, 2)):
        for dayfirst in orders:
            try:
                with warnings.catch_warnings():  # a zone name it does not know: only the date matters
                    warnings.simplefilter("ignore", parser.UnknownTimezoneWarning)
                    readings.add(parser.parse(text, default=default, dayfirst=dayfirst).date())
            except Exception:  # a third-party parser fed untrusted text: any error is no date
                return None
    return readings.pop() if len(readings) == 1 else None


def _clean(text: str) -> str:
    return " ".join(repaired(text).split()).strip(_EDGE_JUNK).rstrip(".")


_MERIDIEM = r"(?i:[ap]\.? ?m\b\.?)"
_OFFSET = r"(?i:gmt|utc)?[+-][0-9]{2}(?::?[0-9]{2})?(?![0-9])"
# What may stand around a date and says nothing of its day: brackets, pipes and
# "@"; times ("10:13:10", "09:30:00.123456", "10:49:41,502", "4:32 pm", "20:43h",
# "10h11", "5pm", "6 a.m.", a dotted "12.16" after a year) with their zone offset;
# offsets after a space ("+0100", "-05:00", "GMT+0800", "+03"); words, taken
# out when they are weekdays, fillers or zone names in capitals (see
# _drop_noise). Every repeat is bounded.
_NOISE = re.compile(
    r"(?<![0-9.])[0-9]{1,2}(?::[0-9]{2}){1,2}(?:\.[0-9]{1,9}|,[0-9]{3}(?![0-9]))?h?"
    rf"(?: ?{_MERIDIEM})?(?![0-9])(?: ?{_OFFSET})?"
    rf"|(?<![0-9./-])[0-9]{{1,2}}(?:h[0-9]{{2}}| ?{_MERIDIEM})(?![0-9])"
    rf"|(?:(?<=[0-9]{{4}} )|(?<=[0-9]{{4}}, ))[0-9]{{1,2}}\.[0-9]{{2}}(?![0-9.])(?: ?{_MERIDIEM})?"
    rf"|(?<!\S){_OFFSET}"
    rf"|\b{_MERIDIEM}"
    r"|(?P<word>[^\W\d_]{1,12})"
    "|[()\\[\\]{}|@´`\"“”]"
)
_DROPPED_WORDS = frozenset((*vocab.WEEKDAYS, *vocab.DATE_FILLERS))
_ZONE_NAME = re.compile(r"[A-Z]{2,5}")
# A range of days keeps its first day: "June 12-14, 2021", "12-14 June 2021".
_DAY_RANGE = re.compile(
    rf"(?<![0-9])(?P<day>[0-9]{{1,2}}){_ORDINAL} ?[-–] ?[0-9]{{1,2}}{_ORDINAL}(?![0-9])"
    rf"(?=,? (?:[0-9]{{4}}(?![0-9])|(?i:{MONTH_PATTERN})\b))"
)
_SPACE_BEFORE_COMMA = re.compile(r" (?=,)")


def _drop_noise(match: re.Match[str]) -> str:
    """A space for noise; a word stays unless it is a weekday, a filler or a zone name."""
    word = match.group("word")
    if word is None:
        return " "
    low = word.lower()
    if low in _DROPPED_WORDS or (low not in MONTHS and _ZONE_NAME.fullmatch(word)):
        return " "
    return word


def _core(text: str) -> str:
    """The text with what may stand around a date taken out.

    >>> _core("Fri Sep 23 2016 10:34:51 GMT+0800 (CST)"), _core("Tues 9th Aug, 2015")
    ('Sep 23 2016', '9th Aug, 2015')
    >>> _core("26 Jan 99 16:32:21 +0100"), _core("June 12-14, 2021")
    ('26 Jan 99', 'June 12, 2021')
    """
    core = _NOISE.sub(_drop_noise, text)
    core = _DAY_RANGE.sub(r"\g<day>", " ".join(core.split()))
    return _SPACE_BEFORE_COMMA.sub("", core).strip(_EDGE_JUNK).rstrip(".")


def parse_date(text: str) -> datetime.date | None:
    """A full calendar date; None for partial, ambiguous or invalid dates.

    Around the date may stand only what says nothing of its day (weekdays,
    times, zones, brackets, pipes, ``@``, "at noon", "the … day of"); a
    two-digit year is refused, also before a time or a zone.

    >>> parse_date("31-Jul-2025"), parse_date("(July 31st, 2025)")
    (datetime.date(2025, 7, 31), datetime.date(2025, 7, 31))
    >>> parse_date("Feb 29, 2023") is None, parse_date("Jul 31, 25") is None
    (True, True)
    >>> parse_date("26 Jan 99 16:32:21 +0100") is None, parse_date("17th October, 2034 @ 01:08 am PDT")
    (True, datetime.date(2034, 10, 17))
    """
    if not isinstance(text, str) or len(text) > 4 * _MAX_LENGTH:
        return None
    text = _clean(text)
    if not text or len(text) > _MAX_LENGTH:
        return None
    match = _DATE.fullmatch(text)
    if match:
        return date_from_match(match)
    core = _core(text)
    match = _DATE.fullmatch(core) if core != text else None
    if match:
        return date_from_match(match)
    if not _FOUR_DIGITS.search(core):  # no four-digit year: dateutil would guess a century
        return None
    return _dateutil_date(core)


def parse_partial_date(text: str) -> str | None:
    """A date with only the precision it was written with: YYYY, YYYY-MM or YYYY-MM-DD.

    >>> parse_partial_date("mid-2021"), parse_partial_date("Q3 2024"), parse_partial_date("07/2025")
    ('2021', '2024', '2025-07')
    >>> parse_partial_date("2025-07"), parse_partial_date("2011-12") is None
    ('2025-07', True)
    """
    full = parse_date(text)
    if full is not None:
        return full.isoformat()
    text = _clean(text)
    match = _PARTIAL.fullmatch(text) if len(text) <= _MAX_LENGTH else None
    if not match:
        return None
    if match.group("mon"):
        year, month = int(match.group("year")), MONTHS[match.group("mon").lower()]
    elif match.group("my"):
        year, month = int(match.group("my")), int(match.group("mm"))
        if month == (year + 1) % 100:  # "2011-12" is the fiscal year 2011/12, not Dec 2011
            return None
    elif match.group("my2"):
        year, month = int(match.group("my2")), int(match.group("mm2"))
    else:
        year, month = int(match.group("only")), 0
    if year not in _PARTIAL_YEARS or not (match.group("only") or 1 <= month <= 12):
        return None
    return f"{year:04d}-{month:02d}" if month else f"{year:04d}"
