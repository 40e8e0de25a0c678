"""Recent deals: each line's role by its shape, missing lines, cut-off deals, unreadable values."""

from __future__ import annotations

import datetime
from decimal import Decimal
from typing import Any

import pytest
from lark import Token
from sections.test_base import diagnosed, left, run

from profile_parser.models import FundingType, Location, Money
from profile_parser.sections import deals
from profile_parser.sections.base import PageBuilder

HEADING = Token("DEALS_H", "What are some of recent deals done by Xiaomi?\n\n", line=1)
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


def _deals(*tokens: Token, page: PageBuilder | None = None) -> list[dict[str, Any]]:
    page = run(deals.handle, "deals", HEADING, *tokens, page=page)
    found: list[dict[str, Any]] = page.fields["recent_deals"]
    return found


def _one(text: str, line: int = 3, page: PageBuilder | None = None) -> tuple[dict[str, Any], PageBuilder]:
    """The one deal read from a DEAL token starting at ``line``."""
    page = PageBuilder() if page is None else page
    found = _deals(Token("DEAL", text, line=line), page=page)
    assert len(found) == 1
    return found[0], page


def _usd(amount: int) -> Money:
    return Money(amount=Decimal(amount), currency="USD")


# --------------------------------------------------------------- complete


def test_complete_deal() -> None:
    deal, page = _one(ACME + "Amount Raised: $13,888,021")
    assert deal == _deal(amount_raised=_usd(13_888_021))
    assert page.taken == {3, 5, 7, 9, 10, 11}
    assert diagnosed(page) == [] and left(page) == []


def test_no_amount_line() -> None:
    deal, page = _one(ACME)
    assert deal == _deal()
    assert page.taken == {3, 5, 7, 9, 10}
    assert diagnosed(page) == []


@pytest.mark.parametrize("value", ["Undisclosed", "undisclosed", "N/A", "-", ""])
def test_an_amount_said_to_be_unknown(value: str) -> None:
    deal, page = _one(ACME + f"Amount Raised: {value}".rstrip())
    assert deal == _deal()
    assert page.taken == {3, 5, 7, 9, 10, 11}
    assert diagnosed(page) == []


def test_an_amount_in_another_currency() -> None:
    deal, _ = _one(ACME + "Amount Raised: €2.5M")
    assert deal["amount_raised"] == Money(amount=Decimal(2_500_000), currency="EUR")


def test_an_unreadable_amount_is_reported_and_its_line_goes_to_unparsed() -> None:
    deal, page = _one(ACME + "Amount Raised: a lot of money")
    assert deal == _deal()
    assert left(page) == [(11, "Amount Raised: a lot of money")]
    assert diagnosed(page) == [("line.unparsed", "warning", 11), ("value.unparsed", "warning", 11)]
    assert page.taken == {3, 5, 7, 9, 10}


# ---------------------------------------------------------- missing lines


def test_name_and_place_missing_the_company_is_inferred() -> None:
    description = ("Atech Automotive Electronics is a company that designs, develops, manufactures, and sells "
                   "automotive electronic products.")
    deal, page = _one(f"{description}\n\nAutomotiveManufacturingSensor\nSeries CNov 8, 2022\n"
                      "Amount Raised: $68,972,177", line=189)
    assert deal == {
        "company": "Atech Automotive Electronics", "company_inferred": True, "location": None,
        "description": description, "industries": ["Automotive", "Manufacturing", "Sensor"],
        "round": FundingType(label="Series C", code="series_c"), "date": datetime.date(2022, 11, 8),
        "amount_raised": _usd(68_972_177),
    }
    # both reported at the description, the deal's first line
    assert diagnosed(page) == [("deal.company_inferred", "warning", 189), ("deal.location_missing", "warning", 189)]
    assert page.taken == {189, 191, 192, 193}


def test_name_missing_the_company_is_inferred_and_the_place_kept() -> None:
    deal, page = _one("Paris, Ile-de-France, France\nAcme is a robot maker.\nRoboticsHardware\nSeries BJul 31, 2025")
    assert deal == _deal(company_inferred=True)
    assert diagnosed(page) == [("deal.company_inferred", "warning", 4)]


def test_description_missing() -> None:
    deal, page = _one("Acme\nParis, Ile-de-France, France\nRoboticsHardware\nSeries BJul 31, 2025")
    assert deal == _deal(description=None)
    assert page.taken == {3, 4, 5, 6}
    assert diagnosed(page) == []


def test_place_missing() -> None:
    deal, page = _one("Acme\nAcme is a robot maker.\nRoboticsHardware\nSeries BJul 31, 2025")
    assert deal == _deal(location=None)
    assert diagnosed(page) == [("deal.location_missing", "warning", 3)]


def test_no_company_and_none_to_infer() -> None:
    deal, page = _one("Paris, Ile-de-France, France\nRobotics\nSeed 2025-01-31")
    assert deal == _deal(company=None, description=None, industries=["Robotics"],
                         round=FundingType(label="Seed", code="seed"), date=datetime.date(2025, 1, 31))
    assert diagnosed(page) == [("deal.company_missing", "warning", 3)]


def test_a_description_that_names_no_company() -> None:
    deal, page = _one("Paris, Ile-de-France, France\nMakes robots for farms.\nRoboticsHardware\nSeries BJul 31, 2025")
    assert deal == _deal(company=None, description="Makes robots for farms.")
    assert diagnosed(page) == [("deal.company_missing", "warning", 3)]


def test_a_round_line_alone() -> None:
    deal, page = _one("Seed 2025-01-31\n", line=8)
    assert deal == {"company": None, "company_inferred": False, "location": None, "description": None,
                    "industries": [], "round": FundingType(label="Seed", code="seed"),
                    "date": datetime.date(2025, 1, 31), "amount_raised": None}
    assert diagnosed(page) == [("deal.company_missing", "warning", 8), ("deal.location_missing", "warning", 8)]
    assert page.taken == {8}


# ------------------------------------------------------------ round line


def test_a_round_label_without_a_date() -> None:
    deal, page = _one("Acme\nParis, Ile-de-France, France\nAcme is a robot maker.\nRoboticsHardware\nSeries B")
    assert deal == _deal(date=None)
    assert diagnosed(page) == []


def test_an_unknown_funding_label_is_kept_and_reported() -> None:
    deal, page = _one(ACME.replace("Series BJul", "MezzanineJul"))
    assert deal == _deal(round=FundingType(label="Mezzanine", code=None))
    assert diagnosed(page) == [("funding_type.unknown", "warning", 10)]
    assert 10 in page.taken


def test_a_date_that_is_no_calendar_date() -> None:
    deal, page = _one(ACME.replace("Jul 31", "Feb 30") + "Amount Raised: $1M")
    assert deal == _deal(date=None, amount_raised=_usd(1_000_000))  # the round label itself was read
    assert left(page) == [(10, "Series BFeb 30, 2025")]
    assert diagnosed(page) == [("line.unparsed", "warning", 10), ("value.unparsed", "warning", 10)]
    assert page.taken == {3, 5, 7, 9, 11}


# -------------------------------------------------------------------- tags


def test_tags_split_with_the_pages_own_industry_labels() -> None:
    page = PageBuilder(industries={"warp drives": "Warp Drives"})
    deal, page = _one(ACME.replace("RoboticsHardware", "warp drivesRobotics"), page=page)
    assert deal["industries"] == ["Warp Drives", "Robotics"]
    assert diagnosed(page) == []


def test_a_tag_outside_every_vocabulary_is_kept_with_an_info() -> None:
    deal, page = _one(ACME.replace("RoboticsHardware", "Warp DrivesRobotics"))
    assert deal["industries"] == ["Warp Drives", "Robotics"]
    assert diagnosed(page) == [("industry.unknown", "info", 9)]


def test_tags_ending_in_an_abbreviation() -> None:
    # the run ends in ")", like a sentence; it still stands right before the round line
    deal, page = _one(ACME.replace("RoboticsHardware", "ElectronicsArtificial Intelligence (AI)"))
    assert deal == _deal(industries=["Electronics", "Artificial Intelligence (AI)"])
    assert diagnosed(page) == [] and left(page) == []


def test_a_company_name_ending_in_a_parenthesis() -> None:
    deal, page = _one("Acme (China)\nRoboticsHardware\nSeries BJul 31, 2025")
    assert deal == _deal(company="Acme (China)", location=None, description=None)
    assert diagnosed(page) == [("deal.location_missing", "warning", 3)]


# ----------------------------------------------------------- cut-off deals


def _lines(first: int, *texts: str) -> list[Token]:
    """LINE tokens, one a line, separated by blank lines from line ``first``."""
    return [Token("LINE", text + "\n\n", line=first + 2 * i) for i, text in enumerate(texts)]


def test_a_deal_cut_off_in_its_description() -> None:
    cut = "Mihuo Smart is a smart-home and appliance firm that makes"
    found = _deals(Token("DEAL", ACME, line=3), *_lines(12, "Mihuo Intelligence", "Shanghai, Shanghai, China", cut))
    assert found == [_deal(), _deal(company="Mihuo Intelligence", location=SHANGHAI, description=cut,
                                    industries=[], round=None, date=None)]


def test_a_deal_cut_off_early_in_a_short_description() -> None:
    page = PageBuilder()
    cut = "Mihuo Smart is a smart-home"  # no sentence end, few words
    found = _deals(*_lines(3, "Mihuo Intelligence", "Shanghai, Shanghai, China", cut), page=page)
    assert found == [_deal(company="Mihuo Intelligence", location=SHANGHAI, description=cut, industries=[],
                           round=None, date=None)]
    assert diagnosed(page) == [("deal.incomplete", "warning", 3)]


def test_a_deal_cut_off_after_its_place() -> None:
    page = PageBuilder()
    found = _deals(*_lines(3, "Mihuo Intelligence", "Shanghai, Shanghai, China"), page=page)
    assert found == [_deal(company="Mihuo Intelligence", location=SHANGHAI, description=None, industries=[],
                           round=None, date=None)]
    assert diagnosed(page) == [("deal.incomplete", "warning", 3)]
    assert page.taken == {3, 5}


def test_a_deal_cut_off_after_its_tags() -> None:
    page = PageBuilder()
    found = _deals(*_lines(3, "Acme", "Paris, Ile-de-France, France", "Acme is a robot maker.", "RoboticsHardware"),
                   page=page)
    assert found == [_deal(round=None, date=None)]
    assert diagnosed(page) == [("deal.incomplete", "warning", 3)]
    assert page.taken == {3, 5, 7, 9}


def test_more_lines_than_a_deal_has_before_its_round() -> None:
    page = PageBuilder()
    found = _deals(*_lines(3, "Show more", "Load more deals", "Acme", "Paris, Ile-de-France, France",
                           "Acme is a robot maker.", "Robotics"), page=page)
    assert found == [_deal(industries=["Robotics"], round=None, date=None)]
    assert left(page) == [(3, "Show more"), (5, "Load more deals")]
    assert diagnosed(page) == [("line.unparsed", "warning", 3), ("line.unparsed", "warning", 5),
                               ("deal.incomplete", "warning", 7)]


def test_deals_keep_page_order() -> None:
    second = ACME.replace("Acme", "Bolt").replace("Series BJul 31, 2025", "Seed 2024-02-29")
    found = _deals(Token("DEAL", ACME, line=3), Token("DEAL", second, line=11))
    assert [(d["company"], d["date"]) for d in found] == [("Acme", datetime.date(2025, 7, 31)),
                                                          ("Bolt", datetime.date(2024, 2, 29))]


def test_a_heading_without_deals() -> None:
    assert _deals() == []


# ------------------------------------------------------ line shape tests


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Cixi, Zhejiang, China", True),
        ("Paris, France", True),
        ("Asia, Beijing, China, Beijing", True),
        ("Robotics", False),  # one part
        ("A, B, C, D, E", False),  # five parts
        ("Acme builds robots, drones and boats.", False),  # a sentence
        ("Acme builds robots for farms and homes, China", False),  # a part of six words
        ("Paris, , France", False),  # an empty part
    ],
)
def test_is_place(text: str, expected: bool) -> None:
    assert deals.is_place(text) is expected


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
    assert deals.is_sentence(text) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ManufacturingSmart Home", True),
        ("AutomotiveElectric VehicleSensor", True),
        ("Acme is a robot maker.", False),
        ("Retail, Health Care", False),
        ("Robotics" * 38, False),  # 304 characters
    ],
)
def test_is_tag_run(text: str, expected: bool) -> None:
    assert deals.is_tag_run(text) is expected


def test_read_deal_of_no_lines() -> None:
    page = PageBuilder()
    assert deals.read_deal([], page, complete=False) is None
    assert page.diagnostics == [] and page.taken == set()
