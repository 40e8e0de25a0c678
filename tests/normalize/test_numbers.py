"""Hand-written tables for parse_number, scale, tidy and the qualifier words."""

from __future__ import annotations

import re
from decimal import Decimal

import pytest

from profile_parser.normalize.numbers import (
    MAGNITUDE_PATTERN,
    NUMBER_PATTERN,
    NUMBER_START,
    parse_number,
    scale,
    tidy,
)
from profile_parser.normalize.qualifier import QUALIFIER_PATTERN, qualifier_of, split_qualifier

NUMBERS: list[tuple[str, str]] = [
    ("0", "0"),
    ("7", "7"),
    ("38", "38"),
    ("2019", "2019"),
    ("13888021", "13888021"),
    ("2.8", "2.8"),
    ("12.5", "12.5"),
    (".5", "0.5"),
    ("0.05", "0.05"),
    # comma thousands, dot decimals
    ("1,000", "1000"),
    ("13,888,021", "13888021"),
    ("1,234,567.89", "1234567.89"),
    ("1,000,000,000", "1000000000"),
    # dot thousands, comma decimals
    ("1.234.567,89", "1234567.89"),
    ("1.000.000", "1000000"),
    ("1.234,5", "1234.5"),
    # spaces and apostrophes group thousands
    ("1 234 567", "1234567"),
    ("1 234 567,89", "1234567.89"),
    ("1 234 567.89", "1234567.89"),
    ("1\u00a0234\u00a0567", "1234567"),
    ("1\u202f234", "1234"),
    ("1\u2009234,5", "1234.5"),
    ("1'234'567.89", "1234567.89"),
    ("1’000", "1000"),
    # Indian lakh/crore grouping
    ("4,50,00,000", "45000000"),
    ("1,00,000", "100000"),
    ("50,00,000", "5000000"),
    ("12,34,56,789.50", "123456789.50"),
    # the ambiguous single separator
    ("94,456", "94456"),  # one comma + three digits: thousands
    ("45,00", "45.00"),  # one comma + two digits: decimal
    ("2,5", "2.5"),
    ("1,2345", "1.2345"),
    ("0,500", "0.5"),  # a zero whole part: decimal
    (",5", "0.5"),
    ("1.234", "1.234"),  # one dot: always decimal
    ("1.5", "1.5"),
    ("  42  ", "42"),
]

NOT_NUMBERS: list[str] = [
    "", " ", "abc", "1,2,3", "1.2.3,4.5", "12a", "1e9", "-5", "+5", "1,23,4", "1 23",
    "5%", "$5", "1..2", "1,,000", "1234567890123456789", "½", "٣", "1_000", "1.234.56",
]


@pytest.mark.parametrize(("text", "value"), NUMBERS)
def test_parse_number(text: str, value: str) -> None:
    got = parse_number(text)
    assert got == Decimal(value)
    assert isinstance(got, Decimal)


@pytest.mark.parametrize("text", NOT_NUMBERS)
def test_parse_number_rejects(text: str) -> None:
    assert parse_number(text) is None


SCALES: list[tuple[str, str | None, str]] = [
    ("5", None, "5"),
    ("5", "", "5"),
    ("5", "k", "5000"),
    ("5", "K", "5000"),
    ("5", "thousand", "5000"),
    ("5", "M", "5000000"),
    ("5", "m", "5000000"),
    ("5", "MM", "5000000"),
    ("5", "mn", "5000000"),
    ("5", "Mio.", "5000000"),
    ("5", "million", "5000000"),
    ("2.8", "billion", "2800000000"),
    ("1.2", "B", "1200000000"),
    ("1.2", "bn", "1200000000"),
    ("1.2", "b", "1200000000"),
    ("3", "Mrd", "3000000000"),
    ("1.5", "trillion", "1500000000000"),
    ("4.5", "lakh", "450000"),
    ("50", "crore", "500000000"),
    ("2.5", "Cr", "25000000"),
    ("20", "亿", "2000000000"),
]


@pytest.mark.parametrize(("value", "magnitude", "expected"), SCALES)
def test_scale_is_exact(value: str, magnitude: str | None, expected: str) -> None:
    assert scale(Decimal(value), magnitude) == Decimal(expected)


def test_scale_never_rounds_through_float() -> None:
    # 0.1 * 3 in binary floating point is 0.30000000000000004
    assert scale(Decimal("0.3"), "bn") == Decimal("300000000")
    assert scale(Decimal("1.000000001"), "billion") == Decimal("1000000001")


MAGNITUDE_WORDS: list[tuple[str, bool]] = [
    ("M", True), ("mn", True), ("Million", True), ("bn", True), ("lakh", True),
    ("Mbps", False), ("B2B", False), ("km", False), ("milk", False), ("books", False),
]


@pytest.mark.parametrize(("word", "is_magnitude"), MAGNITUDE_WORDS)
def test_magnitude_pattern_needs_a_whole_word(word: str, is_magnitude: bool) -> None:
    if is_magnitude:
        assert re.fullmatch(MAGNITUDE_PATTERN, word) is not None
    else:  # not even a prefix of the word reads as a magnitude
        assert re.match(MAGNITUDE_PATTERN, word) is None


NUMBER_IN_TEXT: list[tuple[str, list[str]]] = [
    ("5Y Capital", []),
    ("Web3 5 deals", ["5"]),
    ("v2.5 release", []),
    ("raised 94,456 in total", ["94,456"]),
    ("1 234 567 shares", ["1 234 567"]),
]


@pytest.mark.parametrize(("text", "numbers"), NUMBER_IN_TEXT)
def test_number_start_keeps_numbers_whole(text: str, numbers: list[str]) -> None:
    pattern = re.compile(rf"{NUMBER_START}{NUMBER_PATTERN}(?![0-9A-Za-z])")
    assert [m.group() for m in pattern.finditer(text)] == numbers


TIDY: list[tuple[str, str]] = [
    (" $5M ", "$5M"),
    ("$5M.", "$5M"),
    ("(approx. $3M).", "approx. $3M"),
    ("“32%”", "32%"),
    ("１２％", "12%"),
    ("5\u200b0%", "50%"),
    ("$1\u00a0234", "$1 234"),
    ("$1M\u2212$2M", "$1M-$2M"),
    ("...", ""),
]


@pytest.mark.parametrize(("text", "expected"), TIDY)
def test_tidy(text: str, expected: str) -> None:
    assert tidy(text) == expected


QUALIFIERS: list[tuple[str, str, str]] = [
    ("more than 38 startups", "more_than", "38 startups"),
    ("More than 38", "more_than", "38"),
    ("over 300 companies", "more_than", "300 companies"),
    ("well over 300", "more_than", "300"),
    ("above 50%", "more_than", "50%"),
    ("in excess of $1M", "more_than", "$1M"),
    ("north of $1B", "more_than", "$1B"),
    ("> 5", "more_than", "5"),
    ("less than 10", "less_than", "10"),
    ("under 10", "less_than", "10"),
    ("below 10%", "less_than", "10%"),
    ("fewer than 5 exits", "less_than", "5 exits"),
    ("< 5", "less_than", "5"),
    ("at least 20", "at_least", "20"),
    ("upwards of $50 million", "at_least", "$50 million"),
    ("no less than 3", "at_least", "3"),
    ("a minimum of 3", "at_least", "3"),
    ("≥ 3", "at_least", "3"),
    ("up to $10M", "at_most", "$10M"),
    ("Up To 30%", "at_most", "30%"),
    ("at most 4", "at_most", "4"),
    ("no more than 4", "at_most", "4"),
    ("≤ 4", "at_most", "4"),
    ("about 37%", "about", "37%"),
    ("approximately $5 million", "about", "$5 million"),
    ("approx. $3M", "about", "$3M"),
    ("approx $3M", "about", "$3M"),
    ("around 40", "about", "40"),
    ("roughly 40", "about", "40"),
    ("nearly 40", "about", "40"),
    ("almost 40", "about", "40"),
    ("circa 40", "about", "40"),
    ("~40%", "about", "40%"),
    ("~ 40%", "about", "40%"),
    ("≈ 40", "about", "40"),
    ("more\u00a0than 38", "more_than", "38"),
    ("38", "exact", "38"),
    ("overseas deals", "exact", "overseas deals"),
    ("aboutface", "exact", "aboutface"),
    ("undertaking 5", "exact", "undertaking 5"),
    ("", "exact", ""),
]


@pytest.mark.parametrize(("text", "qualifier", "rest"), QUALIFIERS)
def test_split_qualifier(text: str, qualifier: str, rest: str) -> None:
    assert split_qualifier(text) == (qualifier, rest)


def test_qualifier_of_folds_case_and_space() -> None:
    assert qualifier_of("UP  TO") == "at_most"
    assert qualifier_of(None) == "exact"
    assert qualifier_of("sometimes") == "exact"


def test_qualifier_pattern_never_starts_inside_a_word() -> None:
    pattern = re.compile(QUALIFIER_PATTERN)
    assert pattern.search("Moreover it grew") is None
    assert pattern.search("Roundabout") is None
    found = pattern.search("it grew by over 5")
    assert found is not None and found.group() == "over"
