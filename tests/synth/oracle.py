"""The oracle: expected diagnostics, the comparison, and failure classes.

Expected diagnostics follow the contract and the README's table, located by
what the renderer printed on each line (never by the parser):

* ``country.unknown`` on a place line or list bullet whose country has no code;
  ``funding_type.unknown`` on a round line or bullet whose label has no code;
* ``industry.unknown`` (info) on the bullet or tags line of each label outside
  the vocabulary (an Industry Focus label of the page counts as vocabulary for
  the themes and the deals, README "Industry tags");
* ``percent.sum`` on a focus list's first bullet when the printed percents sum
  further from 100 than rounding explains (±0.5 per integer, ±0.05 per one-decimal item);
* ``deal.location_missing`` and ``deal.company_missing`` on the deal's first
  line, ``deal.company_inferred`` on its description line (seed page: both on
  the description of its last deal, the deal's first line);
* ``line.unparsed`` on each orphan line of a page whose top was cut inside a
  section (its heading lost): the line goes to ``unparsed`` with its clean text
  (no bullet glyph), and the name comes from a question heading, never from a
  sentence, a count or a list item (issue 12); no heading, no name: refused.

Diagnostics are compared as a sorted list of (code, severity, line): which
handler reports first on a shared line is no part of the contract, messages
are free text. ``facts`` are left out (issue 12: "facts aside").

>>> from profile_parser.models import InvestorProfile, Deal
>>> from synth.render import render_lines
>>> record = InvestorProfile(name="X", recent_deals=[Deal(company="Acme", company_inferred=True,
...     description="Acme is a robot maker.", industries=["Robotics"])])
>>> expected_diagnostics(record, render_lines(record))
[('deal.company_inferred', 'warning', 14), ('deal.location_missing', 'warning', 14)]
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from support import comparable
from test_fixture_pages import differences

from profile_parser import ProfileParseError, iter_profiles, parse
from profile_parser.models import (
    Angel,
    CoInvestor,
    CountryShare,
    Diagnostic,
    InvestorProfile,
    Location,
    Source,
    StageShare,
    UnparsedLine,
)

from .generate import Example
from .noise import PageLine, apply_noise, dump
from .render import number, render_lines
from .tables import SEVERITY
from .vocab import is_known

Expected = tuple[str, str, int]  # (code, severity, line)
Key = tuple[str | int, ...]


def _sum_is_off(percents: Sequence[float]) -> bool:
    total = slack = Decimal(0)
    for percent in percents:
        printed = Decimal(number(percent))
        total += printed
        slack += Decimal(5) / Decimal(10) ** (max(0, -int(printed.as_tuple().exponent)) + 1)
    return abs(total - 100) > slack


def expected_diagnostics(record: InvestorProfile, lines: Sequence[PageLine], first: int = 1) -> list[Expected]:
    """The diagnostics a parser must raise for ``record`` printed as ``lines``.

    ``first``: the line of ``lines`` that is line 1 of the page (a page cut
    from a dump counts from its first line).
    """
    at: dict[Key, int] = {}
    for number_, line in enumerate(lines, start=2 - first):
        if line.key is not None:
            at.setdefault(line.key, number_)
    found: list[Expected] = []

    def add(code: str, key: Key) -> None:
        found.append((code, SEVERITY.get(code, "warning"), at[key]))

    def place(location: Location | None, key: Key) -> None:
        if location is not None and location.country and location.country_code is None:
            add("country.unknown", key)

    for key in sorted((k for k in at if k[0] == "orphan"), key=at.__getitem__):
        add("line.unparsed", key)
    if ("header", "name") not in at and ("header", "logo") not in at:
        # no name line and no logo line: the name comes from the first question heading
        questions = [k for k in at if k[1:] == ("heading",) and k[0] in ("co_investors", "angels", "deals")]
        if questions:
            add("header.missing", min(questions, key=at.__getitem__))
    place(record.location, ("header", "location"))
    lists: list[tuple[str, Sequence[CoInvestor | Angel]]] = [("co_investors", record.co_investors),
                                                             ("angels", record.angels)]
    for section, entries in lists:
        for i, entry in enumerate(entries):
            place(entry.location, (section, i, "place"))
    focus = frozenset(label.casefold() for label in record.industry_focus)
    for i, label in enumerate(record.industry_focus):
        if not is_known(label):
            add("industry.unknown", ("industry_focus", i))
    focus_lists: list[tuple[str, Sequence[StageShare | CountryShare], str]] = [
        ("stage_focus", record.stage_focus, "funding_type.unknown"),
        ("country_focus", record.country_focus, "country.unknown")]
    for section, shares, code in focus_lists:
        if shares and _sum_is_off([s.percent for s in shares]):
            add("percent.sum", (section, 0))
        for i, share in enumerate(shares):
            if share.code is None:
                add(code, (section, i))
    if record.highlights is not None:
        h = record.highlights
        found += [("funding_type.unknown", "warning", at["highlights", "stages"]) for s in h.top_stages if not s.code]
        found += [("country.unknown", "warning", at["highlights", "countries"]) for c in h.top_countries if not c.code]
        for theme in h.themes:
            if not is_known(theme, focus):
                add("industry.unknown", ("highlights", "themes"))
    for i, deal in enumerate(record.recent_deals):
        first_line = next(k for k in (("deals", i, part) for part in ("name", "place", "description", "tags", "round"))
                          if k in at)
        if deal.location is None:
            add("deal.location_missing", first_line)
        place(deal.location, ("deals", i, "place"))
        if deal.company_inferred:
            add("deal.company_inferred", ("deals", i, "description"))
        elif deal.company is None:
            add("deal.company_missing", first_line)
        if deal.round is not None and deal.round.code is None:
            add("funding_type.unknown", ("deals", i, "round"))
        for label in deal.industries:
            if not is_known(label, focus):
                add("industry.unknown", ("deals", i, "tags"))
    return sorted(found, key=lambda d: (d[2], d[0]))


def expected_unparsed(orphans: Sequence[tuple[str, bool]], lines: Sequence[PageLine],
                      first: int = 1) -> list[UnparsedLine]:
    """The orphan lines of a page cut inside a section (``Layout.orphans``), as the
    parser must keep them: their clean text, no bullet glyph (any glyph, or none,
    must give the same record; a no-break space is a space)."""
    return [UnparsedLine(line=number_, text=" ".join(orphans[int(line.key[1])][0].split()))
            for number_, line in enumerate(lines, start=2 - first)
            if line.key is not None and line.key[0] == "orphan"]


def _comparable(record: InvestorProfile) -> dict[str, Any]:
    """The record as JSON the fixtures' way (no facts, messages blank), diagnostics sorted."""
    out = comparable(record.model_dump(mode="json"), keep_facts=False)
    out["diagnostics"].sort(key=lambda d: (d["line"] or 0, d["code"], d["severity"]))
    return out


def compare(got: InvestorProfile, expected: InvestorProfile, diagnostics: list[Expected]) -> list[str]:
    """One line per differing leaf, field by field (empty when the record came back)."""
    wanted = expected.model_copy(update={"diagnostics": [
        Diagnostic(code=code, severity=severity, message="", line=line)
        for code, severity, line in diagnostics]})
    return differences(_comparable(got), _comparable(wanted))


# ------------------------------------------------------------------ running
@dataclass(frozen=True)
class Outcome:
    """What one page gave: the text, the differences, and the failure class ("" when exact)."""

    text: str
    diff: list[str]
    cls: str


def page_lines(example: Example) -> list[PageLine]:
    return apply_noise(render_lines(example.record, example.layout), example.noise)


def expected(example: Example, lines: Sequence[PageLine], first: int = 1,
             source: Source | None = None) -> tuple[InvestorProfile, list[Expected]]:
    """The record and diagnostics a parser must give for ``example`` printed as ``lines``."""
    unparsed = expected_unparsed(example.layout.orphans, lines, first)
    record = example.record.model_copy(update={"unparsed": unparsed, "source": source})
    return record, expected_diagnostics(example.record, lines, first)


def check(example: Example) -> Outcome:
    """Render, parse, compare one page."""
    lines = page_lines(example)
    text = example.noise.join(lines)
    try:
        got = parse(text)
    except ProfileParseError as error:
        if example.refused():
            return Outcome(text, [], "")
        return Outcome(text, [f"refused: {error}"], "refused")
    if example.refused():
        return Outcome(text, [f"not refused: name {got.name!r}"], "not refused")
    diff = compare(got, *expected(example, lines))
    return Outcome(text, diff, classify(diff))


def check_dump(examples: Sequence[Example], pages: Sequence[list[PageLine]] | None = None) -> list[Outcome]:
    """Pages back to back, read with ``iter_profiles``: one outcome per page (or one
    outcome for the whole dump when the pages do not come back one for one).
    ``pages``: the examples' lines when a test printed them itself."""
    pages = pages or [page_lines(e) for e in examples]
    text, starts = dump(pages, examples[0].noise)
    try:
        got = list(iter_profiles(text))
    except ProfileParseError as error:
        return [Outcome(text, [f"refused: {error}"], "dump: refused")]
    if len(got) != len(examples):
        return [Outcome(text, [f"dump: {len(got)} records for {len(examples)} pages"], "dump: page count")]
    out: list[Outcome] = []
    for example, lines, start, record in zip(examples, pages, starts, got, strict=True):
        first = next(i for i, line in enumerate(lines) if line.key is not None) + 1
        diff = compare(record, *expected(example, lines, first, Source(index=len(out), first_line=start)))
        out.append(Outcome(text, diff, classify(diff) and f"dump: {classify(diff)}"))
    return out


def classify(diff: list[str]) -> str:
    """The failure class: the first differing field (indices dropped), or for
    diagnostics alone, the codes missing and extra.

    >>> classify(["diagnostics: got [{'code': 'line.unparsed', 'line': 3}], expected []",
    ...           "recent_deals[1].company: got None, expected 'Acme'"])
    'recent_deals[].company'
    """
    if not diff:
        return ""
    paths = [line.split(": got ", 1)[0] for line in diff]
    fields = [p for p in paths if not p.startswith(("diagnostics", "unparsed"))]
    if fields:
        path = re.sub(r"\[\d+\]", "[]", fields[0])
        return path + (" (count)" if _is_count(diff[paths.index(fields[0])]) else "")
    if any(p.startswith("diagnostics") for p in paths):
        return "diagnostics " + _diagnostic_delta(diff[paths.index("diagnostics")] if "diagnostics" in paths
                                                  else "")
    return "unparsed"


def _is_count(line: str) -> bool:
    return bool(re.search(r": got \[.*\], expected \[", line))


def _diagnostic_delta(line: str) -> str:
    """ "+extra -missing" codes from a diagnostics difference line."""
    match = re.fullmatch(r"diagnostics: got (.*), expected (.*)", line, re.S)
    if not match:
        return "(same count, other lines)"
    got, expected = (Counter(re.findall(r"'code': '([a-z_.]+)'", part)) for part in match.groups())
    extra = sorted((got - expected).keys())
    missing = sorted((expected - got).keys())
    return " ".join([*(f"+{c}" for c in extra), *(f"-{c}" for c in missing)]) or "(lines differ)"
