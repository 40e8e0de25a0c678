"""The Description section: one paragraph a line, inner whitespace folded, joined by a blank line."""

from __future__ import annotations

from support import diagnosed, left, page_lines, run

from profile_parser.document import Line, Section
from profile_parser.sections import description
from profile_parser.sections.base import Ledger

HEADING = Line(7, "Description")


def _description(*lines: Line) -> tuple[tuple[str | None, list[Line]], Ledger]:
    return run(description.read, Section("description", HEADING, list(lines)))


def test_several_paragraphs_with_folded_whitespace() -> None:
    (text, _), ledger = _description(*page_lines("Acme  invests\tin robots.\n\nIt\u00a0 backs  seed rounds.\n\nThird.",
                                                 9))
    assert text == "Acme invests in robots.\n\nIt backs seed rounds.\n\nThird."
    assert ledger.placed == {9, 11, 13}
    assert diagnosed(ledger) == [] and left(ledger) == []


def test_the_paragraph_lines_are_kept_as_written_for_the_facts() -> None:
    (_, lines), _ = _description(Line(9, "Acme  invests."), Line(11, "Over $5M."))
    assert lines == [Line(9, "Acme  invests."), Line(11, "Over $5M.")]


def test_paragraphs_keep_page_order() -> None:
    (text, _), ledger = _description(Line(9, "First."), Line(15, "Second."))
    assert text == "First.\n\nSecond."
    assert ledger.placed == {9, 15}


def test_a_heading_without_paragraphs_gives_no_description() -> None:
    (text, lines), ledger = _description()
    assert (text, lines) == (None, [])
    assert ledger.placed == set() and diagnosed(ledger) == []
