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
from .base import PageBuilder, Section, body_lines


def handle(section: Section, page: PageBuilder) -> None:
    paragraphs = body_lines(section)
    page.take(*paragraphs)
    if paragraphs:
        page.fields["description"] = "\n\n".join(fold_spaces(p.text) for p in paragraphs)
        page.fields["description_lines"] = paragraphs
