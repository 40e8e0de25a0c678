"""Co-investor and angel entries: name, optional place, count; and the lines that are no entry."""

from __future__ import annotations

from support import diagnosed, left, page_lines, run

from profile_parser.document import Line, Section
from profile_parser.models import Location
from profile_parser.sections import entries
from profile_parser.sections.base import Ledger
from profile_parser.sections.entries import Entry

CO_HEADING = Line(90, "Who does Xiaomi frequently co-invest with?")
ANGEL_HEADING = Line(90, "Which angels does Xiaomi often collaborate with?")
SAN_DIEGO = Location(raw="North America, California, United States, San Diego", city="San Diego",
                     region="California", country="United States", country_code="US", continent="North America")
GUANGZHOU = Location(raw="Asia, Guangdong, China, Guangzhou", city="Guangzhou", region="Guangdong",
                     country="China", country_code="CN", continent="Asia")


def _co_investors(text: str, first: int = 92) -> tuple[list[Entry], Ledger]:
    return run(entries.read_co_investors, Section("co_investors", CO_HEADING, page_lines(text, first)))


def _angels(text: str, first: int = 92) -> tuple[list[Entry], Ledger]:
    return run(entries.read_angels, Section("angels", ANGEL_HEADING, page_lines(text, first)))


def test_co_investor_with_place() -> None:
    found, ledger = _co_investors("Qualcomm Ventures\nNorth America, California, United States, San Diego\n"
                                  "Co-Investments: 5\n")
    assert found == [Entry({"name": "Qualcomm Ventures", "location": SAN_DIEGO, "co_investments": 5},
                           Line(92, "Qualcomm Ventures"),
                           Line(93, "North America, California, United States, San Diego"),
                           Line(94, "Co-Investments: 5"))]
    assert ledger.placed == {92, 93, 94}
    assert diagnosed(ledger) == [] and left(ledger) == []


def test_co_investors_keep_page_order_and_blank_lines_keep_numbering() -> None:
    found, ledger = _co_investors("Shunwei Capital\n\nAsia, Beijing, China, Beijing\n\nCo-Investments: 15\n"
                                  "CPE\nCo-investment 3")
    assert [(e.values["name"], e.values["co_investments"]) for e in found] == [("Shunwei Capital", 15), ("CPE", 3)]
    assert [(e.name.number, e.place and e.place.number, e.count_line.number) for e in found] == [
        (92, 94, 96), (97, None, 98)]
    assert ledger.placed == {92, 94, 96, 97, 98}


def test_co_investor_without_place() -> None:
    found, ledger = _co_investors("CPE\nCo-Investments: 3")
    assert [e.values for e in found] == [{"name": "CPE", "location": None, "co_investments": 3}]
    assert ledger.placed == {92, 93}
    assert diagnosed(ledger) == []


def test_co_investor_with_a_bare_country() -> None:
    found, _ = _co_investors("Acme\nCanada\nCo-Investments: 1")  # README: any place form, a bare country too
    assert found[0].values["location"] is not None and found[0].values["location"].country_code == "CA"


def test_co_investor_with_an_unknown_country() -> None:
    found, ledger = _co_investors("Aslan Capital\nEurope, Narnia, Cair Paravel\nCo-Investments: 2")
    assert found[0].values["location"] == Location(
        raw="Europe, Narnia, Cair Paravel", region="Narnia", country="Cair Paravel", continent="Europe")
    assert diagnosed(ledger) == [("country.unknown", "warning", 93)]
    assert ledger.placed == {92, 93, 94}


def test_an_unreadable_place_goes_to_unparsed_and_the_entry_stays() -> None:
    place = "A, B, C, D, E, F, G"  # more parts than any place form
    found, ledger = _co_investors(f"Acme\n{place}\nCo-Investments: 2")
    assert [e.values for e in found] == [{"name": "Acme", "location": None, "co_investments": 2}]
    assert found[0].place is None
    assert left(ledger) == [(93, place)]
    assert diagnosed(ledger) == [("line.unparsed", "warning", 93), ("value.unparsed", "warning", 93)]
    assert ledger.placed == {92, 94}


def test_junk_lines_go_to_unparsed() -> None:
    found, ledger = _co_investors("Show more\nCPE\nCo-Investments: 3\nSee all 41 co-investors")
    assert [e.values["name"] for e in found] == ["CPE"]
    assert left(ledger) == [(92, "Show more"), (95, "See all 41 co-investors")]
    assert diagnosed(ledger) == [("line.unparsed", "warning", 92), ("line.unparsed", "warning", 95)]


def test_junk_lines_before_a_complete_entry_go_to_unparsed() -> None:
    found, ledger = _co_investors("Show more\nCPE\nAsia, Beijing, China, Beijing\nCo-Investments: 3\n"
                                  "See all 41 co-investors")
    assert [e.values["name"] for e in found] == ["CPE"]
    assert left(ledger) == [(92, "Show more"), (96, "See all 41 co-investors")]
    assert diagnosed(ledger) == [("line.unparsed", "warning", 92), ("line.unparsed", "warning", 96)]


def test_a_count_line_without_a_name() -> None:
    found, ledger = _co_investors("CPE\nCo-Investments: 3\nCo-Investments: 4")
    assert [e.values["name"] for e in found] == ["CPE"]
    assert left(ledger) == [(94, "Co-Investments: 4")]


def test_a_heading_without_entries() -> None:
    found, ledger = _co_investors("")
    assert found == [] and ledger.diagnostics == []


def test_angel_with_place() -> None:
    found, ledger = _angels("Xiaopeng He\nAsia, Guangdong, China, Guangzhou\nShared Deals: 1\n\n")
    assert [e.values for e in found] == [{"name": "Xiaopeng He", "location": GUANGZHOU, "shared_deals": 1}]
    assert ledger.placed == {92, 93, 94}
    assert diagnosed(ledger) == []


def test_angel_without_place_and_a_junk_line() -> None:
    found, ledger = _angels("Rakesh Jhunjhunwala\nShared Deals: 2\nRakesh Jhunjhunwala\n")
    assert [e.values for e in found] == [{"name": "Rakesh Jhunjhunwala", "location": None, "shared_deals": 2}]
    assert left(ledger) == [(94, "Rakesh Jhunjhunwala")]


def test_a_record_of_the_other_list_is_no_entry() -> None:
    found, ledger = _angels("CPE\nCo-Investments: 3")
    assert found == []
    assert left(ledger) == [(92, "CPE"), (93, "Co-Investments: 3")]
