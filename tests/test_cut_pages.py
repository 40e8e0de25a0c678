"""A page whose top was cut off never borrows its name or its place.

The seed page is cut at every line. A name comes only from the name line,
the logo line or a question heading ("Which angels does Xiaomi often
collaborate with?" names Xiaomi); a place only from the header. A page
named by a heading alone says so (``header.missing``); a page with no name
left is refused.
"""

from __future__ import annotations

import pytest
from support import FIXTURES

from profile_parser import ProfileParseError, parse

SEED_LINES = (FIXTURES / "xiaomi.txt").read_text(encoding="utf-8").split("\n")
NAME_LINE, PLACE_LINE = 3, 5  # the seed's header: logo line 1, name line 3, place line 5
LAST_HEADING = 111  # "What are some of recent deals done by Xiaomi?"


@pytest.mark.parametrize("first", range(1, len(SEED_LINES) + 1))
def test_a_page_cut_above_line_first_keeps_its_own_name_or_none(first: int) -> None:
    text = "\n".join(SEED_LINES[first - 1:])
    if first > LAST_HEADING:  # no name line, no logo, no heading: no profile
        with pytest.raises(ProfileParseError):
            parse(text)
        return
    profile = parse(text)
    assert profile.name == "Xiaomi"
    codes = [d.code for d in profile.diagnostics]
    if first <= PLACE_LINE:
        assert profile.location is not None and profile.location.raw == "Asia, Beijing, China, Beijing"
    else:
        assert profile.location is None
    assert ("header.missing" in codes) == (first > NAME_LINE)


def test_a_lone_list_item_above_the_headings_is_no_name() -> None:
    text = "\n".join(["Electric Vehicle", "circle-line", "FAQ", *SEED_LINES[68:]])
    profile = parse(text)
    assert profile.name == "Xiaomi"
    assert [(u.line, u.text) for u in profile.unparsed] == [(1, "Electric Vehicle")]


def test_a_lone_name_line_that_agrees_with_the_headings_is_the_name() -> None:
    text = "\n".join(["Xiaomi Corporation", "", *SEED_LINES[68:]])
    profile = parse(text)
    assert profile.name == "Xiaomi Corporation"
    assert profile.unparsed == []
    assert "header.missing" not in [d.code for d in profile.diagnostics]
