"""A section under a heading the grammar does not know: every line to ``unparsed``."""

from __future__ import annotations

from .base import PageBuilder, Section, section_lines


def handle(section: Section, page: PageBuilder) -> None:
    lines = section_lines(section)
    if lines:
        page.diagnose("section.unknown", f"unknown section {lines[0].text[:80]!r}",
                      lines[0].number, "info")
    page.leave_all(lines, "line of an unknown section")
