"""What the handlers share: numbered lines, sections, and the page builder's ledger.

This module also holds the helpers the other handler tests use: :func:`run`
calls a handler on hand-made tokens and checks the no-data-lost ledger.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from lark import Token

from profile_parser.sections.base import Line, PageBuilder, Section, body_lines, lines_of, section_lines

Handler = Callable[[Section, PageBuilder], None]

#: sections whose handler reads its first token itself; for the others the
#: page builder takes the heading line before calling the handler
_READS_ITS_HEADING = ("header", "unknown")


def accountable(section: Section) -> list[Line]:
    """The lines a handler must place or leave."""
    return section_lines(section) if section.kind in _READS_ITS_HEADING else body_lines(section)


def assert_ledger(section: Section, page: PageBuilder) -> None:
    """No data lost: each line is taken or left (never both), a left line keeps its
    text and has its ``line.unparsed`` diagnostic, and nothing outside the section is claimed."""
    texts = {line.number: line.text for line in accountable(section)}
    left = [item["line"] for item in page.unparsed]
    assert len(left) == len(set(left)), f"a line left twice: {left}"
    for number in texts:
        assert (number in page.taken) != (number in left), f"line {number}: taken and left, or lost"
    assert page.taken <= set(texts), f"lines taken outside the section: {page.taken - set(texts)}"
    for item in page.unparsed:
        assert item["line"] in texts and item["text"] == texts[item["line"]], item
    flagged = sorted(d["line"] for d in page.diagnostics if d["code"] == "line.unparsed")
    assert flagged == sorted(left)


def run(handler: Handler, kind: str, *tokens: Token, page: PageBuilder | None = None) -> PageBuilder:
    """The page after ``handler`` read a section of these tokens; the ledger is checked."""
    page = PageBuilder() if page is None else page
    section = Section(kind, list(tokens))
    handler(section, page)
    assert_ledger(section, page)
    return page


def diagnosed(page: PageBuilder) -> list[tuple[str, str, int | None]]:
    """(code, severity, line) of each diagnostic, by line then code."""
    found = [(d["code"], d["severity"], d["line"]) for d in page.diagnostics]
    return sorted(found, key=lambda d: (d[2] or 0, d[0]))


def left(page: PageBuilder) -> list[tuple[int, str]]:
    """(line, text) of each unparsed line, in the order left."""
    return [(item["line"], item["text"]) for item in page.unparsed]


# ------------------------------------------------------------------ lines


def test_lines_are_numbered_from_the_token_line_and_blank_ones_skipped() -> None:
    token = Token("ITEMS", "Seed (60%)\n\nSeries A (40%)\n\n", line=12)
    assert lines_of(token) == [Line(12, "Seed (60%)"), Line(14, "Series A (40%)")]


def test_a_token_without_a_line_number_counts_from_one() -> None:
    assert lines_of(Token("LINE", "a\nb")) == [Line(1, "a"), Line(2, "b")]


def test_section_lines_hold_the_heading_and_body_lines_do_not() -> None:
    section = Section("stage_focus", [Token("STAGE_H", "Stage Focus\n\n", line=10),
                                      Token("ITEMS", "Seed (60%)\nSeries A (40%)\n", line=12)])
    assert [line.number for line in section_lines(section)] == [10, 12, 13]
    assert body_lines(section) == [Line(12, "Seed (60%)"), Line(13, "Series A (40%)")]


def test_a_sections_lines_are_computed_once() -> None:
    section = Section("deals", [Token("DEALS_H", "What are some of recent deals done by X?\n", line=88),
                                Token("LINE", "Acme", line=89)])
    assert section.lines == [Line(88, "What are some of recent deals done by X?"), Line(89, "Acme")]
    assert section.body == [Line(89, "Acme")]
    assert section_lines(section) is section.lines and body_lines(section) is section.body


def test_a_section_without_tokens_has_no_lines() -> None:
    assert section_lines(Section("deals", [])) == [] and body_lines(Section("deals", [])) == []


# ------------------------------------------------------------ page builder


def test_take_records_line_numbers_and_ignores_none() -> None:
    page = PageBuilder()
    page.take(Line(4, "Acme"), None, Line(9, "Paris, France"))
    assert page.taken == {4, 9}
    assert page.unparsed == [] and page.diagnostics == []


def test_leave_keeps_the_whole_line_and_says_why() -> None:
    page = PageBuilder()
    text = "x" * 300  # longer than a message quotes: unparsed still keeps all of it
    page.leave(Line(7, text), "odd line")
    assert page.unparsed == [{"line": 7, "text": text}]
    assert diagnosed(page) == [("line.unparsed", "warning", 7)]
    assert "odd line" in page.diagnostics[0]["message"]
    assert page.taken == set()


def test_leave_all_keeps_the_order() -> None:
    page = PageBuilder()
    page.leave_all([Line(5, "b"), Line(3, "a")], "junk")
    assert left(page) == [(5, "b"), (3, "a")]


@pytest.mark.parametrize(("severity", "expected"), [((), "warning"), (("info",), "info")])
def test_diagnose_severity_defaults_to_warning(severity: tuple[Any, ...], expected: str) -> None:
    page = PageBuilder()
    page.diagnose("x.y", "message", 3, *severity)
    assert page.diagnostics == [{"code": "x.y", "severity": expected, "message": "message", "line": 3}]


# --------------------------------------------- the ledger helper can fail


def _does_nothing(section: Section, page: PageBuilder) -> None:
    del section, page


def _takes_and_leaves(section: Section, page: PageBuilder) -> None:
    for line in body_lines(section):
        page.take(line)
        page.leave(line, "both")


def _takes_the_heading(section: Section, page: PageBuilder) -> None:
    page.take(*section_lines(section))


@pytest.mark.parametrize("handler", [_does_nothing, _takes_and_leaves, _takes_the_heading])
def test_the_ledger_check_catches_a_lost_or_double_counted_line(handler: Handler) -> None:
    tokens = [Token("STAGE_H", "Stage Focus\n", line=1), Token("ITEMS", "Seed (100%)", line=2)]
    with pytest.raises(AssertionError):
        run(handler, "stage_focus", *tokens)


def test_the_ledger_check_counts_the_heading_of_header_and_unknown_sections() -> None:
    def takes_body_only(section: Section, page: PageBuilder) -> None:
        page.take(*body_lines(section))

    with pytest.raises(AssertionError):
        run(takes_body_only, "unknown", Token("UNKNOWN_H", "Team\n", line=1), Token("LINE", "Ann", line=2))
