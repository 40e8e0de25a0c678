"""Country names to ISO 3166-1 alpha-2 codes.

Names, official names, common names and codes come from pycountry (the ISO
database); ``ALIASES`` adds the everyday names pages use that ISO does not
list. Matching ignores case, accents, dots and a leading "the".

>>> country_code("United States"), country_code("U.S."), country_code("South Korea")
('US', 'US', 'KR')
>>> country_code("Hong Kong SAR"), country_code("Türkiye"), country_code("Côte d'Ivoire")
('HK', 'TR', 'CI')
>>> country_code("Atlantis") is None
True
"""

from __future__ import annotations

import functools
import re
import unicodedata

import pycountry

from ..models import Country

#: Everyday names -> alpha-2, for names ISO does not spell this way.
ALIASES: dict[str, str] = {
    "usa": "US", "us": "US", "united states of america": "US", "america": "US",
    "uk": "GB", "great britain": "GB", "britain": "GB", "england": "GB", "scotland": "GB",
    "wales": "GB", "northern ireland": "GB",
    "south korea": "KR", "korea": "KR", "republic of korea": "KR", "north korea": "KP",
    "hong kong sar": "HK", "hong kong sar china": "HK", "macau": "MO", "macau sar": "MO",
    "macao sar": "MO", "taiwan": "TW", "uae": "AE", "russia": "RU", "vietnam": "VN",
    "turkey": "TR", "czech republic": "CZ", "iran": "IR", "palestine": "PS",
    "ivory coast": "CI", "syria": "SY", "laos": "LA", "bolivia": "BO", "venezuela": "VE",
    "tanzania": "TZ", "moldova": "MD", "brunei": "BN", "cape verde": "CV",
    "swaziland": "SZ", "burma": "MM", "holland": "NL", "vatican": "VA",
    "vatican city": "VA", "micronesia": "FM", "dr congo": "CD", "drc": "CD",
    "democratic republic of the congo": "CD", "republic of the congo": "CG",
    "east timor": "TL", "macedonia": "MK", "kosovo": "XK", "mainland china": "CN",
    "prc": "CN", "people's republic of china": "CN", "st kitts and nevis": "KN",
    "saint kitts and nevis": "KN", "st lucia": "LC", "st vincent and the grenadines": "VC",
    "the gambia": "GM", "gambia": "GM", "the bahamas": "BS", "bahamas": "BS",
    "curacao": "CW", "reunion": "RE", "faroe islands": "FO", "us virgin islands": "VI",
    "british virgin islands": "VG", "cayman": "KY",
}

_NOISE = re.compile(r"[.\u2019'`]")


def _key(name: str) -> str:
    name = unicodedata.normalize("NFKD", name)
    name = "".join(c for c in name if not unicodedata.combining(c))
    name = " ".join(_NOISE.sub("", name.replace("’", "'")).lower().split())
    return name[4:] if name.startswith("the ") else name


@functools.lru_cache(maxsize=1)
def _index() -> dict[str, str]:
    index: dict[str, str] = {}
    for country in pycountry.countries:
        code = country.alpha_2
        index[_key(country.alpha_3)] = code
        for attr in ("name", "official_name", "common_name"):
            value = getattr(country, attr, None)
            if value:
                index.setdefault(_key(value), code)
                # "Korea, Republic of" / "Taiwan, Province of China": the head too
                head = value.split(",")[0]
                if head != value:
                    index.setdefault(_key(head), code)
    index.update({_key(alias): code for alias, code in ALIASES.items()})
    return index


@functools.lru_cache(maxsize=4096)
def country_code(name: str) -> str | None:
    """ISO 3166-1 alpha-2 code of a country name, alias or code; None if unknown."""
    key = _key(name)
    if len(key) == 2 and key.isalpha():
        # two letters are a code only when written in capitals ("US", "U.S.", not "us")
        if not name.replace(".", "").strip().isupper():
            return None
        return key.upper() if pycountry.countries.get(alpha_2=key.upper()) else None
    return _index().get(key)


def parse_country(name: str) -> Country:
    """A Country as written, with its code when known.

    >>> parse_country(" China ")
    Country(name='China', code='CN')
    """
    name = " ".join(name.split())
    return Country(name=name, code=country_code(name))
