"""The real scraped page parses to its exact expected record."""

from __future__ import annotations

from support import FIXTURES, comparable, load_expected

from profile_parser import parse


def test_xiaomi_matches_its_expected_json_exactly(xiaomi_text: str) -> None:
    expected = comparable(load_expected(FIXTURES / "xiaomi.expected.json"))
    got = comparable(parse(xiaomi_text).model_dump(mode="json"))
    assert got == expected


def test_diagnostic_messages_name_their_line(xiaomi_text: str) -> None:
    for diagnostic in parse(xiaomi_text).diagnostics:
        assert diagnostic.message, diagnostic
        assert diagnostic.line == 189


def test_name_comes_from_a_question_heading_when_name_and_logo_lines_are_missing() -> None:
    page = (
        "Description\n\nFoo invests.\n\nWho does Acme Ventures frequently co-invest with?\n\n"
        "Qualcomm Ventures\nNorth America, California, United States, San Diego\nCo-Investments: 5\n"
    )
    assert parse(page).name == "Acme Ventures"


def test_name_falls_back_to_the_logo_line() -> None:
    assert parse("Acme logo\n\nDescription\n\nAcme invests.").name == "Acme"
