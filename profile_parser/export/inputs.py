"""Reading the command line's inputs: files, directories, stdin; text dumps or JSON Lines.

Every input becomes a stream of :class:`PageTask` (one page to parse, or a
record that could not even be read, carrying its error), read line by line
so memory stays bounded whatever the input's size.

Encodings: UTF-8 with or without BOM and UTF-16 with BOM. A line that is not
valid UTF-8 has its bad bytes read as cp1252 instead; the pages it lands in
get an ``encoding.cp1252`` diagnostic (severity ``info``).

>>> import io
>>> tasks = list(read_tasks(io.BytesIO(b"A logo\\nA\\nDescription\\nCaf\\xe9\\n"), "-"))
>>> [(t.index, t.first_line, t.text.splitlines()[-1]) for t in tasks]
[(0, 1, 'Café')]
>>> tasks[0].notes[0][:2]
('encoding.cp1252', 'info')
"""

from __future__ import annotations

import fnmatch
import io
import json
import os
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import IO, Any, Literal

from ..pages import DEFAULT_MAX_PAGE_CHARS, bounded_lines, split_pages

STDIN = "-"
JSONL_SUFFIXES = (".jsonl", ".ndjson", ".jsonl.txt")
InputFormat = Literal["auto", "text", "jsonl"]
#: (code, severity, message, page line) added to a record's diagnostics
Note = tuple[str, str, str, int | None]


class InputError(Exception):
    """An input that cannot be read at all (missing, unreadable, binary)."""


@dataclass(frozen=True)
class PageTask:
    """One unit of work: a page's text (None when refused before parsing),
    where it came from, the extra JSON Lines fields, notes, and the reason
    it was refused (``error``) when ``text`` is None for a reason other than size."""

    text: str | None
    path: str
    index: int
    first_line: int
    fields: dict[str, Any] | None = None
    notes: tuple[Note, ...] = ()
    error: str | None = None


def expand_inputs(inputs: Sequence[str], globs: Sequence[str]) -> Iterator[str]:
    """Input arguments to input paths: a directory becomes its files matching one
    of ``globs`` (recursively, sorted, symbolic links to directories not followed).

    >>> list(expand_inputs(["-", "a.txt"], ["*.txt"]))
    ['-', 'a.txt']
    """
    for item in inputs:
        if item != STDIN and os.path.isdir(item):
            yield from _walk(item, globs)
        else:
            yield item


def _walk(directory: str, globs: Sequence[str]) -> Iterator[str]:
    for root, dirs, files in os.walk(directory):
        dirs.sort()
        for name in sorted(files):
            if any(fnmatch.fnmatch(name, pattern) for pattern in globs):
                yield os.path.join(root, name)


def open_binary(path: str) -> IO[bytes]:
    """The input's byte stream (stdin for ``-``); an OSError becomes :class:`InputError`."""
    if path == STDIN:
        return os.fdopen(os.dup(0), "rb")  # a private handle: closing it leaves stdin open
    try:
        return open(path, "rb")
    except OSError as error:
        raise InputError(error.strerror or str(error)) from None


def decode_line(data: bytes) -> tuple[str, bool]:
    """A line as UTF-8, its invalid bytes read as cp1252; True when any was.

    >>> decode_line("Café".encode())
    ('Café', False)
    >>> decode_line(b"Caf\\xe9 \\x93quoted\\x94 \\x81")
    ('Café “quoted” \\x81', True)
    """
    try:
        return data.decode("utf-8"), False
    except UnicodeDecodeError:
        pass
    parts: list[str] = []
    rest = data
    while rest:
        try:
            parts.append(rest.decode("utf-8"))
            break
        except UnicodeDecodeError as error:
            parts.append(rest[: error.start].decode("utf-8"))
            parts.append("".join(_cp1252(byte) for byte in rest[error.start : error.end]))
            rest = rest[error.end :]
    return "".join(parts), True


def _cp1252(byte: int) -> str:
    """One byte as cp1252; its five unassigned bytes as Latin-1."""
    try:
        return bytes([byte]).decode("cp1252")
    except UnicodeDecodeError:
        return chr(byte)


def universal_newlines(line: str) -> list[str]:
    """A line whose breaks may be ``\\r\\n`` or a lone ``\\r`` as ``\\n``-ended lines.

    >>> universal_newlines("a\\r\\n"), universal_newlines("a\\rb\\r\\n")
    (['a\\n'], ['a\\n', 'b\\n'])
    """
    if "\r" not in line:
        return [line]
    return line.replace("\r\n", "\n").replace("\r", "\n").splitlines(keepends=True)


class _Lines:
    """The decoded lines of a byte stream, remembering which were read as cp1252."""

    def __init__(self, stream: IO[bytes], limit: int) -> None:
        self.stream = stream
        self.limit = limit
        self.fallback: list[int] = []  # line numbers (1-based) decoded as cp1252
        self.number = 0

    def __iter__(self) -> Iterator[str]:
        head = _peek(self.stream)
        if head.startswith((b"\xff\xfe", b"\xfe\xff")):
            text = io.TextIOWrapper(self.stream, encoding="utf-16", errors="replace", newline=None)
            for line in bounded_lines(text.readline, self.limit, "\n"):
                self.number += 1
                yield line
            return
        if b"\0" in head:
            raise InputError("binary data (NUL bytes), not a text file")
        first = True
        for raw in bounded_lines(self.stream.readline, self.limit, b"\n"):
            if first and raw.startswith(b"\xef\xbb\xbf"):
                raw = raw[3:]
            first = False
            line, fell_back = decode_line(raw)
            for part in universal_newlines(line):
                self.number += 1
                if fell_back:
                    self.fallback.append(self.number)
                yield part


def _peek(stream: IO[bytes]) -> bytes:
    peek = getattr(stream, "peek", None)
    return bytes(peek(4096)) if peek is not None else b""


def sniff_format(path: str, stream: IO[bytes]) -> Literal["text", "jsonl"]:
    """JSON Lines when the name says so or the first non-blank byte is ``{``.

    >>> sniff_format("dump.txt", io.BufferedReader(io.BytesIO(b' {"text": "A logo"}')))
    'jsonl'
    >>> sniff_format("dump.jsonl", io.BufferedReader(io.BytesIO(b"A logo")))
    'jsonl'
    """
    if path.lower().endswith(JSONL_SUFFIXES):
        return "jsonl"
    head = _peek(stream).lstrip(b"\xef\xbb\xbf \t\r\n")
    return "jsonl" if head.startswith(b"{") else "text"


def read_tasks(stream: IO[bytes], path: str, *, input_format: InputFormat = "auto",
               text_field: str = "text", max_chars: int = DEFAULT_MAX_PAGE_CHARS,
               ) -> Iterator[PageTask]:
    """The pages of one input, as tasks; raises :class:`InputError` if it is no text."""
    if not hasattr(stream, "peek"):
        stream = io.BufferedReader(stream)  # type: ignore[type-var]
    fmt = sniff_format(path, stream) if input_format == "auto" else input_format
    # a UTF-8 line may hold 4 bytes per character, a JSON string 6 (\uXXXX escapes)
    lines = _Lines(stream, max_chars * (6 if fmt == "jsonl" else 4))
    if fmt == "jsonl":
        yield from _jsonl_tasks(lines, path, text_field, max_chars)
        return
    for page, end in _with_end(split_pages(lines, path, max_chars)):
        limit = end if end is not None else lines.number + 1
        yield PageTask(page.text, path, page.index, page.first_line,
                       notes=_fallback_notes(lines.fallback, page.first_line, limit))


def _with_end(pages: Iterable[Any]) -> Iterator[tuple[Any, int | None]]:
    """Each page with the first line of the next one (None for the last),
    so the lines read as cp1252 can be told to the page that holds them."""
    previous = None
    for page in pages:
        if previous is not None:
            yield previous, page.first_line
        previous = page
    if previous is not None:
        yield previous, None


def _fallback_notes(fallback: list[int], first: int, end: int) -> tuple[Note, ...]:
    """One note for the page spanning dump lines ``first`` to ``end - 1``, and the
    line numbers before ``end`` dropped from ``fallback`` (they are done).

    >>> seen = [3, 5, 9]
    >>> _fallback_notes(seen, 2, 6)
    (('encoding.cp1252', 'info', '2 line(s) not valid UTF-8, read as cp1252', 2),)
    >>> seen
    [9]
    """
    inside = [n for n in fallback if first <= n < end]
    del fallback[: sum(1 for n in fallback if n < end)]
    if not inside:
        return ()
    message = f"{len(inside)} line(s) not valid UTF-8, read as cp1252"
    return (("encoding.cp1252", "info", message, inside[0] - first + 1),)


def _jsonl_tasks(lines: _Lines, path: str, text_field: str, max_chars: int) -> Iterator[PageTask]:
    """One task per non-blank JSON line: the page text from ``text_field``,
    every other field kept for the record's ``source.fields``."""
    index = 0
    for line in lines:
        if not line.strip():
            continue
        number = lines.number
        notes = _fallback_notes(lines.fallback, number, number + 1)
        notes = tuple((code, sev, msg, None) for code, sev, msg, _ in notes)
        text, fields, error = _json_record(line, text_field, max_chars * 6)
        if text is not None and len(text) > max_chars:
            text = None  # refused as over the size limit, like a text page
        yield PageTask(text, path, index, number, fields, notes, error)
        index += 1


def _json_record(line: str, text_field: str, limit: int,
                 ) -> tuple[str | None, dict[str, Any] | None, str | None]:
    """``(text, other fields, error)`` from one JSON line.

    >>> _json_record('{"text": "A logo", "url": "u"}', "text", 100)
    ('A logo', {'url': 'u'}, None)
    >>> _json_record('{"body": "A logo"}', "text", 100)
    (None, {'body': 'A logo'}, "no string field 'text' in the JSON object")
    """
    if len(line.rstrip("\n")) > limit:
        return None, None, f"JSON line longer than {limit:,} characters"
    try:
        data = json.loads(line)
    except ValueError as error:
        return None, None, f"invalid JSON: {error}"
    if not isinstance(data, dict):
        return None, None, f"a JSON line must hold an object, not {type(data).__name__}"
    text = data.pop(text_field, None)
    if not isinstance(text, str):
        return None, data, f"no string field {text_field!r} in the JSON object"
    return text, data, None
