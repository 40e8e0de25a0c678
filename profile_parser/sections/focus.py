"""The focus lists: "Stage Focus", "Country Focus" ("Label (N%)") and "Industry Focus".

>>> ledger = Ledger("stage_focus")
>>> shares = read_stages(Section("stage_focus", Line(1, "Stage Focus"),
...                      [Line(2, "Seed (60%)"), Line(3, "Series A (40%)")]), ledger)
>>> [(item["label"], item["code"], item["percent"]) for item, _ in shares]
[('Seed', 'seed', 60.0), ('Series A', 'series_a', 40.0)]
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from typing import Any

from ..document import Line, Section
from ..normalize import canonical_industry, country_code, funding_code
from ..shapes import Share, read_share
from .base import Ledger, PageContext

#: An item of a focus list and the line it was read from, with its share.
Shared = tuple[dict[str, Any], tuple[Line, Share]]


def _check_sum(shares: list[tuple[Line, Share]], ledger: Ledger, what: str) -> None:
    """``percent.sum`` when the list sums further from 100 than rounding explains:
    each printed percent may be off by half its last digit."""
    if not shares:
        return
    total = Decimal(0)
    slack = Decimal(0)
    for _, share in shares:
        value = Decimal(share.number)
        total += value
        slack += Decimal(5) / Decimal(10) ** (max(0, -value.as_tuple().exponent) + 1)  # type: ignore[operator]
    if abs(total - 100) > slack:
        ledger.diagnose("percent.sum", f"{what} sums to {total}%, not 100% (±{slack})", shares[0][0].number)


def _shares(section: Section, ledger: Ledger, key: str, code_of: Callable[[str], str | None],
            unknown: str) -> list[Shared]:
    items: list[Shared] = []
    for line in section.lines:
        share = read_share(line.text)
        if share is None:
            ledger.leave(line, f"not a '<{key}> (N%)' bullet")
            continue
        ledger.place([line])
        code = code_of(share.label)
        if code is None:
            ledger.diagnose(unknown, f"unknown {key} {share.label!r}", line.number)
        items.append(({key: share.label, "code": code, "percent": float(share.number)}, (line, share)))
    _check_sum([where for _, where in items], ledger, section.kind.replace("_", " "))
    return items


def read_stages(section: Section, ledger: Ledger) -> list[Shared]:
    return _shares(section, ledger, "label", funding_code, "funding_type.unknown")


def read_countries(section: Section, ledger: Ledger) -> list[Shared]:
    return _shares(section, ledger, "name", country_code, "country.unknown")


def read_industries(section: Section, ledger: Ledger, context: PageContext) -> list[tuple[str, Line]]:
    """Each Industry Focus label in its canonical spelling (the vocabulary's, else
    the page's own mixed-case one), with its line."""
    labels = []
    ledger.place(section.lines)
    for line in section.lines:
        label = canonical_industry(line.text, context.labels) or " ".join(line.text.split())
        if canonical_industry(line.text) is None:
            ledger.diagnose("industry.unknown", f"industry {label!r} is not in the vocabulary", line.number, "info")
        labels.append((label, line))
    return labels
