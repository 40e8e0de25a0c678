"""Records as relational tables for warehouses, their columns derived from the models.

Every table is keyed by ``profile_id`` (:func:`profile_parser.ids.profile_id`).
A nested object becomes prefixed columns (``location_city``); a list inside a
row (``highlights_themes``) becomes a ``json`` column holding JSON text; the
record's lists become child tables with a 0-based ``position``. The columns
come from the one model walker (:mod:`.walker`) that Spark uses too; money
amounts are ``decimal`` columns: ``decimal128(38, 6)`` in Parquet, decimal text
in CSV, exact.

>>> [c.name for c in TABLES["stage_focus"].columns]
['profile_id', 'position', 'label', 'code', 'percent']
>>> [(c.name, c.type) for c in TABLES["deals"].columns][8:11]
[('location_country_code', 'string'), ('location_continent', 'string'), ('description', 'string')]
>>> [(c.name, c.type) for c in TABLES["deals"].columns][-2:]
[('amount_raised_amount', 'decimal'), ('amount_raised_currency', 'string')]
"""

from __future__ import annotations

import datetime
import json
from collections.abc import Iterator
from decimal import Decimal
from typing import Any, Literal, NamedTuple

from pydantic import BaseModel

from ..models import InvestorProfile
from .walker import Kind, Leaf, ListOf, MapOf, Struct, arrow_type, fit_amount, struct_of

ColumnType = Kind | Literal["json"]
Row = tuple[Any, ...]


class Column(NamedTuple):
    """A column: its name, its type, and the keys leading to its value in a record."""

    name: str
    type: ColumnType
    path: tuple[str, ...]


class Table(NamedTuple):
    """A table: its name, its columns, and the record's list it is cut from
    (``()`` for ``profiles``, one row per record)."""

    name: str
    columns: tuple[Column, ...]
    field: tuple[str, ...]


def struct_columns(struct: Struct, prefix: tuple[str, ...] = (),
                   skip: frozenset[str] = frozenset()) -> list[Column]:
    """The columns of a model's tree, nested models flattened with ``_``-joined names,
    lists and maps inside a row as ``json``.

    >>> from profile_parser.models import Money
    >>> struct_columns(struct_of(Money), ("amount_raised",))
    [Column(name='amount_raised_amount', type='decimal', path=('amount_raised', 'amount')), \
Column(name='amount_raised_currency', type='string', path=('amount_raised', 'currency'))]
    """
    columns: list[Column] = []
    for field in struct.fields:
        if field.name in skip:
            continue
        path = (*prefix, field.name)
        if isinstance(field.node, Struct):
            columns.extend(struct_columns(field.node, path))
        elif isinstance(field.node, (ListOf, MapOf)):
            columns.append(Column("_".join(path), "json", path))
        else:
            columns.append(Column("_".join(path), field.node.kind, path))
    return columns


def column_arrow_type(kind: ColumnType) -> Any:
    """The Parquet (Arrow) type of a column: a leaf's, or a string for ``json``."""
    return arrow_type(Leaf("string" if kind == "json" else kind))


def item_struct(model: type[BaseModel], name: str) -> Struct:
    """The tree of the items of a model's list field.

    >>> item_struct(InvestorProfile, "recent_deals").name
    'Deal'
    """
    (field,) = [f for f in struct_of(model).fields if f.name == name]
    assert isinstance(field.node, ListOf) and isinstance(field.node.item, Struct)
    return field.node.item


_KEY = Column("profile_id", "string", ())
_POSITION = Column("position", "int64", ())
_SOURCE_FIELDS = Column("source_fields", "json", ("source", "fields"))
#: the tables, in the order they are documented and written
ORDER = ("profiles", "deals", "co_investors", "angels", "stage_focus", "country_focus",
         "industries", "facts", "diagnostics", "unparsed")
#: table name -> the record's list field it is cut from
CHILDREN = {
    "deals": "recent_deals",
    "co_investors": "co_investors",
    "angels": "angels",
    "stage_focus": "stage_focus",
    "country_focus": "country_focus",
    "facts": "facts",
    "diagnostics": "diagnostics",
    "unparsed": "unparsed",
}


def _tables() -> dict[str, Table]:
    root = struct_of(InvestorProfile)
    lists = frozenset(f.name for f in root.fields if isinstance(f.node, ListOf))
    rest = struct_columns(root, skip=lists)
    source = [c for c in rest if c.path[0] == "source"]
    profiles = (_KEY, *source, _SOURCE_FIELDS, *(c for c in rest if c.path[0] != "source"))
    tables = {"profiles": Table("profiles", profiles, ())}
    for name, field in CHILDREN.items():
        columns = struct_columns(item_struct(InvestorProfile, field), skip=frozenset({"industries"}))
        tables[name] = Table(name, (_KEY, _POSITION, *columns), (field,))
    tables["industries"] = Table("industries", (
        _KEY, Column("deal_position", "int64", ()), _POSITION, Column("industry", "string", ()),
    ), ("industry_focus",))
    return {name: tables[name] for name in ORDER}


#: every table, by name, in :data:`ORDER`
TABLES: dict[str, Table] = _tables()


def _json_default(value: Any) -> Any:
    """JSON for the few Python values of a ``model_dump(mode="python")`` that json lacks."""
    if isinstance(value, Decimal):
        return int(value) if value == value.to_integral_value() else float(value)
    if isinstance(value, datetime.date):
        return value.isoformat()
    raise TypeError(f"{type(value).__name__} is not JSON serializable")


def _get(record: dict[str, Any], column: Column) -> Any:
    value: Any = record
    for key in column.path:
        if not isinstance(value, dict):
            return None
        value = value.get(key)
    if value is None:
        return None
    if column.type == "json":
        return json.dumps(value, ensure_ascii=False, default=_json_default)
    if column.type == "decimal":
        return fit_amount(Decimal(value))
    return value


def _row(record: dict[str, Any], columns: tuple[Column, ...], key: str,
         position: int | None = None) -> Row:
    start = 1 if position is None else 2
    values = [_get(record, c) for c in columns[start:]]
    return (key, *values) if position is None else (key, position, *values)


def _industry_rows(record: dict[str, Any], key: str) -> Iterator[Row]:
    """The page's Industry Focus (``deal_position`` null), then each deal's industries."""
    for position, industry in enumerate(record.get("industry_focus") or []):
        yield key, None, position, industry
    for deal_position, deal in enumerate(record.get("recent_deals") or []):
        for position, industry in enumerate(deal.get("industries") or []):
            yield key, deal_position, position, industry


def record_rows(record: dict[str, Any], key: str) -> dict[str, list[Row]]:
    """A record (``model_dump(mode="python")``: amounts ``Decimal``, dates ``date``)
    as rows of every table; amounts fitted to the decimal columns.

    >>> rows = record_rows({"name": "Acme", "stage_focus": [
    ...     {"label": "Seed", "code": "seed", "percent": 60.0}], "industry_focus": ["AI"],
    ...     "recent_deals": [{"amount_raised": {"amount": Decimal("1.5"), "currency": "USD"}}]}, "k")
    >>> rows["stage_focus"], rows["industries"]
    ([('k', 0, 'Seed', 'seed', 60.0)], [('k', None, 0, 'AI')])
    >>> rows["deals"][0][-2:]
    (Decimal('1.500000'), 'USD')
    >>> rows["profiles"][0][:2], len(rows["angels"])
    (('k', None), 0)
    """
    rows: dict[str, list[Row]] = {}
    for name, table in TABLES.items():
        if name == "industries":
            rows[name] = list(_industry_rows(record, key))
        elif not table.field:
            rows[name] = [_row(record, table.columns, key)]
        else:
            items = record.get(table.field[0]) or []
            rows[name] = [_row(item, table.columns, key, i) for i, item in enumerate(items)]
    return rows

