"""Output writers: JSON, JSON Lines, CSV and Parquet tables; every output written atomically.

A file is written under a hidden temporary name next to its final name
(``.NAME.PID.part``) and renamed when the run is complete; a directory output
(CSV and Parquet tables, ``--split`` JSON) is built in a hidden temporary
folder (``.DIR.PID.part``) moved into place at the end. A run that is stopped
never leaves a file or a folder under a name that looks finished. Missing
parent folders are created. A file whose name ends ``.gz``, ``.bz2``, ``.xz``
or ``.zst`` is written compressed.

>>> import tempfile, pathlib
>>> folder = pathlib.Path(tempfile.mkdtemp())
>>> out = AtomicFile(str(folder / "new" / "a.jsonl"))
>>> _ = out.stream.write("{}\\n")
>>> sorted(p.name.endswith(".part") for p in (folder / "new").iterdir())
[True]
>>> out.commit()
>>> [p.name for p in (folder / "new").iterdir()]
['a.jsonl']
"""

from __future__ import annotations

import bz2
import contextlib
import csv
import datetime
import gzip
import importlib
import io
import lzma
import os
import shutil
import stat
import sys
import textwrap
from decimal import Decimal
from typing import IO, Any, Protocol, cast

from .signals import held
from .tables import ORDER, TABLES, Column, Row, column_arrow_type


class Writer(Protocol):
    """Where the records of a run go: ``add`` each, then ``commit`` or ``discard``."""

    def add(self, key: str, payload: Any) -> None: ...

    def commit(self) -> None: ...

    def discard(self) -> None: ...


def _zstandard() -> Any:
    try:
        return importlib.import_module("zstandard")
    except ImportError:
        raise ImportError("writing .zst needs the zstandard package: "
                          "pip install 'profile-parser[zstd]'") from None


def compressor(name: str, raw: IO[bytes]) -> IO[bytes] | None:
    """A compressing stream over ``raw`` chosen by the file name's suffix (None: plain).
    Closing it ends the compressed data and leaves ``raw`` open.

    >>> buffer = io.BytesIO()
    >>> packed = compressor("out.jsonl.gz", buffer)
    >>> _ = packed.write(b"{}\\n"); packed.close()
    >>> gzip.decompress(buffer.getvalue()), compressor("out.jsonl", buffer)
    (b'{}\\n', None)
    """
    lower = name.lower()
    if lower.endswith(".gz"):  # mtime 0: the same input gives the same bytes
        return cast(IO[bytes], gzip.GzipFile(filename="", mode="wb", fileobj=raw, mtime=0))
    if lower.endswith(".bz2"):
        return cast(IO[bytes], bz2.BZ2File(raw, "wb"))
    if lower.endswith(".xz"):
        return cast(IO[bytes], lzma.LZMAFile(raw, "wb"))
    if lower.endswith(".zst"):
        return cast(IO[bytes], _zstandard().ZstdCompressor().stream_writer(raw, closefd=False))
    return None


def _special(path: str) -> bool:
    """Whether ``path`` is an existing file that is no regular file nor folder (a device
    such as ``/dev/null``, a FIFO): it is written in place, never replaced by a rename."""
    try:
        mode = os.stat(path).st_mode
    except OSError:
        return False
    return not (stat.S_ISREG(mode) or stat.S_ISDIR(mode))


class AtomicFile:
    """A text (or, with ``binary=True``, byte) file written under a temporary
    name, compressed when its name says so, and renamed to ``final`` by :meth:`commit`.
    A device or a FIFO (``-o /dev/null``) is written in place instead: there is
    nothing to rename, and it must never be replaced by a regular file."""

    def __init__(self, final: str, *, binary: bool = False) -> None:
        folder, name = os.path.split(os.path.abspath(final))
        self.final = final
        self.temporary: str | None = None
        if _special(final):
            self.raw: IO[bytes] = open(final, "wb")
        else:
            os.makedirs(folder, exist_ok=True)
            self.temporary = os.path.join(folder, f".{name}.{os.getpid()}.part")
            self.raw = open(self.temporary, "wb")
        try:
            self.packer = None if binary else compressor(name, self.raw)
        except BaseException:
            self.discard()
            raise
        self.binary: IO[bytes] = self.packer or self.raw
        self.stream = io.TextIOWrapper(self.binary, encoding="utf-8", newline="")
        self.is_binary = binary

    def commit(self) -> None:
        if not self.is_binary:
            self.stream.flush()
            self.stream.detach()  # so closing the wrapper later cannot touch the file
        if self.packer is not None:
            self.packer.close()  # the end of the compressed data; raw stays open
        self.raw.flush()
        if self.temporary is None:  # a device or a FIFO: written in place
            self.raw.close()
            return
        os.fsync(self.raw.fileno())  # the data is on disk before the name says it is done
        self.raw.close()
        os.replace(self.temporary, self.final)

    def discard(self) -> None:
        for stream in (getattr(self, "packer", None), self.raw):
            with contextlib.suppress(Exception):
                if stream is not None:
                    stream.close()
        if self.temporary is not None:
            with contextlib.suppress(OSError):
                os.unlink(self.temporary)


class AtomicFolder:
    """A directory output built in a hidden temporary folder next to ``final`` and
    moved into place by :meth:`commit`: renamed when ``final`` does not exist (or is
    empty), else its files moved in one by one (each an atomic rename), signals held."""

    def __init__(self, final: str) -> None:
        self.final = os.path.abspath(final)
        parent, name = os.path.split(self.final)
        if os.path.exists(self.final) and not os.path.isdir(self.final):
            raise NotADirectoryError(f"{final} exists and is not a directory")
        os.makedirs(parent, exist_ok=True)
        self.temporary = os.path.join(parent, f".{name}.{os.getpid()}.part")
        shutil.rmtree(self.temporary, ignore_errors=True)  # left by a killed run of the same pid
        os.mkdir(self.temporary)

    def path(self, name: str) -> str:
        """Where a file of the output is written until the commit."""
        return os.path.join(self.temporary, name)

    def commit(self) -> None:
        with held():
            with contextlib.suppress(OSError):
                os.rmdir(self.final)  # only when empty
            if not os.path.exists(self.final):
                os.rename(self.temporary, self.final)
                return
            for name in sorted(os.listdir(self.temporary)):
                os.replace(os.path.join(self.temporary, name), os.path.join(self.final, name))
            os.rmdir(self.temporary)

    def discard(self) -> None:
        shutil.rmtree(self.temporary, ignore_errors=True)


class _Stdout:
    """Standard output as UTF-8 text whatever the locale; nothing to rename."""

    def __init__(self) -> None:
        self.stream: IO[str] = io.TextIOWrapper(
            os.fdopen(os.dup(sys.stdout.fileno()), "wb"), encoding="utf-8", newline="")

    def commit(self) -> None:
        self.stream.close()

    def discard(self) -> None:
        with contextlib.suppress(OSError, ValueError):
            self.stream.close()


def open_target(path: str | None) -> AtomicFile | _Stdout:
    """An atomic file, or standard output when ``path`` is None or ``-``."""
    return _Stdout() if path in (None, "-") else AtomicFile(str(path))


class JsonLinesWriter:
    """One JSON record (a string made by the worker) per line."""

    def __init__(self, path: str | None) -> None:
        self.target = open_target(path)

    def add(self, key: str, payload: Any) -> None:
        self.target.stream.write(payload + "\n")

    def commit(self) -> None:
        self.target.commit()

    def discard(self) -> None:
        self.target.discard()


class JsonArrayWriter:
    """A JSON array of indented records, streamed; with ``unwrap_single`` a lone
    record is written as the object itself (``profile-parser PAGE``)."""

    def __init__(self, path: str | None, *, unwrap_single: bool = False) -> None:
        self.target = open_target(path)
        self.unwrap_single = unwrap_single
        self.count = 0
        self.held: str | None = None  # the first record, until a second one shows
        self.opened = False

    def add(self, key: str, payload: Any) -> None:
        self.count += 1
        if self.count == 1 and self.unwrap_single:
            self.held = payload
            return
        if self.held is not None:
            self._item(self.held)
            self.held = None
        self._item(payload)

    def _item(self, payload: str) -> None:
        self.target.stream.write(",\n" if self.opened else "[\n")
        self.target.stream.write(textwrap.indent(payload, "  "))
        self.opened = True

    def commit(self) -> None:
        if self.held is not None:
            self.target.stream.write(self.held + "\n")
        elif self.unwrap_single and not self.opened:
            pass  # no record at all: nothing to print (the errors are on stderr)
        else:
            self.target.stream.write("\n]\n" if self.opened else "[]\n")
        self.target.commit()

    def discard(self) -> None:
        self.target.discard()


class SplitJsonWriter:
    """One ``<profile_id>.json`` file per record in a directory (identical pages share
    an id, and so a file: the last one written wins)."""

    def __init__(self, directory: str) -> None:
        self.folder = AtomicFolder(directory)

    def add(self, key: str, payload: Any) -> None:
        out = AtomicFile(self.folder.path(f"{key}.json"))
        try:
            out.stream.write(payload + "\n")
            out.commit()
        except BaseException:
            out.discard()
            raise

    def commit(self) -> None:
        self.folder.commit()

    def discard(self) -> None:
        self.folder.discard()


def csv_value(value: Any) -> Any:
    """A cell: null as empty, booleans as ``true``/``false``, amounts as exact
    decimal text, whole floats without ``.0``, dates ISO, the rest as is.

    >>> [csv_value(v) for v in (None, True, 12, 32.0, 12.5, "x")]
    ['', 'true', 12, '32', 12.5, 'x']
    >>> csv_value(Decimal("13888021.370000")), csv_value(Decimal("2800000000.000000"))
    ('13888021.37', '2800000000')
    """
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, Decimal):
        return format(value.normalize(), "f")
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime.date):
        return value.isoformat()
    return value


class CsvWriter:
    """One CSV file per table (``profiles.csv``, ``deals.csv`` …) in a directory."""

    def __init__(self, directory: str) -> None:
        self.folder = AtomicFolder(directory)
        self.files: dict[str, AtomicFile] = {}
        self.writers: dict[str, Any] = {}
        try:
            for name in ORDER:
                out = AtomicFile(self.folder.path(f"{name}.csv"))
                self.files[name] = out
                self.writers[name] = csv.writer(out.stream)
                self.writers[name].writerow([c.name for c in TABLES[name].columns])
        except BaseException:
            self.discard()
            raise

    def add(self, key: str, payload: Any) -> None:
        for name, rows in payload.items():
            self.writers[name].writerows([csv_value(v) for v in row] for row in rows)

    def commit(self) -> None:
        for out in self.files.values():
            out.commit()
        self.folder.commit()

    def discard(self) -> None:
        for out in self.files.values():
            out.discard()
        self.folder.discard()


def _pyarrow(module: str = "pyarrow") -> Any:
    """pyarrow, imported on first use (the ``parquet`` extra is optional; untyped)."""
    return importlib.import_module(module)


def arrow_schema(columns: tuple[Column, ...]) -> Any:
    """The Parquet (Arrow) schema of a table, from its columns.

    >>> print(arrow_schema(TABLES["unparsed"].columns))
    profile_id: string
    position: int64
    line: int64
    text: string
    >>> arrow_schema(TABLES["deals"].columns).field("amount_raised_amount").type
    Decimal128Type(decimal128(38, 6))
    """
    pa = _pyarrow()
    return pa.schema([pa.field(c.name, column_arrow_type(c.type)) for c in columns])


class ParquetWriter:
    """One Parquet file per table in a directory, written in row groups of
    ``batch`` rows so memory stays bounded."""

    def __init__(self, directory: str, *, batch: int = 2048) -> None:
        pq = _pyarrow("pyarrow.parquet")
        self.folder = AtomicFolder(directory)
        self.batch = batch
        self.files: dict[str, AtomicFile] = {}
        self.writers: dict[str, Any] = {}
        self.rows: dict[str, list[Row]] = {name: [] for name in ORDER}
        try:
            for name in ORDER:
                out = AtomicFile(self.folder.path(f"{name}.parquet"), binary=True)
                self.files[name] = out
                self.writers[name] = pq.ParquetWriter(out.binary, arrow_schema(TABLES[name].columns))
        except BaseException:
            self.discard()
            raise

    def add(self, key: str, payload: Any) -> None:
        for name, rows in payload.items():
            self.rows[name].extend(rows)
            if len(self.rows[name]) >= self.batch:
                self._flush(name)

    def _flush(self, name: str) -> None:
        pa = _pyarrow()
        rows, self.rows[name] = self.rows[name], []
        if not rows:
            return
        columns = TABLES[name].columns
        arrays = [pa.array(list(values), type=column_arrow_type(c.type))
                  for c, values in zip(columns, zip(*rows, strict=True), strict=True)]
        self.writers[name].write_batch(pa.record_batch(arrays, schema=arrow_schema(columns)))

    def commit(self) -> None:
        for name in ORDER:
            self._flush(name)
            self.writers[name].close()
            self.files[name].commit()
        self.folder.commit()

    def discard(self) -> None:
        for name, out in self.files.items():
            with contextlib.suppress(Exception):
                self.writers[name].close()
            out.discard()
        self.folder.discard()
