"""Each fixture page parses to its expected record (facts are tested elsewhere).

The pages under ``fixtures/pages`` are the seed page cut off, with sections
missing or with one value the normalizers cannot place, and small
hand-written pages (the seed made dirty is in ``test_dirty_seed.py``).
Every ``NAME.txt`` has a ``NAME.expected.json`` written by hand: the full
``model_dump(mode="json")`` record with diagnostic messages left empty and
``facts`` as ``[]``.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from support import FIXTURES, comparable, load_expected

from profile_parser import InvestorProfile, parse

PAGES = FIXTURES / "pages"
PAGE_FILES = sorted(PAGES.glob("*.txt"))


def expected_path(page: Path) -> Path:
    """``NAME.txt`` -> ``NAME.expected.json``."""
    return page.with_name(page.name[: -len(".txt")] + ".expected.json")


def read_page(page: Path) -> str:
    """The page exactly as stored: bytes decoded, so CRLF and a BOM reach the parser."""
    return page.read_bytes().decode("utf-8")


def differences(got: Any, expected: Any, path: str = "") -> list[str]:
    """Where two JSON values differ, one line per differing leaf, for a readable failure.

    >>> differences({"a": [1, {"b": 2}]}, {"a": [1, {"b": 3}], "c": None})
    ['a[1].b: got 2, expected 3', 'c: got <missing>, expected None']
    """
    if isinstance(got, dict) and isinstance(expected, dict):
        return [line for key in sorted(got.keys() | expected.keys())
                for line in differences(got.get(key, _MISSING), expected.get(key, _MISSING),
                                        f"{path}.{key}" if path else key)]
    if isinstance(got, list) and isinstance(expected, list) and len(got) == len(expected):
        return [line for i, (a, b) in enumerate(zip(got, expected, strict=True))
                for line in differences(a, b, f"{path}[{i}]")]
    if got == expected:
        return []
    return [f"{path}: got {got!r}, expected {expected!r}"]


class _Missing:
    def __repr__(self) -> str:
        return "<missing>"


_MISSING = _Missing()


def test_each_page_has_its_expected_record() -> None:
    assert [p for p in PAGE_FILES if not expected_path(p).is_file()] == []
    orphans = [p for p in PAGES.glob("*.expected.json")
               if not p.with_name(p.name[: -len(".expected.json")] + ".txt").is_file()]
    assert orphans == []


@pytest.mark.parametrize("page", PAGE_FILES, ids=lambda p: p.stem)
def test_expected_file_is_a_valid_record(page: Path) -> None:
    """The hand-written expectation itself obeys the contract's shape."""
    expected = load_expected(expected_path(page))
    assert InvestorProfile.model_validate(expected).model_dump(mode="json") == expected
    assert expected["facts"] == []
    assert all(d["message"] == "" for d in expected["diagnostics"])


@pytest.mark.parametrize("page", PAGE_FILES, ids=lambda p: p.stem)
def test_page_parses_to_expected_record(page: Path) -> None:
    expected = comparable(load_expected(expected_path(page)), keep_facts=False)
    got = comparable(parse(read_page(page)).model_dump(mode="json"), keep_facts=False)
    diff = differences(got, expected)
    assert not diff, "\n".join(diff)
