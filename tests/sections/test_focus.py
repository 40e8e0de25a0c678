"""The focus lists: "Label (N%)" shares with their sum check, and the industry labels."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from support import diagnosed, left, run

from profile_parser import parse
from profile_parser.document import Line, Section
from profile_parser.sections import focus
from profile_parser.sections.base import Ledger, PageContext
from profile_parser.shapes import Share, read_share

XIAOMI_STAGES = ("Series C (32%)", "Series B (21%)", "Series A (18%)", "Series Unknown (13%)", "Series D (5%)",
                 "Series E (3%)", "Series F (3%)", "Series G (3%)", "Corporate Round (3%)")
XIAOMI_COUNTRIES = ("China (71%)", "India (18%)", "United States (3%)", "Israel (3%)", "France (3%)",
                    "Germany (3%)")


def _list(read: Callable[..., list[Any]], kind: str, *bullets: str, extra: tuple[object, ...] = ()
          ) -> tuple[list[Any], Ledger]:
    """A focus section with its heading on line 1 and its bullets on lines 3, 4, …"""
    lines = [Line(3 + i, bullet) for i, bullet in enumerate(bullets)]
    return run(read, Section(kind, Line(1, "Focus"), lines), *extra)


def _stages(*bullets: str) -> tuple[list[dict[str, Any]], Ledger]:
    found, ledger = _list(focus.read_stages, "stage_focus", *bullets)
    return [item for item, _ in found], ledger


def _countries(*bullets: str) -> tuple[list[dict[str, Any]], Ledger]:
    found, ledger = _list(focus.read_countries, "country_focus", *bullets)
    return [item for item, _ in found], ledger


def _industries(*bullets: str, labels: dict[str, str] | None = None) -> tuple[list[tuple[str, Line]], Ledger]:
    return _list(focus.read_industries, "industry_focus", *bullets, extra=(PageContext(labels or {}),))


# ---------------------------------------------------------------- read_share


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Series C (32%)", ("Series C", "32")),
        ("Corporate Round (3%)", ("Corporate Round", "3")),
        ("China ( 71.5 % )", ("China", "71.5")),
        ("Seed (~5%)", ("Seed", "5")),
        ("Series A (12.25%)", ("Series A", "12.25")),
        ("Bosnia (and Herzegovina) (1%)", ("Bosnia (and Herzegovina)", "1")),
    ],
)
def test_read_share(text: str, expected: tuple[str, str]) -> None:
    share = read_share(text)
    assert share is not None
    assert (share.label, share.number) == expected
    assert text[share.number_start:share.number_start + len(share.number)] == share.number


@pytest.mark.parametrize(
    "text", ["Series C 32%", "Series C (32)", "(32%)", "Series C (1000%)", "Series C (32%) and more", "Series C"]
)
def test_read_share_refuses(text: str) -> None:
    assert read_share(text) is None


# -------------------------------------------------------------------- stages


def test_stage_shares_in_page_order() -> None:
    found, ledger = _stages(*XIAOMI_STAGES)
    codes = ["series_c", "series_b", "series_a", "series_unknown", "series_d", "series_e", "series_f",
             "series_g", "corporate_round"]
    percents = [32.0, 21.0, 18.0, 13.0, 5.0, 3.0, 3.0, 3.0, 3.0]
    labels = [bullet.rsplit(" (", 1)[0] for bullet in XIAOMI_STAGES]
    assert found == [
        {"label": label, "code": code, "percent": percent}
        for label, code, percent in zip(labels, codes, percents, strict=True)
    ]
    assert ledger.placed == set(range(3, 12))
    assert diagnosed(ledger) == []  # 101% from nine rounded figures: within ±4.5


def test_each_share_keeps_its_line_and_its_share_as_printed() -> None:
    found, _ = _list(focus.read_stages, "stage_focus", "Seed (60%)", "Series A (40%)")
    assert [where for _, where in found] == [(Line(3, "Seed (60%)"), Share("Seed", "60", 6)),
                                             (Line(4, "Series A (40%)"), Share("Series A", "40", 10))]


def test_stage_shares_with_decimals() -> None:
    found, ledger = _stages("Seed (33.3%)", "Series A (33.3%)", "Series B (33.4%)")
    assert [item["percent"] for item in found] == [33.3, 33.3, 33.4]
    assert diagnosed(ledger) == []


def test_an_unknown_stage_label_is_kept_and_reported() -> None:
    found, ledger = _stages("Mezzanine (10%)", "Seed (90%)")
    assert found == [{"label": "Mezzanine", "code": None, "percent": 10.0},
                     {"label": "Seed", "code": "seed", "percent": 90.0}]
    assert diagnosed(ledger) == [("funding_type.unknown", "warning", 3)]


def test_a_bad_bullet_goes_to_unparsed_and_out_of_the_sum() -> None:
    found, ledger = _stages("Seed (60%)", "Series A: 40 percent", "Series B (40%)")
    assert [item["label"] for item in found] == ["Seed", "Series B"]
    assert left(ledger) == [(4, "Series A: 40 percent")]
    assert diagnosed(ledger) == [("line.unparsed", "warning", 4)]  # 60 + 40: no percent.sum


def test_a_heading_without_bullets() -> None:
    found, ledger = _stages()
    assert found == []
    assert diagnosed(ledger) == []


def test_only_bad_bullets_raise_no_percent_sum() -> None:
    found, ledger = _stages("Seed: most", "Series A: some")
    assert found == []
    assert diagnosed(ledger) == [("line.unparsed", "warning", 3), ("line.unparsed", "warning", 4)]


@pytest.mark.parametrize(
    ("bullets", "off"),
    [
        (("Seed (50%)", "Series A (51%)"), False),  # 101, two integers: ±1.0
        (("Seed (50%)", "Series A (49%)"), False),  # 99
        (("Seed (50%)", "Series A (48%)"), True),  # 98
        (("Seed (50%)", "Series A (30%)"), True),  # 80
        (("Seed (33%)", "Series A (33%)", "Series B (33%)"), False),  # 99 within ±1.5
        (("Seed (50.5%)", "Series A (50%)"), False),  # 100.5 within ±0.55
        (("Seed (50.5%)", "Series A (50.1%)"), True),  # 100.6 outside ±0.1
        (("Seed (100%)",), False),
        (("Seed (101%)",), True),  # one integer: ±0.5
    ],
)
def test_percent_sum_tolerance(bullets: tuple[str, ...], off: bool) -> None:
    _, ledger = _stages(*bullets)
    # reported at the first share's line
    assert diagnosed(ledger) == ([("percent.sum", "warning", 3)] if off else [])


# ----------------------------------------------------------------- countries


def test_country_shares() -> None:
    found, ledger = _countries(*XIAOMI_COUNTRIES)
    assert found == [
        {"name": "China", "code": "CN", "percent": 71.0}, {"name": "India", "code": "IN", "percent": 18.0},
        {"name": "United States", "code": "US", "percent": 3.0}, {"name": "Israel", "code": "IL", "percent": 3.0},
        {"name": "France", "code": "FR", "percent": 3.0}, {"name": "Germany", "code": "DE", "percent": 3.0},
    ]
    assert ledger.placed == set(range(3, 9))
    assert diagnosed(ledger) == []


def test_country_shares_with_decimals() -> None:
    found, ledger = _countries("China (71.5%)", "India (28.5%)")
    assert found == [{"name": "China", "code": "CN", "percent": 71.5},
                     {"name": "India", "code": "IN", "percent": 28.5}]
    assert diagnosed(ledger) == []


def test_an_unknown_country_is_kept_and_reported() -> None:
    found, ledger = _countries("China (90%)", "Narnia (10%)")
    assert found[1] == {"name": "Narnia", "code": None, "percent": 10.0}
    assert diagnosed(ledger) == [("country.unknown", "warning", 4)]


def test_country_shares_off_the_sum() -> None:
    _, ledger = _countries("China (71%)", "India (18%)", "Vatican (1%)")
    assert diagnosed(ledger) == [("percent.sum", "warning", 3)]  # 90 from three integers: ±1.5


# ---------------------------------------------------------------- industries


def test_industries_take_the_canonical_spelling() -> None:
    found, ledger = _industries("Artificial Intelligence (Ai)", "saas", "Manufacturing")
    assert found == [("Artificial Intelligence (AI)", Line(3, "Artificial Intelligence (Ai)")),
                     ("SaaS", Line(4, "saas")), ("Manufacturing", Line(5, "Manufacturing"))]
    assert ledger.placed == {3, 4, 5}
    assert diagnosed(ledger) == []


def test_an_unknown_industry_is_kept_with_an_info() -> None:
    found, ledger = _industries("Robotics", "Warp  Drives")
    assert [label for label, _ in found] == ["Robotics", "Warp Drives"]
    assert diagnosed(ledger) == [("industry.unknown", "info", 4)]
    assert left(ledger) == []


def test_case_noise_comes_back_canonical() -> None:
    found, ledger = _industries("Devops", "Generative Ai", "Oil And Gas", "Nft")
    assert [label for label, _ in found] == ["DevOps", "Generative AI", "Oil and Gas", "Non-Fungible Token (NFT)"]
    assert diagnosed(ledger) == []


def test_a_label_the_vocabulary_lacks_takes_the_pages_mixed_case_spelling() -> None:
    found, ledger = _industries("Quantumsock", labels={"quantumsock": "QuantumSock"})
    assert [label for label, _ in found] == ["QuantumSock"]
    assert diagnosed(ledger) == [("industry.unknown", "info", 3)]  # known to the page, not to the vocabulary


def test_the_pages_industry_labels_split_its_deals_tags() -> None:
    # the api hands the Industry Focus labels to the handlers that read labels (deal tags, themes)
    page = ("Acme logo\n\nAcme\n\nIndustry Focus\n\nWarp Drives\n\n"
            "What are some of recent deals done by Acme?\n\nBolt\n\nParis, Ile-de-France, France\n\n"
            "Bolt builds warp drives.\n\nWarp DrivesRobotics\nSeedJan 3, 2024")
    profile = parse(page)
    assert profile.industry_focus == ["Warp Drives"]
    assert profile.recent_deals[0].industries == ["Warp Drives", "Robotics"]
    # unknown to the vocabulary in the list (line 7), known to the page in the deal's tags (line 17)
    assert [(d.code, d.line) for d in profile.diagnostics] == [("industry.unknown", 7)]


def test_empty_industry_focus() -> None:
    found, ledger = _industries()
    assert found == []
    assert ledger.diagnostics == []
