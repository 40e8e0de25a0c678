"""Run the parser on Apache Spark: a typed schema and DataFrame helpers.

Needs the ``spark`` extra (``pip install 'profile-parser[spark]'``): pyspark,
pyarrow, pandas and a Java runtime. ``import profile_parser`` never imports
this module, and this module imports pyspark only inside the functions that
need it, so it can be imported (and its pure helpers used) without pyspark.

* :func:`spark_schema` derives the Spark ``StructType`` from the pydantic
  models, so it cannot drift from them.
* :func:`parse_column` parses a text column inside the executors
  (``mapInArrow``, one Arrow batch at a time); a page that fails leaves a null
  ``profile`` and its error message in ``parse_error`` instead of failing the job.
* :func:`read_pages` / :func:`read_profiles` read page files and dumps
  (a dump is cut into its pages) into a DataFrame.

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

import datetime
import decimal
import functools
import importlib
import io
import logging
import types
from collections.abc import Iterable, Iterator, Sequence
from decimal import Decimal
from typing import TYPE_CHECKING, Annotated, Any, Literal, NamedTuple, Union, get_args, get_origin

from pydantic import BaseModel

from .api import parse, parse_page
from .models import InvestorProfile, Source
from .pages import DEFAULT_MAX_PAGE_CHARS, RawPage, iter_pages

if TYPE_CHECKING:
    from pyspark.sql import DataFrame, SparkSession
    from pyspark.sql.types import DataType, StructType

logger = logging.getLogger(__name__)

__all__ = [
    "AMOUNT_PRECISION", "AMOUNT_SCALE", "ERROR_COLUMN", "fit_amount", "parse_column",
    "read_pages", "read_profiles", "spark_schema",
]

# Money amounts are exact Decimals. DecimalType(38, 6) keeps them exact in Spark:
# 38 digits is the most Spark (and Arrow decimal128) can hold; 32 of them before
# the point is far above any real amount in any currency (10^32), and 6 after it
# covers cents, mills and "1.234567M"-style figures. Beyond 6 places a value is
# rounded half-even; beyond 32 integer digits the row fails (see fit_amount).
AMOUNT_PRECISION = 38
AMOUNT_SCALE = 6
#: The column holding a row's error message (null when the page parsed).
ERROR_COLUMN = "parse_error"

_QUANTUM = Decimal(1).scaleb(-AMOUNT_SCALE)
_ROWS_PER_BATCH = 512  # read_pages: pages per Arrow batch it emits (bounds executor memory)


def fit_amount(value: Decimal) -> Decimal:
    """An amount at the scale of the Spark column; ValueError when it cannot fit.

    >>> fit_amount(Decimal("2.8E9"))
    Decimal('2800000000.000000')
    >>> fit_amount(Decimal("0.1234565"))  # half-even at the 6th place
    Decimal('0.123456')
    >>> fit_amount(Decimal("1E32"))
    Traceback (most recent call last):
    ...
    ValueError: amount 1E+32 does not fit DecimalType(38,6)
    """
    context = decimal.Context(prec=AMOUNT_PRECISION, rounding=decimal.ROUND_HALF_EVEN)
    try:
        if not value.is_finite():
            raise decimal.InvalidOperation
        return value.quantize(_QUANTUM, context=context)
    except decimal.InvalidOperation:  # more digits than the precision allows
        raise ValueError(
            f"amount {value} does not fit DecimalType({AMOUNT_PRECISION},{AMOUNT_SCALE})"
        ) from None


def _to_row(value: Any) -> Any:
    """A ``model_dump(mode="python")`` value with its amounts fitted to the schema.

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


# ---------------------------------------------------------------- the schema


def _unwrap(annotation: Any) -> tuple[Any, bool]:
    """``(annotation without Annotated/Optional, whether None is allowed)``.

    >>> _unwrap(Annotated[Decimal, "meta"] | None)
    (<class 'decimal.Decimal'>, True)
    >>> _unwrap(list[int])
    (list[int], False)
    """
    origin = get_origin(annotation)
    if origin is Annotated:
        return _unwrap(get_args(annotation)[0])
    if origin is Union or origin is types.UnionType:
        members = [arg for arg in get_args(annotation) if arg is not type(None)]
        if len(members) != 1:
            raise TypeError(f"no Spark type for the union {annotation!r}")
        inner, _ = _unwrap(members[0])
        return inner, len(members) < len(get_args(annotation))
    return annotation, False


def _leaf_types() -> dict[Any, DataType]:
    """Python leaf types to Spark types (exact type match: datetime is no date)."""
    from pyspark.sql import types as T

    return {
        str: T.StringType(),
        bool: T.BooleanType(),
        int: T.LongType(),  # counts and line numbers: Python ints are unbounded, take 64 bits
        float: T.DoubleType(),  # counts and percents (Number)
        Decimal: T.DecimalType(AMOUNT_PRECISION, AMOUNT_SCALE),  # money (Amount)
        datetime.date: T.DateType(),
    }


def _data_type(annotation: Any) -> DataType:
    from pyspark.sql import types as T

    origin = get_origin(annotation)
    if origin is list:
        item, nullable = _unwrap(get_args(annotation)[0])
        return T.ArrayType(_data_type(item), containsNull=nullable)
    if origin is dict:
        key, value = get_args(annotation)
        return T.MapType(_data_type(key), _data_type(_unwrap(value)[0]), valueContainsNull=False)
    if origin is Literal:
        if all(isinstance(value, str) for value in get_args(annotation)):
            return T.StringType()
        raise TypeError(f"no Spark type for {annotation!r}")
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return spark_schema(annotation)
    leaf = _leaf_types().get(annotation)
    if leaf is None:  # a new kind of field must get a mapping here, never a silent guess
        raise TypeError(f"no Spark type for {annotation!r}")
    return leaf


def spark_schema(model: type[BaseModel] = InvestorProfile) -> StructType:
    """The Spark ``StructType`` of a contract model (``InvestorProfile`` by default).

    Walks the model's fields: nested models become structs, lists arrays,
    ``Optional`` fields nullable, dates ``DateType``, money amounts
    ``DecimalType(38,6)``, counts and percents ``DoubleType``, ints ``LongType``,
    string literals (``kind``, ``severity``) ``StringType``. Raises TypeError on
    an annotation it has no mapping for.
    """
    from pyspark.sql import types as T

    fields = []
    for name, info in model.model_fields.items():
        annotation, nullable = _unwrap(info.annotation)
        fields.append(T.StructField(name, _data_type(annotation), nullable=nullable))
    return T.StructType(fields)


def _pyarrow() -> Any:
    """pyarrow, imported where it runs (it ships no type hints)."""
    return importlib.import_module("pyarrow")


def _arrow_type(data_type: DataType) -> Any:
    """The Arrow type Spark exchanges a column of ``data_type`` as, for the
    types :func:`spark_schema` uses (pyspark 3.5's own converter refuses
    structs nested in structs, which Spark's Arrow exchange takes).

    >>> import pytest; _ = pytest.importorskip("pyspark")
    >>> from pyspark.sql import types as T
    >>> _arrow_type(T.ArrayType(T.DecimalType(38, 6), containsNull=False))
    ListType(list<item: decimal128(38, 6) not null>)
    """
    from pyspark.sql import types as T

    pa = _pyarrow()
    if isinstance(data_type, T.StructType):
        return pa.struct(_arrow_fields(data_type))
    if isinstance(data_type, T.ArrayType):
        item = _arrow_type(data_type.elementType)
        return pa.list_(pa.field("item", item, nullable=data_type.containsNull))
    if isinstance(data_type, T.MapType):
        return pa.map_(_arrow_type(data_type.keyType), _arrow_type(data_type.valueType))
    if isinstance(data_type, T.DecimalType):
        return pa.decimal128(data_type.precision, data_type.scale)
    leaves = {T.StringType: pa.string(), T.BooleanType: pa.bool_(), T.LongType: pa.int64(),
              T.DoubleType: pa.float64(), T.DateType: pa.date32()}
    return leaves[type(data_type)]


def _arrow_fields(schema: StructType) -> list[Any]:
    pa = _pyarrow()
    return [pa.field(f.name, _arrow_type(f.dataType), nullable=f.nullable) for f in schema.fields]


# ------------------------------------------------------ parsing in executors


class _ParseJob(NamedTuple):
    """What the executors need to parse a batch (pickled with the function)."""

    text_col: str
    source_col: str | None
    profile_col: str
    error_col: str
    profile_type: Any  # pyarrow.DataType
    strict: bool


def _parse_one(text: Any, source: dict[str, Any] | None, strict: bool) -> InvestorProfile:
    if source is None:
        return parse(text, strict=strict)
    page = RawPage(text, source["index"], source["first_line"], source["path"])
    return parse_page(page, strict=strict)


def _outcome(text: Any, source: dict[str, Any] | None,
             strict: bool) -> tuple[dict[str, Any] | None, str | None]:
    """``(profile row, None)`` or ``(None, error message)`` for one page."""
    try:
        return _to_row(_parse_one(text, source, strict).model_dump(mode="python")), None
    # One bad page must never fail a job over millions: whatever it raised
    # (ProfileParseError, or a parser bug) goes into its row.
    except Exception as error:
        logger.debug("page failed: %s", error)
        return None, _error_text(error)


def _parse_batches(job: _ParseJob, batches: Iterable[Any]) -> Iterator[Any]:
    """mapInArrow body: each input ``pyarrow.RecordBatch`` with ``profile`` and
    ``parse_error`` appended."""
    pa = _pyarrow()

    for batch in batches:
        texts = batch.column(job.text_col).to_pylist()
        sources: list[Any] = (batch.column(job.source_col).to_pylist() if job.source_col
                              else [None] * batch.num_rows)
        outcomes = [_outcome(text, source, job.strict)
                    for text, source in zip(texts, sources, strict=True)]
        profiles = pa.array([row for row, _ in outcomes], type=job.profile_type)
        errors = pa.array([error for _, error in outcomes], type=pa.string())
        yield pa.RecordBatch.from_arrays(
            [*batch.columns, profiles, errors],
            names=[*batch.schema.names, job.profile_col, job.error_col],
        )


def parse_column(df: DataFrame, text_col: str = "text", *, source_col: str | None = None,
                 profile_col: str = "profile", error_col: str = ERROR_COLUMN,
                 strict: bool = False) -> DataFrame:
    """``df`` with a struct column ``profile`` (:func:`spark_schema`) parsed from
    ``text_col``, and ``parse_error``: null when the page parsed, else the
    error's type and message (``profile`` is then null). A null text is an error.

    Runs :func:`profile_parser.parse` in the executors, one Arrow batch
    (``spark.sql.execution.arrow.maxRecordsPerBatch`` rows) at a time; the
    other columns pass through unchanged. ``source_col``, a struct column with
    ``path``, ``index`` and ``first_line`` (as :func:`read_pages` gives), fills
    ``profile.source``. ``strict=True`` turns warnings into row errors.
    """
    from pyspark.sql import types as T

    missing = [c for c in (text_col, source_col) if c is not None and c not in df.columns]
    if missing:
        raise ValueError(f"no column {missing[0]!r} in {df.columns}")
    taken = [c for c in (profile_col, error_col) if c in df.columns]
    if taken:
        raise ValueError(f"column {taken[0]!r} already exists")
    profile_type = spark_schema()
    schema = T.StructType([
        *df.schema.fields,
        T.StructField(profile_col, profile_type, nullable=True),
        T.StructField(error_col, T.StringType(), nullable=True),
    ])
    job = _ParseJob(text_col, source_col, profile_col, error_col,
                    _arrow_type(profile_type), strict)
    return df.mapInArrow(functools.partial(_parse_batches, job), schema)


# -------------------------------------------------------- reading page files


def _decode(content: bytes) -> io.TextIOWrapper:
    """A page file's bytes as text, decoded the way ``pages.open_text`` opens a
    file: UTF-16 when it starts with a UTF-16 BOM, else UTF-8 (BOM dropped),
    undecodable bytes as U+FFFD, any newline style read as "\\n".

    >>> _decode("A logo\\r\\nA\\r\\n".encode("utf-16")).read()
    'A logo\\nA\\n'
    >>> _decode(b"\\xef\\xbb\\xbfB\\xff\\n").read()
    'B\\ufffd\\n'
    """
    encoding = "utf-16" if content.startswith((b"\xff\xfe", b"\xfe\xff")) else "utf-8-sig"
    return io.TextIOWrapper(io.BytesIO(content), encoding=encoding, errors="replace",
                            newline=None)


def _file_pages(path: str, content: bytes, max_chars: int) -> Iterator[dict[str, Any]]:
    """The rows of :func:`read_pages` for one file."""
    for page in iter_pages(_decode(content), max_chars=max_chars):
        source = {"path": path, "index": page.index, "first_line": page.first_line}
        yield {"source": source, "text": page.text}


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


def _pages_schema() -> StructType:
    from pyspark.sql import types as T

    return T.StructType([
        T.StructField("source", spark_schema(Source), nullable=False),
        T.StructField("text", T.StringType(), nullable=True),
    ])


def read_pages(spark: SparkSession, paths: str | Sequence[str], *, recursive: bool = False,
               path_glob: str | None = None,
               max_chars: int = DEFAULT_MAX_PAGE_CHARS) -> DataFrame:
    """One row per page of the files at ``paths`` (files, folders or globs, any
    Hadoop file system): ``source`` (``path``, 0-based page ``index`` in the
    file, ``first_line`` of the page in the file) and ``text``, null for a page
    over ``max_chars``. A file holding no text gives no row.

    Files are read whole with Spark's ``binaryFile`` source (so one file must
    fit in an executor's memory; Spark refuses files over 2 GiB) and decoded
    like :func:`profile_parser.pages.open_text`; a file is cut into pages in
    one task, so the pages of a large dump land in one partition.
    ``recursive`` reads sub-folders; ``path_glob`` (e.g. ``"*.txt"``) filters
    file names.
    """
    reader = spark.read.format("binaryFile")
    if recursive:
        reader = reader.option("recursiveFileLookup", "true")
    if path_glob is not None:
        reader = reader.option("pathGlobFilter", path_glob)
    files = reader.load([paths] if isinstance(paths, str) else list(paths))
    schema = _pages_schema()
    return files.select("path", "content").mapInArrow(
        functools.partial(_page_batches, max_chars, _pyarrow().schema(_arrow_fields(schema))),
        schema,
    )


def read_profiles(spark: SparkSession, paths: str | Sequence[str], *,
                  partitions: int | None = None, strict: bool = False, recursive: bool = False,
                  path_glob: str | None = None,
                  max_chars: int = DEFAULT_MAX_PAGE_CHARS) -> DataFrame:
    """One row per page of the files at ``paths``: ``source``, ``profile``
    (with ``profile.source`` filled) and ``parse_error``.

    :func:`read_pages` then :func:`parse_column`. Give ``partitions`` to
    spread the pages over that many partitions before parsing (a shuffle of
    the page texts): without it a dump's pages are parsed by the one task that
    read the file.
    """
    pages = read_pages(spark, paths, recursive=recursive, path_glob=path_glob,
                       max_chars=max_chars)
    if partitions is not None:
        pages = pages.repartition(partitions)
    return parse_column(pages, "text", source_col="source", strict=strict).drop("text")
