"""The Investor Profile sentence: each stat, its qualifier, and what is not a stat."""

from __future__ import annotations

import pytest

from profile_parser.sections.profile_stats import read_stats

SEED = ("Xiaomi has backed more than 38 startups, with 7 new investments in the last 12 months "
        "alone. The firm has led 14 rounds, about 37% of its total and boasts 23 exits across its "
        "portfolio.")


def _plain(text: str) -> dict[str, tuple[float, str] | None]:
    return {k: (v.value, v.qualifier) if v else None for k, v in read_stats(text).items()}


def test_the_seed_sentence() -> None:
    assert _plain(SEED) == {
        "portfolio_companies": (38.0, "more_than"), "new_investments_12m": (7.0, "exact"),
        "rounds_led": (14.0, "exact"), "lead_share_percent": (37.0, "about"), "exits": (23.0, "exact"),
    }


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
    "text",
    [
        "Acme has 5Y Capital as a partner with 12 months of runway.",  # numbers in names, durations
        "It raised $38 startups money.",  # an amount is no count
        "Led by 14 partners.",  # "led" without rounds
    ],
)
def test_nothing_that_is_no_stat(text: str) -> None:
    assert all(v is None for v in read_stats(text).values())
