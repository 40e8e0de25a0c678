"""A section under a heading the grammar does not know: every line to ``unparsed``.

>>> from profile_parser.document import Line
>>> ledger = Ledger("unknown")
>>> read(Section("unknown", Line(4, "Portfolio News"), [Line(5, "Foo raised $5M.")]), ledger)
>>> [(d["code"], d["line"]) for d in ledger.diagnostics]
[('section.unknown', 4), ('line.unparsed', 4), ('line.unparsed', 5)]
"""

from __future__ import annotations

from ..document import Section
from .base import Ledger


def read(section: Section, ledger: Ledger) -> None:
    lines = section.all_lines
    if lines:
        ledger.diagnose("section.unknown", f"unknown section {lines[0].text[:80]!r}", lines[0].number, "info")
    ledger.leave_all(lines, "line of an unknown section")
