"""What every handler is given: the ledger it reports to and the page context;
and the ledger check (``support.run``) that the other handler tests rely on."""

from __future__ import annotations

from typing import Any

import pytest
from support import diagnosed, left, run

from profile_parser.document import Line, Section
from profile_parser.sections.base import Ledger
from profile_parser.sections.header import Header

# ------------------------------------------------------------------ ledger


def test_place_records_line_numbers_and_ignores_none() -> None:
    ledger = Ledger()
    ledger.place([Line(4, "Acme"), None, Line(9, "Paris, France")])
    assert ledger.placed == {4, 9}
    assert ledger.unparsed == [] and ledger.diagnostics == [] and ledger.sections == {}


def test_leave_keeps_the_whole_line_and_says_why() -> None:
    ledger = Ledger("deals")
    text = "x" * 300  # longer than a message quotes: unparsed still keeps all of it
    ledger.leave(Line(7, text), "odd line")
    assert ledger.unparsed == [{"line": 7, "text": text}]
    assert diagnosed(ledger) == [("line.unparsed", "warning", 7)]
    assert "odd line" in ledger.diagnostics[0]["message"]
    assert ledger.placed == set()


def test_a_left_line_remembers_the_section_it_stood_in() -> None:
    ledger = Ledger("deals")
    ledger.leave(Line(7, "???"), "odd line")
    ledger.section = "angels"
    ledger.leave(Line(9, "!!!"), "odd line")
    assert ledger.sections == {7: "deals", 9: "angels"}


def test_leave_all_keeps_the_order() -> None:
    ledger = Ledger()
    ledger.leave_all([Line(5, "b"), Line(3, "a")], "junk")
    assert left(ledger) == [(5, "b"), (3, "a")]


@pytest.mark.parametrize(("severity", "expected"), [((), "warning"), (("info",), "info")])
def test_diagnose_severity_defaults_to_warning(severity: tuple[Any, ...], expected: str) -> None:
    ledger = Ledger()
    ledger.diagnose("x.y", "message", 3, *severity)
    assert ledger.diagnostics == [{"code": "x.y", "severity": expected, "message": "message", "line": 3}]


# --------------------------------------------- the ledger check can fail

STAGES = Section("stage_focus", Line(1, "Stage Focus"), [Line(2, "Seed (100%)")])


def _does_nothing(section: Section, ledger: Ledger) -> None:
    del section, ledger


def _places_and_leaves(section: Section, ledger: Ledger) -> None:
    for line in section.lines:
        ledger.place([line])
        ledger.leave(line, "both")


def _places_the_heading(section: Section, ledger: Ledger) -> None:
    ledger.place(section.all_lines)


def _leaves_a_line_twice(section: Section, ledger: Ledger) -> None:
    ledger.leave_all(section.lines, "once")
    ledger.leave_all(section.lines, "twice")


def _leaves_another_text(section: Section, ledger: Ledger) -> None:
    ledger.leave(Line(2, "Seed"), "cut")


def _leaves_without_a_diagnostic(section: Section, ledger: Ledger) -> None:
    ledger.unparsed.append({"line": 2, "text": "Seed (100%)"})
    ledger.sections[2] = "stage_focus"


def _leaves_for_another_section(section: Section, ledger: Ledger) -> None:
    ledger.section = "deals"
    ledger.leave_all(section.lines, "elsewhere")


@pytest.mark.parametrize("handler", [_does_nothing, _places_and_leaves, _places_the_heading, _leaves_a_line_twice,
                                     _leaves_another_text, _leaves_without_a_diagnostic,
                                     _leaves_for_another_section])
def test_the_ledger_check_catches_a_lost_or_double_counted_line(handler: Any) -> None:
    with pytest.raises(AssertionError):
        run(handler, STAGES)


def test_the_ledger_check_passes_a_handler_that_places_or_leaves_each_line() -> None:
    def places_one_leaves_one(section: Section, ledger: Ledger) -> None:
        ledger.place(section.lines[:1])
        ledger.leave_all(section.lines[1:], "junk")

    run(places_one_leaves_one, Section("stage_focus", Line(1, "Stage Focus"), [Line(2, "a"), Line(3, "b")]))


def test_the_ledger_check_counts_the_heading_of_an_unknown_section() -> None:
    def leaves_the_lines_only(section: Section, ledger: Ledger) -> None:
        ledger.leave_all(section.lines, "junk")

    with pytest.raises(AssertionError):
        run(leaves_the_lines_only, Section("unknown", Line(1, "Team"), [Line(2, "Ann")]))



HEADER = Section("header", None, [Line(1, "Acme"), Line(2, "Europe, Germany")])


def _header(name_line: Line | None, *, leave_it: bool) -> Any:
    """A header handler that places every line but the name line, and leaves that one if told."""

    def read(section: Section, ledger: Ledger) -> Header:
        ledger.place([line for line in section.lines if line != name_line])
        if leave_it and name_line is not None:
            ledger.leave(name_line, "refused")
        return Header(name_line.text if name_line else None, name_line, None, None, False, False)

    return read


def test_the_ledger_check_leaves_the_header_name_line_to_the_api() -> None:
    run(_header(Line(1, "Acme"), leave_it=False), HEADER)


def test_the_ledger_check_catches_a_header_that_leaves_its_name_line() -> None:
    with pytest.raises(AssertionError):
        run(_header(Line(1, "Acme"), leave_it=True), HEADER)


def test_the_ledger_check_wants_a_header_line_that_is_no_name_placed_or_left() -> None:
    def places_nothing(section: Section, ledger: Ledger) -> Header:
        return Header(None, None, None, None, False, False)

    with pytest.raises(AssertionError):
        run(places_nothing, HEADER)
