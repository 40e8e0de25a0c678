"""Run the parser on Apache Spark: a typed schema and DataFrame helpers.

Needs the ``spark`` extra (``pip install 'profile-parser[spark]'``): pyspark,
pyarrow, pandas and a Java runtime. ``import profile_parser`` never imports
this module, and this module imports pyspark only inside the functions that
need it, so it can be imported (and its pure helpers used) without pyspark.

* :func:`spark_schema` derives the Spark ``StructType`` from the pydantic
  models through the one model walker the tables use too
  (:mod:`profile_parser.export.walker`), so it cannot drift from them.
* :func:`parse_column` parses a text column inside the executors
  (``mapInArrow``, one Arrow batch at a time) and adds ``profile_id``
  (:func:`profile_parser.ids.profile_id`); a page that fails leaves a null
  ``profile`` and its error message in ``parse_error`` instead of failing the job.
* :func:`read_pages` / :func:`read_profiles` read page files and dumps
  (compressed or not, through the one decoder of the library and the command
  line; a dump is cut into its pages) into a DataFrame.

>>> import pytest; _ = pytest.importorskip("pyspark")  # the examples below need pyspark
>>> schema = spark_schema()
>>> schema["recent_deals"].dataType.elementType["date"].dataType
DateType()
>>> schema["recent_deals"].dataType.elementType["amount_raised"].dataType["amount"].dataType
DecimalType(38,6)
>>> schema["stage_focus"].dataType.elementType["percent"].dataType
DoubleType()
>>> [(f.name, f.dataType.simpleString(), f.nullable) for f in spark_schema(Source).fields]
[('path', 'string', True), ('index', 'bigint', False), ('first_line', 'bigint', False)]
"""

from __future__ import annotations

import functools
import importlib
import io
import logging
from collections.abc import Iterable, Iterator, Sequence
from decimal import Decimal
from typing import TYPE_CHECKING, Any, NamedTuple

from pydantic import BaseModel

from .api import parse, parse_page
from .decode import InputError
from .export.walker import (
    AMOUNT_PRECISION,
    AMOUNT_SCALE,
    Field,
    Kind,
    Leaf,
    ListOf,
    MapOf,
    Node,
    Struct,
    arrow_fields,
    arrow_type,
    fit_amount,
    struct_of,
)
from .ids import profile_id
from .models import Diagnostic, InvestorProfile, Source
from .pages import DEFAULT_MAX_PAGE_CHARS, RawPage, pages_of_bytes

if TYPE_CHECKING:
    from pyspark.sql import DataFrame, SparkSession
    from pyspark.sql.types import DataType, StructType

logger = logging.getLogger(__name__)

__all__ = [
    "AMOUNT_PRECISION", "AMOUNT_SCALE", "ERROR_COLUMN", "ID_COLUMN", "fit_amount", "parse_column",
    "read_pages", "read_profiles", "spark_schema",
]

#: The column holding a row's error message (null when the page parsed).
ERROR_COLUMN = "parse_error"
#: The column holding a page's ``profile_id``.
ID_COLUMN = "profile_id"

_ROWS_PER_BATCH = 512  # read_pages: pages per Arrow batch it emits (bounds executor memory)


def _to_row(value: Any) -> Any:
    """A ``model_dump(mode="python")`` value with its amounts fitted to the schema.

    >>> import datetime
    >>> _to_row({"amount": Decimal("1.5"), "tags": [{"d": datetime.date(2025, 7, 31)}]})
    {'amount': Decimal('1.500000'), 'tags': [{'d': datetime.date(2025, 7, 31)}]}
    """
    if isinstance(value, dict):
        return {key: _to_row(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_to_row(item) for item in value]
    if isinstance(value, Decimal):
        return fit_amount(value)
    return value


def _error_text(error: Exception) -> str:
    """What goes into the error column.

    >>> _error_text(ValueError("no investor profile found"))
    'ValueError: no investor profile found'
    """
    return f"{type(error).__name__}: {error}"


def _pyarrow() -> Any:
    """pyarrow, imported where it runs (it ships no type hints)."""
    return importlib.import_module("pyarrow")


# ---------------------------------------------------------------- the schema


def _leaf_type(kind: Kind) -> DataType:
    """The Spark type of a leaf kind of the walker."""
    from pyspark.sql import types as T

    return {
        "string": T.StringType(), "bool": T.BooleanType(), "int64": T.LongType(),
        "float64": T.DoubleType(), "date": T.DateType(),
        "decimal": T.DecimalType(AMOUNT_PRECISION, AMOUNT_SCALE),
    }[kind]


def _data_type(node: Node) -> DataType:
    from pyspark.sql import types as T

    if isinstance(node, Struct):
        return _struct_type(node.fields)
    if isinstance(node, ListOf):
        return T.ArrayType(_data_type(node.item), containsNull=node.nullable)
    if isinstance(node, MapOf):
        return T.MapType(T.StringType(), _data_type(node.value), valueContainsNull=False)
    return _leaf_type(node.kind)


def _struct_type(fields: tuple[Field, ...]) -> StructType:
    from pyspark.sql import types as T

    return T.StructType([T.StructField(f.name, _data_type(f.node), nullable=f.nullable) for f in fields])


def spark_schema(model: type[BaseModel] = InvestorProfile) -> StructType:
    """The Spark ``StructType`` of a contract model (``InvestorProfile`` by default).

    The walker's tree of the model: nested models become structs, lists arrays,
    ``Optional`` fields nullable, dates ``DateType``, money amounts
    ``DecimalType(38,6)``, counts and percents ``DoubleType``, ints ``LongType``,
    string literals (``kind``, ``severity``) ``StringType``. Raises TypeError on
    an annotation the walker has no mapping for.
    """
    return _struct_type(struct_of(model).fields)


# ------------------------------------------------------ parsing in executors


class _ParseJob(NamedTuple):
    """What the executors need to parse a batch (pickled with the function)."""

    text_col: str
    source_col: str | None
    notes_col: str | None
    read_error_col: str | None
    id_col: str | None
    profile_col: str
    error_col: str
    profile_type: Any  # pyarrow.DataType
    strict: bool
    spans: bool = False


def _parse_one(text: Any, source: dict[str, Any] | None, notes: list[dict[str, Any]] | None,
               read_error: str | None, job: _ParseJob) -> InvestorProfile:
    if source is None:
        return parse(text, strict=job.strict, spans=job.spans)
    notes_tuple = tuple((n["code"], n["severity"], n["message"], n["line"]) for n in notes or ())
    page = RawPage(text, source["index"], source["first_line"], source["path"], error=read_error,
                   notes=notes_tuple)
    return parse_page(page, strict=job.strict, spans=job.spans)


def _outcome(text: Any, source: dict[str, Any] | None, notes: list[dict[str, Any]] | None,
             read_error: str | None, job: _ParseJob) -> tuple[dict[str, Any] | None, str | None]:
    """``(profile row, None)`` or ``(None, error message)`` for one page; the row's
    ``spans`` (a map) is null unless the job asks for spans."""
    try:
        profile = _parse_one(text, source, notes, read_error, job)
        return _to_row(profile.model_dump(mode="python")), None
    # One bad page must never fail a job over millions: whatever it raised
    # (ProfileParseError, or a parser bug) goes into its row.
    except Exception as error:
        logger.debug("page failed: %s", error)
        return None, _error_text(error)


def _column(batch: Any, name: str | None) -> list[Any]:
    return batch.column(name).to_pylist() if name else [None] * batch.num_rows


def _parse_batches(job: _ParseJob, batches: Iterable[Any]) -> Iterator[Any]:
    """mapInArrow body: each input ``pyarrow.RecordBatch`` with ``profile_id``,
    ``profile`` and ``parse_error`` appended."""
    pa = _pyarrow()

    for batch in batches:
        texts = batch.column(job.text_col).to_pylist()
        columns = zip(texts, _column(batch, job.source_col), _column(batch, job.notes_col),
                      _column(batch, job.read_error_col), strict=True)
        outcomes = [_outcome(text, source, notes, read_error, job)
                    for text, source, notes, read_error in columns]
        arrays, names = list(batch.columns), list(batch.schema.names)
        if job.id_col is not None:
            ids = [profile_id(text) if isinstance(text, str) else None for text in texts]
            arrays.append(pa.array(ids, type=pa.string()))
            names.append(job.id_col)
        arrays.append(pa.array([row for row, _ in outcomes], type=job.profile_type))
        arrays.append(pa.array([error for _, error in outcomes], type=pa.string()))
        yield pa.RecordBatch.from_arrays(arrays, names=[*names, job.profile_col, job.error_col])


def parse_column(df: DataFrame, text_col: str = "text", *, source_col: str | None = None,
                 profile_col: str = "profile", error_col: str = ERROR_COLUMN,
                 id_col: str | None = ID_COLUMN, notes_col: str | None = None,
                 read_error_col: str | None = None, strict: bool = False, spans: bool = False) -> DataFrame:
    """``df`` with ``profile_id`` (:func:`profile_parser.ids.profile_id` of the
    text, null for a null text; ``id_col=None`` leaves it out), a struct column
    ``profile`` (:func:`spark_schema`) parsed from ``text_col``, and
    ``parse_error``: null when the page parsed, else the error's type and
    message (``profile`` is then null). A null text is an error.

    Runs the parser in the executors, one Arrow batch
    (``spark.sql.execution.arrow.maxRecordsPerBatch`` rows) at a time; the
    other columns pass through unchanged. ``source_col``, a struct column with
    ``path``, ``index`` and ``first_line`` (as :func:`read_pages` gives), fills
    ``profile.source``; with it, ``notes_col`` (the reader's diagnostics, such
    as ``encoding.cp1252``) joins each record's diagnostics and
    ``read_error_col`` (why the reader refused a page) becomes its error, as
    :func:`read_profiles` does. ``strict=True`` turns warnings into row errors.
    ``spans=True`` fills ``profile.spans``, a ``map<string, struct<line, start,
    end>>``: where on its page each value was read (see :mod:`profile_parser.spans`);
    without it the column is null, and the schema is the same either way.
    """
    from pyspark.sql import types as T

    if (notes_col or read_error_col) and source_col is None:
        raise ValueError("notes_col and read_error_col go with source_col (as read_pages gives them)")
    wanted = (text_col, source_col, notes_col, read_error_col)
    missing = [c for c in wanted if c is not None and c not in df.columns]
    if missing:
        raise ValueError(f"no column {missing[0]!r} in {df.columns}")
    taken = [c for c in (id_col, profile_col, error_col) if c is not None and c in df.columns]
    if taken:
        raise ValueError(f"column {taken[0]!r} already exists")
    profile_tree = struct_of(InvestorProfile)
    added = [T.StructField(id_col, T.StringType(), nullable=True)] if id_col is not None else []
    schema = T.StructType([
        *df.schema.fields,
        *added,
        T.StructField(profile_col, _struct_type(profile_tree.fields), nullable=True),
        T.StructField(error_col, T.StringType(), nullable=True),
    ])
    job = _ParseJob(text_col, source_col, notes_col, read_error_col, id_col, profile_col, error_col,
                    arrow_type(profile_tree), strict, spans)
    return df.mapInArrow(functools.partial(_parse_batches, job), schema)


# -------------------------------------------------------- reading page files

#: the columns of read_pages: where the page is from, its text, the reader's notes and refusal
_PAGE_FIELDS = (
    Field("source", struct_of(Source), nullable=False),
    Field("text", Leaf("string"), nullable=True),
    Field("notes", ListOf(struct_of(Diagnostic), nullable=False), nullable=False),
    Field("read_error", Leaf("string"), nullable=True),
)


def _file_pages(path: str, content: bytes, max_chars: int) -> Iterator[dict[str, Any]]:
    """The rows of :func:`read_pages` for one file, read by the one decoder
    (:func:`profile_parser.pages.pages_of_bytes`); a file that cannot be read as
    text (binary, corrupt compressed data) gives a row with its ``read_error``.

    >>> [(r["source"]["index"], r["text"], r["notes"]) for r in _file_pages("f", b"A logo\\n", 100)]
    [(0, 'A logo\\n', [])]
    >>> [(r["text"], r["read_error"]) for r in _file_pages("f", b"\\x00\\x01", 100)]
    [(None, 'binary data (NUL bytes), not a text file')]
    """
    index, line = 0, 1
    try:
        for page in pages_of_bytes(io.BytesIO(content), path, max_chars):
            notes = [{"code": c, "severity": s, "message": m, "line": n} for c, s, m, n in page.notes]
            source = {"path": path, "index": page.index, "first_line": page.first_line}
            yield {"source": source, "text": page.text, "notes": notes, "read_error": page.error}
            index, line = page.index + 1, page.first_line
    except InputError as error:
        source = {"path": path, "index": index, "first_line": line}
        yield {"source": source, "text": None, "notes": [], "read_error": str(error)}


def _page_batches(max_chars: int, schema: Any, batches: Iterable[Any]) -> Iterator[Any]:
    """mapInArrow body of :func:`read_pages`: Arrow batches of files in, of pages
    out, at most ``_ROWS_PER_BATCH`` pages each so memory stays bounded."""
    pa = _pyarrow()

    rows: list[dict[str, Any]] = []
    for batch in batches:
        for path, content in zip(batch.column("path").to_pylist(),
                                 batch.column("content").to_pylist(), strict=True):
            for row in _file_pages(path, content, max_chars):
                rows.append(row)
                if len(rows) == _ROWS_PER_BATCH:
                    yield pa.RecordBatch.from_pylist(rows, schema=schema)
                    rows = []
    if rows:
        yield pa.RecordBatch.from_pylist(rows, schema=schema)


def read_pages(spark: SparkSession, paths: str | Sequence[str], *, recursive: bool = False,
               path_glob: str | None = None,
               max_chars: int = DEFAULT_MAX_PAGE_CHARS) -> DataFrame:
    """One row per page of the files at ``paths`` (files, folders or globs, any
    Hadoop file system): ``source`` (``path``, 0-based page ``index`` in the
    file, ``first_line`` of the page in the file), ``text``, ``notes`` (the
    reader's diagnostics for the page: ``encoding.cp1252``) and ``read_error``
    (why the reader refused the page, its ``text`` then null: a page or a
    line over ``max_chars``, a file that is no text). A file holding no text
    gives no row.

    Files are read whole with Spark's ``binaryFile`` source (so one file must
    fit in an executor's memory; Spark refuses files over 2 GiB), decompressed
    by magic bytes (gzip, bzip2, xz; zstd with the ``zstd`` extra) and decoded
    by the library's one decoder, so a page gives the record the library and
    the command line give; a file is cut into pages in one task, so the pages
    of a large dump land in one partition. ``recursive`` reads sub-folders;
    ``path_glob`` (e.g. ``"*.txt"``) filters file names.
    """
    reader = spark.read.format("binaryFile")
    if recursive:
        reader = reader.option("recursiveFileLookup", "true")
    if path_glob is not None:
        reader = reader.option("pathGlobFilter", path_glob)
    files = reader.load([paths] if isinstance(paths, str) else list(paths))
    schema = _struct_type(_PAGE_FIELDS)
    pa = _pyarrow()
    return files.select("path", "content").mapInArrow(
        functools.partial(_page_batches, max_chars, pa.schema(arrow_fields(_PAGE_FIELDS))),
        schema,
    )


def read_profiles(spark: SparkSession, paths: str | Sequence[str], *,
                  partitions: int | None = None, strict: bool = False, recursive: bool = False,
                  path_glob: str | None = None, max_chars: int = DEFAULT_MAX_PAGE_CHARS,
                  spans: bool = False) -> DataFrame:
    """One row per page of the files at ``paths``: ``source``, ``profile_id``,
    ``profile`` (with ``profile.source`` filled) and ``parse_error``.

    :func:`read_pages` then :func:`parse_column`. Give ``partitions`` to
    spread the pages over that many partitions before parsing (a shuffle of
    the page texts): without it a dump's pages are parsed by the one task that
    read the file.
    """
    pages = read_pages(spark, paths, recursive=recursive, path_glob=path_glob,
                       max_chars=max_chars)
    if partitions is not None:
        pages = pages.repartition(partitions)
    parsed = parse_column(pages, "text", source_col="source", notes_col="notes",
                          read_error_col="read_error", strict=strict, spans=spans)
    return parsed.drop("text", "notes", "read_error")
