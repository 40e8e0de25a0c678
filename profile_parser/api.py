"""The public entry points: :func:`parse` one page, :func:`iter_profiles` over a dump.

>>> profile = parse("Acme logo\\n\\nAcme\\n\\nEurope, Bavaria, Germany, Munich\\n\\n"
...                 "Description\\n\\nAcme invests in robots.")
>>> profile.name, profile.location.country_code, profile.description
('Acme', 'DE', 'Acme invests in robots.')
"""

from __future__ import annotations

import logging
import os
from collections.abc import Iterator
from typing import Any, Literal, TextIO

from . import vocabulary as vocab
from .decode import path_hint
from .document import Document, Line, Section, read_document
from .errors import ProfileParseError
from .facts import read_facts
from .models import Diagnostic, InvestorProfile, Source
from .normalize import page_labels
from .ordering import line_order
from .pages import DEFAULT_MAX_PAGE_CHARS, DEFAULT_MAX_PAGE_LINES, RawPage, iter_pages
from .reading import PageReading, ReadPage, Where
from .sections import (
    Ledger,
    PageContext,
    deals,
    description,
    entries,
    focus,
    header,
    highlights,
    profile_stats,
    unknown,
)
from .spans import ground

logger = logging.getLogger(__name__)

__all__ = [
    "DEFAULT_MAX_PAGE_CHARS", "ProfileParseError", "iter_profiles", "line_accounting", "parse",
    "parse_page",
]


def _context(document: Document) -> PageContext:
    """What the page says of itself that handlers share: its own industry labels,
    as written in its Industry Focus list and its themes (deals add their own)."""
    written: list[str] = []
    listed: list[str] = []
    for section in document.sections:
        if section.kind == "industry_focus":
            listed += [line.text for line in section.lines]
        elif section.kind == "highlights":
            written += highlights.theme_labels(section)
    labels = page_labels(listed + written)
    return PageContext(labels, frozenset(page_labels(listed)))


def _read_section(section: Section, reading: PageReading, ledger: Ledger, context: PageContext) -> None:
    """Run the section's handler and keep what it read."""
    kind = section.kind
    if kind == "header":
        reading.header = header.read(section, ledger)
    elif kind == "description":
        reading.description = description.read(section, ledger)
    elif kind == "profile":
        reading.stats = profile_stats.read(section, ledger)
    elif kind == "highlights":
        reading.highlights = highlights.read(section, ledger, context)
    elif kind == "stage_focus":
        reading.stages = focus.read_stages(section, ledger)
    elif kind == "country_focus":
        reading.countries = focus.read_countries(section, ledger)
    elif kind == "industry_focus":
        reading.industries = focus.read_industries(section, ledger, context)
    elif kind == "co_investors":
        reading.co_investors = entries.read_co_investors(section, ledger)
    elif kind == "angels":
        reading.angels = entries.read_angels(section, ledger)
    elif kind == "deals":
        reading.deals = deals.read(section, ledger, context)
    elif kind == "unknown":
        unknown.read(section, ledger)
    else:  # a heading added to the vocabulary needs its handler here
        raise NotImplementedError(f"no handler for the section {kind!r}")


def _read(document: Document, ledger: Ledger) -> PageReading:
    """Every section read once, in page order; a section seen before goes to ``unparsed``."""
    reading = PageReading()
    context = _context(document)
    seen: set[str] = set()
    for section in document.sections:
        ledger.section = section.kind
        if section.kind != "unknown" and section.kind in seen:
            lines = section.all_lines
            ledger.diagnose("section.duplicate", f"section {section.kind!r} seen before",
                            lines[0].number if lines else None)
            ledger.leave_all(lines, "line of a duplicate section")
            continue
        seen.add(section.kind)
        if section.heading is not None and section.kind != "unknown":
            ledger.place([section.heading])  # the heading: the section's structure
            if reading.heading_name is None:
                reading.heading_name = _heading_name(section.heading)
        _read_section(section, reading, ledger, context)
    return reading


def _heading_name(heading: Line) -> tuple[str, Where] | None:
    """The investor's name a question heading carries, and where."""
    name = vocab.heading_name(heading.text)
    if not name:
        return None
    start = heading.text.find(name)
    return name, (heading, start, start + len(name))


def _same_name(a: str, b: str) -> bool:
    """Two spellings of one name: equal but for case, or one the start of the other."""
    a, b = a.casefold(), b.casefold()
    return a.startswith(b) or b.startswith(a)


def _name(reading: PageReading, ledger: Ledger) -> tuple[str, Where] | None:
    """The investor's name and where it was read: the header's, else the question headings'.

    A header name no logo or place line vouches for is kept only when no
    heading names someone else (a page cut above its stats may start with a
    list item). A name from a heading alone says so with ``header.missing``.
    """
    found = reading.header
    heading = reading.heading_name
    if found is not None and found.name is not None and found.name_line is not None:
        if found.vouched or heading is None or _same_name(found.name, heading[0]):
            ledger.place([found.name_line])
            start = found.name_line.text.find(found.name)
            return found.name, (found.name_line, start, start + len(found.name))
        ledger.section = "header"
        ledger.leave(found.name_line, f"no name line: the headings name {heading[0]!r}")
    if heading is not None:
        ledger.diagnose("header.missing", f"no name or logo line (the top of the page may be cut off): "
                        f"the name {heading[0]!r} comes from a heading", heading[1][0].number)
        return heading
    return None


def _catch_unplaced(document: Document, ledger: Ledger) -> None:
    """Safety net of the no-data-lost rule: a line that no handler placed or
    left goes to ``unparsed`` (a handler bug; tests prove the net stays empty)."""
    left = {item["line"] for item in ledger.unparsed}
    for section in document.sections:
        ledger.section = section.kind
        for line in section.all_lines:
            if line.number not in ledger.placed and line.number not in left:
                logger.warning("line %d was neither placed nor left by its handler", line.number)
                ledger.leave(line, "no handler placed this line")


def _record(reading: PageReading, ledger: Ledger, source: Source | None) -> dict[str, Any]:
    """The contract's record, field by field (a misspelled field fails validation)."""
    stats = reading.stats
    assert reading.name is not None  # the caller refuses a page without a name
    return {
        "name": reading.name[0],
        "location": reading.header.location if reading.header else None,
        "description": reading.description[0],
        "stats": {key: stat.value if stat else None for key, stat in stats.items()} if stats else None,
        "highlights": reading.highlights.values if reading.highlights else None,
        "stage_focus": [item for item, _ in reading.stages],
        "country_focus": [item for item, _ in reading.countries],
        "industry_focus": [label for label, _ in reading.industries],
        "co_investors": [entry.values for entry in reading.co_investors],
        "angels": [entry.values for entry in reading.angels],
        "recent_deals": [deal.values for deal in reading.deals],
        "facts": [found.fact for found in reading.facts],
        "source": source,
        "diagnostics": sorted(ledger.diagnostics, key=line_order),
        "unparsed": sorted(ledger.unparsed, key=line_order),
    }


def _check_size(text: str, max_chars: int, max_lines: int) -> None:
    if not isinstance(text, str):
        raise ProfileParseError(f"expected the page as str, got {type(text).__name__}")
    if len(text) > max_chars:
        raise ProfileParseError(f"page of {len(text):,} characters is over the limit of {max_chars:,}", line=1)
    lines = max(text.count("\n"), text.count("\r")) + 1
    if lines > max_lines:
        raise ProfileParseError(f"page of {lines:,} lines is over the limit of {max_lines:,}",
                                line=max_lines + 1)


def read_page(text: str, *, max_chars: int = DEFAULT_MAX_PAGE_CHARS,
              max_lines: int = DEFAULT_MAX_PAGE_LINES) -> ReadPage:
    """The page read section by section (no record yet; no refusal but for size)."""
    _check_size(text, max_chars, max_lines)
    document = read_document(text)
    ledger = Ledger()
    reading = _read(document, ledger)
    reading.name = _name(reading, ledger)
    reading.facts = read_facts(reading.description[1])
    return ReadPage(document, reading, ledger)


def build_profile(text: str, page: ReadPage, *, source: Source | None = None,
                  spans: bool = False) -> InvestorProfile:
    """The record of a page read; ProfileParseError when the page is no profile."""
    document, reading, ledger = page.document, page.reading, page.ledger
    known = any(s.kind not in ("header", "unknown") for s in document.sections)
    if reading.name is None or not (known or (reading.header is not None and reading.header.has_logo)):
        raise ProfileParseError("no investor profile found: no name line, logo line or known section heading",
                                line=1)
    _catch_unplaced(document, ledger)
    profile = InvestorProfile.model_validate(_record(reading, ledger, source))
    if spans:
        profile = profile.model_copy(update={"spans": ground(text, page, profile)})
    return profile


def parse_read(text: str, *, strict: bool = False, spans: bool = False, source: Source | None = None,
               max_chars: int = DEFAULT_MAX_PAGE_CHARS, max_lines: int = DEFAULT_MAX_PAGE_LINES,
               ) -> tuple[InvestorProfile, ReadPage]:
    """:func:`parse`, and what the page was read into (its sections, what each
    handler read, the ledger: for reports that must not read the page twice)."""
    page = read_page(text, max_chars=max_chars, max_lines=max_lines)
    profile = build_profile(text, page, source=source, spans=spans)
    if strict:
        _refuse_warnings(profile.diagnostics)
    return profile, page


def parse(text: str, *, strict: bool = False, spans: bool = False, source: Source | None = None,
          max_chars: int = DEFAULT_MAX_PAGE_CHARS, max_lines: int = DEFAULT_MAX_PAGE_LINES) -> InvestorProfile:
    """One page of text to one record; see the contract for every field.

    Best effort: what cannot be read becomes a diagnostic. Raises
    :class:`ProfileParseError` when the text is no profile (no name and no
    section can be found), is longer than ``max_chars`` characters or
    ``max_lines`` lines, or, with ``strict=True``, when any warning or error
    was raised. With ``spans=True`` the record carries ``spans``: where on
    the page each value was read (see :mod:`profile_parser.spans`).
    """
    return parse_read(text, strict=strict, spans=spans, source=source, max_chars=max_chars,
                      max_lines=max_lines)[0]


def line_accounting(text: str) -> dict[int, str]:
    """Where each line of a page went: ``field``, ``unparsed``, ``chrome`` or
    ``blank``; ``lost`` would be a handler bug (for tests and debugging).

    >>> line_accounting("Acme logo\\n\\nAcme\\nFAQ\\nDescription\\nAcme invests.")
    {1: 'field', 2: 'blank', 3: 'field', 4: 'chrome', 5: 'field', 6: 'field'}
    """
    page = read_page(text)
    document, ledger = page.document, page.ledger
    in_sections = {line.number for s in document.sections for line in s.all_lines}
    left = {item["line"] for item in ledger.unparsed}
    status: dict[int, str] = {}
    for number, raw in enumerate(document.text.split("\n"), start=1):
        if not raw:
            status[number] = "blank"
        elif number not in in_sections:
            status[number] = "chrome"
        elif number in left:
            status[number] = "unparsed"
        else:
            status[number] = "field" if number in ledger.placed else "lost"
    return status


def _refuse_warnings(diagnostics: list[Diagnostic]) -> None:
    serious = [d for d in diagnostics if d.severity in ("warning", "error")]
    if serious:
        listing = "; ".join(f"line {d.line}: {d.code}: {d.message}" for d in serious)
        raise ProfileParseError(f"strict mode: {len(serious)} warning(s): {listing}",
                                line=serious[0].line, diagnostics=serious)


def parse_page_read(page: RawPage, *, strict: bool = False, spans: bool = False) -> tuple[InvestorProfile, ReadPage]:
    """:func:`parse_page`, and what the page was read into (see :func:`parse_read`)."""
    source = Source(path=page.path, index=page.index, first_line=page.first_line)
    if page.text is None:
        raise ProfileParseError(page.error or "page over the size limit", line=1)
    profile, read = parse_read(page.text, strict=strict, spans=spans, source=source)
    if page.notes:
        notes = [Diagnostic.model_validate({"code": c, "severity": s, "message": m, "line": n})
                 for c, s, m, n in page.notes]
        profile.diagnostics = sorted([*profile.diagnostics, *notes], key=line_order)
    return profile, read


def parse_page(page: RawPage, *, strict: bool = False, spans: bool = False) -> InvestorProfile:
    """Parse one page that :func:`~profile_parser.pages.iter_pages` cut from a dump;
    the reader's notes on the page (``encoding.cp1252``) join its diagnostics."""
    return parse_page_read(page, strict=strict, spans=spans)[0]


def iter_profiles(
    source: str | os.PathLike[str] | TextIO,
    *,
    strict: bool = False,
    errors: Literal["raise", "skip"] = "raise",
    max_chars: int = DEFAULT_MAX_PAGE_CHARS,
    spans: bool = False,
) -> Iterator[InvestorProfile]:
    """The records of a dump holding one or more pages back to back.

    ``source`` is the dump's text (a ``str``), a path (``os.PathLike``; a
    plain ``str`` is always text), or a text file object read line by line.
    Memory stays bounded by ``max_chars`` whatever the dump's size. A page
    that is no profile raises :class:`ProfileParseError` (``errors="raise"``)
    or is logged and skipped (``errors="skip"``). Diagnostic lines (and
    span lines) count within the page: the dump line is
    ``source.first_line + line - 1``.
    """
    for page in iter_pages(source, max_chars=max_chars):
        try:
            yield parse_page(page, strict=strict, spans=spans)
        except ProfileParseError as error:
            hint = path_hint(source) if isinstance(source, str) else ""
            if errors == "raise":
                if hint:
                    raise ProfileParseError(f"{error}{hint}", line=error.line,
                                            diagnostics=error.diagnostics) from error
                raise
            logger.warning("skipped page %d at dump line %d: %s%s", page.index, page.first_line, error, hint)
