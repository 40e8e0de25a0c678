"""The header: logo line, name line, location line, in any order, and what is neither."""

from __future__ import annotations

from lark import Token
from sections.test_base import diagnosed, left, run

from profile_parser.models import Location
from profile_parser.sections import header
from profile_parser.sections.base import PageBuilder

BEIJING = Location(raw="Asia, Beijing, China, Beijing", city="Beijing", region="Beijing", country="China",
                   country_code="CN", continent="Asia")
MUNICH = Location(raw="Europe, Bavaria, Germany, Munich", city="Munich", region="Bavaria", country="Germany",
                  country_code="DE", continent="Europe")


def _header(*tokens: Token) -> PageBuilder:
    return run(header.handle, "header", *tokens)


def test_logo_name_and_location() -> None:
    page = _header(Token("LOGO", "Xiaomi logo\n\n", line=1),
                   Token("ITEMS", "Xiaomi\n\nAsia, Beijing, China, Beijing\n\n", line=3))
    assert page.fields == {"name": "Xiaomi", "location": BEIJING, "has_logo": True}
    assert page.taken == {1, 3, 5}
    assert diagnosed(page) == [] and left(page) == []


def test_no_logo() -> None:
    page = _header(Token("ITEMS", "Acme Ventures\nEurope, Bavaria, Germany, Munich\n", line=1))
    assert page.fields == {"name": "Acme Ventures", "location": MUNICH, "has_logo": False}
    assert page.taken == {1, 2}
    assert diagnosed(page) == []


def test_name_from_the_logo_line_only() -> None:
    page = _header(Token("LOGO", "Acme Ventures logo\n\n", line=1),
                   Token("ITEMS", "Europe, Bavaria, Germany, Munich", line=3))
    assert page.fields == {"name": "Acme Ventures", "location": MUNICH, "has_logo": True}
    assert page.taken == {1, 3}


def test_the_name_line_wins_over_the_logo() -> None:
    page = _header(Token("LOGO", "ACME logo\n", line=1), Token("ITEMS", "Acme Ventures GmbH", line=2))
    assert page.fields == {"name": "Acme Ventures GmbH", "has_logo": True}
    assert "location" not in page.fields


def test_location_line_before_the_name_line() -> None:
    page = _header(Token("ITEMS", "Europe, Bavaria, Germany, Munich\nAcme", line=1))
    assert page.fields == {"name": "Acme", "location": MUNICH, "has_logo": False}


def test_place_with_an_unknown_country_is_kept_and_reported() -> None:
    page = _header(Token("ITEMS", "Acme\nEurope, Narnia, Cair Paravel", line=1))
    # Continent, Region, Country: the city is what was dropped
    assert page.fields["location"] == Location(raw="Europe, Narnia, Cair Paravel", region="Narnia",
                                               country="Cair Paravel", continent="Europe")
    assert diagnosed(page) == [("country.unknown", "warning", 2)]
    assert page.taken == {1, 2}


def test_extra_header_lines_go_to_unparsed() -> None:
    page = _header(Token("LOGO", "Acme logo\n\n", line=1),
                   Token("ITEMS", "Acme\nEurope, Bavaria, Germany, Munich\nBacked by robots since 1999\n"
                                  "Asia, Beijing, China, Beijing\nOther logo", line=3))
    assert page.fields == {"name": "Acme", "location": MUNICH, "has_logo": True}  # the first place counts
    assert page.taken == {1, 3, 4}
    assert left(page) == [(5, "Backed by robots since 1999"), (6, "Asia, Beijing, China, Beijing"),
                          (7, "Other logo")]
    assert diagnosed(page) == [("line.unparsed", "warning", n) for n in (5, 6, 7)]


def test_an_overlong_line_is_no_name() -> None:
    long_line = "Acme " * 40 + "Ventures"  # 208 characters: prose, not a name
    page = _header(Token("ITEMS", f"{long_line}\nEurope, Bavaria, Germany, Munich", line=1))
    assert "name" not in page.fields
    assert page.fields["location"] == MUNICH
    assert left(page) == [(1, long_line)]
