"""Hand-written cases for profile_parser.normalize.dates."""

from __future__ import annotations

import datetime
import re

import pytest

from profile_parser.normalize.dates import (
    MONTH_PATTERN,
    MONTHS,
    parse_date,
    parse_partial_date,
)

D = datetime.date

FULL_DATES = [
    # the forms of the issue
    ("Jul 31, 2025", D(2025, 7, 31)),
    ("Sept 3, 2024", D(2024, 9, 3)),
    ("September 3, 2024", D(2024, 9, 3)),
    ("31 Jul 2025", D(2025, 7, 31)),
    ("2025-07-31", D(2025, 7, 31)),
    # month first, every spelling
    ("Jan 1, 2024", D(2024, 1, 1)),
    ("February 29, 2024", D(2024, 2, 29)),
    ("Mar. 5, 2023", D(2023, 3, 5)),
    ("Apr 30 2022", D(2022, 4, 30)),
    ("May 9, 2021", D(2021, 5, 9)),
    ("June 12, 2025", D(2025, 6, 12)),
    ("Jun 12, 2025", D(2025, 6, 12)),
    ("Aug 15th, 2019", D(2019, 8, 15)),
    ("Sep 3, 2024", D(2024, 9, 3)),
    ("Sept. 3rd, 2024", D(2024, 9, 3)),
    ("Oct 1st 2020", D(2020, 10, 1)),
    ("Nov 22nd, 2018", D(2018, 11, 22)),
    ("December 25, 2000", D(2000, 12, 25)),
    ("JUL 31, 2025", D(2025, 7, 31)),
    ("jul 31, 2025", D(2025, 7, 31)),
    ("Jul 31,2025", D(2025, 7, 31)),
    ("Jul-31-2025", D(2025, 7, 31)),
    ("Jul 01, 2025", D(2025, 7, 1)),
    # day first
    ("3 September 2024", D(2024, 9, 3)),
    ("31 July, 2025", D(2025, 7, 31)),
    ("31st of July 2025", D(2025, 7, 31)),
    ("31-Jul-2025", D(2025, 7, 31)),
    ("01 Jan 2020", D(2020, 1, 1)),
    # ISO and numeric
    ("2025/07/31", D(2025, 7, 31)),
    ("2025.07.31", D(2025, 7, 31)),
    ("2025-7-3", D(2025, 7, 3)),
    ("31/07/2025", D(2025, 7, 31)),  # 31 can only be the day
    ("07/31/2025", D(2025, 7, 31)),
    ("31.07.2025", D(2025, 7, 31)),
    ("13-01-2024", D(2024, 1, 13)),
    ("05/05/2025", D(2025, 5, 5)),  # both readings agree
    # scraped oddities
    ("  Jul\u00a031,   2025 ", D(2025, 7, 31)),
    ("Jul 31, 2025.", D(2025, 7, 31)),
    ("(Jul 31, 2025)", D(2025, 7, 31)),
    ("Jul 31, 2025,", D(2025, 7, 31)),
    ("Jul 31, 2025\n", D(2025, 7, 31)),
    # the dateutil fallback, still guarded
    ("Thursday, July 31, 2025", D(2025, 7, 31)),
    ("2025-07-31T10:00:00Z", D(2025, 7, 31)),
    ("31/07/2025 14:30", D(2025, 7, 31)),
    ("Thu, 31 Jul 2025 10:00:00 GMT", D(2025, 7, 31)),
    ("20250731", D(2025, 7, 31)),
    # inside brackets, pipes, "@", weekdays, times and zones (issue 12)
    ("Thu (12 Feb 2016)", D(2016, 2, 12)),
    ("Sep 03 2014 | 4:32 pm EDT", D(2014, 9, 3)),
    ("[Sept] 04, 2014.", D(2014, 9, 4)),
    ("17th October, 2034 @ 01:08 am PDT", D(2034, 10, 17)),
    ("Fri Sep 23 2016 10:34:51 GMT+0800 (CST)", D(2016, 9, 23)),  # a zone name in brackets
    ("Thu, 30 May 2024 10:13:10 -0500 (CDT)", D(2024, 5, 30)),
    ("Mon, 15 Jan 2024 09:30:00 +0000 (UTC)", D(2024, 1, 15)),
    ("May 5, 2020 (5pm)", D(2020, 5, 5)),
    ("May 5, 2020 (at 5 pm)", D(2020, 5, 5)),
    ("8 May 2020 (16:05)", D(2020, 5, 8)),
    ("2020/10/9 PM 2:26", D(2020, 10, 9)),  # "9 PM" is no time: the 9 closes the date
    ("Wednesday, 22nd June, 2016, 12.16 pm.", D(2016, 6, 22)),
    ("Tue Jan 5 10:00:00,2021", D(2021, 1, 5)),  # ",2021" is the year, not milliseconds
    ("2003-09-25T10:49:41+03:00", D(2003, 9, 25)),
    ("2003-09-25 10:49:41,502", D(2003, 9, 25)),
    ("1 a.m 20.07.2021", D(2021, 7, 20)),
    ("29.02.2020 13.12", D(2020, 2, 29)),  # a dotted time after the year
    ("Thu, 19 Jan 2023 10:45:00 +03", D(2023, 1, 19)),
    # ordinal and wordy forms
    ("the 1st day of March 2015", D(2015, 3, 1)),
    ("November 19, 2014 at noon", D(2014, 11, 19)),
    ("December 13, 2014 at midnight", D(2014, 12, 13)),
    ("Tues 9th Aug, 2015", D(2015, 8, 9)),
    ("May 6th 2004, the", D(2004, 5, 6)),
    ("Jan´ 5, 2020", D(2020, 1, 5)),
    # a range of days: its first day
    ("June 12-14, 2021", D(2021, 6, 12)),
    ("12–14 June 2021", D(2021, 6, 12)),
    # input repaired as the page reader repairs it
    ("Jul&nbsp;31, 2025", D(2025, 7, 31)),
    ("Jul\u00c2\u00a031, 2025", D(2025, 7, 31)),  # a no-break space as UTF-8 read as cp1252
]

NOT_FULL_DATES = [
    "",
    "   ",
    "Jul 2025",  # no day: never invented
    "July",
    "2025",
    "early 2021",
    "Jul 31",  # no year: never taken from today
    "31 Jul",
    "03/04/2025",  # 3 April or March 4: ambiguous
    "12/11/2020",
    "03-04-2025 10:00",  # ambiguous even through dateutil
    "Feb 30, 2025",
    "Feb 29, 2023",  # no leap year
    "Jul 32, 2025",
    "2025-13-01",
    "2025-00-10",
    "31/13/2025",
    "Jul 31, 25",  # two-digit year: the century would be a guess
    "7/31/25",
    "0000-01-01",
    "Series B",
    "yesterday",
    "Q3 2025",
    "Jul 31, 2025 and Aug 1, 2025",
    "x" * 500,
    "12:30",
    "🙂",
    # a two-digit year stays refused behind a zone offset or fractional seconds
    "26 Jan 99 16:32:21 +0100",
    "Jan 26 99 16:32:21.123456",
    "26 Jan 99 16:32:21,502",
    # words that are no weekday, time, zone or filler: no date is picked out of prose
    "Founded on Jul 31, 2025 by Acme",
    "Jul 31 10:00 +0100",  # no year
    "03/04/2025 10:00 EDT",  # ambiguous behind its time and zone too
    "Mon 12:30 PDT",
    "(CST)",
]

PARTIAL_DATES = [
    ("Jul 2025", "2025-07"),
    ("July 2025", "2025-07"),
    ("Sept. 2024", "2024-09"),
    ("July, 2025", "2025-07"),
    ("2025", "2025"),
    ("early 2021", "2021"),
    ("As of early 2021", "2021"),
    ("by 2019", "2019"),
    ("mid-2021", "2021"),
    ("late 2020", "2020"),
    ("end of 2022", "2022"),
    ("the end of 2022", "2022"),
    ("in 2018", "2018"),
    ("since 2015", "2015"),
    ("Q3 2024", "2024"),
    ("H1 2023", "2023"),
    ("FY2021", "2021"),
    ("fiscal 2020", "2020"),
    ("early July 2025", "2025-07"),
    ("in June 2020", "2020-06"),
    ("2025-07", "2025-07"),
    ("2025/07", "2025-07"),
    ("07/2025", "2025-07"),
    ("7/2025", "2025-07"),
    ("Jul 31, 2025", "2025-07-31"),
    ("31 Jul 2025", "2025-07-31"),
    ("2025-07-31", "2025-07-31"),
    ("1998", "1998"),
]

NOT_PARTIAL_DATES = [
    "",
    "sometime",
    "Jul",
    "300",
    "3000",  # a number, not a year
    "0999",
    "2011-12",  # the fiscal year 2011/12, not December 2011
    "2025-13",
    "13/2025",
    "00/2025",
    "2020s",
    "2019-2021",
    "03/04/2025",
    "over 300 companies",
]



@pytest.mark.parametrize(("text", "expected"), FULL_DATES)
def test_full_dates(text: str, expected: datetime.date) -> None:
    assert parse_date(text) == expected


@pytest.mark.parametrize("text", NOT_FULL_DATES)
def test_not_full_dates(text: str) -> None:
    assert parse_date(text) is None


@pytest.mark.parametrize(("text", "expected"), PARTIAL_DATES)
def test_partial_dates_keep_their_precision(text: str, expected: str) -> None:
    assert parse_partial_date(text) == expected


@pytest.mark.parametrize("text", NOT_PARTIAL_DATES)
def test_not_partial_dates(text: str) -> None:
    assert parse_partial_date(text) is None


def test_month_table_and_pattern_agree() -> None:
    assert len(set(MONTHS.values())) == 12
    for name, number in MONTHS.items():
        assert re.fullmatch(MONTH_PATTERN, name), name
        assert parse_date(f"{name.title()} 2, 2020") == D(2020, number, 2)


def test_dateutil_default_never_leaks_into_a_result() -> None:
    # dateutil alone would fill the missing day from today
    today = datetime.date.today()
    assert parse_date(today.strftime("%B %Y")) is None
    assert parse_date(today.strftime("%B %d")) is None
