"""profile-parser: scraped investor-profile pages to typed, validated records.

>>> from profile_parser import parse
>>> parse("Acme logo\\nAcme\\nDescription\\nAcme backs robots.").name
'Acme'
"""

from ._version import __version__
from .api import iter_profiles, parse, parse_page
from .errors import ProfileParseError
from .explain import explain
from .models import (
    Angel,
    CoInvestor,
    Country,
    CountryShare,
    Deal,
    Diagnostic,
    Fact,
    FundingType,
    Highlights,
    InvestorProfile,
    Location,
    Money,
    MoneyRange,
    Quantity,
    Source,
    StageShare,
    Stats,
    UnparsedLine,
)
from .pages import RawPage, iter_pages

__all__ = [
    "Angel", "CoInvestor", "Country", "CountryShare", "Deal", "Diagnostic", "Fact",
    "FundingType", "Highlights", "InvestorProfile", "Location", "Money", "MoneyRange",
    "ProfileParseError", "Quantity", "RawPage", "Source", "StageShare", "Stats",
    "UnparsedLine", "__version__", "explain", "iter_pages", "iter_profiles", "parse", "parse_page",
]
