"""Place lines read into Locations, for the header, the entry lists and the deals.

>>> ledger = Ledger("deals")
>>> read_place(Line(9, "Cixi, Zhejiang, China"), ledger).country_code
'CN'
>>> read_place(Line(9, "Cair Paravel, Narnia"), ledger).country, [d["code"] for d in ledger.diagnostics]
('Narnia', ['country.unknown'])
"""

from __future__ import annotations

from ..document import Line
from ..models import Location
from ..normalize import parse_location
from .base import Ledger


def read_place(line: Line, ledger: Ledger) -> Location | None:
    """A place line as a Location, with ``country.unknown`` / ``value.unparsed``."""
    location = parse_location(line.text)
    if location is None:
        ledger.diagnose("value.unparsed", f"place {line.text[:80]!r} not read", line.number)
    elif location.country and location.country_code is None:
        ledger.diagnose("country.unknown", f"unknown country {location.country!r}", line.number)
    return location
