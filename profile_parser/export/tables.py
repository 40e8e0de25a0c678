"""Records as relational tables for warehouses, their columns derived from the models.

Every table is keyed by ``profile_id`` (see :func:`profile_id`). A nested
object becomes prefixed columns (``location_city``); a list inside a row
(``highlights_themes``) becomes a ``json`` column holding JSON text; the
record's lists become child tables with a 0-based ``position``.

>>> [c.name for c in TABLES["stage_focus"].columns]
['profile_id', 'position', 'label', 'code', 'percent']
>>> [(c.name, c.type) for c in TABLES["deals"].columns][8:11]
[('location_country_code', 'string'), ('location_continent', 'string'), ('description', 'string')]
"""

from __future__ import annotations

import datetime
import hashlib
import json
import types
from collections.abc import Iterator
from decimal import Decimal
from typing import Annotated, Any, Literal, NamedTuple, Union, get_args, get_origin

from pydantic import BaseModel

from ..models import InvestorProfile

ColumnType = Literal["string", "int64", "float64", "bool", "date", "json"]
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


def profile_id(path: str, index: int) -> str:
    """The stable key of a page: the first 16 hex digits of the SHA-256 of its
    source path (as given, ``-`` for stdin), a NUL, and its 0-based index.

    >>> profile_id("dump.txt", 0) == hashlib.sha256(b"dump.txt\\x000").hexdigest()[:16]
    True
    >>> len({profile_id("dump.txt", 0), profile_id("dump.txt", 1), profile_id("-", 0)})
    3
    """
    return hashlib.sha256(f"{path}\0{index}".encode()).hexdigest()[:16]


def _strip(annotation: Any) -> tuple[Any, bool]:
    """An annotation without ``Annotated`` and ``| None``; True when it was optional."""
    while get_origin(annotation) is Annotated:
        annotation = get_args(annotation)[0]
    if get_origin(annotation) in (Union, types.UnionType):
        args = [a for a in get_args(annotation) if a is not type(None)]
        inner, _ = _strip(args[0])
        return inner, True
    return annotation, False


def _scalar_type(annotation: Any) -> ColumnType:
    """The column type of a leaf annotation.

    >>> _scalar_type(bool), _scalar_type(Decimal), _scalar_type(Literal["a"])
    ('bool', 'float64', 'string')
    """
    if get_origin(annotation) is Literal or annotation is str:
        return "string"
    if annotation is bool:
        return "bool"
    if annotation is int:
        return "int64"
    if annotation in (float, Decimal):
        return "float64"
    if annotation is datetime.date:
        return "date"
    return "json"


def model_columns(model: type[BaseModel], prefix: tuple[str, ...] = (),
                  skip: frozenset[str] = frozenset()) -> list[Column]:
    """The columns of a model, nested models flattened with ``_``-joined names."""
    columns: list[Column] = []
    for name, field in model.model_fields.items():
        if name in skip:
            continue
        annotation, _ = _strip(field.annotation)
        path = (*prefix, name)
        if isinstance(annotation, type) and issubclass(annotation, BaseModel):
            columns.extend(model_columns(annotation, path))
        else:
            columns.append(Column("_".join(path), _scalar_type(annotation), path))
    return columns


def item_model(model: type[BaseModel], name: str) -> type[BaseModel]:
    """The model of the items of a list field.

    >>> item_model(InvestorProfile, "recent_deals").__name__
    'Deal'
    """
    annotation, _ = _strip(model.model_fields[name].annotation)
    item: type[BaseModel] = get_args(annotation)[0]
    return item


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
    lists = frozenset(n for n, f in InvestorProfile.model_fields.items()
                      if get_origin(_strip(f.annotation)[0]) is list)
    rest = model_columns(InvestorProfile, skip=lists)
    source = [c for c in rest if c.path[0] == "source"]
    profiles = (_KEY, *source, _SOURCE_FIELDS, *(c for c in rest if c.path[0] != "source"))
    tables = {"profiles": Table("profiles", profiles, ())}
    for name, field in CHILDREN.items():
        columns = model_columns(item_model(InvestorProfile, field), skip=frozenset({"industries"}))
        tables[name] = Table(name, (_KEY, _POSITION, *columns), (field,))
    tables["industries"] = Table("industries", (
        _KEY, Column("deal_position", "int64", ()), _POSITION, Column("industry", "string", ()),
    ), ("industry_focus",))
    return {name: tables[name] for name in ORDER}


#: every table, by name, in :data:`ORDER`
TABLES: dict[str, Table] = _tables()


def _get(record: dict[str, Any], column: Column) -> Any:
    value: Any = record
    for key in column.path:
        if not isinstance(value, dict):
            return None
        value = value.get(key)
    if column.type == "json" and value is not None:
        return json.dumps(value, ensure_ascii=False)
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
    """A record (as JSON data) as rows of every table.

    >>> rows = record_rows({"name": "Acme", "stage_focus": [
    ...     {"label": "Seed", "code": "seed", "percent": 60}], "industry_focus": ["AI"]}, "k")
    >>> rows["stage_focus"], rows["industries"]
    ([('k', 0, 'Seed', 'seed', 60)], [('k', None, 0, 'AI')])
    >>> rows["profiles"][0][:2], len(rows["deals"])
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

