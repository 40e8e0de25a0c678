"""The Investment Focus Highlights bullets: each rule, and the bullets no rule reads."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest
from lark import Token
from sections.test_base import diagnosed, left, run

from profile_parser.models import Country, FundingType, Money, MoneyRange, Quantity
from profile_parser.sections import highlights
from profile_parser.sections.base import PageBuilder

XIAOMI = (
    "Concentrates on Series C, Series B, Series A rounds (top funding stages).",
    "Majority of deals are located in China, India, United States.",
    "Strong thematic focus on Manufacturing, Automotive, Sensor.",
    "Led 3 rounds in the past year.",
    "Typical check size: $5M – $50M.",
)


def _highlights(*bullets: str, page: PageBuilder | None = None) -> tuple[dict[str, Any], PageBuilder]:
    """The highlights read from bullets on lines 3, 4, …"""
    page = run(highlights.handle, "highlights", Token("HIGHLIGHTS_H", "Investment Focus Highlights\n\n", line=1),
               Token("ITEMS", "\n".join(bullets) + "\n", line=3), page=page)
    return page.fields["highlights"], page


def _usd(amount: int) -> Money:
    return Money(amount=Decimal(amount), currency="USD")


def test_the_five_rules() -> None:
    found, page = _highlights(*XIAOMI)
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
    assert page.taken == {3, 4, 5, 6, 7}
    assert diagnosed(page) == [] and left(page) == []


def test_a_heading_without_bullets() -> None:
    found, page = _highlights()
    assert found == {"top_stages": [], "top_countries": [], "themes": [], "rounds_led_past_year": None,
                     "check_size": None, "other": []}
    assert page.taken == set()


def test_an_unknown_stage_in_the_list_is_kept_and_reported() -> None:
    found, page = _highlights("Concentrates on Series K and Seed rounds.")
    assert found["top_stages"] == [FundingType(label="Series K", code=None), FundingType(label="Seed", code="seed")]
    assert diagnosed(page) == [("funding_type.unknown", "warning", 3)]


def test_a_stage_whose_label_ends_in_round() -> None:
    # "Corporate Round" is one label: the list runs to the last "rounds", not the first "Round"
    found, page = _highlights("Concentrates on Series B, Corporate Round, Series A rounds (top funding stages).")
    assert found["top_stages"] == [FundingType(label="Series B", code="series_b"),
                                   FundingType(label="Corporate Round", code="corporate_round"),
                                   FundingType(label="Series A", code="series_a")]
    assert diagnosed(page) == []


def test_an_unknown_country_in_the_list_is_kept_and_reported() -> None:
    found, page = _highlights("Majority of deals are located in Narnia and France.")
    assert found["top_countries"] == [Country(name="Narnia", code=None), Country(name="France", code="FR")]
    assert diagnosed(page) == [("country.unknown", "warning", 3)]


def test_themes_take_the_canonical_spelling() -> None:
    found, _ = _highlights("Strong thematic focus on saas, ecommerce and Artificial Intelligence.")
    assert found["themes"] == ["SaaS", "E-Commerce", "Artificial Intelligence (AI)"]


def test_themes_use_the_pages_own_industry_labels() -> None:
    page = PageBuilder(industries={"quantum sock": "Quantum Sock"})
    found, _ = _highlights("Strong thematic focus on quantum sock and Warp Drives.", page=page)
    assert found["themes"] == ["Quantum Sock", "Warp Drives"]  # a label known nowhere stays as written


@pytest.mark.parametrize(
    ("bullet", "expected"),
    [
        ("Led 3 rounds in the past year.", Quantity(value=3, qualifier="exact")),
        ("Led more than 5 rounds in the last 12 months.", Quantity(value=5, qualifier="more_than")),
        ("Led about 12 funding rounds in the past year", Quantity(value=12, qualifier="about")),
    ],
)
def test_rounds_led(bullet: str, expected: Quantity) -> None:
    found, page = _highlights(bullet)
    assert found["rounds_led_past_year"] == expected
    assert found["other"] == [] and diagnosed(page) == []


@pytest.mark.parametrize(
    ("bullet", "expected"),
    [
        ("Typical check size: $5M – $50M.", MoneyRange(min=_usd(5_000_000), max=_usd(50_000_000))),
        ("Typical check size: up to $10M.", MoneyRange(min=None, max=_usd(10_000_000))),
        ("Typical cheque size €1M-€2M", MoneyRange(min=Money(amount=Decimal(1_000_000), currency="EUR"),
                                                  max=Money(amount=Decimal(2_000_000), currency="EUR"))),
    ],
)
def test_check_size(bullet: str, expected: MoneyRange) -> None:
    found, page = _highlights(bullet)
    assert found["check_size"] == expected
    assert diagnosed(page) == []


def test_an_unreadable_check_size_is_reported_and_kept_as_written() -> None:
    found, page = _highlights("Typical check size: it varies.")
    assert found["check_size"] is None
    assert found["other"] == ["Typical check size: it varies."]  # kept in the record, so not unparsed
    assert diagnosed(page) == [("value.unparsed", "warning", 3)]
    assert page.taken == {3} and left(page) == []


def test_a_bullet_no_rule_reads_goes_to_other() -> None:
    found, page = _highlights("Loves sailing.", XIAOMI[3], "Backs founders twice.")
    assert found["other"] == ["Loves sailing.", "Backs founders twice."]
    assert found["rounds_led_past_year"] == Quantity(value=3, qualifier="exact")
    assert page.taken == {3, 4, 5}
    assert diagnosed(page) == [] and left(page) == []
