"""The grammar: rendered from its template, one token per section, and no line it cannot take."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from lark import Token
from support import FIXTURES, ROOT

from profile_parser import vocabulary
from profile_parser.document import read_document
from profile_parser.grammar import (
    GRAMMAR_FILE,
    TEMPLATE_FILE,
    RawSection,
    grammar_text,
    page_parser,
    render_grammar,
    terminal_name,
)
from profile_parser.text import repair

SEED = (FIXTURES / "xiaomi.txt").read_text(encoding="utf-8")
GRAMMARS = ROOT / "grammars"

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
    "A long paragraph, with commas, that ends in a year 2019", "logo", " logo", "Stage Focus: extra",
]


def _parse(text: str) -> list[RawSection]:
    raw: list[RawSection] = page_parser().parse(repair(text))  # type: ignore[assignment]
    return raw


def _section_tokens(text: str) -> list[Token]:
    """The tokens that start a section under a heading."""
    terminals = {terminal_name(kind) for kind in vocabulary.HEADINGS}
    return [token for _, tokens in _parse(text) for token in tokens if token.type in terminals]


# ---------------------------------------------------------- the template


def test_the_grammar_file_is_up_to_date_with_its_template_and_the_vocabulary() -> None:
    rendered = render_grammar((GRAMMARS / TEMPLATE_FILE).read_text(encoding="utf-8"))
    assert (GRAMMARS / GRAMMAR_FILE).read_text(encoding="utf-8") == rendered, (
        f"grammars/{GRAMMAR_FILE} is stale: run python scripts/build_grammar.py"
    )


def test_the_parser_reads_the_checked_in_grammar() -> None:
    assert grammar_text() == (GRAMMARS / GRAMMAR_FILE).read_text(encoding="utf-8")


def test_the_template_has_no_line_over_120_characters() -> None:
    lines = (GRAMMARS / TEMPLATE_FILE).read_text(encoding="utf-8").splitlines()
    assert [n for n, line in enumerate(lines, start=1) if len(line) > 120] == []


def test_every_slot_of_the_template_is_filled() -> None:
    assert "{{" not in render_grammar((GRAMMARS / TEMPLATE_FILE).read_text(encoding="utf-8"))


# ------------------------------------------------------------ headings

#: The seed page's heading lines and the section each heads, by hand.
SEED_HEADINGS = {
    7: "description", 17: "profile", 21: "highlights", 29: "stage_focus", 41: "country_focus",
    50: "industry_focus", 69: "co_investors", 102: "angels", 111: "deals",
}


def test_every_heading_kind_has_a_rule_and_a_terminal() -> None:
    parser = page_parser()
    rules = {rule.origin.name: [symbol.name for symbol in rule.expansion] for rule in parser.rules}
    terminals = {terminal.name for terminal in parser.terminals}
    for kind in vocabulary.HEADINGS:
        assert kind in rules, kind
        assert rules[kind][0] == terminal_name(kind) and terminal_name(kind) in terminals, kind


def test_the_vocabulary_reads_each_heading_of_the_seed_page() -> None:
    lines = repair(SEED).split("\n")
    assert {n: vocabulary.heading_kind(lines[n - 1]) for n in SEED_HEADINGS} == SEED_HEADINGS
    assert set(SEED_HEADINGS.values()) == set(vocabulary.HEADINGS)  # the seed page has every section


def test_each_heading_of_the_seed_page_starts_its_sections_token() -> None:
    found = {token.line: kind for kind, tokens in _parse(SEED) for token in tokens
             if token.type == terminal_name(kind)}
    assert found == SEED_HEADINGS


def test_the_page_cutter_and_the_grammar_agree_on_what_a_heading_is() -> None:
    starts = {token.line for token in _section_tokens(SEED)}
    for number, line in enumerate(repair(SEED).split("\n"), start=1):
        assert (vocabulary.heading_kind(line) is not None) == (number in starts), (number, line)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(POOL), max_size=30))
def test_the_page_cutter_and_the_grammar_agree_on_any_sequence_of_page_lines(lines: list[str]) -> None:
    text = repair("\n".join(lines))
    starts = {token.line for token in _section_tokens(text)}
    for number, line in enumerate(text.split("\n"), start=1):
        assert (vocabulary.heading_kind(line) is not None) == (number in starts), (number, line)


# ------------------------------------------------------------- the seed page


def test_the_seed_page_is_one_token_per_section() -> None:
    assert [(kind, [token.type for token in tokens]) for kind, tokens in _parse(SEED)] == [
        ("header", ["LOGO", "BODY"]), ("description", ["DESCRIPTION"]), ("profile", ["PROFILE"]),
        ("highlights", ["HIGHLIGHTS"]), ("stage_focus", ["STAGE_FOCUS"]), ("country_focus", ["COUNTRY_FOCUS"]),
        ("industry_focus", ["INDUSTRY_FOCUS"]), ("co_investors", ["CO_INVESTORS"]), ("angels", ["ANGELS"]),
        ("deals", ["DEALS"]),
    ]


def test_a_section_goes_on_in_a_body_token_after_chrome() -> None:
    page = "Acme logo\n\nStage Focus\nSeed (50%)\ncircle-line\nFAQ\nSeries A (50%)\n"
    assert [(kind, [(t.type, t.line) for t in tokens]) for kind, tokens in _parse(page)] == [
        ("header", [("LOGO", 1)]), ("stage_focus", [("STAGE_FOCUS", 3), ("BODY", 7)]),
    ]


def test_a_header_without_a_logo_is_body_lines() -> None:
    assert [(kind, [t.type for t in tokens]) for kind, tokens in _parse("Acme\nEurope, Germany\nDescription\nx.")] \
        == [("header", ["BODY"]), ("description", ["DESCRIPTION"])]


def test_a_logo_line_below_the_top_is_no_logo() -> None:
    raw = _parse("Description\nAcme invests.\nBolt logo\n")
    assert [(kind, [t.type for t in tokens]) for kind, tokens in raw] == [("description", ["DESCRIPTION"])]


def test_a_heading_with_more_on_its_line_is_no_heading() -> None:
    assert [kind for kind, _ in _parse("Acme logo\nStage Focus: Seed\nDescription\nx.")] == ["header", "description"]


def test_chrome_is_in_no_token() -> None:
    texts = [str(token) for _, tokens in _parse(SEED) for token in tokens]
    chrome = ("circle-line", "FAQ", "Frequently Asked Questions", "Learn who this investor")
    assert not any(line.startswith(chrome) for text in texts for line in text.split("\n"))


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(POOL), max_size=40))
def test_any_sequence_of_page_lines_is_read_without_a_grammar_error(lines: list[str]) -> None:
    read_document("\n".join(lines))  # raises ProfileParseError on a grammar error


# ------------------------------------------------------------------ cache


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


def test_grammar_cache_refuses_a_file_others_can_write(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from profile_parser.grammar import CACHE_ENV, cache_file

    folder = tmp_path / "cache"
    monkeypatch.setenv(CACHE_ENV, str(folder))
    path = cache_file("grammar text")
    assert path is not None
    Path(path).write_text("planted")
    Path(path).chmod(0o666)
    assert cache_file("grammar text") is None


def test_grammar_cache_can_be_turned_off(monkeypatch: pytest.MonkeyPatch) -> None:
    from profile_parser.grammar import CACHE_ENV, cache_file

    monkeypatch.setenv(CACHE_ENV, "")
    assert cache_file("grammar text") is None
