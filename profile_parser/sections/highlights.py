"""The "Investment Focus Highlights" bullets.

Each bullet is matched against the known phrasings; a bullet no rule
recognises is kept, as written, in ``other``.

>>> from lark import Token
>>> page = PageBuilder()
>>> handle(Section("highlights", [Token("HIGHLIGHTS_H", "Investment Focus Highlights", line=1),
...   Token("LINE", "Led 3 rounds in the past year.", line=2),
...   Token("LINE", "Typical check size: $5M – $50M.", line=3),
...   Token("LINE", "Loves sailing.", line=4)]), page)
>>> h = page.fields["highlights"]
>>> h["rounds_led_past_year"].value, h["check_size"].max.amount, h["other"]
(3.0, Decimal('50000000'), ['Loves sailing.'])
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from ..models import Country, FundingType
from ..normalize import canonical_industry, parse_country, parse_funding_type, parse_money_range
from ..normalize.numbers import NUMBER_PATTERN
from ..normalize.percent import quantity_from_match
from ..normalize.qualifier import QUALIFIER_PATTERN
from .base import Line, PageBuilder, Section, body_lines
from .lists import split_list

# Only "rounds"/"stages" with an optional bracket may follow the list, so a
# label such as "Corporate Round" inside the list does not end it.
_STAGES = re.compile(
    r"(?i)concentrates? on (?P<list>.+?) (?:funding )?(?:rounds?|stages?)(?: ?\([^()]{0,80}\))?\.?"
)
_COUNTRIES = re.compile(r"(?i)(?:the )?majority of (?:its )?deals (?:are|were) (?:located |based )?in (?P<list>.+?)\.?")
_THEMES = re.compile(r"(?i)strong thematic focus on (?P<list>.+?)\.?")
_LED = re.compile(
    rf"(?i)led (?:(?P<qual>{QUALIFIER_PATTERN}) )?(?P<num>{NUMBER_PATTERN}) (?:funding )?rounds? "
    r"in the (?:past|last) (?:year|12 months)\.?"
)
_CHECK = re.compile(r"(?i)typical (?:check|cheque|ticket) size:? (?P<range>.+?)\.?")


def _coded(items: str, read: Callable[[str], FundingType | Country], line: Line, page: PageBuilder,
           unknown: str) -> list[Any]:
    """Read each item of a list; an item without a code raises ``unknown``."""
    values = []
    for written in split_list(items):
        value = read(written)
        if value.code is None:
            kind = unknown.split(".")[0].replace("_", " ")  # "funding type", "country"
            page.diagnose(unknown, f"{kind} {written!r} has no code", line.number)
        values.append(value)
    return values


def _read(line: Line, page: PageBuilder, found: dict[str, Any]) -> bool:
    """Place one bullet; False when no rule recognises it."""
    text = line.text
    if match := _STAGES.fullmatch(text):
        found["top_stages"] += _coded(match.group("list"), parse_funding_type, line, page,
                                      "funding_type.unknown")
    elif match := _COUNTRIES.fullmatch(text):
        found["top_countries"] += _coded(match.group("list"), parse_country, line, page,
                                         "country.unknown")
    elif match := _THEMES.fullmatch(text):
        for theme in split_list(match.group("list")):
            label = canonical_industry(theme, page.industries)
            if label is None:
                page.diagnose("industry.unknown", f"industry {theme!r} is not in the vocabulary",
                              line.number, "info")
            found["themes"].append(label or theme)
    elif match := _LED.fullmatch(text):
        found["rounds_led_past_year"] = quantity_from_match(match)
    elif match := _CHECK.fullmatch(text):
        check = parse_money_range(match.group("range"))
        if check is None:
            page.diagnose("value.unparsed", f"check size {match.group('range')!r} not read", line.number)
            return False
        found["check_size"] = check
    else:
        return False
    return True


def handle(section: Section, page: PageBuilder) -> None:
    found: dict[str, Any] = {
        "top_stages": [], "top_countries": [], "themes": [],
        "rounds_led_past_year": None, "check_size": None, "other": [],
    }
    for line in body_lines(section):
        page.take(line)  # read by a rule, or kept as written in `other`
        if not _read(line, page, found):
            found["other"].append(line.text)
    page.fields["highlights"] = found
