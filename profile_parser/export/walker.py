"""One walk over the contract models for every typed output: CSV and Parquet tables, Spark.

:func:`struct_of` turns a pydantic model into a tree of :class:`Struct`,
:class:`ListOf` and :class:`Leaf` nodes; :func:`unwrap` is the one place that
looks through ``Annotated`` and ``Optional``, :data:`LEAVES` the one map from
Python leaf types to column kinds, :func:`arrow_type` the one map from the
tree to Arrow types (Parquet and Spark's Arrow exchange alike). The tables
(:mod:`.tables`) flatten the tree into columns (a list or a map inside a row
becomes a JSON column), :mod:`profile_parser.spark`
turns it into a ``StructType``. An annotation with no mapping raises
``TypeError``: a new kind of field gets a mapping here, never a silent guess.

Money amounts are exact: ``Decimal`` in Python, ``decimal128(38, 6)`` in
Parquet and ``DecimalType(38, 6)`` in Spark, decimal text in CSV, all fitted
by :func:`fit_amount`.

>>> from profile_parser.models import Money
>>> struct_of(Money)
Struct(name='Money', fields=(Field(name='amount', node=Leaf(kind='decimal'), nullable=False), \
Field(name='currency', node=Leaf(kind='string'), nullable=False)))
"""

from __future__ import annotations

import datetime
import decimal
import functools
import importlib
import types
from decimal import Decimal
from typing import Annotated, Any, Final, Literal, NamedTuple, Union, get_args, get_origin

from pydantic import BaseModel

#: the kinds of leaf values
Kind = Literal["string", "int64", "float64", "decimal", "bool", "date"]

#: Python leaf types to kinds (an exact type match: a datetime is no date)
LEAVES: Final[dict[Any, Kind]] = {
    str: "string",
    bool: "bool",
    int: "int64",  # counts and line numbers: Python ints are unbounded, take 64 bits
    float: "float64",  # counts and percents (Number)
    Decimal: "decimal",  # money (Amount)
    datetime.date: "date",
}

# Money amounts: 38 digits is the most Spark and Arrow's decimal128 hold; 32 of
# them before the point is far above any real amount in any currency (10^32), and
# 6 after it covers cents, mills and "1.234567M"-style figures. Beyond 6 places a
# value is rounded half-even; beyond 32 integer digits the page fails (fit_amount).
AMOUNT_PRECISION: Final = 38
AMOUNT_SCALE: Final = 6
_QUANTUM = Decimal(1).scaleb(-AMOUNT_SCALE)


class Leaf(NamedTuple):
    kind: Kind


class ListOf(NamedTuple):
    item: Node
    nullable: bool  # whether an item may be None


class MapOf(NamedTuple):
    """A ``dict`` with ``str`` keys (such as schema 1.1's ``spans``)."""

    value: Node


class Field(NamedTuple):
    name: str
    node: Node
    nullable: bool


class Struct(NamedTuple):
    name: str
    fields: tuple[Field, ...]


Node = Leaf | ListOf | MapOf | Struct


def unwrap(annotation: Any) -> tuple[Any, bool]:
    """``(annotation without Annotated/Optional, whether None is allowed)``.

    >>> unwrap(Annotated[Decimal, "meta"] | None)
    (<class 'decimal.Decimal'>, True)
    >>> unwrap(list[int])
    (list[int], False)
    """
    origin = get_origin(annotation)
    if origin is Annotated:
        return unwrap(get_args(annotation)[0])
    if origin is Union or origin is types.UnionType:
        members = [arg for arg in get_args(annotation) if arg is not type(None)]
        if len(members) != 1:
            raise TypeError(f"no type for the union {annotation!r}")
        inner, _ = unwrap(members[0])
        return inner, len(members) < len(get_args(annotation))
    return annotation, False


def node_of(annotation: Any) -> Node:
    """The node of an unwrapped annotation.

    >>> node_of(list[str]), node_of(Literal["a", "b"])
    (ListOf(item=Leaf(kind='string'), nullable=False), Leaf(kind='string'))
    >>> node_of(dict[str, int])
    MapOf(value=Leaf(kind='int64'))
    >>> node_of(dict[int, str])
    Traceback (most recent call last):
    ...
    TypeError: no type for dict[int, str] (give it one in profile_parser/export/walker.py)
    """
    origin = get_origin(annotation)
    if origin is list:
        item, nullable = unwrap(get_args(annotation)[0])
        return ListOf(node_of(item), nullable)
    if origin is dict and get_args(annotation)[0] is str:
        return MapOf(node_of(unwrap(get_args(annotation)[1])[0]))
    if origin is Literal and all(isinstance(value, str) for value in get_args(annotation)):
        return Leaf("string")
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return struct_of(annotation)
    kind = LEAVES.get(annotation) if origin is None else None
    if kind is None:
        raise TypeError(f"no type for {annotation!r} (give it one in profile_parser/export/walker.py)")
    return Leaf(kind)


@functools.cache
def struct_of(model: type[BaseModel]) -> Struct:
    """The tree of a model: its fields in model order, each with its node and nullability."""
    fields = []
    for name, info in model.model_fields.items():
        annotation, nullable = unwrap(info.annotation)
        fields.append(Field(name, node_of(annotation), nullable))
    return Struct(model.__name__, tuple(fields))


class AmountTooLarge(ValueError):
    """An amount with more integer digits than the decimal columns hold."""


def fit_amount(value: Decimal) -> Decimal:
    """An amount at the scale of the decimal columns; :class:`AmountTooLarge` (a
    ValueError) when it cannot fit.

    >>> fit_amount(Decimal("2.8E9"))
    Decimal('2800000000.000000')
    >>> fit_amount(Decimal("0.1234565"))  # half-even at the 6th place
    Decimal('0.123456')
    >>> fit_amount(Decimal("1E32"))
    Traceback (most recent call last):
    ...
    profile_parser.export.walker.AmountTooLarge: amount 1E+32 does not fit DecimalType(38,6)
    """
    context = decimal.Context(prec=AMOUNT_PRECISION, rounding=decimal.ROUND_HALF_EVEN)
    try:
        if not value.is_finite():
            raise decimal.InvalidOperation
        return value.quantize(_QUANTUM, context=context)
    except decimal.InvalidOperation:  # more digits than the precision allows
        raise AmountTooLarge(
            f"amount {value} does not fit DecimalType({AMOUNT_PRECISION},{AMOUNT_SCALE})"
        ) from None


def _pyarrow() -> Any:
    """pyarrow, imported on first use (an optional dependency; untyped)."""
    return importlib.import_module("pyarrow")


def arrow_type(node: Node) -> Any:
    """The Arrow type of a node: the one map used by Parquet and by Spark's Arrow exchange.

    >>> print(arrow_type(ListOf(Leaf("decimal"), nullable=False)))
    list<item: decimal128(38, 6) not null>
    """
    pa = _pyarrow()
    if isinstance(node, Struct):
        return pa.struct(arrow_fields(node.fields))
    if isinstance(node, ListOf):
        return pa.list_(pa.field("item", arrow_type(node.item), nullable=node.nullable))
    if isinstance(node, MapOf):
        return pa.map_(pa.string(), pa.field("value", arrow_type(node.value), nullable=False))
    return {"string": pa.string(), "int64": pa.int64(), "float64": pa.float64(), "bool": pa.bool_(),
            "date": pa.date32(), "decimal": pa.decimal128(AMOUNT_PRECISION, AMOUNT_SCALE)}[node.kind]


def arrow_fields(fields: tuple[Field, ...]) -> list[Any]:
    """Arrow fields for a sequence of fields (a struct's, or a table's columns)."""
    pa = _pyarrow()
    return [pa.field(f.name, arrow_type(f.node), nullable=f.nullable) for f in fields]
