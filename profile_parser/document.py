"""Text to sections: repair the text, then let the grammar cut it into sections.

>>> [s.kind for s in read_sections("Acme logo\\nAcme\\n\\nDescription\\n\\nAcme invests.")]
['header', 'description']
"""

from __future__ import annotations

from lark import Token, Tree
from lark.exceptions import LarkError

from .errors import ProfileParseError
from .grammar import page_parser
from .sections import Section
from .text import repair


def read_sections(text: str) -> list[Section]:
    """The page's sections in page order (text is repaired first)."""
    try:
        tree = page_parser().parse(repair(text))
    except LarkError as error:  # the grammar accepts any line; this is a safety net
        line = getattr(error, "line", None)
        raise ProfileParseError(f"line {line}: the page could not be read: {error}", line=line) from None
    sections = []
    for child in tree.children:
        if isinstance(child, Tree):
            tokens = [t for t in child.children if isinstance(t, Token)]
            sections.append(Section(str(child.data), tokens))
    return sections
