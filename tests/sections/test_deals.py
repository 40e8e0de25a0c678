"""Recent deals: found by their round lines, each line's role by its shape, missing lines,
cut-off deals, unreadable values, and the deal boundaries of the seed page."""

from __future__ import annotations

import datetime
from decimal import Decimal
from typing import Any

import pytest
from support import FIXTURES, diagnosed, left, page_lines, run, spaced

from profile_parser.document import Line, Section, read_document
from profile_parser.models import FundingType, Location, Money
from profile_parser.sections import deals
from profile_parser.sections.base import Ledger, PageContext
from profile_parser.sections.deals import Deal, Roles
from profile_parser.shapes import is_place, is_sentence

HEADING = Line(1, "What are some of recent deals done by Xiaomi?")
PARIS = Location(raw="Paris, Ile-de-France, France", city="Paris", region="Ile-de-France", country="France",
                 country_code="FR")
SHANGHAI = Location(raw="Shanghai, Shanghai, China", city="Shanghai", region="Shanghai", country="China",
                    country_code="CN")
SERIES_B = FundingType(label="Series B", code="series_b")
#: name 3, place 5, description 7, tags 9, round 10 (amount 11 when added)
ACME = ("Acme\n\nParis, Ile-de-France, France\n\nAcme is a robot maker.\n\nRoboticsHardware\n"
        "Series BJul 31, 2025\n")


def _deal(**fields: Any) -> dict[str, Any]:
    """A deal record: Acme's values, with ``fields`` replacing them."""
    return {
        "company": "Acme", "company_inferred": False, "location": PARIS, "description": "Acme is a robot maker.",
        "industries": ["Robotics", "Hardware"], "round": SERIES_B, "date": datetime.date(2025, 7, 31),
        "amount_raised": None, **fields,
    }


def _read(lines: list[Line], context: PageContext | None = None) -> tuple[list[Deal], Ledger]:
    return run(deals.read, Section("deals", HEADING, lines), context or PageContext())


def _deals(*lines: Line, context: PageContext | None = None) -> tuple[list[dict[str, Any]], Ledger]:
    found, ledger = _read(list(lines), context)
    return [deal.values for deal in found], ledger


def _one(text: str, line: int = 3, context: PageContext | None = None) -> tuple[dict[str, Any], Ledger]:
    """The one deal read from the lines of ``text`` starting at ``line``."""
    found, ledger = _deals(*page_lines(text, line), context=context)
    assert len(found) == 1
    return found[0], ledger


def _usd(amount: int) -> Money:
    return Money(amount=Decimal(amount), currency="USD")


# --------------------------------------------------------------- complete


def test_complete_deal() -> None:
    deal, ledger = _one(ACME + "Amount Raised: $13,888,021")
    assert deal == _deal(amount_raised=_usd(13_888_021))
    assert ledger.placed == {3, 5, 7, 9, 10, 11}
    assert diagnosed(ledger) == [] and left(ledger) == []


def test_each_line_keeps_its_role() -> None:
    found, _ = _read(page_lines(ACME + "Amount Raised: $13,888,021", 3))
    assert found[0].lines == Roles(
        name=Line(3, "Acme"), place=Line(5, "Paris, Ile-de-France, France"),
        description=Line(7, "Acme is a robot maker."), tags=Line(9, "RoboticsHardware"),
        round=Line(10, "Series BJul 31, 2025"), amount=Line(11, "Amount Raised: $13,888,021"))
    assert found[0].round is not None and found[0].round.label == "Series B"
    assert found[0].inferred_end is None


def test_no_amount_line() -> None:
    deal, ledger = _one(ACME)
    assert deal == _deal()
    assert ledger.placed == {3, 5, 7, 9, 10}
    assert diagnosed(ledger) == []


@pytest.mark.parametrize("value", ["Undisclosed", "undisclosed", "N/A", "-", ""])
def test_an_amount_said_to_be_unknown(value: str) -> None:
    deal, ledger = _one(ACME + f"Amount Raised: {value}".rstrip())
    assert deal == _deal()
    assert ledger.placed == {3, 5, 7, 9, 10, 11}
    assert diagnosed(ledger) == []


def test_an_amount_in_another_currency() -> None:
    deal, _ = _one(ACME + "Amount Raised: €2.5M")
    assert deal["amount_raised"] == Money(amount=Decimal(2_500_000), currency="EUR")


def test_an_unreadable_amount_is_reported_and_its_line_goes_to_unparsed() -> None:
    deal, ledger = _one(ACME + "Amount Raised: a lot of money")
    assert deal == _deal()
    assert left(ledger) == [(11, "Amount Raised: a lot of money")]
    assert diagnosed(ledger) == [("line.unparsed", "warning", 11), ("value.unparsed", "warning", 11)]
    assert ledger.placed == {3, 5, 7, 9, 10}


# ---------------------------------------------------------- missing lines


def test_name_and_place_missing_the_company_is_inferred() -> None:
    description = ("Atech Automotive Electronics is a company that designs, develops, manufactures, and sells "
                   "automotive electronic products.")
    found, ledger = _read(page_lines(f"{description}\n\nAutomotiveManufacturingSensor\nSeries CNov 8, 2022\n"
                                     "Amount Raised: $68,972,177", 189))
    assert [deal.values for deal in found] == [{
        "company": "Atech Automotive Electronics", "company_inferred": True, "location": None,
        "description": description, "industries": ["Automotive", "Manufacturing", "Sensor"],
        "round": FundingType(label="Series C", code="series_c"), "date": datetime.date(2022, 11, 8),
        "amount_raised": _usd(68_972_177),
    }]
    assert found[0].inferred_end == len("Atech Automotive Electronics")  # the name's end in the description
    # both reported at the description, the deal's first line
    assert diagnosed(ledger) == [("deal.company_inferred", "warning", 189),
                                 ("deal.location_missing", "warning", 189)]
    assert ledger.placed == {189, 191, 192, 193}


def test_name_missing_the_company_is_inferred_and_the_place_kept() -> None:
    deal, ledger = _one("Paris, Ile-de-France, France\nAcme is a robot maker.\nRoboticsHardware\nSeries BJul 31, 2025")
    assert deal == _deal(company_inferred=True)
    assert diagnosed(ledger) == [("deal.company_inferred", "warning", 4)]


def test_description_missing() -> None:
    deal, ledger = _one("Acme\nParis, Ile-de-France, France\nRoboticsHardware\nSeries BJul 31, 2025")
    assert deal == _deal(description=None)
    assert ledger.placed == {3, 4, 5, 6}
    assert diagnosed(ledger) == []


def test_place_missing() -> None:
    deal, ledger = _one("Acme\nAcme is a robot maker.\nRoboticsHardware\nSeries BJul 31, 2025")
    assert deal == _deal(location=None)
    assert diagnosed(ledger) == [("deal.location_missing", "warning", 3)]


def test_a_bare_country_is_a_place() -> None:
    # README "Deals": place (any place form, a bare country too)
    deal, ledger = _one("Acme\nFrance\nAcme is a robot maker.\nRoboticsHardware\nSeries BJul 31, 2025")
    assert deal["company"] == "Acme"
    assert deal["location"] is not None and deal["location"].country_code == "FR"
    assert ledger.placed == {3, 4, 5, 6, 7} and diagnosed(ledger) == []


def test_no_company_and_none_to_infer() -> None:
    deal, ledger = _one("Paris, Ile-de-France, France\nRobotics\nSeed 2025-01-31")
    assert deal == _deal(company=None, description=None, industries=["Robotics"],
                         round=FundingType(label="Seed", code="seed"), date=datetime.date(2025, 1, 31))
    assert diagnosed(ledger) == [("deal.company_missing", "warning", 3)]


def test_a_description_that_names_no_company() -> None:
    deal, ledger = _one("Paris, Ile-de-France, France\nMakes robots for farms.\nRoboticsHardware\n"
                        "Series BJul 31, 2025")
    assert deal == _deal(company=None, description="Makes robots for farms.")
    assert diagnosed(ledger) == [("deal.company_missing", "warning", 3)]


def test_a_round_line_alone() -> None:
    deal, ledger = _one("Seed 2025-01-31\n", line=8)
    assert deal == {"company": None, "company_inferred": False, "location": None, "description": None,
                    "industries": [], "round": FundingType(label="Seed", code="seed"),
                    "date": datetime.date(2025, 1, 31), "amount_raised": None}
    assert diagnosed(ledger) == [("deal.company_missing", "warning", 8), ("deal.location_missing", "warning", 8)]
    assert ledger.placed == {8}


# ------------------------------------------------------------ round line


def test_a_round_label_without_a_date() -> None:
    deal, ledger = _one("Acme\nParis, Ile-de-France, France\nAcme is a robot maker.\nRoboticsHardware\nSeries B")
    assert deal == _deal(date=None)
    assert diagnosed(ledger) == []


def test_a_round_label_spaced_from_its_date() -> None:
    deal, _ = _one(ACME.replace("Series BJul", "Series B Jul"))
    assert deal == _deal()


def test_an_unknown_funding_label_is_kept_and_reported() -> None:
    deal, ledger = _one(ACME.replace("Series BJul", "MezzanineJul"))
    assert deal == _deal(round=FundingType(label="Mezzanine", code=None))
    assert diagnosed(ledger) == [("funding_type.unknown", "warning", 10)]
    assert 10 in ledger.placed


def test_a_date_that_is_no_calendar_date() -> None:
    deal, ledger = _one(ACME.replace("Jul 31", "Feb 30") + "Amount Raised: $1M")
    assert deal == _deal(date=None, amount_raised=_usd(1_000_000))  # the round label itself was read
    assert left(ledger) == [(10, "Series BFeb 30, 2025")]
    assert diagnosed(ledger) == [("line.unparsed", "warning", 10), ("value.unparsed", "warning", 10)]
    assert ledger.placed == {3, 5, 7, 9, 11}


# ------------------------------------------- lines that end in a digit


def test_a_description_ending_in_a_year_keeps_its_deal_whole() -> None:
    description = "Acme is a robot maker since 2019"
    deal, ledger = _one(ACME.replace("Acme is a robot maker.", description))
    assert deal == _deal(description=description)
    assert ledger.placed == {3, 5, 7, 9, 10}
    assert diagnosed(ledger) == [] and left(ledger) == []


def test_a_description_ending_in_a_year_keeps_a_deal_after_another_whole() -> None:
    second = ACME.replace("Acme", "Bolt").replace("Bolt is a robot maker.", "Bolt has built robots since 2019")
    found, ledger = _deals(*page_lines(ACME + second, 3))
    assert found == [_deal(), _deal(company="Bolt", description="Bolt has built robots since 2019")]
    assert left(ledger) == []


def test_tags_ending_in_a_digit_keep_their_deal_whole() -> None:
    # Crunchbase spells the label "Non-Fungible Token (NFT)": its canonical spelling wins
    deal, ledger = _one(ACME.replace("RoboticsHardware", "NFTBlockchainWeb3"))
    assert deal == _deal(industries=["Non-Fungible Token (NFT)", "Blockchain", "Web3"])
    assert ledger.placed == {3, 5, 7, 9, 10}
    assert diagnosed(ledger) == [] and left(ledger) == []


def test_tags_ending_in_an_unknown_label_with_a_digit_keep_their_deal_whole() -> None:
    deal, ledger = _one(ACME.replace("RoboticsHardware", "RoboticsZork9"))
    assert deal == _deal(industries=["Robotics", "Zork9"])
    assert diagnosed(ledger) == [("industry.unknown", "info", 9)]
    assert ledger.placed == {3, 5, 7, 9, 10}


def test_a_company_name_ending_in_a_digit_keeps_its_deal_whole() -> None:
    deal, _ = _one(ACME.replace("Acme\n", "Acme 3\n", 1))
    assert deal == _deal(company="Acme 3")


# -------------------------------------------------------------------- tags


def test_tags_split_with_the_pages_own_industry_labels() -> None:
    context = PageContext({"warp drives": "Warp Drives"}, frozenset({"warp drives"}))  # its Industry Focus list
    deal, ledger = _one(ACME.replace("RoboticsHardware", "warp drivesRobotics"), context=context)
    assert deal["industries"] == ["Warp Drives", "Robotics"]
    assert diagnosed(ledger) == []


def test_tags_split_with_the_pages_own_industry_labels_in_capitals() -> None:
    context = PageContext({"warp drives": "Warp Drives"}, frozenset({"warp drives"}))  # its Industry Focus list
    deal, ledger = _one(ACME.replace("RoboticsHardware", "Warp DrivesRobotics"), context=context)
    assert deal == _deal(industries=["Warp Drives", "Robotics"])
    assert diagnosed(ledger) == []


def test_a_tag_outside_every_vocabulary_is_kept_with_an_info() -> None:
    deal, ledger = _one(ACME.replace("RoboticsHardware", "Warp DrivesRobotics"))
    assert deal["industries"] == ["Warp Drives", "Robotics"]
    assert diagnosed(ledger) == [("industry.unknown", "info", 9)]


def test_tags_ending_in_an_abbreviation() -> None:
    # the run ends in ")", like a sentence; it still stands right before the round line
    deal, ledger = _one(ACME.replace("RoboticsHardware", "ElectronicsArtificial Intelligence (AI)"))
    assert deal == _deal(industries=["Electronics", "Artificial Intelligence (AI)"])
    assert diagnosed(ledger) == [] and left(ledger) == []


def test_tags_with_an_abbreviation_inside() -> None:
    deal, ledger = _one(ACME.replace("RoboticsHardware", "Artificial Intelligence (AI)Electronics"))
    assert deal == _deal(industries=["Artificial Intelligence (AI)", "Electronics"])
    assert diagnosed(ledger) == [] and left(ledger) == []


def test_a_company_name_ending_in_a_parenthesis() -> None:
    deal, ledger = _one("Acme (China)\nRoboticsHardware\nSeries BJul 31, 2025")
    assert deal == _deal(company="Acme (China)", location=None, description=None)
    assert diagnosed(ledger) == [("deal.location_missing", "warning", 3)]


# ----------------------------------------------------------- cut-off deals


def test_a_deal_cut_off_in_its_description() -> None:
    cut = "Mihuo Smart is a smart-home and appliance firm that makes"
    found, ledger = _deals(*page_lines(ACME, 3), *spaced(12, "Mihuo Intelligence", "Shanghai, Shanghai, China", cut))
    assert found == [_deal(), _deal(company="Mihuo Intelligence", location=SHANGHAI, description=cut,
                                    industries=[], round=None, date=None)]
    assert diagnosed(ledger) == [("deal.incomplete", "warning", 12)]


def test_a_deal_cut_off_early_in_a_short_description() -> None:
    cut = "Mihuo Smart is a smart-home"  # no sentence end, few words
    found, ledger = _deals(*spaced(3, "Mihuo Intelligence", "Shanghai, Shanghai, China", cut))
    assert found == [_deal(company="Mihuo Intelligence", location=SHANGHAI, description=cut, industries=[],
                           round=None, date=None)]
    assert diagnosed(ledger) == [("deal.incomplete", "warning", 3)]


def test_a_deal_cut_off_after_its_place() -> None:
    found, ledger = _deals(*spaced(3, "Mihuo Intelligence", "Shanghai, Shanghai, China"))
    assert found == [_deal(company="Mihuo Intelligence", location=SHANGHAI, description=None, industries=[],
                           round=None, date=None)]
    assert diagnosed(ledger) == [("deal.incomplete", "warning", 3)]
    assert ledger.placed == {3, 5}


def test_a_deal_cut_off_after_its_tags() -> None:
    found, ledger = _deals(*spaced(3, "Acme", "Paris, Ile-de-France, France", "Acme is a robot maker.",
                                   "RoboticsHardware"))
    assert found == [_deal(round=None, date=None)]
    assert diagnosed(ledger) == [("deal.incomplete", "warning", 3)]
    assert ledger.placed == {3, 5, 7, 9}


def test_more_lines_than_a_deal_has_before_its_round() -> None:
    found, ledger = _deals(*spaced(3, "Show more", "Load more deals", "Acme", "Paris, Ile-de-France, France",
                                   "Acme is a robot maker.", "Robotics"))
    assert found == [_deal(industries=["Robotics"], round=None, date=None)]
    assert left(ledger) == [(3, "Show more"), (5, "Load more deals")]
    assert diagnosed(ledger) == [("line.unparsed", "warning", 3), ("line.unparsed", "warning", 5),
                                 ("deal.incomplete", "warning", 7)]


def test_deals_keep_page_order() -> None:
    second = ACME.replace("Acme", "Bolt").replace("Series BJul 31, 2025", "Seed 2024-02-29")
    found, _ = _deals(*page_lines(ACME, 3), *page_lines(second, 11))
    assert [(d["company"], d["date"]) for d in found] == [("Acme", datetime.date(2025, 7, 31)),
                                                          ("Bolt", datetime.date(2024, 2, 29))]


def test_a_heading_without_deals() -> None:
    found, ledger = _deals()
    assert found == [] and ledger.diagnostics == []


# ----------------------------------------------- the seed page's boundaries


def test_the_seed_page_deals_start_and_end_where_the_page_says() -> None:
    seed = (FIXTURES / "xiaomi.txt").read_text(encoding="utf-8")
    section = next(s for s in read_document(seed).sections if s.kind == "deals")
    found, ledger = run(deals.read, section, PageContext())
    firsts = [next(line for line in deal.lines if line is not None).number for deal in found]
    assert firsts == [113, 122, 130, 138, 146, 154, 162, 171, 179, 189]
    assert [deal.lines.round and deal.lines.round.number for deal in found] == [
        120, 129, 137, 145, 153, 161, 169, 178, 186, 192]
    assert [deal.lines.amount and deal.lines.amount.number for deal in found] == [
        121, None, None, None, None, None, 170, None, 187, 193]
    assert [deal.values["company"] for deal in found] == [
        "Qingmei Electric", "Enjing Technology", "Yaole Network Technology", "Danny Kerr", "Xinyuan New Materials",
        "Mihuo Intelligence", "Infinigence", "Dezao Technology", "Robosense", "Atech Automotive Electronics"]
    assert left(ledger) == []


# ------------------------------------------------------ line shape tests


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Cixi, Zhejiang, China", True),
        ("Paris, France", True),
        ("Asia, Beijing, China, Beijing", True),
        ("Robotics", False),  # one part that is no country
        ("A, B, C, D, E", False),  # five parts
        ("Acme builds robots, drones and boats.", False),  # a sentence
        ("Acme builds robots for farms and homes, China", False),  # a part of six words
        ("Paris, , France", False),  # an empty part
    ],
)
def test_is_place(text: str, expected: bool) -> None:
    assert is_place(text) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Acme is a robot maker.", True),
        ("Is it?", True),
        ("Acme is a maker of robots for farms", True),  # eight words
        ("Acme is a maker of robots for", False),  # seven words, cut off
        ("RoboticsHardware", False),
        ("Acme", False),
    ],
)
def test_is_sentence(text: str, expected: bool) -> None:
    assert is_sentence(text) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ManufacturingSmart Home", True),
        ("AutomotiveElectric VehicleSensor", True),
        ("NFTBlockchainWeb3", True),
        ("Oil and GasmHealth", True),  # a connector inside a label
        ("Acme is a robot maker.", False),
        ("Acme has grown", False),  # prose words
        ("Retail, Health Care", False),
        ("Robotics" * 38, False),  # 304 characters
    ],
)
def test_is_tag_run(text: str, expected: bool) -> None:
    assert deals._is_tag_run(text) is expected


def test_a_deal_of_no_lines() -> None:
    ledger = Ledger("deals")
    assert deals._deal(Roles(), None, ledger, PageContext()) is None
    assert ledger.diagnostics == [] and ledger.placed == set()
