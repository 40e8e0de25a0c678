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

#: Where region, country and city stand among a place's parts (None: absent).
_Layout = tuple[slice | None, slice | None, slice | None]


def is_continent(part: str) -> bool:
    """Whether a place part names a continent or world region.

    >>> is_continent("north america"), is_continent("China")
    (True, False)
    """
    return " ".join(part.split()).lower() in CONTINENTS


def _parts(first: int, end: int) -> slice | None:
    return slice(first, end) if end > first else None


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


def _after_continent(rest: list[str]) -> _Layout:
    """Region, country and city among the parts after a leading continent."""
    if len(rest) == 1:
        return None, slice(0, 1), None
    known = [i for i, code in enumerate(_sovereign_codes(rest)) if code]
    if len(rest) == 2:
        if 0 in known:
            return None, slice(0, 1), slice(1, 2)  # "Continent, Country, City"
        return slice(0, 1), slice(1, 2), None
    at = 1 if 1 in known or not known else known[0]
    return _parts(0, at), slice(at, at + 1), _parts(at + 1, len(rest))


def _without_continent(parts: list[str]) -> _Layout:
    """Region, country and city among parts that start with no continent."""
    codes = _sovereign_codes(parts)
    at = next((i for i in range(len(parts) - 1, -1, -1) if codes[i]), None)
    if at is None:
        if len(parts) == 1:
            return None, None, slice(0, 1)
        at = len(parts) - 1
    if at + 1 < len(parts):  # header order without its continent: Region, Country, City
        return _parts(0, at), slice(at, at + 1), _parts(at + 1, len(parts))
    return _parts(1, at), slice(at, at + 1), _parts(0, min(1, at))


def _leading_continent(parts: list[str]) -> bool:
    if len(parts) < 2 or not is_continent(parts[0]):
        return False
    # "Australia" is both: a continent only when a known country follows
    return country_code(parts[0]) is None or any(country_code(p) for p in parts[1:])


#: A place's fields as index ranges of its parts: continent, region, country, city.
_Fields = dict[str, slice]


def _layout(parts: list[str]) -> _Fields:
    """Which parts are the continent, region, country and city."""
    fields: dict[str, slice | None] = {}
    if _leading_continent(parts):
        fields["continent"] = slice(0, 1)
        region, country, city = _after_continent(parts[1:])
        region, country, city = (None if r is None else slice(r.start + 1, r.stop + 1) for r in (region, country, city))
    elif len(parts) == 1 and is_continent(parts[0]) and not country_code(parts[0]):
        return {"continent": slice(0, 1)}
    else:
        if len(parts) > 1 and is_continent(parts[-1]) and not country_code(parts[-1]):
            fields["continent"] = slice(len(parts) - 1, len(parts))
            parts = parts[:-1]
        region, country, city = _without_continent(parts)
    fields.update(region=region, country=country, city=city)
    return {name: where for name, where in fields.items() if where is not None}


def _split(text: str) -> list[tuple[str, int, int]]:
    """The non-empty comma parts of a place line, spaces folded, with where each
    stands in ``text``."""
    parts, at = [], 0
    for piece in text.split(","):
        start = at + len(piece) - len(piece.lstrip())
        end = at + len(piece.rstrip())
        if end > start:
            parts.append((" ".join(piece.split()), start, end))
        at += len(piece) + 1
    return parts


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
    parts = [part for part, _, _ in _split(raw)]
    if not parts or len(parts) > _MAX_PARTS or len(raw) > _MAX_LENGTH:
        return None
    fields = {name: ", ".join(parts[where]) for name, where in _layout(parts).items()}
    country, continent = fields.get("country"), fields.get("continent")
    return Location(
        raw=raw,
        city=fields.get("city"),
        region=fields.get("region"),
        country=country,
        country_code=country_code(country) if country else None,
        continent=CONTINENTS[continent.lower()] if continent else None,
    )


def location_spans(text: str) -> dict[str, tuple[int, int]]:
    """Where each field of ``parse_location(text)`` was read in ``text``: the
    whole text for ``raw``, the country's name for ``country_code``.

    >>> location_spans("Asia, Beijing, China, Haidian")
    ... # doctest: +NORMALIZE_WHITESPACE
    {'raw': (0, 29), 'continent': (0, 4), 'region': (6, 13), 'country': (15, 20),
     'city': (22, 29), 'country_code': (15, 20)}
    """
    parts = _split(text)
    if not parts:
        return {}
    spans = {"raw": (parts[0][1], parts[-1][2])}
    for name, where in _layout([part for part, _, _ in parts]).items():
        chosen = parts[where]
        spans[name] = (chosen[0][1], chosen[-1][2])
    if "country" in spans:
        spans["country_code"] = spans["country"]
    return spans
