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

import functools
import re
from collections.abc import Callable, Sequence

from . import vocabulary as vocab
from .document import Line
from .models import InvestorProfile, Location, Span
from .normalize.location import location_spans
from .reading import ReadPage, Where
from .sections.deals import Deal as DealReading
from .shapes import amount_start, count_start
from .text import repair_line_columns

_NEWLINE = re.compile(r"\r\n|\r|\n")
_INDENT = " \t" + vocab.BULLETS + vocab.ASCII_BULLETS  # what repair takes off a line's start
_AMOUNT = re.compile(r"[^\s0-9]{0,4}[0-9][^\s\-–—]*")  # an amount with its sign and magnitude
_Columns = int | tuple[list[int], list[int]]  # a line's shift, or each repaired column's origin
_LOCATION_FIELDS = tuple(Location.model_fields)  # the record's order


@functools.lru_cache(maxsize=8192)
def _place_parts(text: str) -> tuple[tuple[str, int, int, int], ...]:
    """The fields of a place line in the record's order: ``(name, start, end, same)``,
    ``same`` the index of the first field read from the same part (``parse_location``
    caches its reading of a place line the same way).

    >>> _place_parts("Asia, Beijing, China, Beijing")[3:]
    (('country', 15, 20, 3), ('country_code', 15, 20, 3), ('continent', 0, 4, 5))
    """
    found = location_spans(text)
    parts = [(name, *found[name]) for name in _LOCATION_FIELDS if name in found]
    first: dict[tuple[int, int], int] = {}
    return tuple((name, start, end, first.setdefault((start, end), i)) for i, (name, start, end) in enumerate(parts))


def _span(line: int, start: int, end: int) -> Span:
    """A Span (pydantic's own constructor: no shortcut through its internals)."""
    return Span(line=line, start=start, end=end)


class _Grounding:
    """The spans of one record: each non-null leaf read from the page, by pointer,
    in the columns of the text as given.

    Values are checked for null where they are found (a leaf that is null gets
    no span), and each span is made once for all the leaves that share it.
    """

    def __init__(self, text: str, page: ReadPage) -> None:
        self.text = text
        self.page = page
        self.found: dict[str, Span] = {}
        self._given: list[str] | None = None  # the lines as given, split when first needed
        self._shifts: dict[int, int] = {}  # lines that stand inside the line as given, shifted
        self._maps: dict[int, tuple[list[int], list[int]]] = {}  # lines repair changed inside

    # ------------------------------------------------------------ columns

    def span(self, line: Line, start: int, end: int, span: Callable[[int, int, int], Span] = _span) -> Span:
        """A span of a repaired line, in the columns of the line as given."""
        number = line[0]
        shift = self._shifts.get(number)
        if shift is not None:
            return span(number, start + shift, end + shift)
        columns = self._maps.get(number)
        if columns is None:
            mapped = self._map(line)
            if isinstance(mapped, int):
                self._shifts[number] = mapped
                return _span(number, start + mapped, end + mapped)
            columns = self._maps[number] = mapped
        begin, finish = columns
        if end <= start:
            at = begin[start] if start < len(begin) else finish[-1]
            return _span(line.number, at, at)
        return _span(line.number, begin[start], finish[end - 1])

    def _map(self, line: Line) -> _Columns:
        if self._given is None:
            text = self.text
            self._given = text.split("\n") if "\r" not in text else _NEWLINE.split(text)
        given = self._given[line.number - 1]
        if given == line.text:
            return 0
        at = given.find(line.text)
        if at >= 0 and not given[:at].strip(_INDENT):
            return at  # only indentation, a bullet or trailing spaces were taken off
        _, begin, finish = repair_line_columns(given)  # a line that repair changed inside
        return begin, finish

    # ------------------------------------------------------------ helpers

    def put(self, pointers: Sequence[str], where: Where) -> None:
        """One span for leaves read from the same text."""
        span = self.span(*where)
        for pointer in pointers:
            self.found[pointer] = span

    def whole(self, pointer: str, line: Line | None) -> None:
        if line is not None:
            self.found[pointer] = self.span(line, 0, len(line.text))

    def place(self, pointer: str, line: Line | None, location: Location | None) -> None:
        """A place line: each non-null field of its Location at its part."""
        if line is None or location is None:
            return
        made: list[Span] = []
        found, prefix = self.found, pointer + "/"
        for name, start, end, same in _place_parts(line.text):
            span = made[same] if same < len(made) else self.span(line, start, end)
            made.append(span)
            if getattr(location, name) is not None:
                found[prefix + name] = span

    # ----------------------------------------------------------- sections

    def header(self, profile: InvestorProfile) -> None:
        reading = self.page.reading
        if reading.name is not None:
            self.put(("/name",), reading.name[1])
        if reading.header is not None:
            self.place("/location", reading.header.place_line, profile.location)
        paragraphs = reading.description[1]
        if paragraphs and profile.description is not None:
            self.whole("/description", paragraphs[0])

    def stats(self) -> None:
        for name, stat in (self.page.reading.stats or {}).items():
            if stat is not None:  # a Quantity: its value and qualifier are never null
                self.put((f"/stats/{name}/value",), (stat.line, stat.number_start, stat.end))
                self.put((f"/stats/{name}/qualifier",), (stat.line, stat.start, stat.end))

    def highlights(self, profile: InvestorProfile) -> None:
        found, values = self.page.reading.highlights, profile.highlights
        if found is None or values is None:
            return
        where = found.where
        for field, key, codes in (("top_stages", "label", [item.code for item in values.top_stages]),
                                  ("top_countries", "name", [item.code for item in values.top_countries])):
            for i, (code, at) in enumerate(zip(codes, where[field], strict=True)):
                pointer = f"/highlights/{field}/{i}/"
                self.put((pointer + key, pointer + "code") if code is not None else (pointer + key,), at)
        for i, at in enumerate(where["themes"]):
            self.put((f"/highlights/themes/{i}",), at)
        if values.rounds_led_past_year is not None:
            self.put(("/highlights/rounds_led_past_year/value", "/highlights/rounds_led_past_year/qualifier"),
                     where["rounds_led_past_year"][0])
        if values.check_size is not None:
            line, start, end = where["check_size"][0]
            amounts = [match.span() for match in _AMOUNT.finditer(line.text, start, end)]
            if amounts:  # a money range's first amount is its low end, its last the high one
                for side, money, (first, last) in (("min", values.check_size.min, amounts[0]),
                                                   ("max", values.check_size.max, amounts[-1])):
                    if money is not None:  # an amount and its currency, both never null
                        pointer = f"/highlights/check_size/{side}/"
                        self.put((pointer + "amount", pointer + "currency"), (line, first, last))
        for i, at in enumerate(where["other"]):
            self.put((f"/highlights/other/{i}",), at)

    def focus(self, profile: InvestorProfile) -> None:
        reading = self.page.reading
        for field, key, codes, shares in (
                ("stage_focus", "label", [item.code for item in profile.stage_focus], reading.stages),
                ("country_focus", "name", [item.code for item in profile.country_focus], reading.countries)):
            for i, (code, (_, (line, share))) in enumerate(zip(codes, shares, strict=True)):
                pointer = f"/{field}/{i}/"
                start = line.text.find(share.label)
                at = (line, start, start + len(share.label))
                self.put((pointer + key, pointer + "code") if code is not None else (pointer + key,), at)
                self.put((pointer + "percent",), (line, share.number_start, share.number_start + len(share.number)))
        for i, (_, line) in enumerate(reading.industries):
            self.whole(f"/industry_focus/{i}", line)

    def entries(self, profile: InvestorProfile) -> None:
        reading = self.page.reading
        for field, count, locations, entries in (
                ("co_investors", "co_investments", [item.location for item in profile.co_investors],
                 reading.co_investors),
                ("angels", "shared_deals", [item.location for item in profile.angels], reading.angels)):
            for i, (location, entry) in enumerate(zip(locations, entries, strict=True)):
                pointer = f"/{field}/{i}/"
                self.whole(pointer + "name", entry.name)
                self.place(pointer + "location", entry.place, location)
                line = entry.count_line
                self.put((pointer + count,), (line, count_start(line.text), len(line.text)))

    def deals(self, profile: InvestorProfile) -> None:
        for i, (deal, found) in enumerate(zip(profile.recent_deals, self.page.reading.deals, strict=True)):
            pointer = f"/recent_deals/{i}/"
            roles = found.lines
            if roles.name is not None:
                self.put((pointer + "company", pointer + "company_inferred"), (roles.name, 0, len(roles.name.text)))
            elif found.inferred_end is not None and roles.description is not None:
                self.put((pointer + "company", pointer + "company_inferred"),
                         (roles.description, 0, found.inferred_end))
            else:  # no company at all: "not inferred" is told by the deal's first line
                self.whole(pointer + "company_inferred", next(line for line in roles if line is not None))
            self.place(pointer + "location", roles.place, deal.location)
            if deal.description is not None:
                self.whole(pointer + "description", roles.description)
            if roles.tags is not None:
                for k, (_, start, end, _) in enumerate(found.tags):
                    self.put((f"{pointer}industries/{k}",), (roles.tags, start, end))
            self._round(pointer, deal.round is not None and deal.round.code is not None, deal.date is not None,
                        found)
            if roles.amount is not None and deal.amount_raised is not None:
                line = roles.amount
                self.put((pointer + "amount_raised/amount", pointer + "amount_raised/currency"),
                         (line, amount_start(line.text), len(line.text)))

    def _round(self, pointer: str, coded: bool, dated: bool, found: DealReading) -> None:
        line, read = found.lines.round, found.round
        if line is None or read is None:
            return
        round_pointers = (pointer + "round/label", pointer + "round/code") if coded else (pointer + "round/label",)
        self.put(round_pointers, (line, 0, len(read.label)))
        if dated and read.date_start is not None:
            self.put((pointer + "date",), (line, read.date_start, len(line.text)))

    def facts(self) -> None:
        for i, found in enumerate(self.page.reading.facts):
            pointer = f"/facts/{i}/"
            self.put([pointer + leaf for leaf, value in found.fact.items() if value is not None],
                     (found.line, found.start, found.end))

    def unparsed(self, profile: InvestorProfile) -> None:
        if not profile.unparsed:
            return
        lines = {line.number: line for section in self.page.document.sections for line in section.all_lines}
        for i, item in enumerate(profile.unparsed):
            line = lines.get(item.line)
            if line is not None:
                self.put((f"/unparsed/{i}/line", f"/unparsed/{i}/text"), (line, 0, len(line.text)))


def ground(text: str, page: ReadPage, profile: InvestorProfile) -> dict[str, Span]:
    """The spans of a record read from ``text``: each non-null leaf value read from
    the page, by JSON Pointer, in the columns of ``text`` as given."""
    grounding = _Grounding(text, page)
    grounding.header(profile)
    grounding.stats()
    grounding.highlights(profile)
    grounding.focus(profile)
    grounding.entries(profile)
    grounding.deals(profile)
    grounding.facts()
    grounding.unparsed(profile)
    return grounding.found
