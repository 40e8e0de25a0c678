"""The focus lists: "Stage Focus", "Country Focus" ("Label (N%)") and "Industry Focus".

>>> read_share("Series C (32%)")
('Series C', '32')
>>> read_share("China ( 71.5 % )")
('China', '71.5')
"""

from __future__ import annotations

import re
from collections.abc import Callable
from decimal import Decimal

from ..normalize import canonical_industry, country_code, funding_code
from .base import Line, PageBuilder, Section, body_lines

_SHARE = re.compile(r"(?P<label>.+?) ?\( ?~?(?P<num>[0-9]{1,3}(?:\.[0-9]{1,4})?) ?% ?\)")


def read_share(text: str) -> tuple[str, str] | None:
    """A "Label (N%)" bullet as (label, percent as printed)."""
    match = _SHARE.fullmatch(text)
    if not match:
        return None
    return match.group("label").strip(), match.group("num")


def _check_sum(shares: list[tuple[Line, str]], page: PageBuilder, what: str) -> None:
    """``percent.sum`` when the list sums further from 100 than rounding explains:
    each printed percent may be off by half its last digit."""
    if not shares:
        return
    total = Decimal(0)
    slack = Decimal(0)
    for _, number in shares:
        value = Decimal(number)
        total += value
        slack += Decimal(5) / Decimal(10) ** (max(0, -value.as_tuple().exponent) + 1)  # type: ignore[operator]
    if abs(total - 100) > slack:
        page.diagnose(
            "percent.sum", f"{what} sums to {total}%, not 100% (±{slack})", shares[0][0].number
        )


def _shares(
    section: Section, page: PageBuilder, field: str, key: str, code_of: Callable[[str], str | None],
    unknown: str,
) -> None:
    items = []
    printed: list[tuple[Line, str]] = []
    for line in body_lines(section):
        share = read_share(line.text)
        if share is None:
            page.leave(line, f"not a '<{key}> (N%)' bullet")
            continue
        page.take(line)
        label, number = share
        code = code_of(label)
        if code is None:
            page.diagnose(unknown, f"unknown {key} {label!r}", line.number)
        items.append({key: label, "code": code, "percent": float(number)})
        printed.append((line, number))
    _check_sum(printed, page, field.replace("_", " "))
    page.fields[field] = items


def handle_stages(section: Section, page: PageBuilder) -> None:
    _shares(section, page, "stage_focus", "label", funding_code, "funding_type.unknown")


def handle_countries(section: Section, page: PageBuilder) -> None:
    _shares(section, page, "country_focus", "name", country_code, "country.unknown")


def handle_industries(section: Section, page: PageBuilder) -> None:
    labels = []
    for line in body_lines(section):
        page.take(line)
        label = canonical_industry(line.text)
        if label is None:
            label = " ".join(line.text.split())
            page.diagnose("industry.unknown", f"industry {label!r} is not in the vocabulary",
                          line.number, "info")
        page.industries[label.casefold()] = label
        labels.append(label)
    page.fields["industry_focus"] = labels
