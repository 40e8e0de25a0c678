"""The Description section: one paragraph a line, inner whitespace folded, joined by a blank line."""

from __future__ import annotations

from lark import Token
from sections.test_base import diagnosed, left, run

from profile_parser.sections import description
from profile_parser.sections.base import Line, PageBuilder

HEADING = Token("DESCRIPTION_H", "Description\n\n", line=7)


def _description(*tokens: Token) -> PageBuilder:
    return run(description.handle, "description", HEADING, *tokens)


def test_several_paragraphs_with_folded_whitespace() -> None:
    page = _description(Token("PARAGRAPHS", "Acme  invests\tin robots.\n\nIt\u00a0 backs  seed rounds.\n\nThird.\n\n",
                              line=9))
    assert page.fields["description"] == "Acme invests in robots.\n\nIt backs seed rounds.\n\nThird."
    assert page.taken == {9, 11, 13}
    assert diagnosed(page) == [] and left(page) == []


def test_the_paragraph_lines_are_kept_as_written_for_the_facts() -> None:
    page = _description(Token("PARAGRAPHS", "Acme  invests.\n\nOver $5M.", line=9))
    assert page.fields["description_lines"] == [Line(9, "Acme  invests."), Line(11, "Over $5M.")]


def test_paragraphs_from_several_tokens_keep_page_order() -> None:
    page = _description(Token("PARAGRAPHS", "First.\n\n", line=9), Token("PARAGRAPHS", "Second.", line=15))
    assert page.fields["description"] == "First.\n\nSecond."
    assert page.taken == {9, 15}


def test_a_heading_without_paragraphs_writes_no_description() -> None:
    page = _description()
    assert "description" not in page.fields
    assert page.taken == set() and diagnosed(page) == []
