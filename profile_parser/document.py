"""Text to sections: repair the text, let the grammar cut it into sections,
and set apart the sections under headings the grammar does not know.

>>> page = read_document("Acme logo\\nAcme\\n\\nDescription\\n\\nAcme invests.\\nPortfolio News\\nAcme sold Foo.")
>>> [(s.kind, s.heading and s.heading.text, [line.number for line in s.lines]) for s in page.sections]
[('header', None, [1, 2]), ('description', 'Description', [6]), ('unknown', 'Portfolio News', [8])]
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import NamedTuple

from lark import Token
from lark.exceptions import LarkError

from . import vocabulary as vocab
from .errors import ProfileParseError
from .grammar import RawSection, page_parser
from .shapes import count_line, is_place, may_be_heading, read_round
from .text import repair


class Line(NamedTuple):
    """One non-blank line of the page: its 1-based number and its repaired text."""

    number: int
    text: str


@dataclass(frozen=True)
class Section:
    """A section of the page: its kind (a key of ``vocabulary.HEADINGS``,
    ``header`` or ``unknown``), its heading line (None for the header) and the
    non-blank lines under it."""

    kind: str
    heading: Line | None
    lines: list[Line]

    @property
    def all_lines(self) -> list[Line]:
        """The heading (if any) and the lines under it."""
        return self.lines if self.heading is None else [self.heading, *self.lines]


@dataclass(frozen=True)
class Document:
    """A page read into sections; ``text`` is the repaired text (same lines as given)."""

    text: str
    sections: list[Section]


def lines_of(token: Token) -> list[Line]:
    """The non-blank lines of a (multi-line) token, numbered.

    >>> lines_of(Token("DEALS", "Acme\\n\\nParis, France", line=7))
    [Line(number=7, text='Acme'), Line(number=9, text='Paris, France')]
    """
    first = token.line or 1
    return [Line(first + i, text) for i, text in enumerate(token.split("\n")) if text]


#: Sections whose lines have a shape (prose, entries, deals), after which a
#: short title line can be told apart as the heading of an unknown section.
#: In the bullet lists every line is an item: items look just like headings.
LOOSE = frozenset({"description", "profile", "co_investors", "angels", "deals"})


def _no_record_ahead(lines: list[Line], at: int) -> bool:
    """No record starts or ends at ``lines[at]``: it is no round line itself, and
    no place line follows it, no count line within two lines, no round line within
    five. A line that may be a heading and passes this heads an unknown section.

    >>> _no_record_ahead([Line(1, "Portfolio News"), Line(2, "Foo raised $5M.")], 0)
    True
    >>> _no_record_ahead([Line(1, "CPE"), Line(2, "Co-Investments: 3")], 0)
    False
    """
    if read_round(lines[at].text) is not None:
        return False
    # the next line decides most cases (a name's place or count, a tag run's round)
    following = lines[at + 1].text
    if count_line(following) is not None or read_round(following) is not None or is_place(following):
        return False
    further = lines[at + 2 : at + 2 + vocab.DEAL_LINES_BEFORE_ROUND]
    if further and vocab.ENTRY_LINES_BEFORE_COUNT > 1 and count_line(further[0].text) is not None:
        return False
    return not any(read_round(line.text) is not None for line in further)


def _split_unknown(section: Section) -> list[Section]:
    """A loose section, and an unknown section from its first unknown heading on."""
    if section.kind not in LOOSE:
        return [section]
    lines = section.lines
    # the cheap shape test first, on every line; the look-ahead only for the few that pass
    for at in [i for i, line in enumerate(lines[:-1]) if may_be_heading(line.text)]:
        if _no_record_ahead(lines, at):
            return [Section(section.kind, section.heading, lines[:at]),
                    Section("unknown", lines[at], lines[at + 1 :])]
    return [section]


def _section(kind: str, tokens: list[Token]) -> Section:
    lines = [line for token in tokens for line in lines_of(token)]
    if kind == "header":
        return Section(kind, None, lines)
    return Section(kind, lines[0], lines[1:])


def read_document(text: str) -> Document:
    """The page's sections in page order (the text is repaired first)."""
    repaired = repair(text)
    try:
        raw: list[RawSection] = page_parser().parse(repaired)  # type: ignore[assignment]
    except LarkError as error:  # the grammar accepts any line; this is a safety net
        line = getattr(error, "line", None)
        raise ProfileParseError(f"line {line}: the page could not be read: {error}", line=line) from None
    sections = [part for kind, tokens in raw for part in _split_unknown(_section(kind, tokens))]
    return Document(repaired, sections)
