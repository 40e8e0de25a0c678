"""The "Investment Focus Highlights" bullets.

Each bullet is matched against the site's phrasings; a bullet no rule
recognises is kept, as written, in ``other``. Lists are cut by
:func:`~.lists.split_list`, the vocabulary deciding first ("Oil and Gas"
stays whole).

>>> found = read(Section("highlights", Line(1, "Investment Focus Highlights"), [
...   Line(2, "Led 3 rounds in the past year."), Line(3, "Typical check size: $5M – $50M."),
...   Line(4, "Strong thematic focus on Oil and Gas, DevOps."), Line(5, "Loves sailing.")]),
...   Ledger("highlights"), PageContext())
>>> h = found.values
>>> h["rounds_led_past_year"].value, h["check_size"].max.amount, h["themes"], h["other"]
(3.0, Decimal('50000000'), ['Oil and Gas', 'DevOps'], ['Loves sailing.'])
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any, NamedTuple

from ..document import Line, Section
from ..normalize import canonical_industry, country_code, funding_code, parse_country, parse_funding_type
from ..normalize.money import parse_money_range
from ..normalize.numbers import NUMBER_PATTERN
from ..normalize.percent import quantity_from_match
from ..normalize.qualifier import QUALIFIER_PATTERN
from ..normalize.tags import separated_label_spans
from .base import Ledger, PageContext
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

Where = tuple[Line, int, int]  # the line a value was read from, and its span there


class Highlights(NamedTuple):
    """The contract's Highlights fields, and where each value (each list item)
    was read: field -> one span per item (one for a single value)."""

    values: dict[str, Any]
    where: dict[str, list[Where]]


def _coded(line: Line, match: re.Match[str], read: Callable[[str], Any], known: Callable[[str], Any],
           found: Highlights, field: str, ledger: Ledger, unknown: str) -> None:
    """Read each item of a list; an item without a code raises ``unknown``."""
    offset = match.start("list")
    for written, start, end in split_list(match.group("list"), lambda text: known(text) is not None):
        value = read(written)
        if value.code is None:
            kind = unknown.split(".")[0].replace("_", " ")  # "funding type", "country"
            ledger.diagnose(unknown, f"{kind} {written!r} has no code", line.number)
        found.values[field].append(value)
        found.where[field].append((line, offset + start, offset + end))


def _read(line: Line, found: Highlights, ledger: Ledger, context: PageContext) -> bool:
    """Place one bullet; False when no rule recognises it."""
    text = line.text
    values, where = found.values, found.where
    if match := _STAGES.fullmatch(text):
        _coded(line, match, parse_funding_type, funding_code, found, "top_stages", ledger, "funding_type.unknown")
    elif match := _COUNTRIES.fullmatch(text):
        _coded(line, match, parse_country, country_code, found, "top_countries", ledger, "country.unknown")
    elif match := _THEMES.fullmatch(text):
        offset = match.start("list")
        themes = match.group("list")
        for theme, start, end in split_list(themes, lambda item: canonical_industry(item, context.labels) is not None,
                                            separated_label_spans(themes)):
            label = canonical_industry(theme, context.labels)
            if context.unknown(theme):
                ledger.diagnose("industry.unknown", f"industry {theme!r} is not in the vocabulary",
                                line.number, "info")
            values["themes"].append(label or theme)
            where["themes"].append((line, offset + start, offset + end))
    elif match := _LED.fullmatch(text):
        values["rounds_led_past_year"] = quantity_from_match(match)
        where["rounds_led_past_year"] = [(line, match.start("qual") if match.group("qual") else match.start("num"),
                                          match.end("num"))]
    elif match := _CHECK.fullmatch(text):
        check = parse_money_range(match.group("range"))
        if check is None:
            ledger.diagnose("value.unparsed", f"check size {match.group('range')!r} not read", line.number)
            return False
        values["check_size"] = check
        where["check_size"] = [(line, match.start("range"), match.end("range"))]
    else:
        return False
    return True


def read(section: Section, ledger: Ledger, context: PageContext) -> Highlights:
    found = Highlights(
        {"top_stages": [], "top_countries": [], "themes": [], "rounds_led_past_year": None,
         "check_size": None, "other": []},
        {"top_stages": [], "top_countries": [], "themes": [], "other": []},
    )
    ledger.place(section.lines)  # each bullet is read by a rule, or kept as written in `other`
    for line in section.lines:
        if not _read(line, found, ledger, context):
            found.values["other"].append(line.text)
            found.where["other"].append((line, 0, len(line.text)))
    return found


def theme_labels(section: Section) -> list[str]:
    """The themes a highlights section names, as written (the page's own labels).

    >>> theme_labels(Section("highlights", None, [Line(2, "Strong thematic focus on DevOps, Oil and Gas.")]))
    ['DevOps', 'Oil and Gas']
    """
    return [theme for line in section.lines if (match := _THEMES.fullmatch(line.text))
            for theme, _, _ in split_list(match.group("list"), lambda item: canonical_industry(item) is not None,
                                          separated_label_spans(match.group("list")))]
