"""The recent-deals list.

A deal is, line by line: company, place ("City, Region, Country"),
description, a run of industry tags, the round run into its date
("Series BJul 31, 2025"), and an optional "Amount Raised:" line. Any of the
first four may be missing; each line's role is told by its shape. A company
missing with its place is inferred from "<Company> is a …".

>>> from lark import Token
>>> page = PageBuilder()
>>> handle(Section("deals", [Token("DEALS_H", "What are some of recent deals done by X?"),
...   Token("DEAL", "Acme\\n\\nParis, Ile-de-France, France\\n\\nAcme is a robot maker.\\n\\n"
...         "RoboticsHardware\\nSeries BJul 31, 2025\\nAmount Raised: $13,888,021", line=5)]), page)
>>> deal = page.fields["recent_deals"][0]
>>> deal["company"], deal["location"].city, deal["industries"], deal["round"].code, str(deal["date"])
('Acme', 'Paris', ['Robotics', 'Hardware'], 'series_b', '2025-07-31')
>>> deal["amount_raised"].amount
Decimal('13888021')
"""

from __future__ import annotations

import re
from typing import Any

from ..normalize import parse_funding_type, parse_money, split_tag_run
from ..normalize.dates import DATE_PATTERN, date_from_match
from ..text import fold_spaces
from .base import Line, PageBuilder, Section
from .places import SENTENCE_END, is_place, read_place

_ROUND = re.compile(rf"(?P<label>.*?) ?(?P<date>{DATE_PATTERN})")
_AMOUNT = re.compile(r"(?i)amount raised:? *(?P<value>.*)")
_NO_AMOUNT = frozenset({"", "-", "—", "n/a", "na", "undisclosed", "unknown", "not disclosed"})
_INFER = re.compile(r"(?P<name>[^.,;:!?]{1,80}?) (?:is|are|was|has been)\b")
def is_sentence(text: str) -> bool:
    """Prose: ends like a sentence or runs to many words."""
    return SENTENCE_END.search(text) is not None or len(text.split()) >= 8


def is_tag_run(text: str) -> bool:
    """Industry tags run together: no sentence, no comma list."""
    return not is_sentence(text) and ", " not in text and len(text) <= 300


def _assign(lines: list[Line], complete: bool) -> tuple[dict[str, Line | None], list[Line]]:
    """Give each line before the round line its role; return roles and leftovers.

    The tags line stands right before the round line; in a deal cut off
    before its round line it counts as tags only after a description.
    """
    rest = list(lines)
    roles: dict[str, Line | None] = dict.fromkeys(("name", "place", "description", "tags"))
    if rest and is_tag_run(rest[-1].text) and not is_place(rest[-1].text) and (
        complete or (len(rest) > 1 and is_sentence(rest[-2].text))
    ):
        roles["tags"] = rest.pop()
    if rest and not is_place(rest[-1].text) and (
        is_sentence(rest[-1].text) or (len(rest) > 1 and is_place(rest[-2].text))
    ):  # a sentence, or whatever follows the place line (a description cut short)
        roles["description"] = rest.pop()
    if rest and is_place(rest[-1].text):
        roles["place"] = rest.pop()
    if rest:
        roles["name"] = rest.pop(0) if roles["place"] is None and len(rest) > 1 else rest.pop()
    return roles, rest


def _read_round(line: Line, deal: dict[str, Any], page: PageBuilder) -> bool:
    """Round label and date; False when the date is no calendar date."""
    match = _ROUND.fullmatch(line.text)
    label = match.group("label") if match else line.text
    if label.strip():
        stage = parse_funding_type(label)
        deal["round"] = stage
        if stage.code is None:
            page.diagnose("funding_type.unknown", f"unknown funding type {label!r}", line.number)
    if match:
        deal["date"] = date_from_match(match)
        if deal["date"] is None:
            page.diagnose("value.unparsed", f"date {match.group('date')!r} is no calendar date",
                          line.number)
            return False
    return True


def _read_amount(line: Line, deal: dict[str, Any], page: PageBuilder) -> bool:
    """The amount raised; False when it is neither money nor a known "no amount"."""
    value = _AMOUNT.fullmatch(line.text)
    text = value.group("value").strip() if value else ""
    money = parse_money(text)
    deal["amount_raised"] = money
    if money is None and text.lower() not in _NO_AMOUNT:
        page.diagnose("value.unparsed", f"amount {text!r} not read", line.number)
        return False
    return True


def read_deal(lines: list[Line], page: PageBuilder, complete: bool) -> dict[str, Any] | None:
    """One deal from its lines; ``complete`` when the grammar found its round line."""
    lines = list(lines)
    if not lines:
        return None
    tail: list[Line] = []  # the round line and the amount line
    if complete:
        if len(lines) > 1 and _AMOUNT.fullmatch(lines[-1].text):
            tail.insert(0, lines.pop())
        tail.insert(0, lines.pop())
    roles, leftovers = _assign(lines, complete)
    page.leave_all(leftovers, "deal line with no role")
    deal: dict[str, Any] = {
        "company": None, "company_inferred": False, "location": None, "description": None,
        "industries": [], "round": None, "date": None, "amount_raised": None,
    }
    first = (roles["name"] or roles["place"] or roles["description"] or roles["tags"]
             or (tail[0] if tail else None))
    if first is None:
        return None
    page.take(*roles.values())
    if roles["place"] is not None:
        deal["location"] = read_place(roles["place"], page)
    if roles["description"] is not None:
        deal["description"] = fold_spaces(roles["description"].text)
    if roles["name"] is not None:
        deal["company"] = roles["name"].text
    else:
        _infer_company(deal, roles["description"], first, page)
    if roles["place"] is None:
        page.diagnose("deal.location_missing", "deal has no place line", first.number)
    if roles["tags"] is not None:
        tags, unknown = split_tag_run(roles["tags"].text, page.industries)
        deal["industries"] = tags
        for tag in unknown:
            page.diagnose("industry.unknown", f"industry {tag!r} is not in the vocabulary",
                          roles["tags"].number, "info")
    for line in tail:
        read = _read_amount if _AMOUNT.fullmatch(line.text) else _read_round
        if read(line, deal, page):
            page.take(line)
        else:  # the value stays in the record only as the line itself
            page.leave(line, "value not read")
    if not complete:
        page.diagnose("deal.incomplete", "deal cut off before its round line", first.number)
    return deal


def _infer_company(deal: dict[str, Any], description: Line | None, first: Line,
                   page: PageBuilder) -> None:
    match = _INFER.match(description.text) if description else None
    if match and description is not None:
        deal["company"] = match.group("name").strip()
        deal["company_inferred"] = True
        page.diagnose("deal.company_inferred",
                      f"company {deal['company']!r} taken from the description", description.number)
    else:
        page.diagnose("deal.company_missing", "deal has no company line", first.number)


def handle(section: Section, page: PageBuilder) -> None:
    deals = []
    pending: list[Line] = []  # LINE tokens: a deal without its round line

    def flush() -> None:
        if pending:
            deal = read_deal(list(pending), page, complete=False)
            if deal is not None:
                deals.append(deal)
            pending.clear()

    for token, lines in section.records():
        if token.type == "DEAL":
            flush()
            deal = read_deal(lines, page, complete=True)
            if deal is not None:
                deals.append(deal)
        else:
            pending.extend(lines)
            if len(pending) > 4:  # more lines than a deal has before its round line
                page.leave(pending.pop(0), "deal line with no round line")
    flush()
    page.fields["recent_deals"] = deals
