"""The grammar: sections of a page, record tokens, and no line it cannot take."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from support import FIXTURES

from profile_parser.document import read_sections
from profile_parser.grammar import page_parser

SEED = (FIXTURES / "xiaomi.txt").read_text(encoding="utf-8")

# Lines of every shape a page has, and some shapes between them.
POOL = [
    "Acme logo", "Acme", "Asia, Beijing, China, Beijing", "Cixi, Zhejiang, China", "Description",
    "Investor Profile", "Investment Focus Highlights", "Stage Focus", "Country Focus",
    "Industry Focus", "Who does Acme frequently co-invest with?",
    "Which angels does Acme often collaborate with?",
    "What are some of recent deals done by Acme?", "circle-line", "FAQ",
    "Frequently Asked Questions", "Learn who this investor regularly partners with.",
    "Series C (32%)", "China (71%)", "Co-Investments: 5", "Shared Deals: 1",
    "Series BJul 31, 2025", "Seed", "Amount Raised: $13,888,021", "ManufacturingSmart Home",
    "Acme is a robot maker.", "Portfolio News", "12345", "Web3", "", "  ", "Description:",
    "A long paragraph, with commas, that ends in a year 2019",
]


def test_the_seed_page_is_cut_into_its_sections_with_one_token_per_record() -> None:
    sections = read_sections(SEED)
    assert [(s.kind, len(s.tokens)) for s in sections] == [
        ("header", 2), ("description", 2), ("profile", 2), ("highlights", 2),
        ("stage_focus", 2), ("country_focus", 2), ("industry_focus", 2),
        ("co_investors", 11), ("angels", 3), ("deals", 11),
    ]
    deals = sections[-1].tokens
    assert {t.type for t in deals[1:]} == {"DEAL"}
    assert [t.line for t in deals[1:]] == [113, 122, 130, 138, 146, 154, 162, 171, 179, 189]


def test_chrome_lines_are_not_in_any_section() -> None:
    texts = {str(t) for s in read_sections(SEED) for t in s.tokens}
    assert not any("circle-line" in t or "FAQ" in t for t in texts)


def test_an_unknown_heading_after_prose_starts_a_section_of_its_own() -> None:
    page = "Acme logo\nDescription\nAcme invests.\nPortfolio News\nFoo raised money.\nStage Focus\nSeed (100%)"
    assert [s.kind for s in read_sections(page)] == [
        "header", "description", "unknown", "stage_focus",
    ]


def test_a_title_case_item_of_a_tight_list_is_no_unknown_heading() -> None:
    page = "Acme logo\nIndustry Focus\nArtificial Intelligence (Ai)\nSoftware\nDescription\nx."
    kinds = [s.kind for s in read_sections(page)]
    assert kinds == ["header", "industry_focus", "description"]


def test_the_parser_is_built_once() -> None:
    assert page_parser() is page_parser()


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(POOL), max_size=40))
def test_any_sequence_of_page_lines_is_read_without_a_grammar_error(lines: list[str]) -> None:
    read_sections("\n".join(lines))  # raises ProfileParseError on a grammar error


def test_grammar_cache_lives_in_a_private_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from profile_parser.grammar import CACHE_ENV, cache_file

    folder = tmp_path / "cache"
    monkeypatch.setenv(CACHE_ENV, str(folder))
    path = cache_file("grammar text")
    assert path is not None and path.startswith(str(folder))
    assert (folder.stat().st_mode & 0o777) == 0o700


def test_grammar_cache_refuses_a_folder_others_can_write(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from profile_parser.grammar import CACHE_ENV, cache_file

    folder = tmp_path / "shared"
    folder.mkdir()
    folder.chmod(0o777)
    monkeypatch.setenv(CACHE_ENV, str(folder))
    assert cache_file("grammar text") is None


def test_grammar_cache_can_be_turned_off(monkeypatch: pytest.MonkeyPatch) -> None:
    from profile_parser.grammar import CACHE_ENV, cache_file

    monkeypatch.setenv(CACHE_ENV, "")
    assert cache_file("grammar text") is None
