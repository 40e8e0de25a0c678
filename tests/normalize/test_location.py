"""Hand-written cases for profile_parser.normalize.location."""

from __future__ import annotations

import pytest

from profile_parser.normalize.location import CONTINENTS, is_continent, parse_location

N = None
# text -> (continent, region, country, country_code, city)
LOCATIONS = [
    # header / co-investor / angel order: Continent, Region, Country, City
    ("Asia, Beijing, China, Beijing", ("Asia", "Beijing", "China", "CN", "Beijing")),
    ("North America, California, United States, San Diego",
     ("North America", "California", "United States", "US", "San Diego")),
    ("Asia, Hong Kong Island, Hong Kong, Hong Kong",
     ("Asia", "Hong Kong Island", "Hong Kong", "HK", "Hong Kong")),
    ("Asia, Shanghai, China, Xuhui", ("Asia", "Shanghai", "China", "CN", "Xuhui")),
    ("Asia, Maharashtra, India, Mumbai", ("Asia", "Maharashtra", "India", "IN", "Mumbai")),
    ("Europe, England, United Kingdom, London",
     ("Europe", "England", "United Kingdom", "GB", "London")),
    ("North America, Georgia, United States, Atlanta",
     ("North America", "Georgia", "United States", "US", "Atlanta")),
    ("Oceania, New South Wales, Australia, Sydney",
     ("Oceania", "New South Wales", "Australia", "AU", "Sydney")),
    ("Australia, New South Wales, Australia, Sydney",
     ("Australia", "New South Wales", "Australia", "AU", "Sydney")),
    ("Asia, Gyeonggi-do, South Korea, Seongnam",
     ("Asia", "Gyeonggi-do", "South Korea", "KR", "Seongnam")),
    ("Europe, Ile-de-France, France, Paris", ("Europe", "Ile-de-France", "France", "FR", "Paris")),
    ("Asia, Dubai, UAE, Dubai", ("Asia", "Dubai", "UAE", "AE", "Dubai")),
    ("Africa, Lagos, Nigeria, Lagos", ("Africa", "Lagos", "Nigeria", "NG", "Lagos")),
    # shorter header forms
    ("Asia, China", ("Asia", N, "China", "CN", N)),
    ("Asia, Beijing, China", ("Asia", "Beijing", "China", "CN", N)),
    ("Asia, China, Beijing", ("Asia", N, "China", "CN", "Beijing")),
    ("Europe, Germany, Berlin", ("Europe", N, "Germany", "DE", "Berlin")),
    ("Asia, Singapore, Singapore", ("Asia", N, "Singapore", "SG", "Singapore")),
    ("Asia", ("Asia", N, N, N, N)),
    ("north america", ("North America", N, N, N, N)),
    # an extra region part keeps the country where the names say it is
    ("Asia, Beijing, Haidian, China, Beijing",
     ("Asia", "Beijing, Haidian", "China", "CN", "Beijing")),
    # deal order: City, Region, Country
    ("Cixi, Zhejiang, China", (N, "Zhejiang", "China", "CN", "Cixi")),
    ("Shanghai, Shanghai, China", (N, "Shanghai", "China", "CN", "Shanghai")),
    ("Wuxi, Anhui, China", (N, "Anhui", "China", "CN", "Wuxi")),
    ("San Francisco, California, United States",
     (N, "California", "United States", "US", "San Francisco")),
    ("Atlanta, Georgia, United States", (N, "Georgia", "United States", "US", "Atlanta")),
    ("Tbilisi, Georgia", (N, N, "Georgia", "GE", "Tbilisi")),
    ("Sydney, New South Wales, Australia", (N, "New South Wales", "Australia", "AU", "Sydney")),
    ("Sydney, Australia", (N, N, "Australia", "AU", "Sydney")),
    ("Bengaluru, Karnataka, India", (N, "Karnataka", "India", "IN", "Bengaluru")),
    ("Seoul, Seoul-teukbyeolsi, Korea", (N, "Seoul-teukbyeolsi", "Korea", "KR", "Seoul")),
    ("London, UK", (N, N, "UK", "GB", "London")),
    ("Tel Aviv, Israel", (N, N, "Israel", "IL", "Tel Aviv")),
    ("Hong Kong, Hong Kong", (N, N, "Hong Kong", "HK", "Hong Kong")),
    ("Washington, D.C., United States", (N, "D.C.", "United States", "US", "Washington")),
    ("China", (N, N, "China", "CN", N)),
    ("Türkiye", (N, N, "Türkiye", "TR", N)),
    # header order with its continent dropped: Region, Country, City
    ("Beijing, China, Beijing", (N, "Beijing", "China", "CN", "Beijing")),
    ("China, Beijing", (N, N, "China", "CN", "Beijing")),
    # a continent written last
    ("Shanghai, China, Asia", ("Asia", N, "China", "CN", "Shanghai")),
    # unknown countries keep their place and get no code
    ("Europe, Narnia, Cair Paravel", ("Europe", "Narnia", "Cair Paravel", N, N)),
    ("Asia, Somewhere, Atlantis, Capital", ("Asia", "Somewhere", "Atlantis", N, "Capital")),
    ("Springfield, Old State, Freedonia", (N, "Old State", "Freedonia", N, "Springfield")),
    ("San Francisco, California", (N, N, "California", N, "San Francisco")),
    ("Beijing", (N, N, N, N, "Beijing")),
    # scraped oddities
    ("  Asia ,  Beijing,China ,Beijing  ", ("Asia", "Beijing", "China", "CN", "Beijing")),
    ("Asia,\u00a0Beijing, China, Beijing", ("Asia", "Beijing", "China", "CN", "Beijing")),
    ("Tel Aviv, Israel,", (N, N, "Israel", "IL", "Tel Aviv")),
    ("Asia, , China, Beijing", ("Asia", N, "China", "CN", "Beijing")),
    ("ASIA, BEIJING, CHINA, BEIJING", ("Asia", "BEIJING", "CHINA", "CN", "BEIJING")),
]

NOT_LOCATIONS = ["", "   ", ",", ", ,", "a, b, c, d, e, f, g", "x" * 400]


@pytest.mark.parametrize(("text", "parts"), LOCATIONS)
def test_locations(text: str, parts: tuple[str | None, ...]) -> None:
    location = parse_location(text)
    assert location is not None
    got = (location.continent, location.region, location.country, location.country_code,
           location.city)
    assert got == parts


@pytest.mark.parametrize("text", NOT_LOCATIONS)
def test_not_locations(text: str) -> None:
    assert parse_location(text) is None


def test_raw_is_the_line_with_spaces_folded() -> None:
    location = parse_location("  Asia,   Beijing, China,\tBeijing ")
    assert location is not None
    assert location.raw == "Asia, Beijing, China, Beijing"


@pytest.mark.parametrize(
    ("part", "expected"),
    [("Asia", True), ("EUROPE", True), (" North  America ", True), ("Oceania", True),
     ("China", False), ("", False), ("Americas x", False)],
)
def test_is_continent(part: str, expected: bool) -> None:
    assert is_continent(part) is expected


def test_continent_spellings_are_their_own_keys() -> None:
    assert all(key == name.lower() for key, name in CONTINENTS.items())
