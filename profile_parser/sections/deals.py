"""The recent-deals list.

A deal is, line by line: company, place ("City, Region, Country" or a
shorter form), description, a run of industry tags, the round run into its
date ("Series BJul 31, 2025"), and an optional "Amount Raised:" line. A
deal is found by its round line (:func:`~profile_parser.shapes.read_round`);
the lines before it take their roles by shape, from the round line
upwards: tags, description, place, company. Any of the four may be missing;
a company missing with its place is inferred from "<Company> is a …". Lines
after the last round line are a deal the page cut off (``deal.incomplete``).

>>> deals = read(Section("deals", Line(1, "What are some of recent deals done by X?"), [
...   Line(5, "Acme"), Line(7, "Paris, Ile-de-France, France"), Line(9, "Acme is a robot maker since 2019"),
...   Line(11, "RoboticsHardware"), Line(12, "Series BJul 31, 2025"), Line(13, "Amount Raised: $13,888,021")]),
...   Ledger("deals"), PageContext())
>>> deal = deals[0].values
>>> deal["company"], deal["location"].city, deal["description"], deal["industries"], deal["round"].code
('Acme', 'Paris', 'Acme is a robot maker since 2019', ['Robotics', 'Hardware'], 'series_b')
>>> str(deal["date"]), deal["amount_raised"].amount
('2025-07-31', Decimal('13888021'))
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import replace
from typing import Any, NamedTuple

from .. import vocabulary as vocab
from ..document import Line, Section
from ..normalize import canonical_industry, page_labels, parse_funding_type, parse_money, split_tag_spans
from ..normalize.dates import parse_date
from ..normalize.tags import Span as TagSpan
from ..normalize.tags import without_separated_labels
from ..shapes import RoundLine, amount_start, ends_sentence, is_amount_line, is_place, is_sentence, read_round
from ..text import fold_spaces
from .base import Ledger, PageContext
from .places import read_place

_INFER = re.compile(rf"(?P<name>[^.,;:!?]{{1,80}}?) (?:{'|'.join(vocab.COMPANY_VERBS)})\b")
#: Lower-case words that may stand inside industry labels ("Oil and Gas", "Internet of Things").
_CONNECTORS = frozenset({"and", "of", "the", "for", "&", "to", "in", "on", "as", "with"})
_GLUE = re.compile(r"[a-z0-9)][A-Z]")


class Roles(NamedTuple):
    """The lines of one deal by role (None where the deal has no such line)."""

    name: Line | None = None
    place: Line | None = None
    description: Line | None = None
    tags: Line | None = None
    round: Line | None = None
    amount: Line | None = None


class Deal(NamedTuple):
    """One deal's values, its lines, its round line read, where an inferred
    company stands in the description (the end of its name), and each tag's
    place in the tags line."""

    values: dict[str, Any]
    lines: Roles
    round: RoundLine | None
    inferred_end: int | None
    tags: list[TagSpan]


def _is_prose(text: str) -> bool:
    """A sentence, or words most of which start in lower case ("Acme has grown since 2019")."""
    if is_sentence(text):
        return True
    words = text.split()
    return len(words) >= 3 and sum(w[:1].islower() and w not in _CONNECTORS for w in words) >= 2


def _is_tag_run(text: str, labels: Mapping[str, str] | None = None) -> bool:
    """Industry labels run together: no sentence, no comma list, no prose words
    (a word in lower case is a connector, glued to a label, a known label, or
    part of one of the page's own labels).

    >>> _is_tag_run("NFTBlockchainWeb3"), _is_tag_run("Oil and GasmHealth"), _is_tag_run("Acme has grown")
    (True, True, False)
    >>> _is_tag_run("ElectronicsArtificial Intelligence (AI)"), _is_tag_run("warp drivesRobotics", {"warp drives": "x"})
    (True, True)
    """
    text = without_separated_labels(text)
    if ", " in text or len(text) > 300 or ends_sentence(text):
        return False
    lowered = text.lower()
    if labels and len(lowered) == len(text):
        for label in labels:  # the page's own labels may hold lower-case words
            at = lowered.find(label)
            while at >= 0:
                end = at + len(label)
                if not text[at - 1:at].islower() and not text[end:end + 1].islower():  # not inside a word
                    text = text[:at] + " " * len(label) + text[end:]
                at = lowered.find(label, end)
    return all(
        w.lstrip("(")[:1].isupper() or w[:1].isdigit() or w in _CONNECTORS or _GLUE.search(w) or canonical_industry(w)
        for w in text.split()
    )


def _tag_like(text: str, context: PageContext) -> bool:
    """A lone line that is tags rather than a name: labels glued together, or a known label."""
    return _GLUE.search(text) is not None or canonical_industry(text, context.labels) is not None


def _roles(lines: list[Line], context: PageContext, *, complete: bool) -> tuple[Roles, list[Line]]:
    """Roles of the lines before a round line, taken from the round line upwards;
    the lines left over (earlier than the name) are returned too."""
    rest: list[Line] = []
    stray: list[Line] = []  # an amount line with no round line before it has no role
    for line in lines:
        (stray if is_amount_line(line.text) else rest).append(line)
    tags = description = place = name = None
    last = rest[-1].text if rest else ""
    if rest and _is_tag_run(last, context.labels) and (
        not is_place(last) or without_separated_labels(last) != last or canonical_industry(last) is not None
    ):
        before = rest[-2].text if len(rest) > 1 else None
        if (complete and (_tag_like(rest[-1].text, context) or before is not None)) or (
            before is not None and is_sentence(before)
        ):
            tags = rest.pop()
    if rest and not is_place(rest[-1].text) and (
        _is_prose(rest[-1].text) or (len(rest) > 1 and is_place(rest[-2].text))
    ):
        description = rest.pop()
    if rest and is_place(rest[-1].text):
        place = rest.pop()
    if rest and not _is_prose(rest[-1].text):
        name = rest.pop()
    return Roles(name, place, description, tags), rest + stray


def _read_round(line: Line, found: RoundLine, deal: dict[str, Any], ledger: Ledger) -> bool:
    """Round label and date; False when the date is no calendar date."""
    if found.label:
        stage = parse_funding_type(found.label)
        deal["round"] = stage
        if stage.code is None:
            ledger.diagnose("funding_type.unknown", f"unknown funding type {found.label!r}", line.number)
    if found.date_start is not None:
        deal["date"] = parse_date(line.text[found.date_start:])
        if deal["date"] is None:
            ledger.diagnose("value.unparsed", f"date {line.text[found.date_start:]!r} is no calendar date",
                            line.number)
            return False
    return True


def _read_amount(line: Line, deal: dict[str, Any], ledger: Ledger) -> bool:
    """The amount raised; False when it is neither money nor a known "no amount"."""
    text = line.text[amount_start(line.text):].strip()
    money = parse_money(text)
    deal["amount_raised"] = money
    if money is None and text.lower() not in vocab.NO_AMOUNT:
        ledger.diagnose("value.unparsed", f"amount {text!r} not read", line.number)
        return False
    return True


def _deal(roles: Roles, found: RoundLine | None, ledger: Ledger, context: PageContext) -> Deal | None:
    """One deal from its lines by role; None when it has none."""
    first = roles.name or roles.place or roles.description or roles.tags or roles.round
    if first is None:
        return None
    deal: dict[str, Any] = {
        "company": None, "company_inferred": False, "location": None, "description": None,
        "industries": [], "round": None, "date": None, "amount_raised": None,
    }
    inferred_end = None
    ledger.place([roles.name, roles.place, roles.description, roles.tags])
    if roles.place is not None:
        deal["location"] = read_place(roles.place, ledger)
    if roles.description is not None:
        deal["description"] = fold_spaces(roles.description.text)
    if roles.name is not None:
        deal["company"] = roles.name.text
    elif roles.description is not None and (match := _INFER.match(roles.description.text)):
        deal["company"], deal["company_inferred"] = match.group("name").strip(), True
        inferred_end = match.end("name")
        ledger.diagnose("deal.company_inferred", f"company {deal['company']!r} taken from the description",
                        roles.description.number)
    else:
        ledger.diagnose("deal.company_missing", "deal has no company line", first.number)
    if roles.place is None:
        ledger.diagnose("deal.location_missing", "deal has no place line", first.number)
    tags = split_tag_spans(roles.tags.text, context.labels) if roles.tags is not None else []
    deal["industries"] = [label for label, _, _, _ in tags]
    for label, _, _, _ in tags:
        if context.unknown(label) and roles.tags is not None:
            ledger.diagnose("industry.unknown", f"industry {label!r} is not in the vocabulary",
                            roles.tags.number, "info")
    if roles.round is not None and found is not None:
        if _read_round(roles.round, found, deal, ledger):
            ledger.place([roles.round])
        else:  # the value stays in the record only as the line itself
            ledger.leave(roles.round, "value not read")
    if roles.amount is not None:
        if _read_amount(roles.amount, deal, ledger):
            ledger.place([roles.amount])
        else:
            ledger.leave(roles.amount, "value not read")
    if roles.round is None:
        ledger.diagnose("deal.incomplete", "deal cut off before its round line", first.number)
    return Deal(deal, roles, found, inferred_end, tags)


Record = tuple[Roles, RoundLine | None]  # a deal's lines by role, and its round line read


def _incomplete(lines: list[Line], records: list[Record], ledger: Ledger, context: PageContext) -> None:
    """Lines with no round line after them: a deal cut off, and lines of no deal."""
    roles, rest = _roles(lines, context, complete=False)
    ledger.leave_all(rest, "deal line with no round line")
    records.append((roles, None))


def _records(section: Section, ledger: Ledger, context: PageContext) -> list[Record]:
    """Each deal's lines by role, found by the round lines."""
    records: list[Record] = []
    lines = section.lines
    pending: list[Line] = []
    at = 0
    while at < len(lines):
        line = lines[at]
        found = read_round(line.text)
        at += 1
        if found is not None and found.date_start is None and at < len(lines) and read_round(lines[at].text):
            found = None  # a label alone right before a round line is a tag ("Angel Investment", "Venture Capital")
        if found is None:
            pending.append(line)
            continue
        amount = None
        if at < len(lines) and is_amount_line(lines[at].text):
            amount, at = lines[at], at + 1
        roles, earlier = _roles(pending[-vocab.DEAL_LINES_BEFORE_ROUND:], context, complete=True)
        earlier = pending[: -vocab.DEAL_LINES_BEFORE_ROUND] + earlier
        if earlier:
            _incomplete(earlier, records, ledger, context)
        records.append((roles._replace(round=line, amount=amount), found))
        pending = []
    if pending:
        _incomplete(pending, records, ledger, context)
    return records


def _with_deal_labels(records: list[Record], context: PageContext) -> PageContext:
    """The page's labels and the other deals': a tags line that is one tag names a
    label, which then cuts the runs of the other deals ("QuantumSockWarpDrive"
    after a deal tagged "QuantumSock")."""
    singles = [roles.tags.text for roles, _ in records
               if roles.tags is not None and len(split_tag_spans(roles.tags.text, context.labels)) == 1]
    if not singles:
        return context
    return replace(context, labels={**page_labels(singles), **context.labels})


def read(section: Section, ledger: Ledger, context: PageContext) -> list[Deal]:
    records = _records(section, ledger, context)
    context = _with_deal_labels(records, context)
    return [deal for roles, found in records if (deal := _deal(roles, found, ledger, context)) is not None]
