"""Hand-written cases for profile_parser.normalize.country, and the data file check."""

from __future__ import annotations

from importlib import resources

import pycountry
import pytest

from profile_parser.normalize import country as country_module
from profile_parser.normalize.country import (
    ALIASES,
    country_code,
    iso_index,
    parse_country,
    pycountry_data_hash,
)

CODES = [
    # ISO short names
    ("China", "CN"),
    ("India", "IN"),
    ("United States", "US"),
    ("Israel", "IL"),
    ("France", "FR"),
    ("Germany", "DE"),
    ("Japan", "JP"),
    ("Singapore", "SG"),
    ("Brazil", "BR"),
    ("Nigeria", "NG"),
    ("Hong Kong", "HK"),
    ("Viet Nam", "VN"),
    ("Czechia", "CZ"),
    ("Türkiye", "TR"),
    ("Côte d'Ivoire", "CI"),
    ("Georgia", "GE"),
    ("Jersey", "JE"),
    # everyday names and aliases from the issue
    ("USA", "US"),
    ("U.S.", "US"),
    ("U.S.A.", "US"),
    ("US", "US"),
    ("United States of America", "US"),
    ("UK", "GB"),
    ("U.K.", "GB"),
    ("Great Britain", "GB"),
    ("United Kingdom", "GB"),
    ("England", "GB"),
    ("South Korea", "KR"),
    ("Korea", "KR"),
    ("Republic of Korea", "KR"),
    ("Korea, Republic of", "KR"),
    ("North Korea", "KP"),
    ("Hong Kong SAR", "HK"),
    ("Hong Kong S.A.R.", "HK"),
    ("Taiwan", "TW"),
    ("UAE", "AE"),
    ("United Arab Emirates", "AE"),
    ("Russia", "RU"),
    ("Russian Federation", "RU"),
    ("Vietnam", "VN"),
    ("Turkey", "TR"),
    ("Czech Republic", "CZ"),
    ("Iran", "IR"),
    ("Macau", "MO"),
    ("Macao", "MO"),
    ("Palestine", "PS"),
    ("State of Palestine", "PS"),
    ("Ivory Coast", "CI"),
    ("Cote d'Ivoire", "CI"),
    ("Côte d’Ivoire", "CI"),
    # spelling noise
    ("china", "CN"),
    ("CHINA", "CN"),
    (" China ", "CN"),
    ("the Netherlands", "NL"),
    ("The Bahamas", "BS"),
    ("St. Lucia", "LC"),
    ("St Kitts & Nevis", "KN"),
    ("Trinidad & Tobago", "TT"),
    ("Bosnia and Herzegovina", "BA"),
    ("Guinea Bissau", "GW"),
    ("Timor-Leste", "TL"),
    ("Holy See", "VA"),
    ("Congo", "CG"),
    ("Democratic Republic of the Congo", "CD"),
    ("British Virgin Islands", "VG"),
    ("U.S. Virgin Islands", "VI"),
    ("Curaçao", "CW"),
    ("Reunion", "RE"),
    # codes, in capitals
    ("CN", "CN"),
    ("GBR", "GB"),
    ("DEU", "DE"),
]

UNKNOWN = [
    "",
    "Atlantis",
    "Beijing",
    "California",
    "Asia",
    "Europe",
    "us",  # a lower-case pair is a word, not a code
    "in",
    "XX",
    "ZZZ",
    "Korea (South)x",
    "Virgin Islands",  # British or U.S.: two countries share it
    "Kosovo",  # no ISO 3166-1 code
    "Chin",
    "x" * 1000,
    "\x00",
]


@pytest.mark.parametrize(("name", "code"), CODES)
def test_country_codes(name: str, code: str) -> None:
    assert country_code(name) == code


@pytest.mark.parametrize("name", UNKNOWN)
def test_unknown_countries(name: str) -> None:
    assert country_code(name) is None


def test_parse_country_keeps_the_name_as_written() -> None:
    assert parse_country("  United   States ").model_dump() == {"name": "United States", "code": "US"}
    assert parse_country("Narnia").model_dump() == {"name": "Narnia", "code": None}


def _stored_file() -> tuple[dict[str, str], str]:
    text = resources.files("profile_parser.data").joinpath("countries.txt").read_text("utf-8")
    index, source_hash = {}, ""
    for line in text.splitlines():
        if line.startswith("# source-sha256 "):
            source_hash = line.split()[-1]
        elif line and not line.startswith("#"):
            key, code = line.split("\t")
            index[key] = code
    return index, source_hash


def test_generated_country_file_matches_installed_pycountry() -> None:
    # fails after a pycountry upgrade: rerun scripts/build_country_index.py
    index, source_hash = _stored_file()
    assert index == iso_index(pycountry.countries)
    assert source_hash == pycountry_data_hash()
    assert country_module._live() == {}  # so lookups never need to import pycountry


def test_every_stored_code_is_an_iso_alpha_2() -> None:
    alpha_2 = {country.alpha_2 for country in pycountry.countries}
    index, _ = _stored_file()
    assert set(index.values()) <= alpha_2
    assert len(set(index.values())) == len(alpha_2) == 249


def test_aliases_are_iso_codes_and_never_restate_an_iso_name() -> None:
    alpha_2 = {country.alpha_2 for country in pycountry.countries}
    iso = iso_index(pycountry.countries)
    for alias, code in ALIASES.items():
        assert code in alpha_2, alias
        assert country_module._key(alias) not in iso, alias


def test_iso_names_of_every_country_resolve() -> None:
    for country in pycountry.countries:
        assert country_code(country.name) == country.alpha_2, country.name
        assert country_code(country.alpha_2) == country.alpha_2
        assert country_code(country.alpha_3) == country.alpha_2
