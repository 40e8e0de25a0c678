"""profile_parser.spark on a local[2] Spark: schema, parse_column, read_profiles.

Skipped as a whole where pyspark is not installed. One SparkSession serves
the module, and the DataFrames are tiny: Spark start-up is most of the time.
"""

from __future__ import annotations

import bz2
import datetime
import gzip
import hashlib
import json
import lzma
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("pyspark")
pytest.importorskip("pyarrow")

from pydantic import BaseModel
from pyspark.sql import Row, SparkSession
from pyspark.sql import types as T
from support import FIXTURES

from profile_parser import InvestorProfile, iter_profiles, parse
from profile_parser.spark import (
    fit_amount,
    parse_column,
    read_profiles,
    spark_schema,
)

ACME = ("Acme logo\n\nAcme\n\nEurope, Bavaria, Germany, Munich\n\n"
        "Description\n\nAcme invests in robots.\n")
BROKEN = "just a line of prose\nand another one\n"
LATIN = "Acme logo\n\nAcme\n\nEurope, Bavaria, Germany, Munich\n\nDescription\n\nAcme invests in caf\u00e9s.\n"
# Fields the models declare as Amount (Decimal); every other JSON "number" is a float.
DECIMAL_FIELDS = {("Money", "amount"), ("Fact", "value")}


@pytest.fixture(scope="module")
def xiaomi() -> str:
    return (FIXTURES / "xiaomi.txt").read_text(encoding="utf-8")


# ------------------------------------------------------------------ schema


def _expected_type(schema: dict[str, Any], model: str, field: str,
                   node: dict[str, Any]) -> tuple[T.DataType, bool]:
    """The Spark type a JSON Schema node calls for, derived independently of
    spark.py: (type, nullable)."""
    variants = node.get("anyOf", [node])
    nullable = {"type": "null"} in variants
    (node,) = [v for v in variants if v != {"type": "null"}]
    if "$ref" in node:
        name = node["$ref"].rsplit("/", 1)[1]
        return _expected_struct(schema, name), nullable
    kind = node["type"]
    if kind == "array":
        item, item_nullable = _expected_type(schema, model, field, node["items"])
        return T.ArrayType(item, containsNull=item_nullable), nullable
    if kind == "object":  # a map (schema 1.1's spans): "absent, not null" in JSON, null in a row
        value, _ = _expected_type(schema, model, field, node["additionalProperties"])
        return T.MapType(T.StringType(), value, valueContainsNull=False), True
    if kind == "string":
        return (T.DateType() if node.get("format") == "date" else T.StringType()), nullable
    if kind == "number":
        decimal = (model, field) in DECIMAL_FIELDS
        return (T.DecimalType(38, 6) if decimal else T.DoubleType()), nullable
    simple = {"integer": T.LongType(), "boolean": T.BooleanType()}
    return simple[kind], nullable


def _expected_struct(schema: dict[str, Any], name: str) -> T.StructType:
    definition = schema if name == schema["title"] else schema["$defs"][name]
    fields = []
    for field, node in definition["properties"].items():
        data_type, nullable = _expected_type(schema, name, field, node)
        fields.append(T.StructField(field, data_type, nullable))
    return T.StructType(fields)


def test_schema_matches_model_json_schema() -> None:
    schema = InvestorProfile.model_json_schema()
    assert spark_schema() == _expected_struct(schema, "InvestorProfile")


def test_schema_types_by_hand() -> None:
    schema = spark_schema()
    assert schema["name"] == T.StructField("name", T.StringType(), nullable=False)
    assert schema["location"].nullable
    assert schema["location"].dataType["country_code"].dataType == T.StringType()
    deals = schema["recent_deals"].dataType
    assert isinstance(deals, T.ArrayType) and not deals.containsNull
    deal = deals.elementType
    assert deal["date"] == T.StructField("date", T.DateType(), nullable=True)
    assert deal["company_inferred"].dataType == T.BooleanType()
    assert deal["amount_raised"].dataType["amount"].dataType == T.DecimalType(38, 6)
    assert schema["stage_focus"].dataType.elementType["percent"].dataType == T.DoubleType()
    assert schema["co_investors"].dataType.elementType["co_investments"].dataType == T.LongType()
    fact = schema["facts"].dataType.elementType
    assert fact["value"] == T.StructField("value", T.DecimalType(38, 6), nullable=True)
    assert fact["date"].dataType == T.StringType()  # "YYYY" or "YYYY-MM" is no DateType
    assert schema.fieldNames()[:3] == ["schema_version", "kind", "name"]


class _Stamped(BaseModel):
    at: datetime.datetime


class _Mapped(BaseModel):
    counts: dict[int, str]  # a map's keys are strings


class _Where(BaseModel):
    line: int


class _WithSpans(BaseModel):
    spans: dict[str, _Where] | None = None


def test_schema_maps_a_str_keyed_dict() -> None:
    # schema 1.1's spans: dict[str, Span] | None
    (field,) = spark_schema(_WithSpans).fields
    assert field == T.StructField("spans", T.MapType(
        T.StringType(), T.StructType([T.StructField("line", T.LongType(), False)]), valueContainsNull=False), True)


@pytest.mark.parametrize("model", [_Stamped, _Mapped])
def test_schema_refuses_an_unmapped_annotation(model: type[BaseModel]) -> None:
    with pytest.raises(TypeError, match="no type for"):
        spark_schema(model)


@pytest.mark.parametrize(("value", "fitted"), [
    (Decimal("13888021"), Decimal("13888021.000000")),
    (Decimal("2.5E6"), Decimal("2500000.000000")),
    (Decimal("0.0000005"), Decimal("0.000000")),  # half-even: the tie goes to the even 0
    (Decimal("0.0000015"), Decimal("0.000002")),
    (Decimal("9" * 32), Decimal("9" * 32 + ".000000")),
])
def test_fit_amount(value: Decimal, fitted: Decimal) -> None:
    assert fit_amount(value) == fitted
    assert fit_amount(value).as_tuple().exponent == -6


@pytest.mark.parametrize("value", [Decimal(10) ** 32, Decimal("-1E40"), Decimal("NaN"),
                                   Decimal("Infinity")])
def test_fit_amount_refuses(value: Decimal) -> None:
    with pytest.raises(ValueError, match="does not fit"):
        fit_amount(value)


# ------------------------------------------------------------ parse_column


def _pid(text: str) -> str:
    """profile_id as docs/cli.md defines it, computed independently of the code."""
    body = text.replace("\r\n", "\n").replace("\r", "\n").strip("\n\ufeff")
    return hashlib.sha256(b"profile-parser profile_id v1\x00" + body.encode()).hexdigest()[:16]


def _as_json(profile: Row) -> dict[str, Any]:
    """A collected profile struct back through the model, as contract JSON."""
    return InvestorProfile.model_validate(profile.asDict(recursive=True)).model_dump(mode="json")


def test_parse_column(spark: SparkSession, xiaomi: str) -> None:
    texts = [xiaomi, ACME, BROKEN, None, xiaomi.replace("\n", "\r\n")]
    df = spark.createDataFrame(list(enumerate(texts)), "id long, text string")  # 2 partitions
    parsed = parse_column(df)
    both = parse_column(parsed, profile_col="strict", error_col="strict_error", id_col=None, strict=True)
    assert both.columns == ["id", "text", "profile_id", "profile", "parse_error", "strict", "strict_error"]
    rows = {row.id: row for row in both.collect()}
    assert sorted(rows) == [0, 1, 2, 3, 4]
    assert [rows[i].profile_id for i in range(5)] == [
        _pid(xiaomi), _pid(ACME), _pid(BROKEN), None, _pid(xiaomi)]  # CRLF or LF: one id

    for i in (0, 1, 4):  # the pages: the same JSON as parse gives
        assert rows[i].parse_error is None
        assert _as_json(rows[i].profile) == parse(texts[i]).model_dump(mode="json")
    deal = rows[0].profile.recent_deals[0]
    assert (deal.company, deal.date) == ("Qingmei Electric", datetime.date(2025, 7, 31))
    assert deal.amount_raised == Row(amount=Decimal("13888021"), currency="USD")
    assert rows[0].profile.stats.portfolio_companies == Row(value=38.0, qualifier="more_than")
    assert rows[1].profile.location.country_code == "DE"

    # the broken page and the null text land in the error column, the job goes on
    assert rows[2].profile is None
    assert rows[2].parse_error.startswith("ProfileParseError: no investor profile found")
    assert rows[3].profile is None
    assert rows[3].parse_error == "ProfileParseError: expected the page as str, got NoneType"

    # strict: xiaomi's last deal raises two warnings (company inferred, location missing)
    assert rows[0].strict is None
    assert rows[0].strict_error.startswith("ProfileParseError: strict mode: 2 warning(s)")
    assert rows[1].strict_error is None and rows[1].strict.name == "Acme"


def test_parse_column_checks_its_columns(spark: SparkSession) -> None:
    df = spark.createDataFrame([("x", "y")], "body string, profile string")
    with pytest.raises(ValueError, match="no column 'text'"):
        parse_column(df)
    with pytest.raises(ValueError, match="'profile' already exists"):
        parse_column(df, "body")
    with pytest.raises(ValueError, match="no column 'src'"):
        parse_column(df, "body", source_col="src", profile_col="p")
    with pytest.raises(ValueError, match="go with source_col"):
        parse_column(df, "body", notes_col="profile", profile_col="p")
    ided = df.withColumnRenamed("profile", "profile_id")
    with pytest.raises(ValueError, match="'profile_id' already exists"):
        parse_column(ided, "body")


# ---------------------------------------------------------- read_profiles


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory, xiaomi: str) -> Path:
    root = tmp_path_factory.mktemp("pages")
    # xiaomi.txt has 193 lines and no final newline: the dump's second page starts at line 194
    (root / "dump.txt").write_text(xiaomi + "\n" + ACME, encoding="utf-8")
    (root / "acme16.txt").write_text(ACME.replace("Acme", "Bolt"), encoding="utf-16")
    (root / "empty.txt").write_text("\n\n", encoding="utf-8")
    (root / "notes.md").write_text(ACME, encoding="utf-8")  # left out by the glob
    (root / "latin.txt").write_bytes(LATIN.encode("cp1252"))  # read as cp1252, with its note
    (root / "dump.txt.gz").write_bytes(gzip.compress((xiaomi + "\n" + ACME).encode()))
    (root / "acme.txt.bz2").write_bytes(bz2.compress(ACME.replace("Acme", "Bzip").encode()))
    (root / "acme.txt.xz").write_bytes(lzma.compress(ACME.replace("Acme", "Xz").encode()))
    (root / "blob.txt").write_bytes(b"\x00\x01" * 100)  # no text: one row, its read error
    (root / "sub").mkdir()
    (root / "sub" / "broken.txt").write_text(BROKEN, encoding="utf-8")
    return root


def _by_source(rows: list[Row]) -> dict[tuple[str, int, int], Row]:
    # Row is a tuple: row.index is tuple.index, hence row["index"]
    return {(Path(r.source.path).name, r.source["index"], r.source.first_line): r for r in rows}


def test_read_profiles(spark: SparkSession, folder: Path, xiaomi: str) -> None:
    df = read_profiles(spark, str(folder), recursive=True, path_glob="*.{txt,gz,bz2,xz}", partitions=2)
    assert df.columns == ["source", "profile_id", "profile", "parse_error"]
    rows = _by_source(df.collect())
    assert sorted(rows) == [("acme.txt.bz2", 0, 1), ("acme.txt.xz", 0, 1), ("acme16.txt", 0, 1),
                            ("blob.txt", 0, 1), ("broken.txt", 0, 1),
                            ("dump.txt", 0, 1), ("dump.txt", 1, 194),
                            ("dump.txt.gz", 0, 1), ("dump.txt.gz", 1, 194), ("latin.txt", 0, 1)]
    for key, name in [(("dump.txt", 0, 1), "Xiaomi"), (("dump.txt", 1, 194), "Acme"),
                      (("acme16.txt", 0, 1), "Bolt"), (("dump.txt.gz", 1, 194), "Acme"),
                      (("acme.txt.bz2", 0, 1), "Bzip"), (("acme.txt.xz", 0, 1), "Xz")]:
        row = rows[key]
        assert row.parse_error is None and row.profile.name == name
        assert row.profile.source == row.source
        assert row.source.path.startswith("file:") and row.source.path.endswith(key[0])
    # the same page, compressed or not, UTF-8 or UTF-16: one id, the one of its text
    assert rows[("dump.txt", 1, 194)].profile_id == rows[("dump.txt.gz", 1, 194)].profile_id == _pid(ACME)
    assert rows[("dump.txt", 0, 1)].profile_id == _pid(xiaomi)
    assert rows[("acme16.txt", 0, 1)].profile_id == _pid(ACME.replace("Acme", "Bolt"))
    blob = rows[("blob.txt", 0, 1)]
    assert (blob.profile, blob.profile_id) == (None, None)
    assert blob.parse_error == "ProfileParseError: binary data (NUL bytes), not a text file"
    profile = _as_json(rows[("dump.txt", 0, 1)].profile)
    assert {**profile, "source": None} == parse(xiaomi).model_dump(mode="json")
    broken = rows[("broken.txt", 0, 1)]
    assert broken.profile is None and broken.parse_error.startswith("ProfileParseError:")


def test_spark_reads_a_file_as_the_library_does(spark: SparkSession, folder: Path) -> None:
    # one decoder: the cp1252 page gives the library's record, its encoding.cp1252 note included
    (row,) = read_profiles(spark, str(folder / "latin.txt")).collect()
    (library,) = iter_profiles(folder / "latin.txt")
    expected = library.model_dump(mode="json")
    assert "Acme invests in caf\u00e9s." in expected["description"]
    assert [(d["code"], d["line"]) for d in expected["diagnostics"]] == [("encoding.cp1252", 9)]
    got = _as_json(row.profile)
    assert {**got, "source": None} == {**expected, "source": None}
    assert json.dumps(got["diagnostics"]) == json.dumps(expected["diagnostics"])


def test_read_profiles_page_over_the_limit(spark: SparkSession, tmp_path: Path,
                                           xiaomi: str) -> None:
    # ACME has 9 lines, so the xiaomi page (6,500 characters) starts at line 10
    (tmp_path / "dump.txt").write_text(ACME + xiaomi, encoding="utf-8")
    rows = _by_source(read_profiles(spark, str(tmp_path), max_chars=1000).collect())
    assert sorted(rows) == [("dump.txt", 0, 1), ("dump.txt", 1, 10)]
    assert rows[("dump.txt", 0, 1)].profile.name == "Acme"
    assert rows[("dump.txt", 1, 10)].profile is None
    size = len(xiaomi)  # the last page: its text has no final line break
    assert rows[("dump.txt", 1, 10)].parse_error == (
        f"ProfileParseError: page of {size:,} characters is over the limit of 1,000 "
        "(raise it with --max-page-chars, or max_chars= in Python)")
