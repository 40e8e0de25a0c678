"""Hand-written cases for profile_parser.normalize.tags."""

from __future__ import annotations

import os
from collections.abc import Iterator
from importlib import resources
from pathlib import Path

import pytest

from profile_parser.normalize import tags
from profile_parser.normalize.tags import (
    add_industries,
    canonical_industry,
    split_tag_run,
    split_tags,
    vocabulary,
)

CANONICAL = [
    ("Artificial Intelligence (Ai)", "Artificial Intelligence (AI)"),
    ("Saas", "SaaS"),
    ("Ios", "iOS"),
    ("Mhealth", "mHealth"),
    ("IOS", "iOS"),
    ("fintech", "FinTech"),
    ("FINTECH", "FinTech"),
    ("health care", "Health Care"),
    ("Healthcare", "Health Care"),
    ("ecommerce", "E-Commerce"),
    ("E-commerce", "E-Commerce"),
    ("Internet Of Things", "Internet of Things"),
    ("Food & Beverage", "Food and Beverage"),
    ("  Smart   Home ", "Smart Home"),
    ("Artificial Intelligence", "Artificial Intelligence (AI)"),
    ("Enterprise Resource Planning", "Enterprise Resource Planning (ERP)"),
    ("esports", "eSports"),
    ("MacOS", "macOS"),
    ("b2b", "B2B"),
    ("3d printing", "3D Printing"),
    ("Manufacturing", "Manufacturing"),
    ("Electric Vehicle", "Electric Vehicle"),
]

NOT_CANONICAL = ["", "Quantum Basket Weaving", "AI", "Health", "Fin", "x" * 400]

RUNS = [
    # the page's runs
    ("ManufacturingSmart Home", ["Manufacturing", "Smart Home"]),
    ("AutomotiveElectric VehicleSensor", ["Automotive", "Electric Vehicle", "Sensor"]),
    ("HardwareManufacturingTextiles", ["Hardware", "Manufacturing", "Textiles"]),
    ("ManufacturingProduct DesignRetail", ["Manufacturing", "Product Design", "Retail"]),
    # the runs
    ("Health CaremHealth", ["Health Care", "mHealth"]),
    ("FinTechMobile Payments", ["FinTech", "Mobile Payments"]),
    ("Artificial Intelligence (AI)Cloud ComputingElectronics",
     ["Artificial Intelligence (AI)", "Cloud Computing", "Electronics"]),
    # labels with inner capitals, digits and lower-case starts
    ("SaaSFinTech", ["SaaS", "FinTech"]),
    ("iOSAndroid", ["iOS", "Android"]),
    ("AndroidiOS", ["Android", "iOS"]),
    ("B2BSaaS", ["B2B", "SaaS"]),
    ("3D PrintingManufacturing", ["3D Printing", "Manufacturing"]),
    ("EdTechE-Learning", ["EdTech", "E-Learning"]),
    ("CRMSaaS", ["CRM", "SaaS"]),
    ("GPSNavigation", ["GPS", "Navigation"]),
    ("eSportsVideo Games", ["eSports", "Video Games"]),
    ("Mobile AppsMobile", ["Mobile Apps", "Mobile"]),
    ("MobileMobile Apps", ["Mobile", "Mobile Apps"]),
    ("Artificial Intelligence (Ai)Machine Learning",
     ["Artificial Intelligence (AI)", "Machine Learning"]),
    ("Apps", ["Apps"]),
    ("Manufacturing", ["Manufacturing"]),
    # separators that pages and users write
    ("Retail, Health Care", ["Retail", "Health Care"]),
    ("Retail; FinTech | SaaS", ["Retail", "FinTech", "SaaS"]),
    ("Retail • Health Care", ["Retail", "Health Care"]),
    # scraped oddities
    ("  ManufacturingSmart   Home ", ["Manufacturing", "Smart Home"]),
    ("", []),
    ("   ", []),
]

UNKNOWN_RUNS = [
    # text, tags, unknown ones
    ("RetailQuantum Basket Weaving",
     ["Retail", "Quantum Basket Weaving"], ["Quantum Basket Weaving"]),
    ("FooBar", ["Foo", "Bar"], ["Foo", "Bar"]),  # the fallback cuts at a case change
    ("Warp DrivesRetail", ["Warp Drives", "Retail"], ["Warp Drives"]),
    ("NASA Space", ["NASA Space"], ["NASA Space"]),  # capitals alone are no case change
    ("HealthcareFinTech", ["Health Care", "FinTech"], []),  # known once spelled loosely
    ("Café CultureRetail", ["Café Culture", "Retail"], ["Café Culture"]),
    ("ÜberlingenRetail", ["Überlingen", "Retail"], ["Überlingen"]),
]


@pytest.fixture
def restore_vocabulary(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setattr(tags, "_added", {})
    _clear()
    yield
    monkeypatch.undo()
    _clear()


def _clear() -> None:
    tags._shipped.cache_clear()
    tags._index.cache_clear()
    tags._loose_index.cache_clear()
    tags._split_cached.cache_clear()


@pytest.mark.parametrize(("label", "canonical"), CANONICAL)
def test_canonical_spelling(label: str, canonical: str) -> None:
    assert canonical_industry(label) == canonical


@pytest.mark.parametrize("label", NOT_CANONICAL)
def test_labels_outside_the_vocabulary(label: str) -> None:
    assert canonical_industry(label) is None


@pytest.mark.parametrize(("text", "expected"), RUNS)
def test_runs_split_into_known_labels(text: str, expected: list[str]) -> None:
    assert split_tag_run(text) == (expected, [])
    assert split_tags(text) == expected


@pytest.mark.parametrize(("text", "expected", "unknown"), UNKNOWN_RUNS)
def test_unknown_words_fall_back_and_are_reported(
    text: str, expected: list[str], unknown: list[str]
) -> None:
    assert split_tag_run(text) == (expected, unknown)


def test_the_pages_industry_focus_counts() -> None:
    extra = {"quantum basket weaving": "Quantum Basket Weaving", "retail": "Retail"}
    assert split_tag_run("RetailQuantum Basket Weaving", extra) == (
        ["Retail", "Quantum Basket Weaving"], [],
    )
    assert canonical_industry("QUANTUM basket weaving", extra) == "Quantum Basket Weaving"
    # without the page's list the same run reports the word
    assert split_tag_run("RetailQuantum Basket Weaving")[1] == ["Quantum Basket Weaving"]


def test_a_page_label_can_join_a_run_that_would_split() -> None:
    extra = {"deeptech": "DeepTech"}
    assert split_tag_run("DeepTechRetail", extra) == (["DeepTech", "Retail"], [])
    assert split_tag_run("DeepTechRetail") == (["Deep", "Tech", "Retail"], ["Deep", "Tech"])


def test_results_are_fresh_lists() -> None:
    first, _ = split_tag_run("ManufacturingSmart Home")
    first.append("mutated")
    assert split_tag_run("ManufacturingSmart Home")[0] == ["Manufacturing", "Smart Home"]


@pytest.mark.usefixtures("restore_vocabulary")
def test_users_add_labels_in_code() -> None:
    assert canonical_industry("Spacetech Widgets") is None
    assert split_tag_run("RetailSpacetech Widgets")[1] == ["Spacetech Widgets"]
    add_industries(["SpaceTech Widgets", "# a comment", ""])
    assert canonical_industry("spacetech widgets") == "SpaceTech Widgets"
    assert split_tag_run("RetailSpaceTech Widgets") == (["Retail", "SpaceTech Widgets"], [])
    assert "spacetech widgets" in vocabulary()


@pytest.mark.usefixtures("restore_vocabulary")
def test_users_add_labels_from_files(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    labels = tmp_path / "mine.txt"
    labels.write_text("# my labels\nOrbital Farming\n", encoding="utf-8")
    missing = tmp_path / "missing.txt"
    monkeypatch.setenv(tags.ENV_VAR, f"{labels}{os.pathsep}{missing}")
    _clear()
    assert split_tag_run("Orbital FarmingRetail") == (["Orbital Farming", "Retail"], [])


def test_the_shipped_vocabulary() -> None:
    text = resources.files("profile_parser.data").joinpath("industries.txt").read_text("utf-8")
    labels = [line for line in text.splitlines() if line and not line.startswith("#")]
    assert len(labels) >= 744
    assert len({label.casefold() for label in labels}) == len(labels)
    assert all(label == " ".join(label.split()) for label in labels)
    for label in ("Artificial Intelligence (AI)", "SaaS", "iOS", "mHealth", "FinTech",
                  "Health Care", "Mobile Payments", "Smart Home", "Electric Vehicle"):
        assert label in labels
