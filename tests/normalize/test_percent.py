"""Hand-written tables for parse_percent, parse_quantity and the PERCENT pattern."""

from __future__ import annotations

import pytest

from profile_parser.models import Quantity
from profile_parser.normalize import parse_percent, parse_quantity
from profile_parser.normalize.percent import PERCENT, quantity_from_match

PERCENTS: list[tuple[str, float, str]] = [
    ("32%", 32.0, "exact"),
    ("0%", 0.0, "exact"),
    ("100%", 100.0, "exact"),
    ("12.5 %", 12.5, "exact"),
    ("12.5%", 12.5, "exact"),
    ("0.5%", 0.5, "exact"),
    (".5%", 0.5, "exact"),
    ("12,5%", 12.5, "exact"),
    ("1,5 %", 1.5, "exact"),
    ("32.0%", 32.0, "exact"),
    ("1,000%", 1000.0, "exact"),
    ("7 percent", 7.0, "exact"),
    ("7 Percent", 7.0, "exact"),
    ("7 PERCENT", 7.0, "exact"),
    ("7percent", 7.0, "exact"),
    ("7 per cent", 7.0, "exact"),
    ("7 per\u00a0cent", 7.0, "exact"),
    ("7pct", 7.0, "exact"),
    ("7 pct", 7.0, "exact"),
    ("about 37%", 37.0, "about"),
    ("About 37%", 37.0, "about"),
    ("approximately 40%", 40.0, "about"),
    ("Approximately 40%", 40.0, "about"),
    ("approx. 40%", 40.0, "about"),
    ("around 40 per cent", 40.0, "about"),
    ("roughly 15%", 15.0, "about"),
    ("nearly 15%", 15.0, "about"),
    ("~40%", 40.0, "about"),
    ("~ 40%", 40.0, "about"),
    ("≈ 30%", 30.0, "about"),
    ("over 50%", 50.0, "more_than"),
    ("more than 50 percent", 50.0, "more_than"),
    ("above 50%", 50.0, "more_than"),
    ("under 10%", 10.0, "less_than"),
    ("less than 10%", 10.0, "less_than"),
    ("below 10 %", 10.0, "less_than"),
    ("at least 20 %", 20.0, "at_least"),
    ("upwards of 20%", 20.0, "at_least"),
    ("up to 30%", 30.0, "at_most"),
    ("at most 30%", 30.0, "at_most"),
    # scraped oddities
    ("32%.", 32.0, "exact"),
    ("(32%)", 32.0, "exact"),
    ("(~40 Percent).", 40.0, "about"),
    ("“45%”", 45.0, "exact"),
    (" 32 % ", 32.0, "exact"),
    ("32\u00a0%", 32.0, "exact"),
    ("32\u202f%", 32.0, "exact"),
    ("Over\u00a050\u202f%", 50.0, "more_than"),
    ("５０％", 50.0, "exact"),
    ("5\u200b0%", 50.0, "exact"),
    ("over 50 percent.", 50.0, "more_than"),
]

NOT_PERCENTS: list[str] = [
    "", "%", "32", "percent", "32%%", "-5%", "+5%", "fifty percent", "1e3%", "nearly half",
    "32 percentage points", "50 pc", "10-15%", "32% of deals", "32 % 5", "5Y%", "over%",
]


@pytest.mark.parametrize(("text", "value", "qualifier"), PERCENTS)
def test_parse_percent(text: str, value: float, qualifier: str) -> None:
    assert parse_percent(text) == Quantity(value=value, qualifier=qualifier)  # type: ignore[arg-type]


@pytest.mark.parametrize("text", NOT_PERCENTS)
def test_parse_percent_rejects(text: str) -> None:
    assert parse_percent(text) is None


def test_whole_percent_is_an_integer_in_json() -> None:
    found = parse_percent("32%")
    assert found is not None
    assert found.model_dump(mode="json") == {"value": 32, "qualifier": "exact"}


QUANTITIES: list[tuple[str, float, str]] = [
    ("38", 38.0, "exact"),
    ("more than 38", 38.0, "more_than"),
    ("over 300", 300.0, "more_than"),
    ("about 1.5", 1.5, "about"),
    ("1,000", 1000.0, "exact"),
    ("1,000+", 1000.0, "at_least"),
    ("300+", 300.0, "at_least"),
    ("~12", 12.0, "about"),
    ("up to 4", 4.0, "at_most"),
    ("(23)", 23.0, "exact"),
    ("23.", 23.0, "exact"),
]

NOT_QUANTITIES: list[str] = ["", "38 startups", "abc", "more than", "-3", "3 + 4"]


@pytest.mark.parametrize(("text", "value", "qualifier"), QUANTITIES)
def test_parse_quantity(text: str, value: float, qualifier: str) -> None:
    assert parse_quantity(text) == Quantity(value=value, qualifier=qualifier)  # type: ignore[arg-type]


@pytest.mark.parametrize("text", NOT_QUANTITIES)
def test_parse_quantity_rejects(text: str) -> None:
    assert parse_quantity(text) is None


PROSE: list[tuple[str, list[tuple[str, float, str]]]] = [
    ("The firm has led 14 rounds, about 37% of its total and boasts 23 exits.",
     [("about 37%", 37.0, "about")]),
    ("Roughly 40 per cent of deals, and 12.5 % more.",
     [("Roughly 40 per cent", 40.0, "about"), ("12.5 %", 12.5, "exact")]),
    ("5Y Capital has no percent; v2.5% is a version", []),
    ("Moreover 30% were seed", [("30%", 30.0, "exact")]),
    ("it owns 7pct and 8 percentage points", [("7pct", 7.0, "exact")]),
]


@pytest.mark.parametrize(("sentence", "expected"), PROSE)
def test_percent_pattern_in_prose(sentence: str, expected: list[tuple[str, float, str]]) -> None:
    found = []
    for match in PERCENT.finditer(sentence):
        quantity = quantity_from_match(match)
        assert quantity is not None
        found.append((match.group(), quantity.value, quantity.qualifier))
    assert found == expected


@pytest.mark.parametrize("odd", [None, 3.5, b"5%", "%" * 10_000, "1" * 10_000, "\x00"])
def test_percent_normalizers_never_raise(odd: object) -> None:
    assert parse_percent(odd) is None  # type: ignore[arg-type]
    assert parse_quantity(odd) is None  # type: ignore[arg-type]
