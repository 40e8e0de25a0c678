"""The public entry points: :func:`parse` one page, :func:`iter_profiles` over a dump.

>>> profile = parse("Acme logo\\n\\nAcme\\n\\nEurope, Bavaria, Germany, Munich\\n\\n"
...                 "Description\\n\\nAcme invests in robots.")
>>> profile.name, profile.location.country_code, profile.description
('Acme', 'DE', 'Acme invests in robots.')
"""

from __future__ import annotations

import logging
import os
import re
from collections.abc import Iterator
from typing import Any, Literal, TextIO

from .decode import path_hint
from .document import read_sections
from .errors import ProfileParseError
from .facts import find_facts
from .models import Diagnostic, InvestorProfile, Source
from .ordering import line_order
from .pages import DEFAULT_MAX_PAGE_CHARS, DEFAULT_MAX_PAGE_LINES, RawPage, iter_pages
from .sections import FIRST, HANDLERS, PageBuilder, Section, lines_of, section_lines
from .text import repair

logger = logging.getLogger(__name__)

__all__ = [
    "DEFAULT_MAX_PAGE_CHARS", "ProfileParseError", "iter_profiles", "line_accounting", "parse",
    "parse_page",
]

_NAME_IN_HEADING = re.compile(
    r"(?i)(?:who does|which angels does|what are some of (?:the )?recent deals (?:done )?by) "
    r"(?P<name>.+?)(?: (?:frequently|often|usually))?(?: co-?invest with| collaborate with)?\?"
)
_QUESTION_SECTIONS = ("co_investors", "angels", "deals")


def _name_from_headings(sections: list[Section]) -> str | None:
    """The investor's name as the question headings carry it ("Who does X …?")."""
    for section in sections:
        if section.kind in _QUESTION_SECTIONS and section.tokens:
            match = _NAME_IN_HEADING.fullmatch(section.tokens[0].strip())
            if match:
                return match.group("name").strip()
    return None


def _build(sections: list[Section], *, catch_unplaced: bool = True) -> PageBuilder:
    page = PageBuilder()
    ordered = sorted(sections, key=lambda s: s.kind not in FIRST)  # stable: page order otherwise
    for section in ordered:
        if section.kind != "unknown" and section.kind in page.seen:
            lines = section_lines(section)
            page.diagnose("section.duplicate", f"section {section.kind!r} seen before",
                          lines[0].number if lines else None)
            page.leave_all(lines, "line of a duplicate section")
            continue
        page.seen.add(section.kind)
        if section.kind not in ("header", "unknown"):
            page.take(*lines_of(section.tokens[0]))  # the heading: the section's structure
        HANDLERS[section.kind](section, page)
    if catch_unplaced:
        _catch_unplaced(sections, page)
    return page


def _catch_unplaced(sections: list[Section], page: PageBuilder) -> None:
    """Safety net of the no-data-lost rule: a line that no handler placed or
    left goes to ``unparsed`` (a handler bug; tests prove the net stays empty)."""
    left = {item["line"] for item in page.unparsed}
    for section in sections:
        for line in section_lines(section):
            if line.number not in page.taken and line.number not in left:
                logger.warning("line %d was neither placed nor left by its handler", line.number)
                page.leave(line, "no handler placed this line")


def line_accounting(text: str) -> dict[int, str]:
    """Where each line of a page went: ``field``, ``unparsed``, ``chrome`` or
    ``blank``; ``lost`` would be a handler bug (for tests and debugging).

    >>> line_accounting("Acme logo\\n\\nAcme\\nFAQ\\nDescription\\nAcme invests.")
    {1: 'field', 2: 'blank', 3: 'field', 4: 'chrome', 5: 'field', 6: 'field'}
    """
    sections = read_sections(text)
    page = _build(sections, catch_unplaced=False)
    in_tokens = {line.number for s in sections for line in section_lines(s)}
    left = {item["line"] for item in page.unparsed}
    status: dict[int, str] = {}
    for number, raw in enumerate(repair(text).split("\n"), start=1):
        if not raw:
            status[number] = "blank"
        elif number not in in_tokens:
            status[number] = "chrome"
        elif number in left:
            status[number] = "unparsed"
        else:
            status[number] = "field" if number in page.taken else "lost"
    return status


def _sort_key(item: dict[str, Any]) -> tuple[bool, int]:
    return item["line"] is None, item["line"] or 0


def parse(text: str, *, strict: bool = False, source: Source | None = None,
          max_chars: int = DEFAULT_MAX_PAGE_CHARS,
          max_lines: int = DEFAULT_MAX_PAGE_LINES) -> InvestorProfile:
    """One page of text to one record; see the contract for every field.

    Best effort: what cannot be read becomes a diagnostic. Raises
    :class:`ProfileParseError` when the text is no profile (no name and no
    section can be found), is longer than ``max_chars`` characters or
    ``max_lines`` lines, or, with
    ``strict=True``, when any warning or error was raised.
    """
    if not isinstance(text, str):
        raise ProfileParseError(f"expected the page as str, got {type(text).__name__}")
    if len(text) > max_chars:
        raise ProfileParseError(f"page of {len(text):,} characters is over the limit of {max_chars:,}",
                                line=1)
    lines = max(text.count("\n"), text.count("\r")) + 1
    if lines > max_lines:
        raise ProfileParseError(f"page of {lines:,} lines is over the limit of {max_lines:,}",
                                line=max_lines + 1)
    sections = read_sections(text)
    page = _build(sections)
    name = page.fields.get("name") or _name_from_headings(sections)
    known = any(s.kind not in ("header", "unknown") for s in sections)
    if not name or not (known or page.fields.get("has_logo")):
        raise ProfileParseError(
            "no investor profile found: no name line, logo line or known section heading", line=1
        )
    description_lines = page.fields.get("description_lines", [])
    record = {
        field: page.fields[field]
        for field in InvestorProfile.model_fields
        if field in page.fields
    }
    record["name"] = name
    record["facts"] = find_facts(description_lines)
    record["source"] = source
    record["diagnostics"] = sorted(page.diagnostics, key=_sort_key)
    record["unparsed"] = sorted(page.unparsed, key=_sort_key)
    profile = InvestorProfile.model_validate(record)
    if strict:
        _refuse_warnings(profile.diagnostics)
    return profile


def _refuse_warnings(diagnostics: list[Diagnostic]) -> None:
    serious = [d for d in diagnostics if d.severity in ("warning", "error")]
    if serious:
        listing = "; ".join(f"line {d.line}: {d.code}: {d.message}" for d in serious)
        raise ProfileParseError(f"strict mode: {len(serious)} warning(s): {listing}",
                                line=serious[0].line, diagnostics=serious)


def parse_page(page: RawPage, *, strict: bool = False) -> InvestorProfile:
    """Parse one page that :func:`~profile_parser.pages.iter_pages` cut from a dump;
    the reader's notes on the page (``encoding.cp1252``) join its diagnostics."""
    source = Source(path=page.path, index=page.index, first_line=page.first_line)
    if page.text is None:
        raise ProfileParseError(page.error or "page over the size limit", line=1)
    profile = parse(page.text, strict=strict, source=source)
    if page.notes:
        notes = [Diagnostic.model_validate({"code": c, "severity": s, "message": m, "line": n})
                 for c, s, m, n in page.notes]
        profile.diagnostics = sorted([*profile.diagnostics, *notes], key=line_order)
    return profile


def iter_profiles(
    source: str | os.PathLike[str] | TextIO,
    *,
    strict: bool = False,
    errors: Literal["raise", "skip"] = "raise",
    max_chars: int = DEFAULT_MAX_PAGE_CHARS,
) -> Iterator[InvestorProfile]:
    """The records of a dump holding one or more pages back to back.

    ``source`` is the dump's text (a ``str``), a path (``os.PathLike``; a
    plain ``str`` is always text), or a text file object read line by line.
    Memory stays bounded by ``max_chars`` whatever the dump's size. A page
    that is no profile raises :class:`ProfileParseError` (``errors="raise"``)
    or is logged and skipped (``errors="skip"``). Diagnostic lines count
    within the page: the dump line is ``source.first_line + line - 1``.
    """
    for page in iter_pages(source, max_chars=max_chars):
        try:
            yield parse_page(page, strict=strict)
        except ProfileParseError as error:
            hint = path_hint(source) if isinstance(source, str) else ""
            if errors == "raise":
                if hint:
                    raise ProfileParseError(f"{error}{hint}", line=error.line,
                                            diagnostics=error.diagnostics) from error
                raise
            logger.warning("skipped page %d at dump line %d: %s%s", page.index, page.first_line, error, hint)
