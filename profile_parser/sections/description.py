"""The "Description" section: paragraphs, inner whitespace folded, joined by a blank line.

>>> text, lines = read(Section("description", Line(7, "Description"),
...                    [Line(9, "First  para."), Line(11, "Second.")]), Ledger("description"))
>>> text
'First para.\\n\\nSecond.'
"""

from __future__ import annotations

from ..document import Line, Section
from ..text import fold_spaces
from .base import Ledger


def read(section: Section, ledger: Ledger) -> tuple[str | None, list[Line]]:
    """The description (None when the section is empty) and its paragraph lines (for facts)."""
    ledger.place(section.lines)
    if not section.lines:
        return None, []
    return "\n\n".join(fold_spaces(line.text) for line in section.lines), section.lines
