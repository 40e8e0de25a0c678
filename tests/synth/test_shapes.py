"""One small hand-built page per known limit (``strategies.KNOWN_LIMITS``) and per
shape issue 12 names, rendered and parsed back.

The records are written by hand from the contract and issue 12's rules; the
renderer prints them. A shape the current parser gets wrong is a strict xfail:
when the parser learns it, the test fails as XPASS, and the mark and the
shape's entry in ``KNOWN_LIMITS`` come off together.
"""

from __future__ import annotations

import datetime
from collections.abc import Callable
from decimal import Decimal

import pytest

from profile_parser import parse
from profile_parser.models import (
    Angel,
    CoInvestor,
    Country,
    Deal,
    FundingType,
    Highlights,
    InvestorProfile,
    Location,
    Money,
    Quantity,
    StageShare,
    Stats,
)
from synth.generate import Example
from synth.noise import Noise, dump
from synth.oracle import check, check_dump, page_lines
from synth.render import Layout
from synth.strategies import KNOWN_LIMITS

NAME = "Harbour Ventures"
HOME = Location(raw="Europe, Berlin, Germany, Berlin", city="Berlin", region="Berlin", country="Germany",
                country_code="DE", continent="Europe")
PARIS = Location(raw="Paris, Ile-de-France, France", city="Paris", region="Ile-de-France", country="France",
                 country_code="FR")
CANADA = Location(raw="Canada", country="Canada", country_code="CA")
SERIES_A = FundingType(label="Series A", code="series_a")
DAY = datetime.date(2025, 7, 31)


def deal(company: str = "Lumen Labs", **fields: object) -> Deal:
    """A complete deal; ``fields`` override its parts."""
    values: dict[str, object] = {
        "company": company, "location": PARIS, "description": f"{company} is a maker of smart lighting.",
        "industries": ["Software", "Hardware"], "round": SERIES_A, "date": DAY,
        "amount_raised": Money(amount=Decimal(2_500_000), currency="USD"),
    }
    return Deal.model_validate({**values, **fields})


def page(**fields: object) -> InvestorProfile:
    """A profile with a name and a place, plus ``fields``."""
    return InvestorProfile.model_validate({"name": NAME, "location": HOME, **fields})


def example(record: InvestorProfile, shape: str, **layout: object) -> Example:
    return Example(record, Layout(**layout), Noise(), frozenset({shape}))  # type: ignore[arg-type]


def stats(*values: int) -> Stats:
    names = ("portfolio_companies", "new_investments_12m", "rounds_led", "lead_share_percent", "exits")
    return Stats(**{n: Quantity(value=v) for n, v in zip(names, values, strict=True)})


# Each case: (shape, case id) -> the example; the ids of cases the parser gets wrong today.
CASES: dict[tuple[str, str], Callable[[], Example]] = {
    ("digit_end_before_round", "company name"): lambda: example(
        page(recent_deals=[deal("Studio 54"), deal()]), "digit_end_before_round"),
    ("digit_end_before_round", "description since 2019"): lambda: example(
        page(recent_deals=[deal(description="Lumen Labs has made smart lighting since 2019"), deal("Vireo")]),
        "digit_end_before_round"),
    ("digit_end_before_round", "tags BlockchainWeb3"): lambda: example(
        page(industry_focus=["Blockchain", "Web3"],
             recent_deals=[deal(industries=["Blockchain", "Web3"]), deal("Vireo")]),
        "digit_end_before_round"),
    ("bare_country_place", "deal"): lambda: example(
        page(recent_deals=[deal(location=CANADA)]), "bare_country_place"),
    ("bare_country_entry", "co-investor"): lambda: example(
        page(co_investors=[CoInvestor(name="Maple Capital", location=CANADA, co_investments=3)]),
        "bare_country_entry"),
    ("bare_country_entry", "angel"): lambda: example(
        page(angels=[Angel(name="Clara Hoffmann", location=CANADA, shared_deals=2)]), "bare_country_entry"),
    ("singular_counts", "investor profile"): lambda: example(page(stats=stats(1, 1, 1, 100, 1)), "singular_counts"),
    ("singular_led", "led 1 round in the past year"): lambda: example(
        page(highlights=Highlights(rounds_led_past_year=Quantity(value=1))), "singular_led"),
    ("and_in_lists", "themes"): lambda: example(
        page(highlights=Highlights(themes=["Oil and Gas", "Food and Beverage", "DevOps"])), "and_in_lists"),
    ("and_in_lists", "countries"): lambda: example(
        page(highlights=Highlights(top_countries=[Country(name="Trinidad and Tobago", code="TT"),
                                                  Country(name="Bosnia and Herzegovina", code="BA")])),
        "and_in_lists"),
    ("site_spellings", "LegalTech"): lambda: example(
        page(recent_deals=[deal(industries=["Robotics", "Legal Tech"])]), "site_spellings", site_spellings=True),
    ("unknown_camel_tags", "RoboticsQuantumOps"): lambda: example(
        page(recent_deals=[deal(industries=["Robotics", "QuantumOps"])]), "unknown_camel_tags"),
    ("unknown_camel_tags", "RoboticsLegalTechQuantumOps"): lambda: example(
        page(recent_deals=[deal(industries=["Robotics", "Legal Tech", "QuantumOps"])]), "unknown_camel_tags",
        site_spellings=True),
    ("region_named_like_country", "header"): lambda: example(
        page(location=Location(raw="Europe, England, United Kingdom", region="England", country="United Kingdom",
                               country_code="GB", continent="Europe")), "region_named_like_country"),
    ("round_without_date", "Funding Round"): lambda: example(
        page(recent_deals=[deal(round=FundingType(label="Funding Round", code="undisclosed"), date=None)]),
        "round_without_date"),
    ("round_without_date", "Series B+"): lambda: example(
        page(recent_deals=[deal(round=FundingType(label="Series B+", code="series_b"), date=None)]),
        "round_without_date"),
    ("round_without_date", "Seed"): lambda: example(
        page(recent_deals=[deal(round=FundingType(label="Seed", code="seed"), date=None)]), "round_without_date"),
    ("long_tag_run", "ASIC and museums"): lambda: example(
        page(recent_deals=[deal(industries=["Application Specific Integrated Circuit (ASIC)",
                                            "Museums and Historical Sites"])]), "long_tag_run"),
    ("unpunctuated_description_without_place", "seven words"): lambda: example(
        page(recent_deals=[deal("Hofgarten Mobility", location=None,
                                description="Hofgarten Mobility designs sensors for electric vehicles")]),
        "unpunctuated_description_without_place"),
    ("digit_tag_boundary", "Web3 then 3D Technology"): lambda: example(
        page(industry_focus=["Web3"], recent_deals=[deal(industries=["Web3", "3D Technology"])]),
        "digit_tag_boundary"),
    ("top_cut_orphans", "a sentence"): lambda: example(
        page(location=None, recent_deals=[deal()]), "top_cut_orphans", header="cut",
        orphans=((f"{NAME} has backed 1 startup, with 2 new investments in the last 12 months alone.", False),)),
    ("top_cut_orphans", "a count"): lambda: example(
        page(location=None, recent_deals=[deal()]), "top_cut_orphans", header="cut",
        orphans=(("Co-Investments: 5", False),)),
    ("top_cut_orphans", "list items"): lambda: example(
        page(location=None, stage_focus=[StageShare(label="Seed", code="seed", percent=100)],
             recent_deals=[deal()]), "top_cut_orphans", header="cut",
        orphans=(("Hardware", True), ("Software", True))),
}
FAILING_TODAY: set[tuple[str, str]] = set()  # every shape above parses back today


def _param(key: tuple[str, str]) -> object:
    marks = [pytest.mark.xfail(strict=True, reason=f"known limit {key[0]!r}")] if key in FAILING_TODAY else []
    return pytest.param(key, id=f"{key[0]}: {key[1]}", marks=marks)


@pytest.mark.parametrize("key", [_param(key) for key in CASES])
def test_shape_parses_back(key: tuple[str, str]) -> None:
    outcome = check(CASES[key]())
    assert not outcome.diff, "\n".join([*outcome.diff, "--- page:", outcome.text])


@pytest.mark.parametrize("logo", ["Kite Capital\tlogo", "Kite Capital\u00a0logo", "Kite Capital l\u200cogo",
                                  "Kite Capital logo\u00c2\u00a0"], ids=["tab", "no-break space", "invisible",
                                                                       "mojibake no-break space"])
def test_dump_whose_second_logo_line_is_dirty(logo: str) -> None:
    """Two pages back to back; the second page's logo line carries what repair() cleans on one page."""
    first = example(page(description="Harbour Ventures backs robotics founders."), "dirty_dump")
    second = example(page(name="Kite Capital", description="Kite Capital backs robotics founders."), "dirty_dump")
    lines = page_lines(second)
    lines[0] = lines[0]._replace(text=logo)
    outcomes = check_dump([first, second], [page_lines(first), lines])
    assert all(not o.diff for o in outcomes), "\n".join(d for o in outcomes for d in o.diff)


def test_every_known_limit_has_a_failing_example() -> None:
    """A shape is only left out of CI while an example here shows the parser getting it wrong."""
    shown = {shape for shape, _ in FAILING_TODAY}
    assert shown == KNOWN_LIMITS


def test_industry_focus_in_the_sites_title_case_comes_back_canonical() -> None:
    """Issue 12 shape 6: case noise comes back in the vocabulary's spelling (Crunchbase's
    current list spells NFT "Non-Fungible Token (NFT)")."""
    text = "\n".join([f"{NAME} logo", "", NAME, "", "Industry Focus", "", "  • Devops", "  • Nft",
                      "  • Generative Ai", "  • Oil And Gas", "  • Artificial Intelligence (Ai)"])
    assert parse(text).industry_focus == ["DevOps", "Non-Fungible Token (NFT)", "Generative AI", "Oil and Gas",
                                          "Artificial Intelligence (AI)"]


def test_dump_helper_counts_lines_from_each_logo_line() -> None:
    """The oracle's own bookkeeping: where each page of a dump starts."""
    lines = page_lines(example(page(), "none"))
    text, starts = dump([lines, lines], Noise())
    assert starts == [1, len(lines) + 1]
    assert text.split("\n")[len(lines)] == f"{NAME} logo"
