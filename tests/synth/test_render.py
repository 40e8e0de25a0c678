"""The renderer, the noise and the hand tables, checked on their own.

The renderer must print the seed page byte for byte from its expected record,
and hand-written fixture pages (the synth_* pages too: page and record were both
written by hand) up to their final newline; the oracle must place their
hand-written diagnostics on the same lines.
"""

from __future__ import annotations

import html
from pathlib import Path

import pycountry
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from support import FIXTURES, load_expected

from profile_parser.models import InvestorProfile
from synth import tables
from synth.noise import Noise, PageLine, apply_noise, mojibake
from synth.oracle import expected_diagnostics
from synth.render import SECTIONS, Layout, render, render_lines
from synth.vocab import is_known, readable_run

PAGES = FIXTURES / "pages"
NO_CHROME = tuple(section for section in SECTIONS if section != "chrome")
#: fixture -> the layout and noise that print it (None: the page is not printed exactly,
#: "25.0%"); hand pages end with a newline the site does not print
PRINTED: dict[str, tuple[Path, Layout, Noise | None]] = {
    "xiaomi": (FIXTURES / "xiaomi", Layout(), Noise()),
    "hand_location_forms": (PAGES / "hand_location_forms", Layout(order=("description", "co_investors", "angels",
                                                                          "deals")), Noise(final_newline=True)),
    "hand_deal_inferred_mid_list": (PAGES / "hand_deal_inferred_mid_list", Layout(
        order=("deals",), deals_heading="What are some of the recent deals done by {name}?"),
        Noise(final_newline=True)),
    "hand_percents_and_unknown_industries": (PAGES / "hand_percents_and_unknown_industries", Layout(
        order=("stage_focus", "country_focus", "industry_focus", "deals"), focus_title_case=False), None),
    **{stem: (PAGES / stem, Layout(order=NO_CHROME), Noise(final_newline=True))
       for stem in ("synth_bare_country_place", "synth_singular_counts",
                    "synth_and_in_lists", "synth_unknown_camel_tags", "synth_region_named_like_country",
                    "synth_round_without_date", "synth_long_tag_run", "synth_unpunctuated_description_without_place",
                    "synth_digit_tag_boundary")},
    # the page prints "NFT", the record holds Crunchbase's "Non-Fungible Token (NFT)": no byte-exact print
    "synth_digit_end_before_round": (PAGES / "synth_digit_end_before_round", Layout(order=NO_CHROME), None),
    "synth_site_spellings": (PAGES / "synth_site_spellings", Layout(order=NO_CHROME, site_spellings=True),
                             Noise(final_newline=True)),
    "synth_top_cut_orphans": (PAGES / "synth_top_cut_orphans", Layout(
        order=NO_CHROME, header="cut", orphans=(("Co-Investments: 5", False),)), Noise(final_newline=True)),
}


def _record(stem: Path) -> InvestorProfile:
    return InvestorProfile.model_validate(load_expected(stem.with_name(stem.name + ".expected.json")))


@pytest.mark.parametrize("name", [n for n, (_, _, noise) in PRINTED.items() if noise is not None])
def test_a_fixture_page_is_printed_byte_for_byte_from_its_record(name: str) -> None:
    stem, layout, noise = PRINTED[name]
    page = stem.with_name(stem.name + ".txt").read_bytes().decode("utf-8")
    assert render(_record(stem), noise, layout) == page


@pytest.mark.parametrize("name", list(PRINTED))
def test_the_oracle_places_hand_written_diagnostics_on_their_lines(name: str) -> None:
    stem, layout, _ = PRINTED[name]
    record = _record(stem)
    written = [(d.code, d.severity, d.line) for d in record.diagnostics]
    assert expected_diagnostics(record, render_lines(record, layout)) == written


# ------------------------------------------------------------------ noise
def _unmojibake(text: str) -> str:
    """The inverse of reading UTF-8 as cp1252 (latin-1 where cp1252 has no character)."""
    return bytes(ord(c) if ord(c) < 256 else c.encode("cp1252")[0] for c in text).decode("utf-8")


@settings(max_examples=100, deadline=None)
@given(st.text(st.characters(exclude_categories=["Cs"]), max_size=40))
def test_mojibake_is_utf8_read_as_cp1252(text: str) -> None:
    assert _unmojibake(mojibake(text)) == text


@settings(max_examples=100, deadline=None)
@given(st.text(st.characters(exclude_categories=["Cs"], exclude_characters="&"), max_size=40), st.integers(0, 99))
def test_entities_decode_back(text: str, seed: int) -> None:
    [line] = apply_noise([PageLine(text, ("x",))], Noise(entities=True, seed=seed))
    assert html.unescape(line.text) == text


def test_noise_keeps_every_keyed_line_in_order_and_only_adds_blank_lines() -> None:
    lines = render_lines(_record(FIXTURES / "xiaomi"))
    dirty = apply_noise(lines, Noise(blank_lines=True, tabs=True, spaces=True, invisible=True, entities=True,
                                     trailing=True, mojibake="lines", bullet="mixed", seed=5))
    assert [line.key for line in dirty if line.key] == [line.key for line in lines if line.key]
    assert len(dirty) > len(lines)


# ------------------------------------------------------------------ tables
def test_every_contract_funding_code_has_a_printed_label() -> None:
    assert {code for _, code in tables.FUNDING} == set(tables.CONTRACT_CODES)
    assert len(tables.CONTRACT_CODES) == 29


def test_hand_country_codes_are_iso_3166_codes() -> None:
    for name, code in tables.COUNTRIES:
        assert pycountry.countries.get(alpha_2=code) is not None, name
    for name in tables.UNKNOWN_COUNTRIES:
        assert pycountry.countries.get(name=name) is None


def test_unknown_labels_are_outside_the_vocabulary_and_readable_alone() -> None:
    for label in (*tables.UNKNOWN_PLAIN, *tables.UNKNOWN_CAMEL):
        assert not is_known(label), label
        assert readable_run((label, "Robotics"), (True, False)), label
    for label in tables.SITE_SPELLINGS:
        assert is_known(label), label
