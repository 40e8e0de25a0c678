"""Output writers: JSON, JSON Lines, CSV and Parquet tables; every file written atomically.

A file is written under a hidden temporary name next to its final name
(``.NAME.PID.part``) and renamed when the run is complete, so a run that is
killed never leaves a half-written file under a name that looks finished.

>>> import tempfile, pathlib
>>> folder = pathlib.Path(tempfile.mkdtemp())
>>> out = AtomicFile(str(folder / "a.jsonl"))
>>> _ = out.stream.write("{}\\n")
>>> sorted(p.name.endswith(".part") for p in folder.iterdir())
[True]
>>> out.commit()
>>> [p.name for p in folder.iterdir()]
['a.jsonl']
"""

from __future__ import annotations

import contextlib
import csv
import datetime
import importlib
import io
import os
import sys
import textwrap
from typing import IO, Any, Protocol

from .tables import ORDER, TABLES, Column, ColumnType, Row


class Writer(Protocol):
    """Where the records of a run go: ``add`` each, then ``commit`` or ``discard``."""

    def add(self, key: str, payload: Any) -> None: ...

    def commit(self) -> None: ...

    def discard(self) -> None: ...


class AtomicFile:
    """A text (or, with ``binary=True``, byte) file written under a temporary
    name and renamed to ``final`` by :meth:`commit`."""

    def __init__(self, final: str, *, binary: bool = False) -> None:
        folder, name = os.path.split(os.path.abspath(final))
        self.final = final
        self.temporary = os.path.join(folder, f".{name}.{os.getpid()}.part")
        raw = open(self.temporary, "wb")
        self.binary: IO[bytes] = raw
        self.stream: IO[str] = io.TextIOWrapper(raw, encoding="utf-8", newline="")
        self.is_binary = binary

    def commit(self) -> None:
        (self.binary if self.is_binary else self.stream).flush()
        os.fsync(self.binary.fileno())  # the data is on disk before the name says it is done
        self.stream.close()
        os.replace(self.temporary, self.final)

    def discard(self) -> None:
        with contextlib.suppress(OSError):
            self.stream.close()
        with contextlib.suppress(OSError):
            os.unlink(self.temporary)


class _Stdout:
    """Standard output as UTF-8 text whatever the locale; nothing to rename."""

    def __init__(self) -> None:
        self.stream: IO[str] = io.TextIOWrapper(
            os.fdopen(os.dup(sys.stdout.fileno()), "wb"), encoding="utf-8", newline="")

    def commit(self) -> None:
        self.stream.close()

    def discard(self) -> None:
        with contextlib.suppress(OSError):
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
    """One ``<profile_id>.json`` file per record in a directory."""

    def __init__(self, directory: str) -> None:
        os.makedirs(directory, exist_ok=True)
        self.directory = directory

    def add(self, key: str, payload: Any) -> None:
        out = AtomicFile(os.path.join(self.directory, f"{key}.json"))
        try:
            out.stream.write(payload + "\n")
            out.commit()
        except BaseException:
            out.discard()
            raise

    def commit(self) -> None:
        pass

    def discard(self) -> None:
        pass


def csv_value(value: Any) -> Any:
    """A cell: null as empty, booleans as ``true``/``false``, the rest as is.

    >>> [csv_value(v) for v in (None, True, 12, "x")]
    ['', 'true', 12, 'x']
    """
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    return value


class CsvWriter:
    """One CSV file per table (``profiles.csv``, ``deals.csv`` …) in a directory."""

    def __init__(self, directory: str) -> None:
        os.makedirs(directory, exist_ok=True)
        self.files: dict[str, AtomicFile] = {}
        self.writers: dict[str, Any] = {}
        try:
            for name in ORDER:
                out = AtomicFile(os.path.join(directory, f"{name}.csv"))
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

    def discard(self) -> None:
        for out in self.files.values():
            out.discard()


def _pyarrow(module: str = "pyarrow") -> Any:
    """pyarrow, imported on first use (the ``parquet`` extra is optional; untyped)."""
    return importlib.import_module(module)


def _arrow_type(kind: ColumnType) -> Any:
    pa = _pyarrow()
    return {"string": pa.string(), "json": pa.string(), "int64": pa.int64(),
            "float64": pa.float64(), "bool": pa.bool_(), "date": pa.date32()}[kind]


def arrow_schema(columns: tuple[Column, ...]) -> Any:
    """The Parquet (Arrow) schema of a table, from its columns.

    >>> print(arrow_schema(TABLES["unparsed"].columns))
    profile_id: string
    position: int64
    line: int64
    text: string
    """
    pa = _pyarrow()
    return pa.schema([pa.field(c.name, _arrow_type(c.type)) for c in columns])


def _arrow_values(kind: ColumnType, values: tuple[Any, ...]) -> list[Any]:
    if kind == "date":
        return [None if v is None else datetime.date.fromisoformat(v) for v in values]
    return list(values)


class ParquetWriter:
    """One Parquet file per table in a directory, written in row groups of
    ``batch`` rows so memory stays bounded."""

    def __init__(self, directory: str, *, batch: int = 2048) -> None:
        pq = _pyarrow("pyarrow.parquet")
        os.makedirs(directory, exist_ok=True)
        self.batch = batch
        self.files: dict[str, AtomicFile] = {}
        self.writers: dict[str, Any] = {}
        self.rows: dict[str, list[Row]] = {name: [] for name in ORDER}
        try:
            for name in ORDER:
                out = AtomicFile(os.path.join(directory, f"{name}.parquet"), binary=True)
                self.files[name] = out
                schema = arrow_schema(TABLES[name].columns)
                self.writers[name] = pq.ParquetWriter(out.binary, schema)
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
        arrays = [pa.array(_arrow_values(c.type, values), type=_arrow_type(c.type))
                  for c, values in zip(columns, zip(*rows, strict=True), strict=True)]
        self.writers[name].write_batch(pa.record_batch(arrays, schema=arrow_schema(columns)))

    def commit(self) -> None:
        for name in ORDER:
            self._flush(name)
            self.writers[name].close()
            self.files[name].commit()

    def discard(self) -> None:
        for name, out in self.files.items():
            with contextlib.suppress(Exception):
                self.writers[name].close()
            out.discard()
