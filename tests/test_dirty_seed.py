"""The seed page made dirty or rearranged, one way at a time, gives the seed's own record.

Each page under ``fixtures/dirty_seed`` is the seed page with one kind of
noise (CRLF, lone CR, BOM, tabs, no-break and zero-width spaces, six bullet
styles, trailing spaces, extra blank lines, mojibake, no logo and no chrome,
reordered sections, the stats in two paragraphs, other highlight phrasings).
Its expected record is the seed's expected record (``fixtures/xiaomi.expected.json``)
with every line number moved to where that line now stands: found by the
line's letters and digits alone, independently of the parser.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from support import FIXTURES, comparable, load_expected

from profile_parser import parse

PAGES = sorted((FIXTURES / "dirty_seed").glob("*.txt"))
SEED = (FIXTURES / "xiaomi.txt").read_text(encoding="utf-8")
_NOT_ALNUM = re.compile(r"[^A-Za-z0-9]+")


def _key(line: str) -> str:
    return _NOT_ALNUM.sub("", line)


def moved_line(number: int, page: str) -> int:
    """Where line ``number`` of the seed page stands in ``page``: the one line
    with the same letters and digits."""
    key = _key(SEED.split("\n")[number - 1])
    found = [i for i, line in enumerate(re.split(r"\r\n|\r|\n", page), start=1) if key and _key(line) == key]
    assert len(found) == 1, f"seed line {number} is not found exactly once: {found}"
    return found[0]


def expected_record(page: str) -> dict[str, Any]:
    """The seed's record, its line numbers moved to this page."""
    record = comparable(load_expected(FIXTURES / "xiaomi.expected.json"), keep_facts=False)
    for item in (*record["diagnostics"], *record["unparsed"]):
        if item["line"] is not None:
            item["line"] = moved_line(item["line"], page)
    return record


@pytest.mark.parametrize("path", PAGES, ids=lambda p: p.stem)
def test_a_dirty_seed_page_gives_the_seed_record(path: Path) -> None:
    page = path.read_bytes().decode("utf-8")
    got = comparable(parse(page).model_dump(mode="json"), keep_facts=False)
    assert got == expected_record(page)


def test_the_mapping_moves_lines() -> None:
    """The line mapping is no identity: lines do move in some pages."""
    page = (FIXTURES / "dirty_seed" / "xiaomi_extra_blank_lines.txt").read_text(encoding="utf-8")
    assert moved_line(189, page) != 189
    assert moved_line(189, SEED) == 189
