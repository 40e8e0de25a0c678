"""Source spans: where on the page each value of a record was read.

``parse(text, spans=True)`` gives the record a ``spans`` object: the JSON
Pointer (RFC 6901) of each leaf value read from the page (``/name``,
``/recent_deals/0/amount_raised/amount``, …) -> ``Span(line, start, end)``,
so that ``re.split(r"\\r\\n|\\r|\\n", text)[line - 1][start:end]`` is the text
it was read from, columns counted in the text as given (before repair).

What points where:

* a value read from part of a line points at that part (a deal's date, an
  amount, a percent, a list item, a place's city); a value derived from
  another (a code from its label or country name, a qualifier from its
  number's phrase) points at the text it was derived from; a company inferred
  from "Acme is a …" points at "Acme" in the description;
* a value read from a whole line (a name, a description paragraph, an
  industry) points at the line; the description, read from several
  paragraphs, points at its first paragraph; a fact's every field points at
  the fact's text; an unparsed line's fields at the line;
* ``null`` values, and what is not read from the page (``schema_version``,
  ``kind``, ``source``, ``diagnostics``), have no span.

>>> from profile_parser import parse
>>> page = "Acme logo\\n\\nAcme\\n\\nStage Focus\\n\\n  \\u2022 Seed (100%)"
>>> spans = parse(page, spans=True).spans
>>> spans["/name"], spans["/stage_focus/0/percent"]
(Span(line=3, start=0, end=4), Span(line=7, start=10, end=13))
>>> page.split("\\n")[6][10:13]
'100'
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from . import vocabulary as vocab
from .document import Line
from .models import InvestorProfile, Span
from .normalize.location import location_spans
from .reading import ReadPage, Where
from .sections.deals import Deal
from .shapes import amount_start, count_start
from .text import repair_line_columns

_NEWLINE = re.compile(r"\r\n|\r|\n")
_INDENT = " \t" + vocab.BULLETS + vocab.ASCII_BULLETS  # what repair takes off a line's start


class _Spans:
    """Spans in repaired text, keyed by pointer, as the grounding finds them."""

    def __init__(self) -> None:
        self.found: dict[str, Where] = {}

    def add(self, pointer: str, where: Where | None) -> None:
        if where is not None:
            self.found[pointer] = where

    def whole(self, pointer: str, line: Line | None) -> None:
        if line is not None:
            self.found[pointer] = (line, 0, len(line.text))

    def place(self, pointer: str, line: Line | None) -> None:
        """A place line: each field of its Location at its part."""
        if line is None:
            return
        for name, (start, end) in location_spans(line.text).items():
            self.found[f"{pointer}/{name}"] = (line, start, end)


def _read_spans(page: ReadPage, profile: InvestorProfile) -> dict[str, Where]:
    """Every span, in repaired text."""
    reading = page.reading
    spans = _Spans()
    if reading.name is not None:
        spans.add("/name", reading.name[1])
    if reading.header is not None:
        spans.place("/location", reading.header.place_line)
    paragraphs = reading.description[1]
    if paragraphs:
        spans.whole("/description", paragraphs[0])
    for name, stat in (reading.stats or {}).items():
        if stat is not None:
            spans.add(f"/stats/{name}/value", (stat.line, stat.number_start, stat.end))
            spans.add(f"/stats/{name}/qualifier", (stat.line, stat.start, stat.end))
    if reading.highlights is not None:
        leaves = {"top_stages": ("label", "code"), "top_countries": ("name", "code"), "themes": ("",),
                  "other": ("",), "rounds_led_past_year": ("value", "qualifier")}
        for field, where in reading.highlights.where.items():
            if field == "check_size":
                _range_ends(spans, "/highlights/check_size", where[0])
                continue
            listed = isinstance(reading.highlights.values[field], list)
            for i, item in enumerate(where):
                for leaf in leaves[field]:
                    path = f"/highlights/{field}" + (f"/{i}" if listed else "") + (f"/{leaf}" if leaf else "")
                    spans.add(path, item)
    for field, key, items in (("stage_focus", "label", reading.stages), ("country_focus", "name", reading.countries)):
        for i, (_, (line, share)) in enumerate(items):
            label_start = line.text.find(share.label)
            for leaf in (key, "code"):
                spans.add(f"/{field}/{i}/{leaf}", (line, label_start, label_start + len(share.label)))
            spans.add(f"/{field}/{i}/percent", (line, share.number_start, share.number_start + len(share.number)))
    for i, (_, line) in enumerate(reading.industries):
        spans.whole(f"/industry_focus/{i}", line)
    for field, count, entries in (("co_investors", "co_investments", reading.co_investors),
                                  ("angels", "shared_deals", reading.angels)):
        for i, entry in enumerate(entries):
            spans.whole(f"/{field}/{i}/name", entry.name)
            spans.place(f"/{field}/{i}/location", entry.place)
            spans.add(f"/{field}/{i}/{count}", (entry.count_line, count_start(entry.count_line.text),
                                                len(entry.count_line.text)))
    for i, deal in enumerate(reading.deals):
        _deal_spans(spans, f"/recent_deals/{i}", deal)
    for i, found in enumerate(reading.facts):
        for leaf in found.fact:
            spans.add(f"/facts/{i}/{leaf}", (found.line, found.start, found.end))
    lines = {line.number: line for section in page.document.sections for line in section.all_lines}
    for i, unparsed in enumerate(profile.unparsed):
        for leaf in ("line", "text"):
            spans.whole(f"/unparsed/{i}/{leaf}", lines.get(unparsed.line))
    return spans.found


_AMOUNT = re.compile(r"[^\s0-9]{0,4}[0-9][^\s\-–—]*")  # an amount with its sign and magnitude


def _range_ends(spans: _Spans, pointer: str, where: Where) -> None:
    """A money range's ends: its first amount is the low end, its last the high one."""
    line, start, end = where
    amounts = [match.span() for match in _AMOUNT.finditer(line.text, start, end)]
    if not amounts:
        return
    for side, (first, last) in (("min", amounts[0]), ("max", amounts[-1])):
        for leaf in ("amount", "currency"):
            spans.add(f"{pointer}/{side}/{leaf}", (line, first, last))


def _deal_spans(spans: _Spans, pointer: str, deal: Deal) -> None:
    roles = deal.lines
    if roles.name is not None:
        spans.whole(f"{pointer}/company", roles.name)
        spans.whole(f"{pointer}/company_inferred", roles.name)
    elif deal.inferred_end is not None and roles.description is not None:
        for leaf in ("company", "company_inferred"):
            spans.add(f"{pointer}/{leaf}", (roles.description, 0, deal.inferred_end))
    else:  # no company at all: "not inferred" is told by the deal's first line
        spans.whole(f"{pointer}/company_inferred", next(line for line in roles if line is not None))
    spans.place(f"{pointer}/location", roles.place)
    spans.whole(f"{pointer}/description", roles.description)
    if roles.tags is not None:
        for i, (_, start, end, _) in enumerate(deal.tags):
            spans.add(f"{pointer}/industries/{i}", (roles.tags, start, end))
    if roles.round is not None and deal.round is not None:
        round_line, found = roles.round, deal.round
        label_end = len(found.label)
        for leaf in ("label", "code"):
            spans.add(f"{pointer}/round/{leaf}", (round_line, 0, label_end))
        if found.date_start is not None:
            spans.add(f"{pointer}/date", (round_line, found.date_start, len(round_line.text)))
    if roles.amount is not None:
        start = amount_start(roles.amount.text)
        for leaf in ("amount", "currency"):
            spans.add(f"{pointer}/amount_raised/{leaf}", (roles.amount, start, len(roles.amount.text)))


def _leaves(value: Any, pointer: str = "") -> Iterable[str]:
    """The pointer of every non-null leaf of a JSON value."""
    if isinstance(value, dict):
        for key, item in value.items():
            yield from _leaves(item, f"{pointer}/{key}")
    elif isinstance(value, list):
        for i, item in enumerate(value):
            yield from _leaves(item, f"{pointer}/{i}")
    elif value is not None:
        yield pointer


class _Columns:
    """Repaired columns of a line back to the columns of the line as given."""

    def __init__(self, text: str) -> None:
        self.lines = _NEWLINE.split(text)
        self.maps: dict[int, tuple[list[int], list[int]] | int] = {}

    def span(self, line: Line, start: int, end: int) -> Span:
        mapped = self.maps.get(line.number)
        if mapped is None:
            mapped = self.maps[line.number] = self._map(line)
        if isinstance(mapped, int):  # the repaired line stands inside the original
            return Span(line=line.number, start=start + mapped, end=end + mapped)
        begin, finish = mapped
        if end <= start:
            return Span(line=line.number, start=begin[start] if start < len(begin) else finish[-1],
                        end=begin[start] if start < len(begin) else finish[-1])
        return Span(line=line.number, start=begin[start], end=finish[end - 1])

    def _map(self, line: Line) -> tuple[list[int], list[int]] | int:
        original = self.lines[line.number - 1]
        at = original.find(line.text)
        if at >= 0 and not original[:at].strip(_INDENT):
            return at  # only indentation, a bullet or trailing spaces were taken off
        _, begin, finish = repair_line_columns(original)
        return begin, finish


def ground(text: str, page: ReadPage, profile: InvestorProfile) -> dict[str, Span]:
    """The spans of a record read from ``text``: each non-null leaf value read from
    the page, by JSON Pointer, in the columns of ``text`` as given."""
    found = _read_spans(page, profile)
    columns = _Columns(text)
    record = profile.model_dump(mode="json", exclude={"schema_version", "kind", "source", "diagnostics", "spans"})
    return {pointer: columns.span(*found[pointer]) for pointer in _leaves(record) if pointer in found}
