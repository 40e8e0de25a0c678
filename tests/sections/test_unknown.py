"""A section under a heading the grammar does not know: every line, heading too, to unparsed."""

from __future__ import annotations

from lark import Token
from sections.test_base import diagnosed, left, run

from profile_parser.sections import unknown


def test_every_line_goes_to_unparsed_with_an_info_for_the_section() -> None:
    page = run(unknown.handle, "unknown", Token("UNKNOWN_H", "Team\n\n", line=40),
               Token("LINE", "Lei Jun, Founder\n", line=42), Token("LINE", "Wang Xiang, President\n\n", line=43))
    assert left(page) == [(40, "Team"), (42, "Lei Jun, Founder"), (43, "Wang Xiang, President")]
    assert diagnosed(page) == [("line.unparsed", "warning", 40), ("section.unknown", "info", 40),
                               ("line.unparsed", "warning", 42), ("line.unparsed", "warning", 43)]
    assert page.fields == {} and page.taken == set()


def test_a_heading_alone() -> None:
    page = run(unknown.handle, "unknown", Token("UNKNOWN_H", "Portfolio Exits\n", line=7))
    assert left(page) == [(7, "Portfolio Exits")]
    assert diagnosed(page) == [("line.unparsed", "warning", 7), ("section.unknown", "info", 7)]


def test_no_lines_no_diagnostic() -> None:
    page = run(unknown.handle, "unknown")
    assert page.diagnostics == [] and page.unparsed == []
