"""Every round label and date form the normalizers read keeps its deal whole on a page.

The labels are built from the vocabulary (every funding code and alias, as
Crunchbase and the site print them, with tranches and "Round" suffixes),
the dates are printed from a calendar date in every form ``parse_date``
reads, glued to the label as the site glues them or after a space, with and
without an "Amount Raised" line. The deal reader must find each deal whole:
the page keeps all its deals, nothing lands in ``unparsed``.
"""

from __future__ import annotations

import datetime
from collections.abc import Callable

from hypothesis import given, settings
from hypothesis import strategies as st

from profile_parser import parse, vocabulary
from profile_parser.normalize import funding_code, parse_date

MONTH_NAMES = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
               "October", "November", "December"]


def _ordinal(day: int) -> str:
    suffix = "th" if 11 <= day % 100 <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")
    return f"{day}{suffix}"


#: Date forms, each printing a calendar date as pages do.
DATE_FORMS: list[Callable[[datetime.date], str]] = [
    lambda d: f"{MONTH_NAMES[d.month - 1][:3]} {d.day}, {d.year}",  # the site's form
    lambda d: f"{MONTH_NAMES[d.month - 1]} {d.day}, {d.year}",
    lambda d: f"{MONTH_NAMES[d.month - 1][:3]}. {d.day}, {d.year}",
    lambda d: f"{MONTH_NAMES[d.month - 1][:3]} {d.day} {d.year}",
    lambda d: f"{MONTH_NAMES[d.month - 1][:3]}-{d.day:02d}-{d.year}",
    lambda d: f"{MONTH_NAMES[d.month - 1]} {_ordinal(d.day)}, {d.year}",
    lambda d: f"{d.day} {MONTH_NAMES[d.month - 1][:3]} {d.year}",
    lambda d: f"{_ordinal(d.day)} of {MONTH_NAMES[d.month - 1]} {d.year}",
    lambda d: f"{d.day:02d}-{MONTH_NAMES[d.month - 1][:3]}-{d.year}",
    lambda d: f"{d.day} {MONTH_NAMES[d.month - 1]}, {d.year}",
    lambda d: d.isoformat(),
    lambda d: f"{d.year}/{d.month:02d}/{d.day:02d}",
    lambda d: f"{d.year}.{d.month:02d}.{d.day:02d}",
]
#: Numeric day-month forms read only when the day cannot be a month.
NUMERIC_FORMS: list[Callable[[datetime.date], str]] = [
    lambda d: f"{d.day:02d}/{d.month:02d}/{d.year}",
    lambda d: f"{d.month:02d}/{d.day:02d}/{d.year}",
    lambda d: f"{d.day:02d}.{d.month:02d}.{d.year}",
]


def _printed(key: str) -> list[str]:
    """How pages print a label key ("post_ipo_equity"): title case, hyphens, capitals."""
    words = key.split("_")
    title = " ".join(w.capitalize() if len(w) > 3 else w.upper() if w in ("ipo", "vc", "cvc", "pe", "ico")
                     else w.capitalize() for w in words)
    forms = {title}
    if key.startswith(("pre_", "post_", "non_")):
        head, rest = title.split(" ", 1)
        forms.add(f"{head}-{rest}")
    return sorted(forms)


def labels() -> list[str]:
    """Every label form the normalizer reads, built from the vocabulary."""
    found: set[str] = set()
    for key in (*vocabulary.FUNDING_CODES, *vocabulary.FUNDING_ALIASES):
        found.update(_printed(key))
    for letter in vocabulary.SERIES_LETTERS.upper():
        found.update({f"Series {letter}", f"Series {letter}+", f"Series-{letter}", f"Series {letter} Round",
                      f"{letter} Round"})
    found.update({"Venture - Series Unknown", "Funding Round", "Seed Round", "Series A1", "Series A-2"})
    return sorted(label for label in found if funding_code(label) is not None)


LABELS = labels()


def test_the_labels_cover_every_code() -> None:
    assert {funding_code(label) for label in LABELS} == set(vocabulary.FUNDING_CODES)


def _deal(name: str, round_line: str, amount: bool) -> str:
    lines = [name, "", "Toronto, Ontario, Canada", "", f"{name} is a robot maker.", "", "RoboticsHardware",
             round_line]
    if amount:
        lines.append("Amount Raised: $13,888,021")
    return "\n".join(lines)


def _page(deals: list[str]) -> str:
    return "\n".join(["Acme logo", "", "Acme", "", "What are some of recent deals done by Acme?", "", *deals, ""])


@settings(max_examples=400, deadline=None)
@given(
    label=st.sampled_from(LABELS),
    date=st.dates(datetime.date(1990, 1, 1), datetime.date(2035, 12, 31)),
    form=st.sampled_from(DATE_FORMS + NUMERIC_FORMS),
    glued=st.booleans(),
    amount=st.booleans(),
)
def test_a_page_keeps_every_deal_whole_whatever_its_round_form(
    label: str, date: datetime.date, form: Callable[[datetime.date], str], glued: bool, amount: bool
) -> None:
    printed = form(date)
    if form in NUMERIC_FORMS and parse_date(printed) is None:
        return  # "03/04/2025": day and month could swap, so no date is read (not a round form)
    if glued and label[-1].isdigit() and printed[0].isdigit():
        return  # "Series A2" glued to "1 Jul 2025" reads "A21 Jul": a known limit (test_known_limits)
    round_line = f"{label}{'' if glued else ' '}{printed}"
    page = _page([_deal("Alpha One", "Series AJan 5, 2024", amount=True), _deal("Beta Two", round_line, amount),
                  _deal("Gamma Three", "SeedFeb 6, 2023", amount=False)])
    profile = parse(page)
    assert [d.company for d in profile.recent_deals] == ["Alpha One", "Beta Two", "Gamma Three"]
    assert profile.unparsed == []
    deal = profile.recent_deals[1]
    assert deal.round is not None and deal.round.label == label
    assert deal.round.code == funding_code(label)
    assert deal.date == date
    assert (deal.amount_raised is not None) == amount
    assert deal.location is not None and deal.location.country_code == "CA"
    assert deal.industries == ["Robotics", "Hardware"]
    assert [d.code for d in profile.diagnostics] == []


@settings(max_examples=100, deadline=None)
@given(label=st.sampled_from(LABELS), amount=st.booleans())
def test_a_known_label_alone_is_a_round_line(label: str, amount: bool) -> None:
    page = _page([_deal("Alpha One", label, amount), _deal("Beta Two", "SeedFeb 6, 2023", amount=False)])
    profile = parse(page)
    assert [d.company for d in profile.recent_deals] == ["Alpha One", "Beta Two"]
    assert profile.recent_deals[0].round is not None
    assert profile.recent_deals[0].round.code == funding_code(label)
    assert profile.recent_deals[0].date is None
    assert profile.unparsed == []
