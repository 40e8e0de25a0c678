"""Places as pages print them.

Pages write "Continent, Region, Country, City" (header, co-investors,
angels) and "City, Region, Country" (deals); shorter forms drop parts. The
order is told by where the continent and the country stand:

* first part a continent: ``Continent, Region, Country, City``; with three
  parts, ``Continent, Region, Country`` when the last part is a country,
  else ``Continent, Country, City``; with two, ``Continent, Country``;
* otherwise the country is the last part that is a country; parts before it
  are ``City, Region`` (one part: the city), parts after it the city.
* no part a known country: positions of the full forms are used, the
  country gets no code, and the caller raises ``country.unknown``.

>>> loc = parse_location("Asia, Beijing, China, Beijing")
>>> loc.continent, loc.region, loc.country, loc.country_code, loc.city
('Asia', 'Beijing', 'China', 'CN', 'Beijing')
>>> loc = parse_location("Cixi, Zhejiang, China")
>>> loc.city, loc.region, loc.country, loc.continent
('Cixi', 'Zhejiang', 'China', None)
>>> parse_location("Asia, Hong Kong Island, Hong Kong, Hong Kong").country_code
'HK'
>>> parse_location("") is None
True
"""

from __future__ import annotations

import functools

from ..models import Location
from .country import country_code

CONTINENTS: dict[str, str] = {
    name.lower(): name
    for name in (
        "Africa", "Asia", "Europe", "North America", "South America", "Oceania",
        "Antarctica", "Australia", "Latin America", "Central America", "Middle East",
        "Caribbean", "Asia Pacific", "APAC", "EMEA",
    )
}
_MAX_PARTS = 6


def is_continent(part: str) -> bool:
    """Whether a place part names a continent or world region."""
    return part.lower() in CONTINENTS


@functools.lru_cache(maxsize=8192)
def parse_location(text: str) -> Location | None:
    """A Location from one place line; None for an empty or absurd line."""
    raw = " ".join(text.split())
    parts = [p.strip() for p in raw.split(",")]
    if not raw or len(parts) > _MAX_PARTS or any(not p for p in parts):
        return None
    continent = None
    if is_continent(parts[0]) and len(parts) > 1:
        continent, rest = parts[0], parts[1:]
        if len(rest) == 1:
            region, country, city = None, rest[0], None
        elif len(rest) == 2:
            if country_code(rest[1]) or not country_code(rest[0]):
                region, country, city = rest[0], rest[1], None
            else:
                region, country, city = None, rest[0], rest[1]
        else:
            region, country, city = rest[0], rest[1], ", ".join(rest[2:])
    else:
        known = [i for i, p in enumerate(parts) if country_code(p)]
        at = known[-1] if known else len(parts) - 1
        before, country, after = parts[:at], parts[at], parts[at + 1:]
        city = before[0] if before else (", ".join(after) or None)
        region = ", ".join(before[1:]) or None
        if len(parts) == 1 and not known:  # a lone word that is no country: a city
            city, country = country, None
    return Location(
        raw=raw,
        city=city,
        region=region,
        country=country,
        country_code=country_code(country) if country else None,
        continent=CONTINENTS[continent.lower()] if continent else None,
    )
