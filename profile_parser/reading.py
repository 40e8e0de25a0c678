"""What the section handlers read from one page, before the record is built.

:mod:`profile_parser.api` builds the record from it; :mod:`profile_parser.spans`
tells from it where each value was read.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .document import Document, Line
from .facts import FoundFact
from .sections import deals, entries, focus, header, highlights, profile_stats
from .sections.base import Ledger

#: A value's place: the line and the span of its repaired text.
Where = tuple[Line, int, int]


@dataclass
class PageReading:
    """Each handler's typed result, the name and where it was read, the facts."""

    header: header.Header | None = None
    description: tuple[str | None, list[Line]] = (None, [])
    stats: dict[str, profile_stats.Stat | None] | None = None
    highlights: highlights.Highlights | None = None
    stages: list[focus.Shared] = field(default_factory=list)
    countries: list[focus.Shared] = field(default_factory=list)
    industries: list[tuple[str, Line]] = field(default_factory=list)
    co_investors: list[entries.Entry] = field(default_factory=list)
    angels: list[entries.Entry] = field(default_factory=list)
    deals: list[deals.Deal] = field(default_factory=list)
    #: the investor's name as the question headings carry it, and where
    heading_name: tuple[str, Where] | None = None
    #: the record's name and where it was read
    name: tuple[str, Where] | None = None
    facts: list[FoundFact] = field(default_factory=list)


@dataclass
class ReadPage:
    """A page read: its document (sections of repaired lines), what the handlers
    read, and the ledger (placed and unparsed lines, diagnostics)."""

    document: Document
    reading: PageReading
    ledger: Ledger
