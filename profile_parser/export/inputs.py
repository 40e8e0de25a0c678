"""Reading the command line's inputs: files, directories, globs, stdin; text dumps or JSON Lines.

Every input becomes a stream of :class:`PageTask` (one page to parse, or a
record that could not even be read, carrying its error), read line by line
so memory stays bounded whatever the input's size. Bytes become text through
the one decoder the library and Spark use too (:mod:`profile_parser.decode`):
gzip, bzip2, xz and zstd by magic bytes; UTF-8 with or without BOM, UTF-16
with BOM, and a cp1252 fallback per line with an ``encoding.cp1252`` note.

>>> import io
>>> tasks = list(read_tasks(io.BytesIO(b"A logo\\nA\\nDescription\\nCaf\\xe9\\n"), "-"))
>>> [(t.index, t.first_line, t.text.splitlines()[-1]) for t in tasks]
[(0, 1, 'Café')]
>>> tasks[0].notes[0][:2]
('encoding.cp1252', 'info')
"""

from __future__ import annotations

import fnmatch
import glob
import json
import os
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import IO, Any, Literal, NamedTuple

from ..decode import DecodedLines, InputError, Note, decompressed, fallback_notes, strip_compression
from ..pages import DEFAULT_MAX_PAGE_CHARS, pages_of_bytes

STDIN = "-"
JSONL_SUFFIXES = (".jsonl", ".ndjson", ".jsonl.txt")
InputFormat = Literal["auto", "text", "jsonl"]

__all__ = ["STDIN", "Input", "InputError", "Note", "PageTask", "expand_inputs", "open_binary", "read_tasks"]


@dataclass(frozen=True)
class PageTask:
    """One unit of work: a page's text (None when refused before parsing: ``error``
    says why), where it came from, the extra JSON Lines fields, and the reader's notes."""

    text: str | None
    path: str
    index: int
    first_line: int
    fields: dict[str, Any] | None = None
    notes: tuple[Note, ...] = ()
    error: str | None = None


class Input(NamedTuple):
    """An input path to read, or an input argument that names nothing (``error``)."""

    path: str
    error: str | None = None


def name_matches(name: str, patterns: Sequence[str], *, case_sensitive: bool = False) -> bool:
    """Whether a file name matches one of the patterns, with or without a compression
    suffix (``*.txt`` takes ``a.txt.gz``), ignoring case unless told otherwise.

    >>> [name_matches(n, ["*.txt"]) for n in ("a.txt", "B.TXT", "c.txt.gz", "d.md")]
    [True, True, True, False]
    >>> name_matches("B.TXT", ["*.txt"], case_sensitive=True)
    False
    """
    names = {name, strip_compression(name)}
    if not case_sensitive:
        names = {n.lower() for n in names}
        patterns = [p.lower() for p in patterns]
    return any(fnmatch.fnmatchcase(n, p) for n in names for p in patterns)


def _any_case(pattern: str) -> str:
    """A glob pattern matching its letters in either case (brackets left as they are).

    >>> _any_case("pages/*.txt")
    '[pP][aA][gG][eE][sS]/*.[tT][xX][tT]'
    >>> _any_case("a[bc]")
    '[aA][bc]'
    """
    out: list[str] = []
    for part in re.split(r"(\[[^\]]*\])", pattern):
        if part.startswith("[") and part.endswith("]"):
            out.append(part)
        else:
            out.extend(f"[{c.lower()}{c.upper()}]" if c.lower() != c.upper() else c for c in part)
    return "".join(out)


def expand_inputs(inputs: Sequence[str], globs: Sequence[str], *,
                  case_sensitive: bool = False) -> Iterator[Input]:
    """Input arguments to inputs: a directory becomes its files whose names match one of
    ``globs`` (recursively, sorted, symbolic links to directories not followed); an
    argument holding ``*``, ``?`` or ``[`` that names no file is expanded as a glob
    pattern (``**`` spans folders); either matching nothing is an input error.

    >>> list(expand_inputs(["-", "a.txt"], ["*.txt"]))
    [Input(path='-', error=None), Input(path='a.txt', error=None)]
    >>> list(expand_inputs(["nothing-here/*.txt"], ["*.txt"]))
    [Input(path='nothing-here/*.txt', error='no file matches this pattern')]
    """
    for item in inputs:
        if item != STDIN and os.path.isdir(item):
            found = False
            for path in _walk(item, globs, case_sensitive):
                found = True
                yield Input(path)
            if not found:
                shown = " ".join(f"--glob {g!r}" for g in globs)
                case = "" if case_sensitive else ", any case"
                yield Input(item, f"a directory with no file matching {shown}{case}")
        elif item != STDIN and glob.has_magic(item) and not os.path.exists(item):
            pattern = item if case_sensitive else _any_case(item)
            paths = sorted(p for p in glob.glob(pattern, recursive=True) if os.path.isfile(p))
            if not paths:
                yield Input(item, "no file matches this pattern")
            yield from (Input(path) for path in paths)
        else:
            yield Input(item)


def _walk(directory: str, globs: Sequence[str], case_sensitive: bool) -> Iterator[str]:
    for root, dirs, files in os.walk(directory):
        dirs.sort()
        for name in sorted(files):
            if name_matches(name, globs, case_sensitive=case_sensitive):
                yield os.path.join(root, name)


def open_binary(path: str) -> IO[bytes]:
    """The input's byte stream (stdin for ``-``); an OSError becomes :class:`InputError`."""
    if path == STDIN:
        return os.fdopen(os.dup(0), "rb")  # a private handle: closing it leaves stdin open
    try:
        return open(path, "rb")
    except OSError as error:
        raise InputError(error.strerror or str(error)) from None


def sniff_format(path: str, stream: IO[bytes]) -> Literal["text", "jsonl"]:
    """JSON Lines when the name says so (compressed or not) or the first non-blank byte is ``{``.

    >>> import io
    >>> sniff_format("dump.txt", io.BufferedReader(io.BytesIO(b' {"text": "A logo"}')))
    'jsonl'
    >>> sniff_format("dump.jsonl.gz", io.BufferedReader(io.BytesIO(b"A logo")))
    'jsonl'
    """
    if strip_compression(path).lower().endswith(JSONL_SUFFIXES):
        return "jsonl"
    peek = getattr(stream, "peek", None)
    head = (bytes(peek(4096)) if peek is not None else b"").lstrip(b"\xef\xbb\xbf \t\r\n")
    return "jsonl" if head.startswith(b"{") else "text"


def read_tasks(stream: IO[bytes], path: str, *, input_format: InputFormat = "auto",
               text_field: str = "text", max_chars: int = DEFAULT_MAX_PAGE_CHARS,
               ) -> Iterator[PageTask]:
    """The pages of one input, as tasks; raises :class:`InputError` if it is no text."""
    stream = decompressed(stream)
    fmt = sniff_format(path, stream) if input_format == "auto" else input_format
    if fmt == "jsonl":
        # a JSON string may spend 6 bytes on a character (\uXXXX escapes)
        yield from _jsonl_tasks(DecodedLines(stream, max_chars * 6), path, text_field, max_chars)
        return
    for page in pages_of_bytes(stream, path, max_chars):
        yield PageTask(page.text, path, page.index, page.first_line, notes=page.notes, error=page.error)


def _jsonl_tasks(lines: DecodedLines, path: str, text_field: str, max_chars: int) -> Iterator[PageTask]:
    """One task per non-blank JSON line: the page text from ``text_field``,
    every other field kept for the record's ``source.fields``."""
    index = 0
    for line in lines:
        if not line.strip():
            continue
        number = lines.number
        notes = fallback_notes(lines.fallback, number, number + 1)
        notes = tuple((code, sev, msg, None) for code, sev, msg, _ in notes)
        text, fields, error = _json_record(line, text_field, max_chars * 6)
        if text is not None and len(text) > max_chars:
            error = (f"page of {len(text):,} characters is over the limit of {max_chars:,} "
                     "(raise it with --max-page-chars)")
            text = None
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
    size = getattr(line, "size", len(line.rstrip("\n")))
    if size > limit:
        return None, None, (f"JSON line of {size:,} {getattr(line, 'unit', 'characters')} is over the limit of "
                            f"{limit:,} characters (6 per page character; raise it with --max-page-chars)")
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
