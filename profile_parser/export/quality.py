"""Counting a run: the end-of-run summary and the data-quality report of ``check``.

>>> tally = Tally()
>>> tally.add_page(ok=True, codes=(("deal.location_missing", "warning"),))
>>> tally.add_page(ok=False, codes=())
>>> print(tally.summary(elapsed=2.0).replace("; ", ";\\n"))
2 pages, 1 record, 1 failed, 0 input errors in 2.0 s (1.0 pages/s);
diagnostics: deal.location_missing 1
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

#: fields that say where a record comes from or how it went, never "missing data"
BOOKKEEPING = frozenset({"schema_version", "kind", "name", "source", "diagnostics", "unparsed"})
#: empty by design, never "missing": bullets no rule needed, and a fact's fields
#: that only some kinds of fact have
NEVER_MISSING = frozenset({"highlights.other", "facts.value", "facts.qualifier", "facts.currency",
                           "facts.unit", "facts.date"})
#: (field, missing, total) counts and (section, lines) counts of one page
PageQuality = tuple[tuple[tuple[str, int, int], ...], tuple[tuple[str, int], ...]]


def _empty(value: Any) -> bool:
    return value is None or value == []


def missing_fields(record: dict[str, Any]) -> tuple[tuple[str, int, int], ...]:
    """How often each field is missing (null or ``[]``) and how often it could be
    there: once per record for a top-level field and the fields of an object,
    once per item for the fields of a list's items (:data:`NEVER_MISSING` left out).

    >>> missing_fields({"name": "A", "stats": None, "angels": [
    ...     {"name": "B", "location": None}, {"name": "C", "location": {"raw": "x"}}]})
    (('stats', 1, 1), ('angels', 0, 1), ('angels.name', 0, 2), ('angels.location', 1, 2))
    """
    counts: dict[str, list[int]] = {}

    def count(name: str, value: Any) -> None:
        if name in NEVER_MISSING:
            return
        entry = counts.setdefault(name, [0, 0])
        entry[0] += _empty(value)
        entry[1] += 1

    for name, value in record.items():
        if name in BOOKKEEPING:
            continue
        count(name, value)
        items = [value] if isinstance(value, dict) else value if isinstance(value, list) else []
        for item in items:
            if isinstance(item, dict):
                for key, inner in item.items():
                    count(f"{name}.{key}", inner)
    return tuple((name, missing, total) for name, (missing, total) in counts.items())


def unparsed_sections(record: dict[str, Any], sections: Mapping[int, str]) -> tuple[tuple[str, int], ...]:
    """The unparsed lines of a record counted by the section they stand in
    (``sections``: line -> section kind, as the page's ledger kept it).

    >>> unparsed_sections({"unparsed": [{"line": 4, "text": "?"}, {"line": 9, "text": "!"}]}, {4: "description"})
    (('description', 1), ('unknown', 1))
    """
    return tuple(Counter(sections.get(line["line"], "unknown") for line in record.get("unparsed") or []).items())


def page_quality(record: dict[str, Any], sections: Mapping[int, str]) -> PageQuality:
    """What ``check`` keeps of one record (small, so a worker can send it back)."""
    return missing_fields(record), unparsed_sections(record, sections)


def _plural(count: int, word: str) -> str:
    return f"{count:,} {word}" if count == 1 else f"{count:,} {word}s"


@dataclass
class Tally:
    """Pages, records, failures and diagnostics of a run, in constant memory."""

    pages: int = 0
    records: int = 0
    failed: int = 0
    input_errors: int = 0
    flagged: int = 0  # records refused by --fail-on
    diagnostics: Counter[tuple[str, str]] = field(default_factory=Counter)

    def add_page(self, *, ok: bool, codes: tuple[tuple[str, str], ...]) -> None:
        self.pages += 1
        self.records += ok
        self.failed += not ok
        self.diagnostics.update(codes)

    def by_code(self) -> Counter[str]:
        counts: Counter[str] = Counter()
        for (code, _), n in self.diagnostics.items():
            counts[code] += n
        return counts

    def summary(self, elapsed: float) -> str:
        rate = self.pages / elapsed if elapsed > 0 else 0.0
        text = (f"{_plural(self.pages, 'page')}, {_plural(self.records, 'record')}, "
                f"{self.failed:,} failed, {_plural(self.input_errors, 'input error')} "
                f"in {elapsed:.1f} s ({rate:,.1f} pages/s)")
        codes = ", ".join(f"{code} {n:,}" for code, n in self.by_code().most_common())
        return f"{text}; diagnostics: {codes}" if codes else text


@dataclass
class Quality:
    """The corpus report of ``profile-parser check``."""

    tally: Tally = field(default_factory=Tally)
    missing: dict[str, list[int]] = field(default_factory=dict)
    unparsed: Counter[str] = field(default_factory=Counter)

    def add(self, quality: PageQuality) -> None:
        fields, sections = quality
        for name, missing, total in fields:
            entry = self.missing.setdefault(name, [0, 0])
            entry[0] += missing
            entry[1] += total
        for section, count in sections:
            self.unparsed[section] += count

    def most_missing(self) -> list[tuple[str, int, int]]:
        """Fields by how often they are missing, most first (never-missing ones left out)."""
        rows = [(name, m, t) for name, (m, t) in self.missing.items() if m]
        return sorted(rows, key=lambda r: (-r[1] / r[2], -r[1], r[0]))

    def as_json(self) -> dict[str, Any]:
        tally = self.tally
        return {
            "pages": tally.pages, "records": tally.records, "failed": tally.failed,
            "input_errors": tally.input_errors,
            "diagnostics": [{"code": code, "severity": severity, "count": n}
                            for (code, severity), n in tally.diagnostics.most_common()],
            "missing_fields": [{"field": name, "missing": m, "of": t, "share": round(m / t, 4)}
                               for name, m, t in self.most_missing()],
            "unparsed_by_section": dict(self.unparsed.most_common()),
        }

    def as_text(self, top: int = 20) -> str:
        tally = self.tally
        lines = [f"pages         {tally.pages:,}", f"records       {tally.records:,}",
                 f"failed        {tally.failed:,}", f"input errors  {tally.input_errors:,}",
                 "", "diagnostics by code:"]
        lines += [f"  {code:<32} {severity:<8} {n:>9,}"
                  for (code, severity), n in tally.diagnostics.most_common()] or ["  (none)"]
        lines += ["", f"fields most often missing (top {top}):"]
        lines += [f"  {name:<40} {m:>9,} of {t:>9,}  {100 * m / t:5.1f}%"
                  for name, m, t in self.most_missing()[:top]] or ["  (none)"]
        lines += ["", "unparsed lines by section:"]
        lines += [f"  {section:<32} {n:>9,}"
                  for section, n in self.unparsed.most_common()] or ["  (none)"]
        return "\n".join(lines) + "\n"

    def render(self, fmt: str) -> str:
        if fmt == "json":
            return json.dumps(self.as_json(), indent=2) + "\n"
        return self.as_text()
