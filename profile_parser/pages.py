"""Cutting a dump into pages, streaming, in bounded memory.

A page starts at its "<Name> logo" line, or, when the logo line is missing,
at a name line followed by a "Continent, …" place line and a known section
heading, once the page before has had a heading of its own. Only the
current page is held in memory, and never more than ``max_chars`` of it: a
longer page is still cut out (its boundaries are found) but comes back with
``text=None`` so the caller can refuse it.

>>> pages = list(iter_pages("A logo\\nA\\nDescription\\nx\\nB logo\\nB\\nDescription\\ny\\n"))
>>> [(p.index, p.first_line, p.text.splitlines()[1]) for p in pages]
[(0, 1, 'A'), (1, 5, 'B')]
"""

from __future__ import annotations

import dataclasses
import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import IO, NamedTuple, TextIO

from .decode import DecodedLines, LongLine, Note, bounded_lines, decompressed, fallback_notes
from .shapes import is_place, logo_name
from .text import repair
from .vocabulary import HEADING_INITIALS, heading_kind

DEFAULT_MAX_PAGE_CHARS = 5_000_000
#: A real page has about 200 lines; a page of more lines than this is refused
#: (it is no page, and each line costs a token).
DEFAULT_MAX_PAGE_LINES = 20_000

_JUNK = "\u00a0\u200b\u200c\u200d\u2060\ufeff\t "


@dataclass(frozen=True)
class RawPage:
    """One page cut from a dump: its text (None when refused: ``error`` says why),
    its 0-based index, the dump line it starts at, the dump's path, and the
    reader's diagnostics for the page (``encoding.cp1252``)."""

    text: str | None
    index: int
    first_line: int
    path: str | None
    error: str | None = None
    notes: tuple[Note, ...] = ()


class _Recent(NamedTuple):
    number: int  # dump line number
    position: int  # index in the page buffer (-1 once the buffer was dropped)
    text: str


def _str_lines(text: str, limit: int) -> Iterator[str]:
    """Lines of a str, without copying it: "\r\n", "\r" and "\n" end a line
    (each yielded with "\n"), a line over ``limit`` is cut to ``limit + 1``
    characters, as a :class:`~profile_parser.decode.LongLine` telling its length.

    >>> [(line, getattr(line, "size", None)) for line in _str_lines("ab\\r\\nabcdef\\rc", 3)]
    [('ab\\n', None), ('abcd\\n', 6), ('c', None)]
    """
    pos, size = 0, len(text)
    while pos < size:
        newline = text.find("\n", pos)
        carriage = text.find("\r", pos, newline if newline >= 0 else size)
        end = carriage if carriage >= 0 else newline if newline >= 0 else size
        if end - pos > limit:
            yield LongLine(text[pos:pos + limit + 1] + "\n", end - pos, "characters")
        else:
            yield text[pos:end] + ("\n" if end < size else "")
        pos = end + (2 if text.startswith("\r\n", end) else 1)


_STRIP = _JUNK + "\n\r"


def _clean(line: str) -> str:
    """A line as the parser reads it (repaired), only where it is not plain ASCII."""
    text = line.strip(_STRIP)
    return text if text.isascii() and "\t" not in text and "&" not in text else repair(line.rstrip("\r\n")).strip()


def _may_be_logo(tail: str) -> bool:
    """A cheap test of a line's end before the logo test: "logo", or noise that may hide it."""
    return "ogo" in tail or ("o" in tail and (not tail.isascii() or "&" in tail or "\t" in tail))


def _logo(line: str) -> bool:
    """A "<Name> logo" line, dirty or not."""
    return logo_name(_clean(line)) is not None


def _heading(line: str) -> bool:
    """A known heading line, dirty or not."""
    return heading_kind(_clean(line)) is not None


def split_pages(lines: Iterable[str], path: str | None = None,
                max_chars: int = DEFAULT_MAX_PAGE_CHARS) -> Iterator[RawPage]:
    r"""Cut lines (each ending in "\n", the last one may not) into pages.

    A page over ``max_chars`` comes back with ``text=None`` and an ``error``. A
    single line over ``max_chars`` (junk such as an inlined file) is cut off as an
    item of its own, refused the same way: the page before it ends there, intact,
    and the next line starts a new page.

    >>> lines = ["A logo\n", "Description\n", "x" * 30 + "\n", "B logo\n", "Description\n"]
    >>> for page in split_pages(lines, max_chars=20):
    ...     print(page.index, page.first_line, repr(page.text), page.error and page.error[:52])
    0 1 'A logo\nDescription\n' None
    1 3 None a line of 30 characters is over the page limit of 20
    2 4 'B logo\nDescription\n' None
    """
    buffer: list[str] = []
    size = 0
    oversize = False
    first_line = 1
    index = 0
    number = 0
    has_content = has_heading = False
    # the last two non-blank lines, as plain (number, position, text) tuples:
    # this loop runs once per line of the dump, so it stays lean
    older: tuple[int, int, str] | None = None
    newer: tuple[int, int, str] | None = None

    def page(chars: int) -> RawPage:
        if oversize:
            return RawPage(None, index, first_line, path, error=_page_error(chars, max_chars))
        return RawPage("".join(buffer), index, first_line, path)

    for line in lines:
        number += 1
        if len(line) > max_chars:  # a line over the limit alone: an item of its own
            if has_content:
                yield page(size)
                index += 1
            yield RawPage(None, index, number, path, error=_line_error(line, max_chars))
            index += 1
            buffer, size, oversize, first_line = [], 0, False, number + 1
            has_content = has_heading = False
            older = newer = None
            continue
        text = line.strip(_STRIP)
        start: _Recent | None = None
        if text:
            if has_content and _may_be_logo(text[-24:].lower()) and _logo(line):
                start = _Recent(number, len(buffer), text)
            elif text[0] in HEADING_INITIALS and _heading(line):
                if has_heading and older is not None and newer is not None and is_place(_clean(newer[2]), known=True):
                    start = _Recent(*older)
                has_heading = True
        if start is not None:
            recent = [_Recent(*r) for r in (older, newer) if r is not None]
            kept = [r for r in recent if r.number >= start.number]
            if start.position >= 0 and not oversize:
                tail = buffer[start.position:]
                del buffer[start.position:]
                kept = [r._replace(position=r.position - start.position) for r in kept]
            else:  # the buffer was dropped: rebuild the new page's first lines from `recent`
                ends = [r.number for r in kept[1:]] + [number] if kept else []
                tail = [f"{r.text}\n" + "\n" * (end - r.number - 1) for r, end in zip(kept, ends, strict=True)]
                kept = [r._replace(position=i) for i, r in enumerate(kept)]
            yield page(size - sum(len(t) for t in tail))
            index += 1
            first_line = start.number
            buffer, oversize = tail, False
            older, newer = ([None, None] + [(r.number, r.position, r.text) for r in kept])[-2:]
            size = sum(len(t) for t in buffer)
            has_heading = text[0] in HEADING_INITIALS and _heading(line)
        if text:
            has_content = True
            older, newer = newer, (number, -1 if oversize else len(buffer), text)
        size += len(line)
        if size > max_chars:
            oversize = True
            buffer.clear()
        if not oversize:
            buffer.append(line)
    if has_content:
        yield page(size)


_RAISE = "(raise it with --max-page-chars, or max_chars= in Python)"


def _page_error(chars: int, max_chars: int) -> str:
    """Why a page over the limit is refused: its size, the limit, the option.

    >>> print(_page_error(6_000, 5_000))
    page of 6,000 characters is over the limit of 5,000 (raise it with --max-page-chars, or max_chars= in Python)
    """
    return f"page of {chars:,} characters is over the limit of {max_chars:,} {_RAISE}"


def _line_error(line: str, max_chars: int) -> str:
    """Why a line over the limit is refused (a :class:`LongLine` knows its real size)."""
    size = line.size if isinstance(line, LongLine) else len(line.rstrip("\n"))
    unit = line.unit if isinstance(line, LongLine) else "characters"
    return (f"a line of {size:,} {unit} is over the page limit of {max_chars:,} characters {_RAISE}; "
            "skipped, the pages around it kept")


def pages_of_bytes(stream: IO[bytes], path: str | None,
                   max_chars: int = DEFAULT_MAX_PAGE_CHARS) -> Iterator[RawPage]:
    r"""The pages of a byte stream, read by the one decoder (:mod:`profile_parser.decode`:
    decompression by magic bytes, UTF-8/UTF-16/cp1252), each page with its
    ``encoding.cp1252`` note when it holds lines read as cp1252. The library, the
    command line and Spark all read files through here.

    >>> import io
    >>> [(p.text, p.notes) for p in pages_of_bytes(io.BytesIO(b"A logo\nCaf\xe9"), None)]
    [('A logo\nCafé', (('encoding.cp1252', 'info', '1 line(s) not valid UTF-8, read as cp1252', 2),))]
    """
    # a UTF-8 character is at most 4 bytes: a line of more bytes is over the limit anyway
    lines = DecodedLines(decompressed(stream), max_chars * 4)
    previous: RawPage | None = None
    for page in split_pages(lines, path, max_chars):
        if previous is not None:  # held until the next page starts: its lines are known
            yield _with_notes(previous, lines.fallback, page.first_line)
        previous = page
    if previous is not None:
        yield _with_notes(previous, lines.fallback, lines.number + 1)


def _with_notes(page: RawPage, fallback: list[int], end: int) -> RawPage:
    notes = fallback_notes(fallback, page.first_line, end)
    return dataclasses.replace(page, notes=notes) if notes else page


def iter_pages(source: str | os.PathLike[str] | TextIO,
               max_chars: int = DEFAULT_MAX_PAGE_CHARS) -> Iterator[RawPage]:
    """The pages of a dump: text (``str``), a path (``os.PathLike``: read as bytes by
    :func:`pages_of_bytes`, compressed or not) or a text stream."""
    if isinstance(source, str):
        yield from split_pages(_str_lines(source, max_chars), None, max_chars)
    elif isinstance(source, os.PathLike):
        path = os.fspath(source)
        with open(path, "rb") as stream:
            yield from pages_of_bytes(stream, path, max_chars)
    else:
        name = getattr(source, "name", None)
        lines = bounded_lines(source.readline, max_chars, "\n")
        yield from split_pages(lines, name if isinstance(name, str) else None, max_chars)
