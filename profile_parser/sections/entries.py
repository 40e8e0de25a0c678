"""The co-investor and angel lists: name, place, and a count line.

>>> from lark import Token
>>> page = PageBuilder()
>>> handle_co_investors(Section("co_investors", [Token("CO_INVESTORS_H", "Who does X co-invest with?"),
...   Token("CO_INVESTOR", "CPE\\nAsia, Beijing, China, Beijing\\nCo-Investments: 3", line=92)]), page)
>>> entry = page.fields["co_investors"][0]
>>> entry["name"], entry["location"].city, entry["co_investments"]
('CPE', 'Beijing', 3)
"""

from __future__ import annotations

import re

from .base import PageBuilder, Section
from .places import read_place

_COUNT = re.compile(r"(?i)(?:co-?investments?|shared deals?):? *(?P<n>[0-9]{1,9})")


def _entries(section: Section, page: PageBuilder, field: str, count_field: str, record: str) -> None:
    entries = []
    for token, lines in section.records():
        if token.type != record:
            page.leave_all(lines, f"not a complete {field.replace('_', ' ')} entry")
            continue
        count = _COUNT.fullmatch(lines[-1].text)
        if count is None or len(lines) > 3:  # the grammar's record shape, checked again
            page.leave_all(lines, f"not a complete {field.replace('_', ' ')} entry")
            continue
        location = read_place(lines[1], page) if len(lines) == 3 else None
        if location is None and len(lines) == 3:
            page.leave(lines[1], "place not read")
            lines = [lines[0], lines[2]]
        page.take(*lines)
        entries.append(
            {"name": lines[0].text, "location": location, count_field: int(count.group("n"))}
        )
    page.fields[field] = entries


def handle_co_investors(section: Section, page: PageBuilder) -> None:
    _entries(section, page, "co_investors", "co_investments", "CO_INVESTOR")


def handle_angels(section: Section, page: PageBuilder) -> None:
    _entries(section, page, "angels", "shared_deals", "ANGEL")
