"""Normalizers: pure functions from text as printed to contract values.

Each returns ``None`` (or an empty list) for text it cannot read and never
raises on odd input; the section handlers turn a ``None`` into a diagnostic.
"""

from .country import country_code, parse_country
from .dates import parse_date, parse_partial_date
from .funding import FUNDING_CODES, funding_code, parse_funding_type
from .location import parse_location
from .money import find_money, parse_money, parse_money_range, read_money
from .percent import parse_percent, parse_quantity
from .qualifier import split_qualifier
from .tags import add_industries, canonical_industry, page_labels, split_tag_run, split_tag_spans, split_tags

__all__ = [
    "FUNDING_CODES",
    "add_industries",
    "canonical_industry",
    "country_code",
    "find_money",
    "funding_code",
    "page_labels",
    "parse_country",
    "parse_date",
    "parse_funding_type",
    "parse_location",
    "parse_money",
    "parse_money_range",
    "parse_partial_date",
    "parse_percent",
    "parse_quantity",
    "read_money",
    "split_qualifier",
    "split_tag_run",
    "split_tag_spans",
    "split_tags",
]
