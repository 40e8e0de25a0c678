"""Places as pages print them.

Pages write "Continent, Region, Country, City" (header, co-investors,
angels) and "City, Region, Country" (deals); shorter forms drop parts. The
order is told by where the continent and the country stand, never guessed:

* first part a continent: ``Continent, Region, Country, City``. The country
  is the third part when that is a known country (or no part is one), else
  the first part after the continent that is one. With three parts, the
  last a country and the middle one not, the city is what was dropped
  (``Continent, Region, Country``); the middle a country means ``Continent,
  Country, City``. With two: ``Continent, Country``.
* last part a continent (and more than one part): the continent is set
  apart and the rest is read by the next rule.
* otherwise the country is the last part that names one. Parts after it
  mean the header order without its continent (``Region, Country, City``);
  a country last means the deal order (``City, Region, Country``).
* no part a known country: the full forms' positions are used and the
  country keeps its name with ``country_code`` None (the caller raises
  ``country.unknown``); a single part that is neither a country nor a
  continent is a city.

A part that is both a continent and a country ("Australia") is the
continent only when another part is a known country.

>>> loc = parse_location("Asia, Beijing, China, Beijing")
>>> loc.continent, loc.region, loc.country, loc.country_code, loc.city
('Asia', 'Beijing', 'China', 'CN', 'Beijing')
>>> loc = parse_location("Cixi, Zhejiang, China")
>>> loc.city, loc.region, loc.country, loc.continent
('Cixi', 'Zhejiang', 'China', None)
>>> loc = parse_location("Beijing, China, Haidian")
>>> loc.region, loc.country, loc.city
('Beijing', 'China', 'Haidian')
>>> parse_location("Asia, Hong Kong Island, Hong Kong, Hong Kong").country_code
'HK'
>>> loc = parse_location("Europe, England, United Kingdom")
>>> loc.region, loc.country, loc.country_code
('England', 'United Kingdom', 'GB')
>>> loc = parse_location("Europe, Narnia, Cair Paravel")
>>> loc.continent, loc.region, loc.country, loc.country_code, loc.city
('Europe', 'Narnia', 'Cair Paravel', None, None)
>>> parse_location("") is None, parse_location("Asia").continent
(True, 'Asia')
"""

from __future__ import annotations

import functools

from .. import vocabulary as vocab
from ..models import Location
from .country import country_code

#: Lower-case continent or world-region name -> its spelling in output.
CONTINENTS: dict[str, str] = {name.lower(): name for name in vocab.CONTINENTS}
_MAX_PARTS = 6
_MAX_LENGTH = 300

_Parts = tuple[str | None, str | None, str | None]  # region, country, city


def is_continent(part: str) -> bool:
    """Whether a place part names a continent or world region.

    >>> is_continent("north america"), is_continent("China")
    (True, False)
    """
    return " ".join(part.split()).lower() in CONTINENTS


def _join(parts: list[str]) -> str | None:
    return ", ".join(parts) or None


def _sovereign_codes(parts: list[str]) -> list[str | None]:
    """Each part's country code, but None for a constituent country written before
    its sovereign one ("England, United Kingdom": England is a region of GB).

    >>> _sovereign_codes(["England", "United Kingdom", "London"])
    [None, 'GB', None]
    """
    codes = [country_code(part) for part in parts]
    for i, part in enumerate(parts):
        constituent = vocab.CONSTITUENT_COUNTRIES.get(" ".join(part.split()).lower())
        if constituent is not None and constituent in codes[i + 1:]:
            codes[i] = None
    return codes


def _after_continent(rest: list[str]) -> _Parts:
    """Region, country and city of the parts after a leading continent."""
    if len(rest) == 1:
        return None, rest[0], None
    known = [i for i, code in enumerate(_sovereign_codes(rest)) if code]
    if len(rest) == 2:
        if 1 in known and 0 not in known:
            return rest[0], rest[1], None
        if 0 in known:
            return None, rest[0], rest[1]
        return rest[0], rest[1], None
    at = 1 if 1 in known or not known else known[0]
    return _join(rest[:at]), rest[at], _join(rest[at + 1:])


def _without_continent(parts: list[str]) -> _Parts:
    """Region, country and city of parts that start with no continent."""
    codes = _sovereign_codes(parts)
    at = next((i for i in range(len(parts) - 1, -1, -1) if codes[i]), None)
    if at is None:
        if len(parts) == 1:
            return None, None, parts[0]
        at = len(parts) - 1
    before, after = parts[:at], parts[at + 1:]
    if after:  # header order without its continent: Region, Country, City
        return _join(before), parts[at], _join(after)
    return _join(before[1:]), parts[at], (before[0] if before else None)


def _leading_continent(parts: list[str]) -> bool:
    if len(parts) < 2 or not is_continent(parts[0]):
        return False
    # "Australia" is both: a continent only when a known country follows
    return country_code(parts[0]) is None or any(country_code(p) for p in parts[1:])


@functools.lru_cache(maxsize=8192)
def parse_location(text: str) -> Location | None:
    """A Location from one place line; None for an empty or absurd line.

    Empty parts (doubled or trailing commas) are dropped.

    >>> parse_location("Tel Aviv, Israel,").city, parse_location("China").country_code
    ('Tel Aviv', 'CN')
    >>> parse_location("Shanghai, China, Asia").continent
    'Asia'
    """
    raw = " ".join(text.split())
    parts = [part.strip() for part in raw.split(",")]
    parts = [part for part in parts if part]
    if not parts or len(parts) > _MAX_PARTS or len(raw) > _MAX_LENGTH:
        return None
    continent = None
    if _leading_continent(parts):
        continent = parts[0]
        region, country, city = _after_continent(parts[1:])
    else:
        if len(parts) > 1 and is_continent(parts[-1]) and not country_code(parts[-1]):
            continent, parts = parts[-1], parts[:-1]
        elif len(parts) == 1 and is_continent(parts[0]) and not country_code(parts[0]):
            return Location(raw=raw, continent=CONTINENTS[parts[0].lower()])
        region, country, city = _without_continent(parts)
    return Location(
        raw=raw,
        city=city,
        region=region,
        country=country,
        country_code=country_code(country) if country else None,
        continent=CONTINENTS[continent.lower()] if continent else None,
    )
