"""One handler per section of the page.

Each handler takes the :class:`~.base.Section` the grammar found and writes
its fields, diagnostics and unplaced lines into the :class:`~.base.PageBuilder`.
"""

from __future__ import annotations

from collections.abc import Callable

from . import deals, description, entries, focus, header, highlights, profile_stats, unknown
from .base import Line, PageBuilder, Section, body_lines, lines_of, section_lines

Handler = Callable[[Section, PageBuilder], None]

#: grammar rule -> handler
HANDLERS: dict[str, Handler] = {
    "header": header.handle,
    "description": description.handle,
    "profile": profile_stats.handle,
    "highlights": highlights.handle,
    "stage_focus": focus.handle_stages,
    "country_focus": focus.handle_countries,
    "industry_focus": focus.handle_industries,
    "co_investors": entries.handle_co_investors,
    "angels": entries.handle_angels,
    "deals": deals.handle,
    "unknown": unknown.handle,
}

#: handled before the others, whatever the page order: deals split their
#: tag runs with the page's own Industry Focus labels.
FIRST = ("industry_focus",)

__all__ = ["FIRST", "HANDLERS", "Handler", "Line", "PageBuilder", "Section", "body_lines",
           "lines_of", "section_lines"]
