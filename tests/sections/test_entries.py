"""Co-investor and angel entries: name, optional place, count; and the lines that are no entry."""

from __future__ import annotations

from lark import Token
from sections.test_base import diagnosed, left, run

from profile_parser.models import Location
from profile_parser.sections import entries
from profile_parser.sections.base import PageBuilder

CO_HEADING = Token("CO_INVESTORS_H", "Who does Xiaomi frequently co-invest with?\n\n", line=90)
ANGEL_HEADING = Token("ANGELS_H", "Which angels does Xiaomi often collaborate with?\n\n", line=90)
SAN_DIEGO = Location(raw="North America, California, United States, San Diego", city="San Diego",
                     region="California", country="United States", country_code="US", continent="North America")
GUANGZHOU = Location(raw="Asia, Guangdong, China, Guangzhou", city="Guangzhou", region="Guangdong",
                     country="China", country_code="CN", continent="Asia")


def _co_investors(*tokens: Token) -> PageBuilder:
    return run(entries.handle_co_investors, "co_investors", CO_HEADING, *tokens)


def _angels(*tokens: Token) -> PageBuilder:
    return run(entries.handle_angels, "angels", ANGEL_HEADING, *tokens)


def test_co_investor_with_place() -> None:
    page = _co_investors(Token("CO_INVESTOR", "Qualcomm Ventures\nNorth America, California, United States, "
                                              "San Diego\nCo-Investments: 5\n", line=92))
    assert page.fields["co_investors"] == [{"name": "Qualcomm Ventures", "location": SAN_DIEGO, "co_investments": 5}]
    assert page.taken == {92, 93, 94}
    assert diagnosed(page) == [] and left(page) == []


def test_co_investors_keep_page_order_and_blank_lines_keep_numbering() -> None:
    page = _co_investors(
        Token("CO_INVESTOR", "Shunwei Capital\n\nAsia, Beijing, China, Beijing\n\nCo-Investments: 15\n", line=92),
        Token("CO_INVESTOR", "CPE\nCo-investment 3", line=97),
    )
    assert [(e["name"], e["co_investments"]) for e in page.fields["co_investors"]] == [("Shunwei Capital", 15),
                                                                                       ("CPE", 3)]
    assert page.taken == {92, 94, 96, 97, 98}


def test_co_investor_without_place() -> None:
    page = _co_investors(Token("CO_INVESTOR", "CPE\nCo-Investments: 3", line=92))
    assert page.fields["co_investors"] == [{"name": "CPE", "location": None, "co_investments": 3}]
    assert page.taken == {92, 93}
    assert diagnosed(page) == []


def test_co_investor_with_an_unknown_country() -> None:
    page = _co_investors(Token("CO_INVESTOR", "Aslan Capital\nEurope, Narnia, Cair Paravel\nCo-Investments: 2",
                               line=92))
    assert page.fields["co_investors"][0]["location"] == Location(
        raw="Europe, Narnia, Cair Paravel", region="Narnia", country="Cair Paravel", continent="Europe")
    assert diagnosed(page) == [("country.unknown", "warning", 93)]
    assert page.taken == {92, 93, 94}


def test_an_unreadable_place_goes_to_unparsed_and_the_entry_stays() -> None:
    place = "A, B, C, D, E, F, G"  # more parts than any place form
    page = _co_investors(Token("CO_INVESTOR", f"Acme\n{place}\nCo-Investments: 2", line=92))
    assert page.fields["co_investors"] == [{"name": "Acme", "location": None, "co_investments": 2}]
    assert left(page) == [(93, place)]
    assert diagnosed(page) == [("line.unparsed", "warning", 93), ("value.unparsed", "warning", 93)]
    assert page.taken == {92, 94}


def test_junk_lines_go_to_unparsed() -> None:
    page = _co_investors(Token("LINE", "Show more\n", line=92),
                         Token("CO_INVESTOR", "CPE\nCo-Investments: 3", line=93),
                         Token("LINE", "See all 41 co-investors", line=95))
    assert [e["name"] for e in page.fields["co_investors"]] == ["CPE"]
    assert left(page) == [(92, "Show more"), (95, "See all 41 co-investors")]
    assert diagnosed(page) == [("line.unparsed", "warning", 92), ("line.unparsed", "warning", 95)]


def test_a_heading_without_entries() -> None:
    assert _co_investors().fields == {"co_investors": []}


def test_angel_with_place() -> None:
    page = _angels(Token("ANGEL", "Xiaopeng He\nAsia, Guangdong, China, Guangzhou\nShared Deals: 1\n\n", line=92))
    assert page.fields["angels"] == [{"name": "Xiaopeng He", "location": GUANGZHOU, "shared_deals": 1}]
    assert page.taken == {92, 93, 94}
    assert diagnosed(page) == []


def test_angel_without_place_and_a_junk_line() -> None:
    page = _angels(Token("ANGEL", "Rakesh Jhunjhunwala\nShared Deals: 2\n", line=92),
                   Token("LINE", "Rakesh Jhunjhunwala\n", line=94))
    assert page.fields["angels"] == [{"name": "Rakesh Jhunjhunwala", "location": None, "shared_deals": 2}]
    assert left(page) == [(94, "Rakesh Jhunjhunwala")]


def test_a_record_of_the_other_list_is_no_entry() -> None:
    page = _angels(Token("CO_INVESTOR", "CPE\nCo-Investments: 3", line=92))
    assert page.fields["angels"] == []
    assert left(page) == [(92, "CPE"), (93, "Co-Investments: 3")]
