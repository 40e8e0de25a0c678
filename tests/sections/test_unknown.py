"""A section under a heading the grammar does not know: every line, heading too, to unparsed."""

from __future__ import annotations

from support import diagnosed, left, run

from profile_parser.document import Line, Section
from profile_parser.sections import unknown


def test_every_line_goes_to_unparsed_with_an_info_for_the_section() -> None:
    found, ledger = run(unknown.read, Section("unknown", Line(40, "Team"),
                                              [Line(42, "Lei Jun, Founder"), Line(43, "Wang Xiang, President")]))
    assert found is None
    assert left(ledger) == [(40, "Team"), (42, "Lei Jun, Founder"), (43, "Wang Xiang, President")]
    assert diagnosed(ledger) == [("line.unparsed", "warning", 40), ("section.unknown", "info", 40),
                                 ("line.unparsed", "warning", 42), ("line.unparsed", "warning", 43)]
    assert ledger.placed == set()
    assert ledger.sections == {40: "unknown", 42: "unknown", 43: "unknown"}


def test_a_heading_alone() -> None:
    _, ledger = run(unknown.read, Section("unknown", Line(7, "Portfolio Exits"), []))
    assert left(ledger) == [(7, "Portfolio Exits")]
    assert diagnosed(ledger) == [("line.unparsed", "warning", 7), ("section.unknown", "info", 7)]


def test_no_lines_no_diagnostic() -> None:
    _, ledger = run(unknown.read, Section("unknown", None, []))
    assert ledger.diagnostics == [] and ledger.unparsed == []
