"""The Investment Focus Highlights bullets: each rule, where each value was read, and the bullets no rule reads."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest
from support import diagnosed, left, run

from profile_parser.document import Line, Section
from profile_parser.models import Country, FundingType, Money, MoneyRange, Quantity
from profile_parser.sections import highlights
from profile_parser.sections.base import Ledger, PageContext
from profile_parser.sections.highlights import Highlights

XIAOMI = (
    "Concentrates on Series C, Series B, Series A rounds (top funding stages).",
    "Majority of deals are located in China, India, United States.",
    "Strong thematic focus on Manufacturing, Automotive, Sensor.",
    "Led 3 rounds in the past year.",
    "Typical check size: $5M – $50M.",
)


def _read(*bullets: str, context: PageContext | None = None) -> tuple[Highlights, Ledger]:
    """The highlights read from bullets on lines 3, 4, …"""
    lines = [Line(3 + i, bullet) for i, bullet in enumerate(bullets)]
    section = Section("highlights", Line(1, "Investment Focus Highlights"), lines)
    return run(highlights.read, section, context or PageContext())


def _highlights(*bullets: str, context: PageContext | None = None) -> tuple[dict[str, Any], Ledger]:
    found, ledger = _read(*bullets, context=context)
    return found.values, ledger


def _usd(amount: int) -> Money:
    return Money(amount=Decimal(amount), currency="USD")


def test_the_five_rules() -> None:
    found, ledger = _highlights(*XIAOMI)
    assert found == {
        "top_stages": [FundingType(label="Series C", code="series_c"), FundingType(label="Series B", code="series_b"),
                       FundingType(label="Series A", code="series_a")],
        "top_countries": [Country(name="China", code="CN"), Country(name="India", code="IN"),
                          Country(name="United States", code="US")],
        "themes": ["Manufacturing", "Automotive", "Sensor"],
        "rounds_led_past_year": Quantity(value=3, qualifier="exact"),
        "check_size": MoneyRange(min=_usd(5_000_000), max=_usd(50_000_000)),
        "other": [],
    }
    assert ledger.placed == {3, 4, 5, 6, 7}
    assert diagnosed(ledger) == [] and left(ledger) == []


def test_where_each_value_was_read() -> None:
    found, _ = _read(*XIAOMI)
    texts = {field: [(line.number, line.text[start:end]) for line, start, end in spans]
             for field, spans in found.where.items()}
    assert texts == {
        "top_stages": [(3, "Series C"), (3, "Series B"), (3, "Series A")],
        "top_countries": [(4, "China"), (4, "India"), (4, "United States")],
        "themes": [(5, "Manufacturing"), (5, "Automotive"), (5, "Sensor")],
        "rounds_led_past_year": [(6, "3")],
        "check_size": [(7, "$5M – $50M")],
        "other": [],
    }


def test_where_a_qualified_count_and_an_other_bullet_were_read() -> None:
    found, _ = _read("Led more than 5 rounds in the last 12 months.", "Loves sailing.")
    assert [(line.number, line.text[start:end]) for line, start, end in found.where["rounds_led_past_year"]] == [
        (3, "more than 5")]
    assert [(line.number, line.text[start:end]) for line, start, end in found.where["other"]] == [
        (4, "Loves sailing.")]


def test_a_heading_without_bullets() -> None:
    found, ledger = _highlights()
    assert found == {"top_stages": [], "top_countries": [], "themes": [], "rounds_led_past_year": None,
                     "check_size": None, "other": []}
    assert ledger.placed == set()


def test_an_unknown_stage_in_the_list_is_kept_and_reported() -> None:
    found, ledger = _highlights("Concentrates on Series K and Seed rounds.")
    assert found["top_stages"] == [FundingType(label="Series K", code=None), FundingType(label="Seed", code="seed")]
    assert diagnosed(ledger) == [("funding_type.unknown", "warning", 3)]


def test_a_stage_whose_label_ends_in_round() -> None:
    # "Corporate Round" is one label: the list runs to the last "rounds", not the first "Round"
    found, ledger = _highlights("Concentrates on Series B, Corporate Round, Series A rounds (top funding stages).")
    assert found["top_stages"] == [FundingType(label="Series B", code="series_b"),
                                   FundingType(label="Corporate Round", code="corporate_round"),
                                   FundingType(label="Series A", code="series_a")]
    assert diagnosed(ledger) == []


def test_an_unknown_country_in_the_list_is_kept_and_reported() -> None:
    found, ledger = _highlights("Majority of deals are located in Narnia and France.")
    assert found["top_countries"] == [Country(name="Narnia", code=None), Country(name="France", code="FR")]
    assert diagnosed(ledger) == [("country.unknown", "warning", 3)]


def test_a_country_named_with_and_stays_whole() -> None:
    found, _ = _highlights("Majority of deals are located in Trinidad and Tobago, France.")
    assert found["top_countries"] == [Country(name="Trinidad and Tobago", code="TT"),
                                      Country(name="France", code="FR")]


def test_themes_take_the_canonical_spelling() -> None:
    found, _ = _highlights("Strong thematic focus on saas, ecommerce and Artificial Intelligence.")
    assert found["themes"] == ["SaaS", "E-Commerce", "Artificial Intelligence (AI)"]


def test_themes_use_the_pages_own_industry_labels() -> None:
    context = PageContext({"quantum sock": "Quantum Sock"}, frozenset({"quantum sock"}))  # its Industry Focus list
    found, ledger = _highlights("Strong thematic focus on quantum sock and Warp Drives.", context=context)
    assert found["themes"] == ["Quantum Sock", "Warp Drives"]  # a label known nowhere stays as written
    assert diagnosed(ledger) == [("industry.unknown", "info", 3)]  # only "Warp Drives" is unknown


@pytest.mark.parametrize(
    ("bullet", "expected"),
    [
        ("Led 3 rounds in the past year.", Quantity(value=3, qualifier="exact")),
        ("Led more than 5 rounds in the last 12 months.", Quantity(value=5, qualifier="more_than")),
        ("Led about 12 funding rounds in the past year", Quantity(value=12, qualifier="about")),
    ],
)
def test_rounds_led(bullet: str, expected: Quantity) -> None:
    found, ledger = _highlights(bullet)
    assert found["rounds_led_past_year"] == expected
    assert found["other"] == [] and diagnosed(ledger) == []


@pytest.mark.parametrize(
    ("bullet", "expected"),
    [
        ("Typical check size: $5M – $50M.", MoneyRange(min=_usd(5_000_000), max=_usd(50_000_000))),
        ("Typical check size: up to $10M.", MoneyRange(min=None, max=_usd(10_000_000))),
        ("Typical cheque size €1M-€2M", MoneyRange(min=Money(amount=Decimal(1_000_000), currency="EUR"),
                                                  max=Money(amount=Decimal(2_000_000), currency="EUR"))),
        ("Typical check size: $5M.", MoneyRange(min=_usd(5_000_000), max=_usd(5_000_000))),  # README: equal ends
    ],
)
def test_check_size(bullet: str, expected: MoneyRange) -> None:
    found, ledger = _highlights(bullet)
    assert found["check_size"] == expected
    assert diagnosed(ledger) == []


def test_an_unreadable_check_size_is_reported_and_kept_as_written() -> None:
    found, ledger = _highlights("Typical check size: it varies.")
    assert found["check_size"] is None
    assert found["other"] == ["Typical check size: it varies."]  # kept in the record, so not unparsed
    assert diagnosed(ledger) == [("value.unparsed", "warning", 3)]
    assert ledger.placed == {3} and left(ledger) == []


def test_a_bullet_no_rule_reads_goes_to_other() -> None:
    found, ledger = _highlights("Loves sailing.", XIAOMI[3], "Backs founders twice.")
    assert found["other"] == ["Loves sailing.", "Backs founders twice."]
    assert found["rounds_led_past_year"] == Quantity(value=3, qualifier="exact")
    assert ledger.placed == {3, 4, 5}
    assert diagnosed(ledger) == [] and left(ledger) == []
