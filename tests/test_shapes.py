"""Line shapes: one rule per shape, shared by the cutter, the document reader and the handlers."""

from __future__ import annotations

import datetime

import pytest

from profile_parser.normalize import parse_date
from profile_parser.shapes import (
    count_line,
    is_amount_line,
    is_place,
    is_sentence,
    logo_name,
    may_be_heading,
    read_round,
    read_share,
)

D = datetime.date

# round line -> (label as written, the date it carries)
ROUND_LINES = [
    ("Series BJul 31, 2025", "Series B", D(2025, 7, 31)),
    ("Series UnknownJun 12, 2025", "Series Unknown", D(2025, 6, 12)),
    ("Corporate RoundJun 9, 2025", "Corporate Round", D(2025, 6, 9)),
    ("Series DDec 5, 2024", "Series D", D(2024, 12, 5)),
    ("Series AMay 2, 2025", "Series A", D(2025, 5, 2)),
    ("SeedSept 3, 2024", "Seed", D(2024, 9, 3)),
    ("Series JJun 1, 2025", "Series J", D(2025, 6, 1)),
    ("Series B Jul 31, 2025", "Series B", D(2025, 7, 31)),
    ("Post-IPO Equity31 Jul 2025", "Post-IPO Equity", D(2025, 7, 31)),
    ("Venture Round2025-07-31", "Venture Round", D(2025, 7, 31)),
    ("Convertible NoteMar 3, 2025", "Convertible Note", D(2025, 3, 3)),
    ("Jul 31, 2025", "", D(2025, 7, 31)),
    ("Series B+Jul-31-2025", "Series B+", D(2025, 7, 31)),
    ("Series B31st of July 2025", "Series B", D(2025, 7, 31)),
    ("Venture - Series UnknownJul 31, 2025", "Venture - Series Unknown", D(2025, 7, 31)),
    ("Funding RoundJul 31, 2025", "Funding Round", D(2025, 7, 31)),
    ("Seed ExtensionAug 1, 2024", "Seed Extension", D(2024, 8, 1)),
    ("MezzanineJul 31, 2025", "Mezzanine", D(2025, 7, 31)),  # unknown, glued as the site glues
    ("Series K Jul 31, 2025", "Series K", D(2025, 7, 31)),  # unknown, a few capitalised words
]


@pytest.mark.parametrize(("line", "label", "date"), ROUND_LINES)
def test_a_round_line_splits_into_label_and_date(line: str, label: str, date: datetime.date) -> None:
    found = read_round(line)
    assert found is not None and found.label == label
    assert found.date_start is not None and parse_date(line[found.date_start:]) == date


@pytest.mark.parametrize("line", ["Series B+", "Seed", "Corporate Round", "Funding Round", "B Round",
                                  "Venture - Series Unknown"])
def test_a_known_label_alone_is_a_round_line(line: str) -> None:
    assert read_round(line) == (line, None)


@pytest.mark.parametrize("line", [
    "Acme was founded on Jul 31, 2025",  # prose before a spaced date
    "Acme has operated since 2019",  # a year is no date
    "NFTBlockchainWeb3",  # tags ending in a digit
    "Amount Raised: $13,888,021",
    "Angel Robotics",  # starts like a label, is none
    "Qingmei Electric",
    "Cixi, Zhejiang, China",
    "A company, founded Jul 31, 2025",
])
def test_other_lines_are_no_round_lines(line: str) -> None:
    assert read_round(line) is None


@pytest.mark.parametrize(("text", "place", "known"), [
    ("Cixi, Zhejiang, China", True, True),
    ("Asia, Beijing, China, Beijing", True, True),
    ("Canada", True, True),  # a bare country
    ("Asia", True, True),  # a bare continent
    ("Toronto, Canada", True, True),
    ("Cair Paravel, Narnia", True, False),  # a place shape, no known country
    ("Smith, Jones & Partners", True, False),
    ("Acme", False, False),  # one part that is no country
    ("Acme builds robots, drones.", False, False),  # a sentence
    ("A, B, C, D, E", False, False),  # too many parts
])
def test_place_lines(text: str, place: bool, known: bool) -> None:
    assert is_place(text) is place
    assert is_place(text, known=True) is known


def test_counts_amounts_shares_logos_and_headings() -> None:
    assert count_line("Co-Investments: 5") == 5 and count_line("Shared Deals: 12") == 12
    assert count_line("CoInvestments 3") == 3
    assert count_line("Co-Investments: five") is None
    assert is_amount_line("Amount Raised: $5M") and is_amount_line("amount raised") and not is_amount_line("Amount")
    assert read_share("Series C (32%)") == ("Series C", "32", 10)
    assert read_share("China") is None
    assert logo_name("Acme Ventures logo") == "Acme Ventures" and logo_name("logo") is None
    assert may_be_heading("Portfolio News") and not may_be_heading("portfolio news")
    assert not may_be_heading("Acme, Inc.")


def test_sentences() -> None:
    assert is_sentence("Acme makes robots.") and is_sentence('He said "yes."')
    assert is_sentence("one two three four five six seven eight")
    assert not is_sentence("Artificial Intelligence (AI)")
