"""The "Description" section: paragraphs, inner whitespace folded, joined by a blank line.

>>> from lark import Token
>>> page = PageBuilder()
>>> handle(Section("description", [Token("DESCRIPTION_H", "Description", line=7),
...        Token("LINE", "First  para.", line=9), Token("LINE", "Second.", line=11)]), page)
>>> page.fields["description"]
'First para.\\n\\nSecond.'
"""

from __future__ import annotations

from ..text import fold_spaces
from .base import PageBuilder, Section, lines_of


def handle(section: Section, page: PageBuilder) -> None:
    paragraphs = [line for token in section.tokens[1:] for line in lines_of(token)]
    if paragraphs:
        page.fields["description"] = "\n\n".join(fold_spaces(p.text) for p in paragraphs)
        page.fields["description_lines"] = paragraphs
