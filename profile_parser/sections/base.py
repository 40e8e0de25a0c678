"""What every section handler is given besides its section: the ledger it
reports to, and what the page as a whole says.

A handler reads one :class:`~profile_parser.document.Section` and returns
its typed result; on the way it tells the :class:`Ledger` which lines it
placed into fields, which it could not place (they go to ``unparsed``), and
what went wrong (diagnostics).

>>> ledger = Ledger("deals")
>>> ledger.leave(Line(7, "???"), "deal line with no role")
>>> ledger.unparsed, [d["code"] for d in ledger.diagnostics]
([{'line': 7, 'text': '???'}], ['line.unparsed'])
>>> ledger.sections
{7: 'deals'}
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from ..document import Line
from ..models import Severity
from ..normalize import canonical_industry
from ..normalize.tags import is_label


@dataclass
class Ledger:
    """Diagnostics, unplaced lines and placed line numbers of a page, as plain
    data (validated once, with the record). ``section`` is the kind of the
    section being read; each unparsed line remembers it (``sections``)."""

    section: str = ""
    diagnostics: list[dict[str, Any]] = field(default_factory=list)
    unparsed: list[dict[str, Any]] = field(default_factory=list)
    #: numbers of the lines placed into fields (the no-data-lost ledger)
    placed: set[int] = field(default_factory=set)
    #: line number -> kind of the section an unparsed line stood in
    sections: dict[int, str] = field(default_factory=dict)

    def diagnose(self, code: str, message: str, line: int | None, severity: Severity = "warning") -> None:
        self.diagnostics.append({"code": code, "severity": severity, "message": message, "line": line})

    def place(self, lines: Iterable[Line | None]) -> None:
        """These lines were placed into fields."""
        self.placed.update(line.number for line in lines if line is not None)

    def leave(self, line: Line, why: str) -> None:
        """A line no handler could place: keep it in ``unparsed``, say why."""
        self.unparsed.append({"line": line.number, "text": line.text})
        self.sections[line.number] = self.section
        self.diagnose("line.unparsed", f"line {line.number}: {why}: {line.text[:80]!r}", line.number)

    def leave_all(self, lines: Iterable[Line], why: str) -> None:
        for line in lines:
            self.leave(line, why)


@dataclass(frozen=True)
class PageContext:
    """What a handler may know of the rest of the page: its own industry labels
    (case-folded -> as the page spells them, mixed case first), from its
    Industry Focus list and its themes, which cut tag runs and spell labels the
    vocabulary lacks; and the labels its Industry Focus list names (case-folded),
    which are known to the page (``industry.unknown`` is said once, at the list).

    >>> PageContext(listed=frozenset({"warp drives"})).unknown("Warp Drives"), PageContext().unknown("Robotics")
    (False, False)
    """

    labels: Mapping[str, str] = field(default_factory=dict)
    listed: frozenset[str] = frozenset()

    def unknown(self, label: str) -> bool:
        """A label neither the vocabulary nor the page's Industry Focus list knows."""
        return not is_label(label) and label.casefold() not in self.listed and canonical_industry(label) is None
