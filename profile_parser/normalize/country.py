"""Country names to ISO 3166-1 alpha-2 codes.

Names and codes come from pycountry (the ISO database): ``iso_index``
derives the lookup keys from its records, and
``scripts/build_country_index.py`` stores them in
``profile_parser/data/countries.txt`` so that a lookup need not import
pycountry (its import and load cost tens of milliseconds at cold start).
The file records a hash of pycountry's data; when the installed pycountry
differs, the first name the file does not know loads pycountry after all.
``ALIASES`` adds the everyday names pages use that ISO does not spell
(each maps to a code that pycountry has; a test checks it).

Matching ignores case, accents, dots, apostrophes, hyphens, a leading
"the", "&" for "and" and "St" for "Saint". Two- and three-letter codes are
codes only when written in capitals ("US", "U.S.", "GBR"; not "us").

>>> country_code("United States"), country_code("U.S."), country_code("South Korea")
('US', 'US', 'KR')
>>> country_code("Hong Kong SAR"), country_code("Türkiye"), country_code("Cote d’Ivoire")
('HK', 'TR', 'CI')
>>> country_code("Korea, Republic of"), country_code("Trinidad & Tobago"), country_code("CHN")
('KR', 'TT', 'CN')
>>> country_code("Atlantis") is None, country_code("in") is None
(True, True)
"""

from __future__ import annotations

import functools
import hashlib
import importlib.util
import logging
import re
import unicodedata
from collections.abc import Iterable
from importlib import resources
from pathlib import Path
from typing import Any

from ..models import Country

logger = logging.getLogger(__name__)

#: Everyday names -> alpha-2, for names ISO does not spell this way.
ALIASES: dict[str, str] = {
    "America": "US",
    "UK": "GB", "Great Britain": "GB", "Britain": "GB", "England": "GB", "Scotland": "GB",
    "Wales": "GB", "Northern Ireland": "GB",
    "Korea": "KR", "Korea Republic": "KR",
    "Hong Kong SAR": "HK", "Hong Kong SAR China": "HK", "Hong Kong China": "HK",
    "Macau": "MO", "Macau SAR": "MO", "Macao SAR": "MO", "Macau SAR China": "MO",
    "Macao SAR China": "MO", "Macau China": "MO",
    "UAE": "AE", "Emirates": "AE", "Russia": "RU", "Turkey": "TR",
    "Ivory Coast": "CI", "Brunei": "BN", "Cape Verde": "CV", "Swaziland": "SZ",
    "Burma": "MM", "Holland": "NL", "Vatican": "VA",
    "Vatican City": "VA", "DR Congo": "CD", "DRC": "CD", "Congo-Kinshasa": "CD",
    "Congo-Brazzaville": "CG", "East Timor": "TL", "Macedonia": "MK",
    "Mainland China": "CN", "PRC": "CN", "China Mainland": "CN",
    "Cayman": "KY", "Bosnia": "BA", "Czech": "CZ", "Lao PDR": "LA", "St Barts": "BL",
    "Vatican City State": "VA",
    "Falklands": "FK",
}

_DATA_FILE = "countries.txt"
_HASH_PREFIX = "# source-sha256 "
_MAX_LENGTH = 100
_PUNCTUATION = re.compile(r"[.\u2019'`]")
_SEPARATORS = re.compile(r"[-\u2010-\u2015_/]")
_SAINT = re.compile(r"\bst\b")
_CODE = re.compile(r"[A-Z]{2,3}")


def _key(name: str) -> str:
    """The lookup key of a name.

    >>> _key(" The  Côte d'Ivoire "), _key("St. Kitts & Nevis"), _key("Timor-Leste")
    ('cote divoire', 'saint kitts and nevis', 'timor leste')
    """
    if not name.isascii():
        name = unicodedata.normalize("NFKD", name)
        name = "".join(c for c in name if not unicodedata.combining(c))
    name = _SEPARATORS.sub(" ", _PUNCTUATION.sub("", name)).lower().replace("&", " and ")
    name = _SAINT.sub("saint", " ".join(name.split()))
    return name[4:] if name.startswith("the ") else name


def _derived_names(name: str) -> list[str]:
    """Shorter and reordered forms of an ISO name.

    >>> _derived_names("Korea, Republic of")
    ['Korea', 'Republic of Korea']
    >>> _derived_names("Holy See (Vatican City State)")
    ['Holy See']
    """
    names = []
    head, comma, tail = name.partition(", ")
    if comma:
        names += [head, f"{tail} {head}"]
    elif " (" in name:
        names.append(name.split(" (")[0])
    return names


def iso_index(countries: Iterable[Any]) -> dict[str, str]:
    """Lookup key -> alpha-2 for pycountry's country records.

    Codes are stored in capitals (keys are lower case, so they never clash).
    Full ISO names win over derived forms; a derived form two countries
    share ("Virgin Islands") is left out.
    """
    names: dict[str, str] = {}
    derived: dict[str, str | None] = {}
    for country in countries:
        code = country.alpha_2
        names[code] = names[country.alpha_3] = code
        for attr in ("name", "official_name", "common_name"):
            value = getattr(country, attr, None)
            if not value:
                continue
            names.setdefault(_key(value), code)
            for form in _derived_names(value):
                key = _key(form)
                derived[key] = code if derived.get(key, code) == code else None
    for key, derived_code in derived.items():
        if derived_code is not None:
            names.setdefault(key, derived_code)
    return names


def render_index(index: dict[str, str], source: str, source_hash: str) -> str:
    """The text of the generated data file (sorted, so diffs stay small)."""
    lines = [
        f"# ISO 3166-1 names and codes -> alpha-2. Generated from {source} by",
        "# scripts/build_country_index.py: do not edit; rerun the script instead.",
        f"{_HASH_PREFIX}{source_hash}",
        *(f"{key}\t{code}" for key, code in sorted(index.items())),
    ]
    return "\n".join(lines) + "\n"


def pycountry_data_hash() -> str | None:
    """SHA-256 of the installed pycountry's ISO 3166-1 data, found without importing it."""
    spec = importlib.util.find_spec("pycountry")
    for folder in (spec.submodule_search_locations or []) if spec else []:
        path = Path(folder) / "databases" / "iso3166-1.json"
        if path.is_file():
            return hashlib.sha256(path.read_bytes()).hexdigest()
    return None


@functools.lru_cache(maxsize=1)
def _stored() -> tuple[dict[str, str], str]:
    """The generated index and the hash of the pycountry data it was built from."""
    text = resources.files("profile_parser.data").joinpath(_DATA_FILE).read_text("utf-8")
    index: dict[str, str] = {}
    source_hash = ""
    for line in text.splitlines():
        if line.startswith(_HASH_PREFIX):
            source_hash = line[len(_HASH_PREFIX):].strip()
        elif line and not line.startswith("#"):
            key, _, code = line.partition("\t")
            index[key] = code
    for alias, code in ALIASES.items():
        index.setdefault(_key(alias), code)
    return index, source_hash


@functools.lru_cache(maxsize=1)
def _live() -> dict[str, str]:
    """pycountry's own index, loaded only when the stored file may be stale."""
    _, source_hash = _stored()
    if pycountry_data_hash() == source_hash:
        return {}
    logger.info("pycountry data differs from %s: loading pycountry", _DATA_FILE)
    try:
        import pycountry
    except ImportError:  # the stored file still serves
        return {}
    return iso_index(pycountry.countries)


@functools.lru_cache(maxsize=4096)
def country_code(name: str) -> str | None:
    """ISO 3166-1 alpha-2 code of a country name, alias or code; None if unknown.

    >>> country_code("UK"), country_code("Viet Nam"), country_code("Macau")
    ('GB', 'VN', 'MO')
    """
    if len(name) > _MAX_LENGTH:
        return None
    index, _ = _stored()
    compact = name.replace(".", "").replace(" ", "")
    capitals = _CODE.fullmatch(compact) is not None
    if capitals and (code := index.get(compact) or _live().get(compact)):
        return code
    key = _key(name)
    if len(key) <= 2 and not capitals:  # a lower-case pair ("in", "us") is a word
        return None
    return index.get(key) or _live().get(key)


@functools.lru_cache(maxsize=4096)  # the result is immutable: safe to share
def parse_country(name: str) -> Country:
    """A Country as written, with its code when known.

    >>> parse_country(" China ")
    Country(name='China', code='CN')
    >>> parse_country("Narnia")
    Country(name='Narnia', code=None)
    """
    name = " ".join(name.split())
    return Country(name=name, code=country_code(name))
