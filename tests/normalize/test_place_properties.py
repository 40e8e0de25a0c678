"""Property tests: every way a page prints a date, a place, a round or a tag run
reads back to the same value, and no normalizer raises on any text."""

from __future__ import annotations

import datetime
import re

import pycountry
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from profile_parser.normalize.country import country_code, parse_country
from profile_parser.normalize.dates import (
    DATE_PATTERN,
    date_from_match,
    parse_date,
    parse_partial_date,
)
from profile_parser.normalize.funding import FUNDING_CODES, funding_code, parse_funding_type
from profile_parser.normalize.location import is_continent, parse_location
from profile_parser.normalize.tags import canonical_industry, split_tag_run, vocabulary

MONTH_NAMES = ["January", "February", "March", "April", "May", "June", "July", "August",
               "September", "October", "November", "December"]

dates = st.dates(min_value=datetime.date(1900, 1, 1), max_value=datetime.date(2199, 12, 31))


def _month_spellings(month: int) -> list[str]:
    name = MONTH_NAMES[month - 1]
    spellings = [name, name[:3], name[:3] + ".", name.upper(), name.lower()]
    return [*spellings, "Sept", "Sept."] if month == 9 else spellings


def _ordinal(day: int) -> str:
    suffix = "th" if 11 <= day % 100 <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")
    return f"{day}{suffix}"


def printed_dates(value: datetime.date) -> list[str]:
    """The ways pages print a full date."""
    y, m, d = value.year, value.month, value.day
    forms = []
    for month in _month_spellings(m):
        forms += [f"{month} {d}, {y}", f"{month} {d:02d}, {y}", f"{month} {_ordinal(d)}, {y}",
                  f"{month} {d} {y}", f"{d} {month} {y}", f"{d} {month}, {y}",
                  f"{_ordinal(d)} of {month} {y}", f"{d}-{month}-{y}"]
    forms += [f"{y}-{m:02d}-{d:02d}", f"{y}/{m}/{d}", f"{y}.{m:02d}.{d:02d}"]
    if d > 12 or d == m:  # numeric day and month only where one reading is possible
        forms += [f"{d}/{m}/{y}", f"{m}/{d}/{y}", f"{d:02d}.{m:02d}.{y}"]
    return forms


@settings(max_examples=60, deadline=None)
@given(dates)
def test_every_printed_full_date_reads_back(value: datetime.date) -> None:
    for form in printed_dates(value):
        assert parse_date(form) == value, form
        assert parse_partial_date(form) == value.isoformat(), form


@settings(max_examples=60, deadline=None)
@given(dates.filter(lambda d: d.day <= 12 and d.day != d.month))
def test_ambiguous_numeric_dates_are_not_guessed(value: datetime.date) -> None:
    assert parse_date(f"{value.day}/{value.month}/{value.year}") is None


@settings(max_examples=60, deadline=None)
@given(dates, st.sampled_from(["", "early ", "mid-", "late ", "As of ", "by ", "in "]))
def test_partial_dates_keep_their_precision(value: datetime.date, qualifier: str) -> None:
    forms = [f"{spelling} {value.year}" for spelling in _month_spellings(value.month)]
    forms.append(f"{value.month}/{value.year}")
    if value.month != (value.year + 1) % 100:  # "2011-12" is a fiscal year, not Dec 2011
        forms.append(f"{value.year}-{value.month:02d}")
    for form in forms:
        assert parse_date(form) is None, form
        assert parse_partial_date(qualifier + form) == f"{value.year}-{value.month:02d}", form
    assert parse_partial_date(f"{qualifier}{value.year}") == str(value.year)


LABELS = ["Series B", "Seed", "Corporate Round", "Series Unknown", "Post-IPO Equity",
          "Venture - Series Unknown", "Pre-Seed"]
ROUND = re.compile(rf"(?P<label>.*?) ?(?P<date>{DATE_PATTERN})")


@settings(max_examples=60, deadline=None)
@given(dates, st.sampled_from(LABELS), st.sampled_from(["", " "]))
def test_a_round_glued_to_its_date_splits_back(value: datetime.date, label: str, gap: str) -> None:
    for form in printed_dates(value)[:8]:
        match = ROUND.fullmatch(f"{label}{gap}{form}")
        assert match is not None, form
        assert match.group("label") == label
        assert date_from_match(match) == value


# Places: a country as pycountry names it (or an everyday name), with made-up
# city and region names that are no country and no continent.
COUNTRIES = sorted(
    [(c.name, c.alpha_2) for c in pycountry.countries if "," not in c.name]
    + [(getattr(c, "common_name", ""), c.alpha_2) for c in pycountry.countries
       if getattr(c, "common_name", None)]
    + [("USA", "US"), ("UK", "GB"), ("South Korea", "KR"), ("UAE", "AE"), ("Russia", "RU")]
)
CONTINENT_NAMES = ["Asia", "Europe", "Africa", "North America", "South America", "Oceania"]
words = st.text(alphabet="abcdefghijklmnopqrstuvwxyz", min_size=3, max_size=10).map(str.title)
place_names = st.lists(words, min_size=1, max_size=3).map(" ".join).filter(
    lambda name: country_code(name) is None and not is_continent(name)
)


@settings(max_examples=100, deadline=None)
@given(st.sampled_from(COUNTRIES), st.sampled_from(CONTINENT_NAMES), place_names, place_names)
def test_every_printed_place_reads_back(
    country: tuple[str, str], continent: str, region: str, city: str
) -> None:
    name, code = country
    assume(not is_continent(name))
    # text -> (continent, region, country, city)
    forms = {
        f"{continent}, {region}, {name}, {city}": (continent, region, name, city),
        f"{city}, {region}, {name}": (None, region, name, city),
        f"{continent}, {region}, {name}": (continent, region, name, None),
        f"{continent}, {name}, {city}": (continent, None, name, city),
        f"{continent}, {name}": (continent, None, name, None),
        f"{region}, {name}, {city}": (None, region, name, city),
        f"{city}, {name}": (None, None, name, city),
        f"{name}": (None, None, name, None),
    }
    for text, expected in forms.items():
        location = parse_location(text)
        assert location is not None, text
        got = (location.continent, location.region, location.country, location.city)
        assert got == expected, text
        assert location.country_code == code, text


PLAIN_LABELS = sorted(
    label for label in vocabulary().values()
    if label[:1].isupper() and not re.search(r"[a-z0-9)][A-Z0-9]|[A-Z]{2}", label)
)


@settings(max_examples=100, deadline=None)
@given(st.lists(st.sampled_from(PLAIN_LABELS), min_size=1, max_size=5))
def test_runs_of_plain_labels_split_back(labels: list[str]) -> None:
    # two neighbours that together spell another label would be read as that one
    for i in range(len(labels)):
        for j in range(i + 2, len(labels) + 1):
            assume(canonical_industry("".join(labels[i:j])) is None)
    assert split_tag_run("".join(labels)) == (labels, [])
    assert split_tag_run("".join(label.lower() for label in labels[:1]) + "".join(labels[1:]))[0][
        1:] == labels[1:]


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=120))
def test_no_normalizer_raises(text: str) -> None:
    parse_date(text)
    parse_partial_date(text)
    parse_location(text)
    parse_country(text)
    code = parse_funding_type(text).code
    assert code is None or code in FUNDING_CODES
    assert funding_code(text) == code
    tags, unknown = split_tag_run(text, {"x y": "X Y"})
    assert set(unknown) <= set(tags)
