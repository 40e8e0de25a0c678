"""Facts from the description prose: hand-written sentences and the seed page."""

from __future__ import annotations

import json
import time
from typing import Any

import pytest
from support import FIXTURES, load_expected

from profile_parser import parse
from profile_parser.document import Line
from profile_parser.facts import find_facts
from profile_parser.models import Fact

_CASES = json.loads((FIXTURES / "facts" / "sentences.json").read_text(encoding="utf-8"))
_EMPTY = {"line": 1, "value": None, "qualifier": None, "currency": None, "unit": None,
          "date": None}


def _found(text: str, number: int = 1) -> list[dict[str, Any]]:
    """The facts of one line, as the contract's JSON has them."""
    facts = find_facts([Line(number, text)])
    return [Fact.model_validate(fact).model_dump(mode="json") for fact in facts]


def _expected(facts: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [{**_EMPTY, **fact} for fact in facts]


def test_fixture_has_enough_cases() -> None:
    positive, negative = len(_CASES["positive"]), len(_CASES["negative"])
    assert positive + negative >= 60
    assert negative * 3 >= positive + negative


@pytest.mark.parametrize("case", _CASES["positive"], ids=lambda c: c["text"][:40])
def test_sentence_gives_its_facts_in_order(case: dict[str, Any]) -> None:
    assert _found(case["text"]) == _expected(case["facts"])


@pytest.mark.parametrize("text", _CASES["negative"], ids=lambda t: t[:40])
def test_sentence_gives_no_fact(text: str) -> None:
    assert _found(text) == []


def test_xiaomi_facts_match_the_expected_file_exactly(xiaomi_text: str) -> None:
    expected = load_expected(FIXTURES / "xiaomi.expected.json")["facts"]
    got = [fact.model_dump(mode="json") for fact in parse(xiaomi_text).facts]
    assert got == expected


def test_each_fact_keeps_its_line_number() -> None:
    facts = find_facts([Line(9, "No numbers here."), Line(11, "It backed 12 startups."),
                        Line(13, "Since 2019 it has invested $4M.")])
    assert [(f["line"], f["kind"]) for f in facts] == [(11, "count"), (13, "date"), (13, "money")]


def test_facts_have_exactly_the_contract_fields() -> None:
    (fact,) = find_facts([Line(1, "It raised €2.5M.")])
    assert set(fact) == set(Fact.model_fields)


def test_text_folds_inner_whitespace() -> None:
    (fact,) = find_facts([Line(1, "It raised over  $5 million.")])
    assert fact["text"] == "over $5 million"


def test_same_text_gives_the_same_facts() -> None:
    text = " ".join(case["text"] for case in _CASES["positive"])
    assert _found(text) == _found(text)
    assert len(_found(text)) == sum(len(case["facts"]) for case in _CASES["positive"])


def test_a_number_serves_one_fact_only() -> None:
    # "$5 million users": the money takes the 5; no count of 5 million users too.
    assert [f["kind"] for f in _found("It lent $5 million users trust.")] == ["money"]


def test_ambiguous_currency_word_is_dropped_not_the_amount() -> None:
    # "real" (Brazilian real) never names a currency in prose like "real estate".
    assert _found("It runs a $5 million real estate fund.") == _expected(
        [{"kind": "money", "text": "$5 million", "value": 5000000, "qualifier": "exact",
          "currency": "USD"}]
    )


def test_hostile_line_is_scanned_quickly() -> None:
    # Long runs of digits, separators and symbols: every pattern is bounded, so
    # the time grows with the length, not faster (generous limit for slow CI).
    line = ("1,2,3.4.5 $$€9 0000000000 19 20 2019-2020-2021 over over 7 " * 800)[:40_000]
    started = time.perf_counter()
    find_facts([Line(1, line)])
    assert time.perf_counter() - started < 5.0
