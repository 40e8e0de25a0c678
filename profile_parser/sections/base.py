"""What every section handler shares: a section's lines and the page being built.

A handler reads one :class:`Section` (the heading token and the record
tokens the grammar gave it) and writes into the :class:`PageBuilder`:
fields, diagnostics, and the lines it could not place.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, field
from typing import Any, NamedTuple

from lark import Token

from ..models import Severity


class Line(NamedTuple):
    """One non-blank line of the page: its 1-based number and its repaired text."""

    number: int
    text: str


@dataclass
class Section:
    """A section as the grammar found it: ``kind`` is the grammar rule's name,
    ``tokens`` the heading (but for the header) and the record tokens."""

    kind: str
    tokens: list[Token]

    @functools.cached_property
    def token_lines(self) -> list[list[Line]]:
        """The non-blank lines of each token (split once per section)."""
        return [lines_of(token) for token in self.tokens]

    @functools.cached_property
    def lines(self) -> list[Line]:
        """Every non-blank line, heading included."""
        return [line for lines in self.token_lines for line in lines]

    @functools.cached_property
    def body(self) -> list[Line]:
        """The non-blank lines under the heading."""
        return [line for lines in self.token_lines[1:] for line in lines]

    def records(self) -> list[tuple[Token, list[Line]]]:
        """Each token under the heading with its lines."""
        return list(zip(self.tokens[1:], self.token_lines[1:], strict=True))


def lines_of(token: Token) -> list[Line]:
    """The non-blank lines of a (possibly multi-line) token, numbered.

    >>> lines_of(Token("DEAL", "Acme\\n\\nParis, France", line=7))
    [Line(number=7, text='Acme'), Line(number=9, text='Paris, France')]
    """
    first = token.line or 1
    return [Line(first + i, text) for i, text in enumerate(token.split("\n")) if text]


def section_lines(section: Section) -> list[Line]:
    """Every non-blank line of a section, heading included."""
    return section.lines


def body_lines(section: Section) -> list[Line]:
    """The non-blank lines under a section's heading."""
    return section.body


@dataclass
class PageBuilder:
    """The record under construction, as plain data validated once at the end."""

    fields: dict[str, Any] = field(default_factory=dict)
    diagnostics: list[dict[str, Any]] = field(default_factory=list)
    unparsed: list[dict[str, Any]] = field(default_factory=list)
    #: the page's own Industry Focus labels (case-folded -> as listed)
    industries: dict[str, str] = field(default_factory=dict)
    #: investor name read from a section heading ("Who does X frequently …")
    heading_name: str | None = None
    seen: set[str] = field(default_factory=set)
    #: numbers of the lines a handler placed into a field (the no-data-lost ledger)
    taken: set[int] = field(default_factory=set)

    def diagnose(self, code: str, message: str, line: int | None, severity: Severity = "warning") -> None:
        self.diagnostics.append({"code": code, "severity": severity, "message": message, "line": line})

    def take(self, *lines: Line | None) -> None:
        """Record that these lines were placed into fields."""
        self.taken.update(line.number for line in lines if line is not None)

    def leave(self, line: Line, why: str) -> None:
        """A line no handler could place: keep it in ``unparsed``, say why."""
        self.unparsed.append({"line": line.number, "text": line.text})
        self.diagnose("line.unparsed", f"line {line.number}: {why}: {line.text[:80]!r}", line.number)

    def leave_all(self, lines: list[Line], why: str) -> None:
        for line in lines:
            self.leave(line, why)
