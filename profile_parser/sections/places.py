"""Place lines, shared by the header, the entry lists and the deals.

>>> is_place("Cixi, Zhejiang, China"), is_place("Asia, Beijing, China, Beijing", known=True)
(True, True)
>>> is_place("Smith, Jones & Partners", known=True), is_place("Acme builds robots, drones.")
(False, False)
"""

from __future__ import annotations

import functools
import re
from typing import Any

from ..normalize import parse_location
from .base import Line, PageBuilder

# A sentence ends in . ! ? or …, maybe inside a closing bracket or quote;
# "Artificial Intelligence (AI)" or "Acme (China)" does not.
SENTENCE_END = re.compile(r"[.!?…][)\]\"'”’]?$")


@functools.lru_cache(maxsize=4096)  # pure, and asked several times per line
def is_place(text: str, known: bool = False) -> bool:
    """A place line: 2-4 short comma parts that read as a place, no sentence end.

    With ``known``, the country or the continent must also be known: the
    header tells its name line from its place line that way ("Smith, Jones &
    Partners" is a name), where a deal has the place line's position to go by.
    """
    parts = text.split(",")
    if not 2 <= len(parts) <= 4 or SENTENCE_END.search(text):
        return False
    if any(not p.strip() or len(p.split()) > 5 for p in parts):
        return False
    location = parse_location(text)
    if location is None:
        return False
    return not known or location.country_code is not None or location.continent is not None


def read_place(line: Line, page: PageBuilder) -> Any:
    """A place line as a Location, with ``country.unknown`` / ``value.unparsed``."""
    location = parse_location(line.text)
    if location is None:
        page.diagnose("value.unparsed", f"place {line.text[:80]!r} not read", line.number)
    elif location.country and location.country_code is None:
        page.diagnose("country.unknown", f"unknown country {location.country!r}", line.number)
    return location
