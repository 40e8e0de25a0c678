"""Dumps (several pages back to back) read with ``iter_profiles`` give their expected records.

``fixtures/dumps/NAME.txt`` has a hand-written ``NAME.expected.json``: the list of
records, in the format of the page fixtures (diagnostic messages "", facts []),
each with its ``source`` (index and first line in the dump).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from support import FIXTURES, comparable
from test_fixture_pages import differences

from profile_parser import iter_profiles

DUMPS = sorted((FIXTURES / "dumps").glob("*.txt"))
#: dumps the current parser gets wrong, and why (none today)
KNOWN_FAILING: dict[str, str] = {}


def _param(path: Path) -> object:
    reason = KNOWN_FAILING.get(path.stem)
    return pytest.param(path, id=path.stem, marks=[pytest.mark.xfail(strict=True, reason=reason)] if reason else [])


@pytest.mark.parametrize("path", [_param(p) for p in DUMPS])
def test_dump_gives_its_expected_records(path: Path) -> None:
    expected = json.loads(path.with_name(path.stem + ".expected.json").read_text(encoding="utf-8"))
    got = [record.model_dump(mode="json") for record in iter_profiles(path.read_bytes().decode("utf-8"))]
    diff = differences([comparable(r, keep_facts=False) for r in got],
                       [comparable(r, keep_facts=False) for r in expected])
    assert not diff, "\n".join(diff)
