"""The document: numbered lines, sections, and unknown sections set apart after the parse."""

from __future__ import annotations

from lark import Token
from support import FIXTURES

from profile_parser.document import Line, Section, lines_of, read_document
from profile_parser.vocabulary import is_chrome

SEED = (FIXTURES / "xiaomi.txt").read_text(encoding="utf-8")


def _kinds(text: str) -> list[str]:
    return [section.kind for section in read_document(text).sections]


# ------------------------------------------------------------------ lines


def test_lines_are_numbered_from_the_token_line_and_blank_ones_skipped() -> None:
    token = Token("STAGE_FOCUS", "Seed (60%)\n\nSeries A (40%)\n\n", line=12)
    assert lines_of(token) == [Line(12, "Seed (60%)"), Line(14, "Series A (40%)")]


def test_a_token_without_a_line_number_counts_from_one() -> None:
    assert lines_of(Token("BODY", "a\nb")) == [Line(1, "a"), Line(2, "b")]


# --------------------------------------------------------------- sections


def test_all_lines_hold_the_heading_and_lines_do_not() -> None:
    section = Section("stage_focus", Line(10, "Stage Focus"), [Line(12, "Seed (60%)"), Line(13, "Series A (40%)")])
    assert [line.number for line in section.all_lines] == [10, 12, 13]
    assert section.lines == [Line(12, "Seed (60%)"), Line(13, "Series A (40%)")]


def test_the_header_has_no_heading() -> None:
    section = Section("header", None, [Line(1, "Acme logo"), Line(3, "Acme")])
    assert section.all_lines == [Line(1, "Acme logo"), Line(3, "Acme")]


def test_a_section_without_lines() -> None:
    assert Section("deals", None, []).all_lines == []
    assert Section("deals", Line(4, "What are some of recent deals done by X?"), []).all_lines == [
        Line(4, "What are some of recent deals done by X?")]


# ---------------------------------------------------------- the seed page


def test_the_seed_page_is_read_into_its_sections() -> None:
    sections = read_document(SEED).sections
    assert [(s.kind, s.heading and s.heading.number) for s in sections] == [
        ("header", None), ("description", 7), ("profile", 17), ("highlights", 21), ("stage_focus", 29),
        ("country_focus", 41), ("industry_focus", 50), ("co_investors", 69), ("angels", 102), ("deals", 111),
    ]
    numbers = {s.kind: [line.number for line in s.lines] for s in sections}
    assert numbers["header"] == [1, 3, 5]
    assert numbers["description"] == [9, 11, 13, 15]
    assert numbers["profile"] == [19]
    assert numbers["highlights"] == list(range(23, 28))
    assert numbers["stage_focus"] == list(range(31, 40))
    assert numbers["country_focus"] == list(range(43, 49))
    assert numbers["industry_focus"] == list(range(52, 62))  # up to the chrome on line 62
    assert numbers["co_investors"] == list(range(71, 101))
    assert numbers["angels"] == list(range(104, 110))
    deal_blanks = {114, 116, 118, 123, 125, 127, 131, 133, 135, 139, 141, 143, 147, 149, 151, 155, 157, 159,
                   163, 165, 167, 172, 174, 176, 180, 182, 184, 188, 190}
    assert numbers["deals"] == [n for n in range(113, 194) if n not in deal_blanks]


def test_the_seed_lines_are_repaired() -> None:
    stages = read_document(SEED).sections[4]
    assert stages.lines[0] == Line(31, "Series C (32%)")  # "  • Series C (32%)" on the page


def test_chrome_lines_are_in_no_section() -> None:
    sections = read_document(SEED).sections
    numbers = {line.number for s in sections for line in s.all_lines}
    assert not numbers & {62, 63, 65, 67}  # circle-line, FAQ, Frequently Asked Questions, "Learn who …"
    assert not any(is_chrome(line.text) for s in sections for line in s.all_lines)


def test_a_section_goes_on_after_chrome() -> None:
    page = "Acme logo\nStage Focus\nSeed (50%)\nFAQ\nSeries A (50%)\nDescription\nAcme invests."
    stages = read_document(page).sections[1]
    assert (stages.kind, stages.lines) == ("stage_focus", [Line(3, "Seed (50%)"), Line(5, "Series A (50%)")])


# -------------------------------------------------------- unknown sections


def test_an_unknown_heading_after_prose_starts_a_section_of_its_own() -> None:
    page = "Acme logo\nDescription\nAcme invests.\nPortfolio News\nFoo raised money.\nStage Focus\nSeed (100%)"
    sections = read_document(page).sections
    assert [s.kind for s in sections] == ["header", "description", "unknown", "stage_focus"]
    assert sections[1].lines == [Line(3, "Acme invests.")]
    assert (sections[2].heading, sections[2].lines) == (Line(4, "Portfolio News"), [Line(5, "Foo raised money.")])


def test_a_title_case_item_of_a_tight_list_is_no_unknown_heading() -> None:
    page = "Acme logo\nIndustry Focus\nArtificial Intelligence (Ai)\nSoftware\nDescription\nx."
    assert _kinds(page) == ["header", "industry_focus", "description"]


def test_an_entity_name_before_its_place_or_count_line_is_no_unknown_heading() -> None:
    page = ("Acme logo\nWho does Acme co-invest with?\nCo-Investments: 1\nShunwei Capital\n"
            "Asia, Beijing, China, Beijing\nCo-Investments: 15\nCPE\nCo-Investments: 3")
    assert _kinds(page) == ["header", "co_investors"]


def test_a_deal_name_before_its_round_line_is_no_unknown_heading() -> None:
    page = ("Acme logo\nWhat are some of recent deals done by Acme?\nSeries BJul 31, 2025\nBolt\n"
            "Bolt builds robots.\nRoboticsHardware\nSeedJan 3, 2024")
    assert _kinds(page) == ["header", "deals"]


def test_a_last_line_is_no_unknown_heading() -> None:
    assert _kinds("Acme logo\nDescription\nAcme invests.\nPortfolio News") == ["header", "description"]
