"""Text to sections: repair the text, then let the grammar cut it into sections.

>>> [s.kind for s in read_sections("Acme logo\\nAcme\\n\\nDescription\\n\\nAcme invests.")]
['header', 'description']
"""

from __future__ import annotations

from lark.exceptions import LarkError

from .errors import ProfileParseError
from .grammar import page_parser
from .sections import Section
from .text import repair


def read_sections(text: str) -> list[Section]:
    """The page's sections in page order (text is repaired first)."""
    try:
        sections: list[Section] = page_parser().parse(repair(text))  # type: ignore[assignment]
    except LarkError as error:  # the grammar accepts any line; this is a safety net
        line = getattr(error, "line", None)
        raise ProfileParseError(f"line {line}: the page could not be read: {error}", line=line) from None
    return sections
