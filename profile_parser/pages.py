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

import os
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import AnyStr, NamedTuple, TextIO

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
    """One page cut from a dump: its text (None when over the size limit),
    its 0-based index, the dump line it starts at, and the dump's path."""

    text: str | None
    index: int
    first_line: int
    path: str | None


class _Recent(NamedTuple):
    number: int  # dump line number
    position: int  # index in the page buffer (-1 once the buffer was dropped)
    text: str


def bounded_lines(readline: Callable[[int], AnyStr], limit: int,
                  newline: AnyStr) -> Iterator[AnyStr]:
    """Lines from ``readline``, a line over ``limit`` cut to ``limit + 1`` items plus
    ``newline`` (the rest of it is skipped in bounded reads, never held).

    >>> import io
    >>> list(bounded_lines(io.BytesIO(b"ab\\nabcdef\\nc").readline, 3, b"\\n"))
    [b'ab\\n', b'abcd\\n', b'c']
    """
    while True:
        line = readline(limit + 1)
        if not line:
            return
        if len(line) > limit and not line.endswith(newline):
            rest = line
            while rest and not rest.endswith(newline):
                rest = readline(limit + 1)
            line = line + newline
        yield line


def _str_lines(text: str, limit: int) -> Iterator[str]:
    """Lines of a str, without copying it: "\r\n", "\r" and "\n" end a line
    (each yielded with "\n"), a line over ``limit`` is cut to ``limit + 1``."""
    pos, size = 0, len(text)
    while pos < size:
        newline = text.find("\n", pos)
        carriage = text.find("\r", pos, newline if newline >= 0 else size)
        end = carriage if carriage >= 0 else newline if newline >= 0 else size
        yield text[pos:min(end, pos + limit + 1)] + ("\n" if end < size or end - pos > limit else "")
        pos = end + (2 if text.startswith("\r\n", end) else 1)


def _open(source: os.PathLike[str] | TextIO) -> tuple[TextIO, str | None, bool]:
    if isinstance(source, os.PathLike):
        path = os.fspath(source)
        return open_text(path), path, True
    name = getattr(source, "name", None)
    return source, name if isinstance(name, str) else None, False


def open_text(path: str) -> TextIO:
    """Open a page file: UTF-8 (with or without BOM) or UTF-16 with BOM; bytes
    that are not UTF-8 become U+FFFD (the CLI adds a cp1252 fallback)."""
    with open(path, "rb") as probe:
        head = probe.read(4)
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        encoding = "utf-16"
    else:
        encoding = "utf-8-sig"
    return open(path, encoding=encoding, errors="replace", newline=None)


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
    return logo_name(line.strip(_STRIP)) is not None or logo_name(_clean(line)) is not None


def _heading(line: str) -> bool:
    """A known heading line, dirty or not."""
    text = line.strip(_STRIP)
    return heading_kind(text) is not None or (_clean(line) != text and heading_kind(_clean(line)) is not None)


def split_pages(lines: Iterable[str], path: str | None = None,
                max_chars: int = DEFAULT_MAX_PAGE_CHARS) -> Iterator[RawPage]:
    """Cut lines (each ending in "\\n", the last one may not) into pages."""
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

    def page() -> RawPage:
        return RawPage(None if oversize else "".join(buffer), index, first_line, path)

    for line in lines:
        number += 1
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
            yield page()
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
        yield page()


def iter_pages(source: str | os.PathLike[str] | TextIO,
               max_chars: int = DEFAULT_MAX_PAGE_CHARS) -> Iterator[RawPage]:
    """The pages of a dump: text (``str``), a path (``os.PathLike``) or a text stream."""
    if isinstance(source, str):
        yield from split_pages(_str_lines(source, max_chars), None, max_chars)
        return
    stream, path, owned = _open(source)
    try:
        yield from split_pages(bounded_lines(stream.readline, max_chars, "\n"), path, max_chars)
    finally:
        if owned:
            stream.close()
