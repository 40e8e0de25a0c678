"""Test helpers: fixture paths, the comparison used for expected JSON, and
running a section handler on hand-made lines with the no-data-lost check."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

from profile_parser.document import Line, Section
from profile_parser.sections.base import Ledger
from profile_parser.sections.header import Header

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).parent / "fixtures"

Result = TypeVar("Result")


def load_expected(path: Path) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return data


def comparable(record: dict[str, Any], *, keep_facts: bool = True) -> dict[str, Any]:
    """A record with diagnostic messages blanked (they are free text)."""
    record = dict(record)
    record["diagnostics"] = [{**d, "message": ""} for d in record["diagnostics"]]
    if not keep_facts:
        record.pop("facts", None)
    return record


# ------------------------------------------------------------ section handlers


def page_lines(text: str, first: int = 1) -> list[Line]:
    """The non-blank lines of ``text`` numbered from ``first`` (blank lines count
    in the numbering, as on a page)."""
    return [Line(first + i, line) for i, line in enumerate(text.split("\n")) if line]


def spaced(first: int, *texts: str) -> list[Line]:
    """One line per text from line ``first``, each followed by a blank line."""
    return [Line(first + 2 * i, text) for i, text in enumerate(texts)]


def accountable(section: Section) -> list[Line]:
    """The lines a handler must place or leave: the body (the api places a
    known section's heading); an unknown section's heading too."""
    return section.all_lines if section.kind == "unknown" else section.lines


def assert_ledger(section: Section, ledger: Ledger, *, api_places: frozenset[int] = frozenset()) -> None:
    """No data lost: each line of the section is placed or left, never both; a
    left line keeps its text, remembers its section and has its ``line.unparsed``
    diagnostic; nothing outside the section is claimed. ``api_places`` are
    lines the api places or refuses (the header's name line): the handler
    must not leave them."""
    texts = {line.number: line.text for line in accountable(section)}
    left = [item["line"] for item in ledger.unparsed]
    assert len(left) == len(set(left)), f"a line left twice: {left}"
    for number in texts:
        if number in api_places:
            assert number not in left, f"line {number}: the api's line was left by the handler"
            continue
        assert (number in ledger.placed) != (number in left), f"line {number}: placed and left, or lost"
    assert ledger.placed <= set(texts), f"lines placed outside the section: {ledger.placed - set(texts)}"
    for item in ledger.unparsed:
        assert item["line"] in texts and item["text"] == texts[item["line"]], item
    assert ledger.sections == dict.fromkeys(left, section.kind)
    flagged = sorted(d["line"] for d in ledger.diagnostics if d["code"] == "line.unparsed")
    assert flagged == sorted(left)


def run(read: Callable[..., Result], section: Section, *extra: object) -> tuple[Result, Ledger]:
    """What ``read`` (a handler) returned for ``section`` and the ledger it
    reported to; the ledger is checked (:func:`assert_ledger`). ``extra`` are
    the handler's further arguments (a ``PageContext``)."""
    ledger = Ledger(section.kind)
    result = read(section, ledger, *extra)
    name = result.name_line if isinstance(result, Header) else None
    assert_ledger(section, ledger, api_places=frozenset({name.number} if name is not None else ()))
    return result, ledger


def diagnosed(ledger: Ledger) -> list[tuple[str, str, int | None]]:
    """(code, severity, line) of each diagnostic, by line then code."""
    found = [(d["code"], d["severity"], d["line"]) for d in ledger.diagnostics]
    return sorted(found, key=lambda d: (d[2] or 0, d[0]))


def left(ledger: Ledger) -> list[tuple[int, str]]:
    """(line, text) of each unparsed line, in the order left."""
    return [(item["line"], item["text"]) for item in ledger.unparsed]
