"""The data contract (schema 1.0): every record the library emits.

Field names, nesting, types and meanings follow ``CONTRACT.md``; adding a
field is allowed, renaming or removing one is not.

Numbers: money amounts are :class:`decimal.Decimal` in Python (exact), counts
and percents are ``float``; in JSON every number is written as an integer
when it is whole (``32``, ``2800000000``) and as a float otherwise (``12.5``).

>>> Money(amount=Decimal("2.8E9"), currency="USD").model_dump(mode="json")
{'amount': 2800000000, 'currency': 'USD'}
>>> Quantity(value=12.5, qualifier="about").model_dump(mode="json")
{'value': 12.5, 'qualifier': 'about'}
"""

from __future__ import annotations

import datetime
from decimal import Decimal
from typing import Annotated, Any, Final, Literal

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    PlainSerializer,
    SerializerFunctionWrapHandler,
    WithJsonSchema,
    model_serializer,
)

SCHEMA_VERSION: Final = "1.0"


def _json_number(value: Decimal | float) -> int | float:
    """A whole number as int, anything else as float (the contract's JSON numbers)."""
    try:
        if value == int(value):
            return int(value)
    except (OverflowError, ValueError):  # inf / nan never come from the normalizers
        pass
    return float(value)


#: An exact amount: Decimal in Python, a JSON number on the wire.
Amount = Annotated[
    Decimal,
    PlainSerializer(_json_number, return_type=Any, when_used="json"),
    WithJsonSchema({"type": "number"}),
]
#: A count or a percent: float in Python, an int in JSON when whole.
Number = Annotated[
    float,
    PlainSerializer(_json_number, return_type=Any, when_used="json"),
    WithJsonSchema({"type": "number"}),
]

Qualifier = Literal["exact", "more_than", "less_than", "at_least", "at_most", "about"]
Severity = Literal["info", "warning", "error"]
FactKind = Literal["money", "count", "percent", "date"]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


class _Value(_Model):
    """Leaf values are immutable so normalizers may cache and share them."""

    model_config = ConfigDict(extra="forbid", frozen=True)


class Quantity(_Value):
    value: Number
    qualifier: Qualifier = "exact"


class Money(_Value):
    amount: Amount
    currency: str = Field(description="ISO 4217 code")


class MoneyRange(_Value):
    min: Money | None = None
    max: Money | None = None


class Location(_Value):
    raw: str
    city: str | None = None
    region: str | None = None
    country: str | None = None
    country_code: str | None = Field(default=None, description="ISO 3166-1 alpha-2")
    continent: str | None = None


class FundingType(_Value):
    label: str = Field(description="as written on the page")
    code: str | None = None


class Country(_Value):
    name: str
    code: str | None = Field(default=None, description="ISO 3166-1 alpha-2")


class Stats(_Model):
    portfolio_companies: Quantity | None = None
    new_investments_12m: Quantity | None = None
    rounds_led: Quantity | None = None
    lead_share_percent: Quantity | None = None
    exits: Quantity | None = None


class Highlights(_Model):
    top_stages: list[FundingType] = []
    top_countries: list[Country] = []
    themes: list[str] = []
    rounds_led_past_year: Quantity | None = None
    check_size: MoneyRange | None = None
    other: list[str] = []


class StageShare(_Model):
    label: str
    code: str | None = None
    percent: Number


class CountryShare(_Model):
    name: str
    code: str | None = None
    percent: Number


class CoInvestor(_Model):
    name: str
    location: Location | None = None
    co_investments: int


class Angel(_Model):
    name: str
    location: Location | None = None
    shared_deals: int


class Deal(_Model):
    company: str | None = None
    company_inferred: bool = False
    location: Location | None = None
    description: str | None = None
    industries: list[str] = []
    round: FundingType | None = None
    date: datetime.date | None = None
    amount_raised: Money | None = None


class Fact(_Model):
    kind: FactKind
    text: str = Field(description="as written")
    line: int
    value: Amount | None = None
    qualifier: Qualifier | None = None
    currency: str | None = None
    unit: str | None = None
    date: str | None = Field(default=None, description="YYYY, YYYY-MM or YYYY-MM-DD")


class Source(_Model):
    """Where a record came from. Open to extra keys: the command line adds
    ``fields``, the other fields of a JSON Lines input line, to its records."""

    model_config = ConfigDict(extra="allow")

    path: str | None = None
    index: int = 0
    first_line: int = 1


class Diagnostic(_Model):
    code: str
    severity: Severity
    message: str
    line: int | None = None


class UnparsedLine(_Model):
    line: int
    text: str


class Span(_Value):
    """Where a value was read: ``re.split(r"\\r\\n|\\r|\\n", text)[line - 1][start:end]``
    of the text given to ``parse`` (columns before any repair)."""

    line: int
    start: int
    end: int


def _object_not_null(schema: dict[str, Any]) -> None:
    """In the JSON, ``spans`` is an object or absent, never null."""
    schema.update(schema.pop("anyOf")[0])
    schema.pop("default", None)


class InvestorProfile(_Model):
    schema_version: Literal["1.0"] = SCHEMA_VERSION
    kind: Literal["investor"] = "investor"
    name: str
    location: Location | None = None
    description: str | None = None
    stats: Stats | None = None
    highlights: Highlights | None = None
    stage_focus: list[StageShare] = []
    country_focus: list[CountryShare] = []
    industry_focus: list[str] = []
    co_investors: list[CoInvestor] = []
    angels: list[Angel] = []
    recent_deals: list[Deal] = []
    facts: list[Fact] = []
    source: Source | None = None
    diagnostics: list[Diagnostic] = []
    unparsed: list[UnparsedLine] = []
    spans: dict[str, Span] | None = Field(
        default=None,
        json_schema_extra=_object_not_null,
        description="Only with spans=True (absent, not null, otherwise): the JSON Pointer (RFC 6901) "
        "of each leaf value read from the page -> where it was read.",
    )

    @model_serializer(mode="wrap")
    def _spans_only_when_asked(self, handler: SerializerFunctionWrapHandler) -> dict[str, Any]:
        data: dict[str, Any] = handler(self)
        if self.spans is None:
            data.pop("spans", None)
        return data
