"""Property tests: a date printed in a common form, with what real-world strings
put around it (weekday, time, zone, brackets), reads back; a two-digit year never
does.

The printers are written here by hand, with their own month and weekday names,
not taken from the parser's tables.
"""

from __future__ import annotations

import datetime

from hypothesis import given, settings
from hypothesis import strategies as st

from profile_parser.normalize import parse_date

SETTINGS = settings(max_examples=200, deadline=None)

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
ORDINALS = {1: "st", 2: "nd", 3: "rd", 21: "st", 22: "nd", 23: "rd", 31: "st"}


def ordinal(day: int) -> str:
    return f"{day}{ORDINALS.get(day, 'th')}"


def forms(d: datetime.date, year: str) -> list[str]:
    """The date as pages and feeds print it; ``year`` as written (four or two digits)."""
    month, short = MONTHS[d.month - 1], MONTHS[d.month - 1][:3]
    return [
        f"{month} {d.day}, {year}", f"{short} {d.day:02d} {year}", f"{d.day} {short} {year}",
        f"{ordinal(d.day)} of {month}, {year}", f"{short}. {ordinal(d.day)}, {year}",
        f"the {ordinal(d.day)} day of {month} {year}", f"{d.day}-{short}-{year}",
    ]


def around(draw: st.DrawFn, text: str, d: datetime.date) -> str:
    """Weekday before, time and zone after, maybe in brackets, as feeds print them."""
    weekday = WEEKDAYS[d.weekday()]
    before = draw(st.sampled_from(["", f"{weekday}, ", f"{weekday[:3]} ", f"{weekday[:3]} ("]))
    time = draw(st.sampled_from(["", " 10:13", " 10:13:10", " 4:32 pm", " at noon", " @ 01:08 am",
                                 " | 4:32 pm", " (16:05)", " 09:30:00.123456"]))
    zone = draw(st.sampled_from(["", " EDT", " +0100", " -05:00", " (CST)", " GMT+0800 (CST)"]))
    if not time:
        zone = ""
    closer = ")" if before.endswith("(") else ""
    return f"{before}{text}{closer}{time}{zone}"


@st.composite
def printed_dates(draw: st.DrawFn) -> tuple[str, datetime.date]:
    d = draw(st.dates(min_value=datetime.date(1900, 1, 1), max_value=datetime.date(2199, 12, 31)))
    text = draw(st.sampled_from(forms(d, f"{d.year:04d}")))
    return around(draw, text, d), d


@st.composite
def two_digit_years(draw: st.DrawFn) -> str:
    d = draw(st.dates(min_value=datetime.date(1950, 1, 1), max_value=datetime.date(2049, 12, 31)))
    text = draw(st.sampled_from(forms(d, f"{d.year % 100:02d}")))
    return around(draw, text, d)


@SETTINGS
@given(printed_dates())
def test_a_printed_date_reads_back(case: tuple[str, datetime.date]) -> None:
    text, expected = case
    assert parse_date(text) == expected, text


@SETTINGS
@given(two_digit_years())
def test_a_two_digit_year_is_never_read(text: str) -> None:
    assert parse_date(text) is None, text


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="0123456789 :.,-+/()|@apmAPMJanFebESTGMT", max_size=60))
def test_date_like_noise_never_raises(text: str) -> None:
    found = parse_date(text)
    assert found is None or 1 <= found.year <= 9999
