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
    page_labels,
    split_tag_run,
    split_tag_spans,
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
    # case noise and labels of Crunchbase's current list (issue 12, item 6)
    ("Devops", "DevOps"),
    ("Oil And Gas", "Oil and Gas"),
    ("Generative Ai", "Generative AI"),
    ("WEB3", "Web3"),
    ("Proptech", "PropTech"),
    # spacing ignored (item 5): "LegalTech" is the vocabulary's "Legal Tech"
    ("LegalTech", "Legal Tech"),
    ("Dev Ops", "DevOps"),
    # an abbreviation of three letters or more names its label
    ("Nft", "Non-Fungible Token (NFT)"),
    ("NFT", "Non-Fungible Token (NFT)"),
    ("DeFi", "Decentralized Finance (DeFi)"),
    ("Rpa", "Robotic Process Automation (RPA)"),
]

# "AI": a two-letter abbreviation alone names no label
NOT_CANONICAL = ["", "Quantum Basket Weaving", "AI", "Health", "Fin", "x" * 400, "SockTech"]

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
    # cut at labels found without regard to case or spaces (issue 12, item 5)
    ("RoboticsLegalTechDevOps", ["Robotics", "Legal Tech", "DevOps"]),
    ("Web3NFT", ["Web3", "Non-Fungible Token (NFT)"]),
    ("DevOpsDeveloper Tools", ["DevOps", "Developer Tools"]),
    ("Generative AIMachine Learning", ["Generative AI", "Machine Learning"]),
    ("DevopsOil And Gas", ["DevOps", "Oil and Gas"]),
    ("AgTechInsurTech", ["AgTech", "InsurTech"]),
    ("PropTechReal Estate", ["PropTech", "Real Estate"]),
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
    # an unknown camel-case word is never cut inside; a stretch between labels is one tag
    ("FooBar", ["FooBar"], ["FooBar"]),
    ("SockTech", ["SockTech"], ["SockTech"]),
    ("RoboticsSockTech", ["Robotics", "SockTech"], ["SockTech"]),
    ("SockTechRobotics", ["SockTech", "Robotics"], ["SockTech"]),
    ("QuantumSockWeaving", ["QuantumSockWeaving"], ["QuantumSockWeaving"]),
    ("RetailQuantumSockWeavingDevOps", ["Retail", "QuantumSockWeaving", "DevOps"], ["QuantumSockWeaving"]),
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
    tags._extra_index.cache_clear()
    tags._spans_cached.cache_clear()
    tags._run.cache_clear()


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


def test_a_page_label_is_known_and_spelled_as_the_page_spells_it() -> None:
    extra = {"deeptech": "DeepTech"}
    assert split_tag_run("DeepTechRetail", extra) == (["DeepTech", "Retail"], [])
    assert split_tag_run("DeeptechRetail", extra) == (["DeepTech", "Retail"], [])
    assert split_tag_run("Deep TechRetail", extra) == (["DeepTech", "Retail"], [])  # spaces ignored too
    assert split_tag_run("DeepTechRetail") == (["DeepTech", "Retail"], ["DeepTech"])


def test_the_vocabulary_spelling_wins_over_a_page_spelling() -> None:
    # the page's list prints "Devops"; the vocabulary knows "DevOps"
    assert canonical_industry("Devops", {"devops": "Devops"}) == "DevOps"
    assert split_tag_run("DevopsRetail", {"devops": "Devops"}) == (["DevOps", "Retail"], [])


def test_page_labels_prefer_the_mixed_case_spelling() -> None:
    assert page_labels(["Sockops", "Retail", "SockOps", "Sockops"]) == {"sockops": "SockOps", "retail": "Retail"}
    assert page_labels(["Nft", "NFT"]) == {"nft": "NFT"}
    extra = page_labels(["Sockops", "SockOps"])
    assert split_tag_run("RetailSockops", extra) == (["Retail", "SockOps"], [])


# (text, [(label, start, end, known)]): places in the text as given
SPANS = [
    ("ManufacturingSmart Home", [("Manufacturing", 0, 13, True), ("Smart Home", 13, 23, True)]),
    ("  ManufacturingSmart   Home ", [("Manufacturing", 2, 15, True), ("Smart Home", 15, 27, True)]),
    ("Retail, Health Care", [("Retail", 0, 6, True), ("Health Care", 8, 19, True)]),
    ("RetailFooBar", [("Retail", 0, 6, True), ("FooBar", 6, 12, False)]),
    ("Web3NFT", [("Web3", 0, 4, True), ("Non-Fungible Token (NFT)", 4, 7, True)]),
    ("Legal\u00a0TechDevOps", [("Legal Tech", 0, 10, True), ("DevOps", 10, 16, True)]),
    ("", []),
]


@pytest.mark.parametrize(("text", "spans"), SPANS)
def test_spans_point_into_the_text(text: str, spans: list[tuple[str, int, int, bool]]) -> None:
    assert split_tag_spans(text) == spans
    assert split_tag_run(text) == ([s[0] for s in spans], [s[0] for s in spans if not s[3]])


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
    assert len(labels) >= 789
    assert len({label.casefold() for label in labels}) == len(labels)
    assert all(label == " ".join(label.split()) for label in labels)
    for label in ("Artificial Intelligence (AI)", "SaaS", "iOS", "mHealth", "FinTech",
                  "Health Care", "Mobile Payments", "Smart Home", "Electric Vehicle",
                  "Generative AI", "DevOps", "Web3", "Non-Fungible Token (NFT)", "Legal Tech"):
        assert label in labels
    assert "NFT" not in labels  # Crunchbase spells it with its long form
