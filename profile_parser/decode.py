"""The one decoder: bytes in, text lines out, the same for the library, the command line and Spark.

Same bytes, same text, same record, wherever a page is read:

1. **Decompression by magic bytes** (never by file name): gzip (``1f 8b``), bzip2
   (``BZh``), xz (``fd 37 7a 58 5a 00``) with the standard library, and zstd
   (``28 b5 2f fd``) with the ``zstandard`` package (the ``zstd`` extra).
   Streamed: nothing is read whole.
2. **Encoding**: UTF-16 when the text starts with a UTF-16 BOM (LE or BE); else
   UTF-8, a UTF-8 BOM dropped, and a line that is not valid UTF-8 has its bad
   bytes read as cp1252 (the five bytes cp1252 leaves undefined as Latin-1).
   Each page holding such lines gets one ``encoding.cp1252`` diagnostic
   (severity ``info``). Data with NUL bytes in its first 4 KiB (and no UTF-16
   BOM) is refused as binary.
3. **Lines**: ``\\r\\n``, ``\\r`` and ``\\n`` all end a line; every line comes out
   ending in ``\\n`` (the last one may have none). A line longer than the reading
   limit is cut short and comes out as a :class:`LongLine` telling its real size,
   the rest of it skipped in bounded reads.

>>> import gzip, io
>>> data = gzip.compress("A logo\\r\\nCaf\\xe9\\n".encode("cp1252"))
>>> lines = DecodedLines(decompressed(io.BytesIO(data)), limit=100)
>>> list(lines), lines.fallback
(['A logo\\n', 'Café\\n'], [2])
"""

from __future__ import annotations

import bz2
import gzip
import importlib
import io
import lzma
import os
import zlib
from collections.abc import Callable, Iterator
from typing import IO, Any, AnyStr, Final, cast

#: (code, severity, message, line in the page) of a diagnostic the reader adds to a record
Note = tuple[str, str, str, int | None]

#: magic number -> compression; the names are also the ``-o`` suffixes' meaning
MAGIC: Final = ((b"\x1f\x8b", "gzip"), (b"BZh", "bz2"), (b"\xfd7zXZ\x00", "xz"), (b"\x28\xb5\x2f\xfd", "zstd"))
#: file name suffixes of compressed files (used to match names, never to decide how to read)
COMPRESSED_SUFFIXES: Final = (".gz", ".bz2", ".xz", ".zst")
_UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")
_HEAD = 4096  # bytes looked at for a BOM and NUL bytes


class InputError(ValueError):
    """Data that cannot be read as text: binary, corrupt or truncated compressed data,
    or zstd data without the ``zstandard`` package."""


class LongLine(str):
    """A line cut short because it is longer than the reading limit; ``size`` is its
    real length, in ``unit`` (``characters``, or ``bytes`` when it was cut before decoding).

    >>> line = LongLine("abc\\n", 12, "bytes")
    >>> line, line.size, line.unit
    ('abc\\n', 12, 'bytes')
    """

    size: int
    unit: str

    def __new__(cls, text: str, size: int, unit: str) -> LongLine:
        line = super().__new__(cls, text)
        line.size = size
        line.unit = unit
        return line


class _LongBytes(bytes):
    """A byte line cut short; ``size`` is its real length in bytes."""

    size: int

    def __new__(cls, data: bytes, size: int) -> _LongBytes:
        line = super().__new__(cls, data)
        line.size = size
        return line


def bounded_lines(readline: Callable[[int], AnyStr], limit: int, newline: AnyStr) -> Iterator[AnyStr]:
    """Lines from ``readline``; a line over ``limit`` items is cut to ``limit + 1`` items
    plus ``newline`` and knows its real size (the rest of it is skipped in bounded
    reads, never held).

    >>> cut = list(bounded_lines(io.BytesIO(b"ab\\nabcdef\\nc").readline, 3, b"\\n"))
    >>> cut, cut[1].size
    ([b'ab\\n', b'abcd\\n', b'c'], 6)
    >>> next(bounded_lines(io.StringIO("abcdef").readline, 3, "\\n")).size
    6
    """
    while True:
        line = readline(limit + 1)
        if not line:
            return
        if len(line) > limit and not line.endswith(newline):
            size, rest = len(line), line
            while rest and not rest.endswith(newline):
                rest = readline(limit + 1)
                size += len(rest)
            if rest.endswith(newline):
                size -= len(newline)
            if isinstance(line, str):
                yield cast(AnyStr, LongLine(line + newline, size, "characters"))
            else:
                yield cast(AnyStr, _LongBytes(line + newline, size))
            continue
        yield line


def compression_of(head: bytes) -> str | None:
    """The compression a stream's first bytes announce, or None.

    >>> compression_of(b"\\x1f\\x8b\\x08"), compression_of(b"BZh91AY"), compression_of(b"A logo")
    ('gzip', 'bz2', None)
    """
    for magic, name in MAGIC:
        if head.startswith(magic):
            return name
    return None


def _zstandard() -> Any:
    """The ``zstandard`` module (no type hints), or a clear error naming the extra."""
    try:
        return importlib.import_module("zstandard")
    except ImportError:
        raise InputError("zstd-compressed data needs the zstandard package: "
                         "pip install 'profile-parser[zstd]'") from None


class _Prefixed(io.RawIOBase):
    """A stream whose first bytes were already read: they come first, then the rest."""

    def __init__(self, head: bytes, rest: IO[bytes]) -> None:
        self.head = head
        self.rest = rest

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        view = memoryview(buffer).cast("B")
        if self.head:
            size = min(len(view), len(self.head))
            view[:size] = self.head[:size]
            self.head = self.head[size:]
            return size
        data = self.rest.read(len(view))
        view[: len(data)] = data
        return len(data)

    def close(self) -> None:
        self.rest.close()
        super().close()


def head_of(stream: IO[bytes], size: int, at_least: int | None = None) -> tuple[bytes, IO[bytes]]:
    """Up to ``size`` first bytes of a stream without consuming them (what one peek
    gives, if that is ``at_least`` bytes), and the stream to read from now on (the
    same one when it could peek).

    >>> head, stream = head_of(io.BytesIO(b"abcdef"), 2)
    >>> head, stream.read()
    (b'ab', b'abcdef')
    """
    peek = getattr(stream, "peek", None)
    if peek is not None:
        head = bytes(peek(size))[:size]
        if len(head) >= (size if at_least is None else at_least):
            return head, stream
    head = stream.read(size)  # a short peek (a pipe, a small file): read, then replay
    return head, io.BufferedReader(_Prefixed(head, stream))


class _Checked(io.RawIOBase):
    """A decompressing stream whose errors on corrupt or truncated data come out as
    :class:`InputError` (they are EOFError, zlib.error, LZMAError … otherwise)."""

    def __init__(self, stream: IO[bytes], kind: str) -> None:
        self.stream = stream
        self.kind = kind

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        read = getattr(self.stream, "read1", self.stream.read)  # what is there: no loss before an error
        try:
            data = read(len(memoryview(buffer)))
        except _read_errors() as error:
            raise InputError(f"corrupt or truncated {self.kind} data: {error}") from None
        memoryview(buffer).cast("B")[: len(data)] = data
        return len(data)

    def close(self) -> None:
        self.stream.close()
        super().close()


def decompressed(stream: IO[bytes]) -> IO[bytes]:
    """The stream, decompressed when its first bytes are a gzip, bzip2, xz or zstd
    magic number (several concatenated members or frames are read in turn).

    >>> decompressed(io.BytesIO(gzip.compress(b"A") + gzip.compress(b"B"))).read()
    b'AB'
    >>> decompressed(io.BytesIO(b"plain")).read()
    b'plain'
    >>> decompressed(io.BytesIO(gzip.compress(b"A logo")[:-9])).read()  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    profile_parser.decode.InputError: corrupt or truncated gzip data: Compressed file ended ...
    """
    head, stream = head_of(stream, 6)
    kind = compression_of(head)
    if kind is None:
        return stream
    inner: IO[bytes]
    if kind == "gzip":
        inner = cast(IO[bytes], gzip.GzipFile(fileobj=stream, mode="rb"))
    elif kind == "bz2":
        inner = cast(IO[bytes], bz2.BZ2File(stream))
    elif kind == "xz":
        inner = cast(IO[bytes], lzma.LZMAFile(stream))
    else:
        inner = _zstandard().ZstdDecompressor().stream_reader(stream, read_across_frames=True)
    return cast(IO[bytes], io.BufferedReader(_Checked(inner, kind), buffer_size=1 << 16))


def _read_errors() -> tuple[type[BaseException], ...]:
    """What a decompressor raises on corrupt or truncated data."""
    errors: list[type[BaseException]] = [EOFError, zlib.error, lzma.LZMAError, gzip.BadGzipFile]
    try:
        errors.append(importlib.import_module("zstandard").ZstdError)
    except ImportError:
        pass
    return tuple(errors)


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


class DecodedLines:
    """The text lines of a (decompressed) byte stream, remembering which lines were
    read as cp1252 (``fallback``, 1-based line numbers) and how many lines came out
    (``number``). ``limit`` bounds a line: bytes before decoding (UTF-8), characters
    after (UTF-16); a longer line comes out as a :class:`LongLine`.

    >>> list(DecodedLines(io.BytesIO("A\\r\\nB".encode("utf-16")), limit=10))
    ['A\\n', 'B']
    >>> list(DecodedLines(io.BytesIO(b"x\\x00y"), limit=10))
    Traceback (most recent call last):
    ...
    profile_parser.decode.InputError: binary data (NUL bytes), not a text file
    """

    def __init__(self, stream: IO[bytes], limit: int) -> None:
        self.stream = stream
        self.limit = limit
        self.fallback: list[int] = []
        self.number = 0

    def __iter__(self) -> Iterator[str]:
        try:
            yield from self._lines()
        except InputError as error:
            if not self.number:
                raise
            raise InputError(f"{error} (after line {self.number:,})") from None

    def _lines(self) -> Iterator[str]:
        # what one peek gives: insisting on more could read into (and lose to) a corrupt part
        head, stream = head_of(self.stream, _HEAD, at_least=4)
        if head.startswith(_UTF16_BOMS):
            text = io.TextIOWrapper(stream, encoding="utf-16", errors="replace", newline=None)
            for line in bounded_lines(text.readline, self.limit, "\n"):
                self.number += 1
                yield line
            return
        if b"\0" in head:
            raise InputError("binary data (NUL bytes), not a text file")
        first = True
        for raw in bounded_lines(stream.readline, self.limit, b"\n"):
            if first and raw.startswith(b"\xef\xbb\xbf"):
                raw = raw[3:]
            first = False
            line, fell_back = decode_line(raw)
            if isinstance(raw, _LongBytes):
                parts: list[str] = [LongLine(line, raw.size, "bytes")]
            else:
                parts = universal_newlines(line)
            for part in parts:
                self.number += 1
                if fell_back:
                    self.fallback.append(self.number)
                yield part


def fallback_notes(fallback: list[int], first: int, end: int) -> tuple[Note, ...]:
    """One note for the page spanning lines ``first`` to ``end - 1``; the line numbers
    before ``end`` are dropped from ``fallback`` (they are done).

    >>> seen = [3, 5, 9]
    >>> fallback_notes(seen, 2, 6)
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


def strip_compression(name: str) -> str:
    """A file name without its compression suffix (to read the suffix before it).

    >>> strip_compression("dump.jsonl.gz"), strip_compression("dump.txt")
    ('dump.jsonl', 'dump.txt')
    """
    for suffix in COMPRESSED_SUFFIXES:
        if name.lower().endswith(suffix):
            return name[: -len(suffix)]
    return name


def path_hint(text: str) -> str:
    """A hint for a ``str`` given as page text that names an existing file (the
    library reads a ``str`` as text, a path only as ``pathlib.Path``), else "".

    >>> path_hint("Acme logo\\nAcme")
    ''
    >>> path_hint(__file__).startswith("; this str names an existing file: did you mean Path(")
    True
    """
    if not text.strip() or len(text) > 4096 or "\n" in text:
        return ""
    try:
        exists = os.path.isfile(text)
    except (OSError, ValueError):
        return ""
    return f"; this str names an existing file: did you mean Path({text!r})?" if exists else ""
