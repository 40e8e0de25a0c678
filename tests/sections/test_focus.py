"""The focus lists: "Label (N%)" shares with their sum check, and the industry labels."""

from __future__ import annotations

import pytest
from lark import Token
from sections.test_base import Handler, diagnosed, left, run

from profile_parser.sections import focus
from profile_parser.sections.base import PageBuilder

XIAOMI_STAGES = ("Series C (32%)", "Series B (21%)", "Series A (18%)", "Series Unknown (13%)", "Series D (5%)",
                 "Series E (3%)", "Series F (3%)", "Series G (3%)", "Corporate Round (3%)")
XIAOMI_COUNTRIES = ("China (71%)", "India (18%)", "United States (3%)", "Israel (3%)", "France (3%)",
                    "Germany (3%)")


def _list(handler: Handler, kind: str, heading: str, *bullets: str) -> PageBuilder:
    """A focus section with its heading on line 1 and its bullets on lines 3, 4, …"""
    tokens = [Token(heading, "Focus\n\n", line=1)]
    if bullets:
        tokens.append(Token("ITEMS", "\n".join(bullets) + "\n\n", line=3))
    return run(handler, kind, *tokens)


def _stages(*bullets: str) -> PageBuilder:
    return _list(focus.handle_stages, "stage_focus", "STAGE_H", *bullets)


def _countries(*bullets: str) -> PageBuilder:
    return _list(focus.handle_countries, "country_focus", "COUNTRY_H", *bullets)


def _industries(*bullets: str) -> PageBuilder:
    return _list(focus.handle_industries, "industry_focus", "INDUSTRY_H", *bullets)


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
    assert focus.read_share(text) == expected


@pytest.mark.parametrize(
    "text", ["Series C 32%", "Series C (32)", "(32%)", "Series C (1000%)", "Series C (32%) and more", "Series C"]
)
def test_read_share_refuses(text: str) -> None:
    assert focus.read_share(text) is None


# -------------------------------------------------------------------- stages


def test_stage_shares_in_page_order() -> None:
    page = _stages(*XIAOMI_STAGES)
    codes = ["series_c", "series_b", "series_a", "series_unknown", "series_d", "series_e", "series_f",
             "series_g", "corporate_round"]
    percents = [32.0, 21.0, 18.0, 13.0, 5.0, 3.0, 3.0, 3.0, 3.0]
    labels = [bullet.rsplit(" (", 1)[0] for bullet in XIAOMI_STAGES]
    assert page.fields["stage_focus"] == [
        {"label": label, "code": code, "percent": percent}
        for label, code, percent in zip(labels, codes, percents, strict=True)
    ]
    assert page.taken == set(range(3, 12))
    assert diagnosed(page) == []  # 101% from nine rounded figures: within ±4.5


def test_stage_shares_with_decimals() -> None:
    page = _stages("Seed (33.3%)", "Series A (33.3%)", "Series B (33.4%)")
    assert [item["percent"] for item in page.fields["stage_focus"]] == [33.3, 33.3, 33.4]
    assert diagnosed(page) == []


def test_an_unknown_stage_label_is_kept_and_reported() -> None:
    page = _stages("Mezzanine (10%)", "Seed (90%)")
    assert page.fields["stage_focus"] == [{"label": "Mezzanine", "code": None, "percent": 10.0},
                                          {"label": "Seed", "code": "seed", "percent": 90.0}]
    assert diagnosed(page) == [("funding_type.unknown", "warning", 3)]


def test_a_bad_bullet_goes_to_unparsed_and_out_of_the_sum() -> None:
    page = _stages("Seed (60%)", "Series A: 40 percent", "Series B (40%)")
    assert [item["label"] for item in page.fields["stage_focus"]] == ["Seed", "Series B"]
    assert left(page) == [(4, "Series A: 40 percent")]
    assert diagnosed(page) == [("line.unparsed", "warning", 4)]  # 60 + 40: no percent.sum


def test_a_heading_without_bullets() -> None:
    page = _stages()
    assert page.fields["stage_focus"] == []
    assert diagnosed(page) == []


def test_only_bad_bullets_raise_no_percent_sum() -> None:
    page = _stages("Seed: most", "Series A: some")
    assert page.fields["stage_focus"] == []
    assert diagnosed(page) == [("line.unparsed", "warning", 3), ("line.unparsed", "warning", 4)]


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
    page = _stages(*bullets)
    # reported at the first share's line
    assert diagnosed(page) == ([("percent.sum", "warning", 3)] if off else [])


# ----------------------------------------------------------------- countries


def test_country_shares() -> None:
    page = _countries(*XIAOMI_COUNTRIES)
    assert page.fields["country_focus"] == [
        {"name": "China", "code": "CN", "percent": 71.0}, {"name": "India", "code": "IN", "percent": 18.0},
        {"name": "United States", "code": "US", "percent": 3.0}, {"name": "Israel", "code": "IL", "percent": 3.0},
        {"name": "France", "code": "FR", "percent": 3.0}, {"name": "Germany", "code": "DE", "percent": 3.0},
    ]
    assert page.taken == set(range(3, 9))
    assert diagnosed(page) == []


def test_country_shares_with_decimals() -> None:
    page = _countries("China (71.5%)", "India (28.5%)")
    assert page.fields["country_focus"] == [{"name": "China", "code": "CN", "percent": 71.5},
                                            {"name": "India", "code": "IN", "percent": 28.5}]
    assert diagnosed(page) == []


def test_an_unknown_country_is_kept_and_reported() -> None:
    page = _countries("China (90%)", "Narnia (10%)")
    assert page.fields["country_focus"][1] == {"name": "Narnia", "code": None, "percent": 10.0}
    assert diagnosed(page) == [("country.unknown", "warning", 4)]


def test_country_shares_off_the_sum() -> None:
    page = _countries("China (71%)", "India (18%)", "Vatican (1%)")
    assert diagnosed(page) == [("percent.sum", "warning", 3)]  # 90 from three integers: ±1.5


# ---------------------------------------------------------------- industries


def test_industries_take_the_canonical_spelling() -> None:
    page = _industries("Artificial Intelligence (Ai)", "saas", "Manufacturing")
    assert page.fields["industry_focus"] == ["Artificial Intelligence (AI)", "SaaS", "Manufacturing"]
    assert page.industries == {"artificial intelligence (ai)": "Artificial Intelligence (AI)", "saas": "SaaS",
                               "manufacturing": "Manufacturing"}
    assert page.taken == {3, 4, 5}
    assert diagnosed(page) == []


def test_an_unknown_industry_is_kept_with_an_info() -> None:
    page = _industries("Robotics", "Warp  Drives")
    assert page.fields["industry_focus"] == ["Robotics", "Warp Drives"]
    assert page.industries["warp drives"] == "Warp Drives"  # deals split their tags with it
    assert diagnosed(page) == [("industry.unknown", "info", 4)]
    assert left(page) == []


def test_empty_industry_focus() -> None:
    page = _industries()
    assert page.fields == {"industry_focus": []} and page.industries == {}
