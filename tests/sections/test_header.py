"""The header: logo line, name line, place line, and what is neither.

The handler names the name line but does not place it: the api places it,
or refuses it when no logo or place line vouches for it and a heading names
someone else (``support.run`` checks that the handler leaves it alone)."""

from __future__ import annotations

import pytest
from support import diagnosed, left, page_lines, run

from profile_parser.document import Line, Section
from profile_parser.models import Location
from profile_parser.sections import header
from profile_parser.sections.header import Header

BEIJING = Location(raw="Asia, Beijing, China, Beijing", city="Beijing", region="Beijing", country="China",
                   country_code="CN", continent="Asia")
MUNICH = Location(raw="Europe, Bavaria, Germany, Munich", city="Munich", region="Bavaria", country="Germany",
                  country_code="DE", continent="Europe")


Read = tuple[Header, list[int], list[tuple[int, str]], list[tuple[str, str, int | None]]]


def _header(text: str, first: int = 1) -> Read:
    """What the header of these lines says, and the lines placed, the lines left, the diagnostics."""
    found, ledger = run(header.read, Section("header", None, page_lines(text, first)))
    return found, sorted(ledger.placed), left(ledger), diagnosed(ledger)


def test_logo_name_and_location() -> None:
    found, placed, unparsed, diagnostics = _header("Xiaomi logo\n\nXiaomi\n\nAsia, Beijing, China, Beijing\n\n")
    assert found == Header(name="Xiaomi", name_line=Line(3, "Xiaomi"), location=BEIJING,
                           place_line=Line(5, "Asia, Beijing, China, Beijing"), has_logo=True, vouched=True)
    assert placed == [1, 5]  # and the name line 3, by the api
    assert diagnostics == [] and unparsed == []


def test_no_logo() -> None:
    found, placed, _, diagnostics = _header("Acme Ventures\nEurope, Bavaria, Germany, Munich\n")
    assert (found.name, found.name_line, found.location, found.has_logo, found.vouched) == (
        "Acme Ventures", Line(1, "Acme Ventures"), MUNICH, False, True)
    assert placed == [2]
    assert diagnostics == []


def test_name_from_the_logo_line_only() -> None:
    found, placed, _, _ = _header("Acme Ventures logo\n\nEurope, Bavaria, Germany, Munich")
    assert (found.name, found.name_line, found.location, found.has_logo) == (
        "Acme Ventures", Line(1, "Acme Ventures logo"), MUNICH, True)
    assert placed == [1, 3]


def test_the_name_line_wins_over_the_logo() -> None:
    found, _, _, _ = _header("ACME logo\nAcme Ventures GmbH")
    assert (found.name, found.name_line, found.location, found.has_logo, found.vouched) == (
        "Acme Ventures GmbH", Line(2, "Acme Ventures GmbH"), None, True, True)


def test_location_line_before_the_name_line() -> None:
    # README "What is a profile": a name comes only from the line after the logo line or before the
    # place line; here neither holds, so the line goes to unparsed (the old header took it in any order)
    found, placed, unparsed, _ = _header("Europe, Bavaria, Germany, Munich\nAcme")
    assert (found.name, found.name_line, found.location, found.has_logo) == (None, None, MUNICH, False)
    assert placed == [1]
    assert unparsed == [(2, "Acme")]


def test_place_with_an_unknown_country_is_kept_and_reported() -> None:
    found, placed, _, diagnostics = _header("Acme\nEurope, Narnia, Cair Paravel")
    # Continent, Region, Country: the city is what was dropped
    assert found.location == Location(raw="Europe, Narnia, Cair Paravel", region="Narnia", country="Cair Paravel",
                                      continent="Europe")
    assert found.name == "Acme"
    assert diagnostics == [("country.unknown", "warning", 2)]
    assert placed == [2]


def test_extra_header_lines_go_to_unparsed() -> None:
    found, placed, unparsed, diagnostics = _header(
        "Acme logo\n\nAcme\nEurope, Bavaria, Germany, Munich\nBacked by robots since 1999\n"
        "Asia, Beijing, China, Beijing\nOther logo")
    assert (found.name, found.location, found.has_logo) == ("Acme", MUNICH, True)  # the first place counts
    assert placed == [1, 4]
    assert unparsed == [(5, "Backed by robots since 1999"), (6, "Asia, Beijing, China, Beijing"), (7, "Other logo")]
    assert diagnostics == [("line.unparsed", "warning", n) for n in (5, 6, 7)]


def test_an_overlong_line_is_no_name() -> None:
    long_line = "Acme-" * 40 + "Ventures"  # 208 characters, no sentence: too long for a name
    found, placed, unparsed, _ = _header(f"Acme logo\n{long_line}\nEurope, Bavaria, Germany, Munich")
    assert (found.name, found.name_line) == ("Acme", Line(1, "Acme logo"))
    assert found.location == MUNICH
    assert placed == [1, 3]
    assert unparsed == [(2, long_line)]


def test_without_a_logo_an_overlong_line_is_the_remains_of_a_cut_page() -> None:
    # README "What is a profile": no logo line and a sentence before the first heading: the page lost
    # its top, and neither a name nor a place is read from what is left
    long_line = "Acme " * 40 + "Ventures"  # 208 characters, 41 words: prose
    found, placed, unparsed, _ = _header(f"{long_line}\nEurope, Bavaria, Germany, Munich")
    assert found == Header(None, None, None, None, False, False)
    assert placed == []
    assert unparsed == [(1, long_line), (2, "Europe, Bavaria, Germany, Munich")]


# ------------------------------------------------------- names the page vouches for


def test_a_lone_name_line_is_not_vouched_for() -> None:
    found, placed, unparsed, _ = _header("Acme Ventures")
    assert (found.name, found.name_line, found.has_logo, found.vouched) == (
        "Acme Ventures", Line(1, "Acme Ventures"), False, False)
    assert placed == [] and unparsed == []  # the api decides


@pytest.mark.parametrize(
    "line",
    [
        "Xiaomi has backed 38 startups.",  # a sentence
        "Series C (32%)",  # a share bullet
        "Co-Investments: 4",  # a count line
        "Amount Raised: $5M",  # an amount line
        "Series BJul 31, 2025",  # a round line
    ],
)
def test_the_remains_of_a_cut_page_give_no_name_and_no_place(line: str) -> None:
    # README "What is a profile": without a logo line, such a line before the first heading is
    # what is left of a section whose heading was cut off with the page's top
    found, placed, unparsed, _ = _header(f"Acme\n{line}\nAsia, Beijing, China, Beijing")
    assert found == Header(None, None, None, None, False, False)
    assert placed == []
    assert unparsed == [(1, "Acme"), (2, line), (3, "Asia, Beijing, China, Beijing")]


def test_with_a_logo_a_stray_line_is_no_cut_page() -> None:
    found, placed, unparsed, _ = _header("Acme logo\nSeries C (32%)\nAcme\nAsia, Beijing, China, Beijing")
    assert (found.name, found.location) == ("Acme", BEIJING)
    assert placed == [1, 4]
    assert unparsed == [(2, "Series C (32%)")]


def test_several_lines_without_logo_or_place_are_no_name() -> None:
    found, _, unparsed, _ = _header("Robotics\nHardware")
    assert found.name is None
    assert unparsed == [(1, "Robotics"), (2, "Hardware")]


def test_a_name_with_a_comma_is_no_place() -> None:
    found, _, _, _ = _header("Smith, Jones & Partners\nEurope, Bavaria, Germany, Munich")
    assert (found.name, found.location) == ("Smith, Jones & Partners", MUNICH)


def test_an_empty_header() -> None:
    assert _header("")[0] == Header(None, None, None, None, False, False)
