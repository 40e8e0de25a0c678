"""The co-investor and angel lists: name, place, and a count line.

An entry ends at its count line ("Co-Investments: 3", "Shared Deals: 1");
the one or two lines before it are the name and the place (any place form,
a bare country too; a line of no place shape is no place). Lines that belong
to no entry, and count lines of the other list, go to ``unparsed``.

>>> entries = read_co_investors(Section("co_investors", Line(90, "Who does X co-invest with?"), [
...   Line(92, "CPE"), Line(93, "Asia, Beijing, China, Beijing"), Line(94, "Co-Investments: 3"),
...   Line(95, "Acme"), Line(96, "Canada"), Line(97, "Co-Investments: 1")]), Ledger("co_investors"))
>>> [(e.values["name"], e.values["location"].country_code, e.values["co_investments"]) for e in entries]
[('CPE', 'CN', 3), ('Acme', 'CA', 1)]
"""

from __future__ import annotations

from typing import Any, NamedTuple

from .. import vocabulary as vocab
from ..document import Line, Section
from ..shapes import count_line, is_place, is_sentence
from .base import Ledger
from .places import read_place


class Entry(NamedTuple):
    """One entry's values, and the lines they were read from."""

    values: dict[str, Any]
    name: Line
    place: Line | None
    count_line: Line


def _place_shaped(text: str) -> bool:
    """A place line, or a comma list that stands where one does (read, or reported unread)."""
    return is_place(text) or ("," in text and not is_sentence(text))


def _entries(section: Section, ledger: Ledger, count_field: str) -> list[Entry]:
    what = section.kind.replace("_", " ")
    entries: list[Entry] = []
    pending: list[Line] = []
    for line in section.lines:
        count = count_line(line.text, section.kind)
        if count is None:
            pending.append(line)
            continue
        if not pending:
            ledger.leave(line, f"{what} count line without a name")
            continue
        before = pending[-vocab.ENTRY_LINES_BEFORE_COUNT:]
        if len(before) > 1 and not _place_shaped(before[-1].text):
            before = before[-1:]  # no place line: the line before the count is the name
        ledger.leave_all(pending[: len(pending) - len(before)], f"line of no {what} entry")
        pending = []
        name, place = before[0], before[1] if len(before) > 1 else None
        location = read_place(place, ledger) if place is not None else None
        if place is not None and location is None:
            ledger.leave(place, "place not read")
            place = None
        ledger.place([name, place, line])
        entries.append(Entry({"name": name.text, "location": location, count_field: count}, name, place, line))
    ledger.leave_all(pending, f"not a complete {what} entry")
    return entries


def read_co_investors(section: Section, ledger: Ledger) -> list[Entry]:
    return _entries(section, ledger, "co_investments")


def read_angels(section: Section, ledger: Ledger) -> list[Entry]:
    return _entries(section, ledger, "shared_deals")
