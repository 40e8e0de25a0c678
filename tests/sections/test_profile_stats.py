"""The Investor Profile sentence: each stat, its qualifier, where it was read, and what is not a stat."""

from __future__ import annotations

import pytest
from support import diagnosed, left, run

from profile_parser.document import Line, Section
from profile_parser.models import Quantity
from profile_parser.sections import profile_stats
from profile_parser.sections.profile_stats import Stat, read_stats

SEED = ("Xiaomi has backed more than 38 startups, with 7 new investments in the last 12 months "
        "alone. The firm has led 14 rounds, about 37% of its total and boasts 23 exits across its "
        "portfolio.")
HEADING = Line(17, "Investor Profile")


def _plain(text: str) -> dict[str, tuple[float, str] | None]:
    return {k: (v[0].value, v[0].qualifier) if v else None for k, v in read_stats(text).items()}


def _spans(text: str) -> dict[str, str | None]:
    """The text each stat was read from."""
    return {k: text[v[1]:v[3]] if v else None for k, v in read_stats(text).items()}


def test_the_seed_sentence() -> None:
    assert _plain(SEED) == {
        "portfolio_companies": (38.0, "more_than"), "new_investments_12m": (7.0, "exact"),
        "rounds_led": (14.0, "exact"), "lead_share_percent": (37.0, "about"), "exits": (23.0, "exact"),
    }


def test_the_seed_sentence_spans_take_the_qualifier_and_the_number() -> None:
    assert _spans(SEED) == {"portfolio_companies": "more than 38", "new_investments_12m": "7", "rounds_led": "14",
                            "lead_share_percent": "about 37", "exits": "23"}


@pytest.mark.parametrize(
    ("text", "stat", "expected"),
    [
        ("Acme has backed over 120 startups.", "portfolio_companies", (120.0, "more_than")),
        ("Acme has backed 300+ startups.", "portfolio_companies", (300.0, "at_least")),
        ("Acme has invested in 1,106 companies.", "portfolio_companies", (1106.0, "exact")),
        ("with 15 new investments in the past 12 months", "new_investments_12m", (15.0, "exact")),
        ("The firm has led 22 rounds", "rounds_led", (22.0, "exact")),
        ("nearly 40% of its total", "lead_share_percent", (40.0, "about")),
        ("and boasts at least 3 exits", "exits", (3.0, "at_least")),
        ("and boasts 1 exit", "exits", (1.0, "exact")),
    ],
)
def test_one_stat(text: str, stat: str, expected: tuple[float, str]) -> None:
    assert _plain(text)[stat] == expected


@pytest.mark.parametrize(
    ("text", "stat", "expected"),
    [
        ("Acme has backed over 120 startups.", "portfolio_companies", (16, 21, 24)),  # "over 120"
        ("Acme has backed 300+ startups.", "portfolio_companies", (16, 16, 20)),  # "300+"
        ("Acme has invested in 1,106 companies.", "portfolio_companies", (21, 21, 26)),  # "1,106"
        ("and boasts 1 exit", "exits", (11, 11, 12)),
    ],
)
def test_one_stat_span(text: str, stat: str, expected: tuple[int, int, int]) -> None:
    """(where the qualifier starts, where the number starts, where it ends)."""
    found = read_stats(text)[stat]
    assert found is not None and found[1:] == expected


@pytest.mark.parametrize(
    "text",
    [
        "Acme has 5Y Capital as a partner with 12 months of runway.",  # numbers in names, durations
        "It raised $38 startups money.",  # an amount is no count
        "Led by 14 partners.",  # "led" without rounds
    ],
)
def test_nothing_that_is_no_stat(text: str) -> None:
    assert all(v is None for v in read_stats(text).values())


# ------------------------------------------------------------------ the section


def test_the_section_reads_each_stat_with_its_line() -> None:
    found, ledger = run(profile_stats.read, Section("profile", HEADING, [Line(19, SEED)]))
    assert found is not None
    at = SEED.index("23")
    assert found["exits"] == Stat(Quantity(value=23, qualifier="exact"), Line(19, SEED), at, at, at + 2)
    assert all(stat is not None and stat.line == Line(19, SEED) for stat in found.values())
    assert ledger.placed == {19} and diagnosed(ledger) == []


def test_stats_over_two_paragraphs_take_the_first_mention() -> None:
    lines = [Line(19, "Acme has backed 38 startups and boasts 2 exits."), Line(21, "It now boasts 5 exits.")]
    found, ledger = run(profile_stats.read, Section("profile", HEADING, lines))
    assert found is not None
    assert found["portfolio_companies"] is not None and found["portfolio_companies"].value.value == 38
    assert found["exits"] is not None and (found["exits"].value.value, found["exits"].line.number) == (2, 19)
    assert found["rounds_led"] is None
    assert ledger.placed == {19, 21}


def test_a_paragraph_without_a_stat_goes_to_unparsed() -> None:
    lines = [Line(19, "Acme led 4 rounds."), Line(21, "Acme likes sailing.")]
    found, ledger = run(profile_stats.read, Section("profile", HEADING, lines))
    assert found is not None and found["rounds_led"] is not None
    assert found["rounds_led"].value == Quantity(value=4, qualifier="exact")
    assert left(ledger) == [(21, "Acme likes sailing.")]
    assert diagnosed(ledger) == [("line.unparsed", "warning", 21)]


def test_a_section_without_a_stat_reads_none() -> None:
    found, ledger = run(profile_stats.read, Section("profile", HEADING, [Line(19, "Acme likes sailing.")]))
    assert found is None
    assert left(ledger) == [(19, "Acme likes sailing.")]


def test_a_heading_alone_reads_none() -> None:
    found, ledger = run(profile_stats.read, Section("profile", HEADING, []))
    assert found is None and ledger.diagnostics == []
