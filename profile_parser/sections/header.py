"""The page header: "<Name> logo", the name line, the location line.

>>> from lark import Token
>>> page = PageBuilder()
>>> handle(Section("header", [Token("LOGO", "Xiaomi logo", line=1), Token("LINE", "Xiaomi", line=3),
...        Token("LINE", "Asia, Beijing, China, Beijing", line=5)]), page)
>>> page.fields["name"], page.fields["location"].country_code
('Xiaomi', 'CN')
"""

from __future__ import annotations

import re

from .base import PageBuilder, Section, section_lines
from .places import is_place, read_place

_LOGO = re.compile(r"(?i)(.+?) logo")
MAX_NAME_LENGTH = 200


def handle(section: Section, page: PageBuilder) -> None:
    logo_name = None
    name = None
    for line in section_lines(section):
        logo = _LOGO.fullmatch(line.text)
        if logo and logo_name is None and name is None:
            logo_name = logo.group(1).strip()
            page.take(line)
        elif name is None and not is_place(line.text, known=True) and len(line.text) <= MAX_NAME_LENGTH:
            name = line.text
            page.take(line)
        elif "location" not in page.fields and is_place(line.text, known=True):
            page.take(line)
            page.fields["location"] = read_place(line, page)
        else:
            page.leave(line, "header line that is neither name nor location")
    if name or logo_name:
        page.fields["name"] = name or logo_name
    page.fields["has_logo"] = logo_name is not None
