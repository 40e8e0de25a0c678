"""Spans on Spark: ``parse_column(spans=True)`` and ``read_profiles(spans=True)`` fill
``profile.spans``; without, the schema and the rows are what they were (spans null).

Skipped as a whole where pyspark is not installed; one local[2] session (conftest).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("pyspark")
pytest.importorskip("pyarrow")

from pyspark.sql import Row, SparkSession
from pyspark.sql import types as T
from support import FIXTURES

from profile_parser import InvestorProfile, parse
from profile_parser.spark import parse_column, read_profiles

# 9 lines: the name on line 3, the place on line 5, the description on line 9
ACME = "Acme logo\n\nAcme\n\nEurope, Bavaria, Germany, Munich\n\nDescription\n\nAcme invests in robots.\n"
#: where each value of ACME was read, counted by hand on the lines above
ACME_SPANS = {
    "/name": (3, 0, 4),
    "/location/raw": (5, 0, 32),
    "/location/city": (5, 26, 32),  # Munich
    "/location/region": (5, 8, 15),  # Bavaria
    "/location/country": (5, 17, 24),  # Germany
    "/location/country_code": (5, 17, 24),  # from the country's name
    "/location/continent": (5, 0, 6),  # Europe
    "/description": (9, 0, 23),
}
SPAN_TYPE = T.StructType([T.StructField(name, T.LongType(), nullable=False) for name in ("line", "start", "end")])


@pytest.fixture(scope="module")
def xiaomi() -> str:
    return (FIXTURES / "xiaomi.txt").read_text(encoding="utf-8")


def _spans(profile: Row) -> dict[str, tuple[int, int, int]]:
    return {pointer: (span.line, span.start, span.end) for pointer, span in profile.spans.items()}


def _as_json(profile: Row) -> dict[str, Any]:
    """A collected profile struct back through the model, as contract JSON."""
    return InvestorProfile.model_validate(profile.asDict(recursive=True)).model_dump(mode="json")


def test_parse_column_carries_spans_only_when_asked(spark: SparkSession, xiaomi: str) -> None:
    df = spark.createDataFrame([(0, ACME), (1, xiaomi)], "id long, text string")
    plain, spanned = parse_column(df), parse_column(df, spans=True)
    # one schema either way: spans is a nullable map<string, struct<line, start, end>>
    assert plain.schema == spanned.schema
    field = spanned.schema["profile"].dataType["spans"]
    assert field.nullable
    assert field.dataType == T.MapType(T.StringType(), SPAN_TYPE, valueContainsNull=False)

    without = {row.id: row for row in plain.collect()}
    for i, text in ((0, ACME), (1, xiaomi)):  # the record of today: spans null, the rest as parse gives
        assert without[i].parse_error is None and without[i].profile.spans is None
        assert _as_json(without[i].profile) == parse(text).model_dump(mode="json")

    rows = {row.id: row for row in spanned.collect()}
    assert _spans(rows[0].profile) == ACME_SPANS
    # the seed page: the library's spans and record, through Arrow and back
    assert _as_json(rows[1].profile) == parse(xiaomi, spans=True).model_dump(mode="json")
    assert rows[1].profile.spans["/recent_deals/0/amount_raised/amount"] is not None


def test_read_profiles_spans_count_lines_within_the_page(spark: SparkSession, tmp_path: Path) -> None:
    # ACME has 9 lines and a final line break: the second page starts at line 10 of the file
    (tmp_path / "dump.txt").write_text(ACME + ACME.replace("Acme", "Bolt"), encoding="utf-8")
    plain = read_profiles(spark, str(tmp_path))
    spanned = read_profiles(spark, str(tmp_path), spans=True)
    assert plain.schema == spanned.schema
    assert [row.profile.spans for row in plain.collect()] == [None, None]
    rows = {row.source["index"]: row for row in spanned.collect()}  # Row.index is tuple.index
    assert rows[1].source.first_line == 10
    assert _spans(rows[0].profile) == _spans(rows[1].profile) == ACME_SPANS
