"""One model walker for the tables and Spark: its tree, its leaf map, its Arrow types."""

from __future__ import annotations

import datetime
from decimal import Decimal
from typing import Annotated, Literal

import pytest
from pydantic import BaseModel

from profile_parser.export.tables import TABLES
from profile_parser.export.walker import Field, Leaf, ListOf, Struct, fit_amount, struct_of, unwrap
from profile_parser.models import Deal, Fact, InvestorProfile, Money


def test_the_tree_of_a_deal() -> None:
    tree = struct_of(Deal)
    nodes = {f.name: (f.node, f.nullable) for f in tree.fields}
    assert nodes["company"] == (Leaf("string"), True)
    assert nodes["company_inferred"] == (Leaf("bool"), False)
    assert nodes["industries"] == (ListOf(Leaf("string"), nullable=False), False)
    assert nodes["date"] == (Leaf("date"), True)
    assert nodes["amount_raised"] == (struct_of(Money), True)
    assert struct_of(Money) == Struct("Money", (Field("amount", Leaf("decimal"), False),
                                                Field("currency", Leaf("string"), False)))


def test_amounts_are_decimal_everywhere_and_only_amounts() -> None:
    decimals = {(t, c.name) for t, table in TABLES.items() for c in table.columns if c.type == "decimal"}
    assert decimals == {
        ("profiles", "highlights_check_size_min_amount"), ("profiles", "highlights_check_size_max_amount"),
        ("deals", "amount_raised_amount"), ("facts", "value")}
    assert {f.name: f.node for f in struct_of(Fact).fields}["value"] == Leaf("decimal")


def test_every_contract_field_has_a_column_or_a_table() -> None:
    top = {f.name for f in struct_of(InvestorProfile).fields}
    listed = {"stage_focus", "country_focus", "industry_focus", "co_investors", "angels", "recent_deals",
              "facts", "diagnostics", "unparsed"}
    in_profiles = {c.path[0] for c in TABLES["profiles"].columns if c.path}
    assert top == in_profiles | listed


class _Stamped(BaseModel):
    at: datetime.datetime  # a datetime is no date: refused, never guessed


class _Mapped(BaseModel):
    counts: dict[int, str]  # a map's keys are strings (JSON object keys)


class _Either(BaseModel):
    value: int | str


@pytest.mark.parametrize("model", [_Stamped, _Mapped, _Either])
def test_an_unmapped_annotation_is_refused(model: type[BaseModel]) -> None:
    with pytest.raises(TypeError, match="no type for"):
        struct_of(model)


def test_unwrap_and_literals() -> None:
    assert unwrap(Annotated[Decimal, "x"] | None) == (Decimal, True)
    assert unwrap(Literal["a"]) == (Literal["a"], False)


def test_arrow_types_follow_the_tree() -> None:
    pa = pytest.importorskip("pyarrow")
    from profile_parser.export.walker import arrow_type

    deal = arrow_type(struct_of(Deal))
    assert deal.field("amount_raised").type.field("amount").type == pa.decimal128(38, 6)
    assert deal.field("date").type == pa.date32()
    assert deal.field("industries").type == pa.list_(pa.field("item", pa.string(), nullable=False))
    assert not deal.field("company_inferred").nullable and deal.field("company").nullable


@pytest.mark.parametrize(("value", "fitted"), [
    (Decimal("13888021.37"), Decimal("13888021.370000")),
    (Decimal("0.0000005"), Decimal("0.000000")),  # half-even: the tie goes to the even 0
    (Decimal("0.0000015"), Decimal("0.000002")),
])
def test_fit_amount(value: Decimal, fitted: Decimal) -> None:
    assert fit_amount(value) == fitted and fit_amount(value).as_tuple().exponent == -6


def test_an_amount_too_large_for_the_decimal_columns_is_refused_not_rounded() -> None:
    # the normalizers read no such amount from a page; the tables refuse one all the same
    from profile_parser.export.tables import record_rows

    deal = {"amount_raised": {"amount": Decimal("1E40"), "currency": "USD"}}
    with pytest.raises(ValueError, match=r"amount 1E\+40 does not fit DecimalType\(38,6\)"):
        record_rows({"name": "Acme", "recent_deals": [deal]}, "k")


class _Where(BaseModel):
    line: int


class _WithSpans(BaseModel):
    name: str
    spans: dict[str, _Where] | None = None


def test_a_map_of_str_keys_is_a_json_column_and_an_arrow_map() -> None:
    # schema 1.1's spans: dict[str, Span] | None
    from profile_parser.export.tables import struct_columns
    from profile_parser.export.walker import MapOf

    tree = struct_of(_WithSpans)
    assert tree.fields[1] == Field("spans", MapOf(struct_of(_Where)), True)
    assert [(c.name, c.type) for c in struct_columns(tree)] == [("name", "string"), ("spans", "json")]
    pa = pytest.importorskip("pyarrow")
    from profile_parser.export.walker import arrow_type

    assert arrow_type(tree).field("spans").type == pa.map_(
        pa.string(), pa.field("value", pa.struct([pa.field("line", pa.int64(), nullable=False)]), nullable=False))
