"""Print a record the way the site lays out an investor-profile page.

The layout is the seed page's (``tests/fixtures/xiaomi.txt``), line by line:
header ("<Name> logo", the name, the place), one blank line between blocks,
"  • " bullets, the chrome lines glued under the last block before them, entries
of three lines with no blank between entries, deals as "name / place /
description" separated by blank lines, then tags, the round label run into its
date and an optional amount line, with no blank before the next deal.
Printing choices the record cannot hold (section order, date style, how the
qualifiers are worded, …) are in :class:`Layout`; its defaults are the site's.

>>> from profile_parser.models import InvestorProfile, Location
>>> print(render(InvestorProfile(name="Acme", location=Location(raw="Europe, France",
...       country="France", country_code="FR", continent="Europe"), description="Acme invests."),
...       layout=Layout(order=("description",))))
Acme logo
<BLANKLINE>
Acme
<BLANKLINE>
Europe, France
<BLANKLINE>
Description
<BLANKLINE>
Acme invests.
"""

from __future__ import annotations

import datetime
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import NamedTuple

from profile_parser.models import (
    Angel,
    CoInvestor,
    Deal,
    Highlights,
    InvestorProfile,
    Money,
    MoneyRange,
    Quantity,
    Stats,
)

from .noise import Noise, PageLine, apply_noise
from .tables import QUALIFIER_WORDS, SITE_SPELLINGS
from .vocab import is_known

SECTIONS = ("description", "profile", "highlights", "stage_focus", "country_focus",
            "industry_focus", "chrome", "co_investors", "angels", "deals")
HIGHLIGHTS = ("stages", "countries", "themes", "led", "check", "other")
STATS = ("portfolio_companies", "new_investments_12m", "rounds_led", "lead_share_percent", "exits")
CHROME = ("circle-line", "FAQ", "", "Frequently Asked Questions", "",
          "Learn who this investor regularly partners with\u2014both firms and angels\u2014and explore "
          "their latest activity.")
MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
LONG_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
               "September", "October", "November", "December")
SYMBOLS = {"USD": "$", "EUR": "€", "GBP": "£", "INR": "₹", "CNY": "CN¥", "JPY": "¥"}


@dataclass(frozen=True)
class Layout:
    """How a page prints what the record does not say; the defaults are the site's.

    ``header``: "full" (logo, name, place), "no_logo", "logo_only" (the name line
    lost) or "cut" (the top of the page lost: no logo and no name line).
    ``orphans``: lines printed first, as (text, is a bullet), when the top was cut
    inside a section: what is left of it below its lost heading.
    ``words``: the qualifier word printed for each stat (``STATS`` order), None
    for the qualifier's first word. ``check``: "dash" ("$5M – $50M"), "hyphen"
    ("$1M-5M") or "to" ("$1M to $5M"). ``dates``: "site" ("Sep 3, 2024"),
    "sept" ("Sept 3, 2024"), "long" ("September 3, 2024") or "iso".
    ``money``: "full" ("$13,888,021") or "short" ("$1.2M" where exact).
    """

    order: tuple[str, ...] = SECTIONS
    header: str = "full"
    words: tuple[str | None, ...] = (None,) * 5
    stats_paragraphs: int = 1
    highlights: tuple[str, ...] = HIGHLIGHTS
    check: str = "dash"
    focus_title_case: bool = True
    site_spellings: bool = False
    dates: str = "site"
    money: str = "full"
    deals_heading: str = "What are some of recent deals done by {name}?"
    orphans: tuple[tuple[str, bool], ...] = ()


# ------------------------------------------------------------------ values
def number(value: float | Decimal) -> str:
    """A count or percent as printed: whole numbers without a decimal point.

    >>> number(32.0), number(37.5), number(Decimal("2.50"))
    ('32', '37.5', '2.5')
    """
    if value == int(value):
        return str(int(value))
    return f"{Decimal(str(value)).normalize():f}"


def plural(count: float, word: str) -> str:
    """ "1 startup", "7 startups"."""
    return f"{number(count)} {word}" + ("" if count == 1 else "s")


def qualified(quantity: Quantity, word: str | None, text: str) -> str:
    """``text`` (the number as printed) with its qualifier word before it.

    >>> qualified(Quantity(value=37, qualifier="about"), "~", "37%")
    '~37%'
    """
    word = QUALIFIER_WORDS[quantity.qualifier][0] if word is None else word
    if not word:
        return text
    return f"{word}{text}" if word == "~" else f"{word} {text}"


def money(value: Money, short: bool = False) -> str:
    """An amount as the site prints it: symbol, digits grouped (lakhs for INR).

    >>> money(Money(amount=Decimal(45000000), currency="INR")), money(Money(amount=Decimal(1200000),
    ...     currency="GBP"), short=True)
    ('₹4,50,00,000', '£1.2M')
    """
    symbol = SYMBOLS[value.currency]
    amount = value.amount
    if short:
        for size, letter in ((10**9, "B"), (10**6, "M"), (10**3, "K")):
            if amount >= size and (amount * 10) % size == 0:
                return f"{symbol}{number(amount / size)}{letter}"
    digits = str(int(amount))
    if value.currency == "INR" and len(digits) > 3:
        head, tail = digits[:-3], digits[-3:]
        groups = [head[max(0, i - 2):i] for i in range(len(head), 0, -2)][::-1]
        return f"{symbol}{','.join(groups)},{tail}"
    return f"{symbol}{int(amount):,}"


def money_range(value: MoneyRange, style: str) -> str:
    """A check size: "$5M – $50M", "$1M-5M", "$1M to $5M", "up to $10M", "$50M+", "$2M"."""
    low = money(value.min, short=True) if value.min else None
    high = money(value.max, short=True) if value.max else None
    if low is None:
        return f"up to {high}"
    if high is None:
        return f"{low}+"
    if value.min == value.max:
        return low
    if style == "hyphen" and value.min is not None and value.max is not None:
        return f"{low}-{high.removeprefix(SYMBOLS[value.max.currency])}"
    return f"{low} to {high}" if style == "to" else f"{low} \u2013 {high}"


def date(value: datetime.date, style: str) -> str:
    """A deal date: "Jul 31, 2025", "Sept 3, 2024", "July 31, 2025" or "2025-07-31"."""
    if style == "iso":
        return value.isoformat()
    month = LONG_MONTHS[value.month - 1] if style == "long" else MONTHS[value.month - 1]
    if style == "sept" and value.month == 9:
        month = "Sept"
    return f"{month} {value.day}, {value.year}"


def focus_label(label: str, layout: Layout) -> str:
    """An Industry Focus label: the site title-cases vocabulary labels ("Artificial Intelligence (Ai)")."""
    return label.title() if layout.focus_title_case and is_known(label) else label


def tag(label: str, layout: Layout) -> str:
    """A tag inside a run: its canonical spelling, or the site's own ("LegalTech")."""
    return SITE_SPELLINGS.get(label, label) if layout.site_spellings else label


# ------------------------------------------------------------------ blocks
class Block(NamedTuple):
    """A section's lines; ``glued`` blocks follow the one before without a blank line."""

    lines: list[PageLine]
    glued: bool = False


def _bullets(section: str, items: Sequence[str]) -> list[PageLine]:
    return [PageLine(item, (section, i), bullet=True) for i, item in enumerate(items)]


def _heading(section: str, text: str) -> list[PageLine]:
    return [PageLine(text, (section, "heading")), PageLine("", None)]


def _spaced(lines: Sequence[PageLine]) -> list[PageLine]:
    """Lines with a blank line between each two."""
    out: list[PageLine] = []
    for line in lines:
        out += [PageLine("", None), line] if out else [line]
    return out


def header_block(record: InvestorProfile, layout: Layout) -> list[PageLine]:
    lines = []
    if layout.header in ("full", "logo_only"):
        lines.append(PageLine(f"{record.name} logo", ("header", "logo")))
    if layout.header in ("full", "no_logo"):
        lines.append(PageLine(record.name, ("header", "name")))
    if record.location is not None:
        lines.append(PageLine(record.location.raw, ("header", "location")))
    return _spaced(lines)


def stats_block(record: InvestorProfile, layout: Layout) -> list[PageLine]:
    stats = record.stats or Stats()
    q = {name: getattr(stats, name) for name in STATS}
    if any(value is None for value in q.values()):
        raise ValueError("the site prints all five stats or none")
    word = dict(zip(STATS, layout.words, strict=True))

    def say(name: str, unit: str) -> str:
        value: Quantity = q[name]
        return qualified(value, word[name], plural(value.value, unit) if unit else number(value.value) + "%")

    first = (f"{record.name} has backed {say('portfolio_companies', 'startup')}, with "
             f"{say('new_investments_12m', 'new investment')} in the last 12\u00a0months alone.")
    second = (f"The firm has led {say('rounds_led', 'round')}, {say('lead_share_percent', '')} of its total "
              f"and boasts {say('exits', 'exit')} across its portfolio.")
    if layout.stats_paragraphs == 2:
        return _heading("profile", "Investor Profile") + _spaced(
            [PageLine(first, ("profile", 0)), PageLine(second, ("profile", 1))])
    return [*_heading("profile", "Investor Profile"), PageLine(f"{first} {second}", ("profile", 0))]


def highlight_bullets(h: Highlights, layout: Layout) -> list[PageLine]:
    texts: dict[str, list[str]] = {
        "stages": [f"Concentrates on {', '.join(s.label for s in h.top_stages)} rounds (top funding stages)."]
        if h.top_stages else [],
        "countries": [f"Majority of deals are located in {', '.join(c.name for c in h.top_countries)}."]
        if h.top_countries else [],
        "themes": [f"Strong thematic focus on {', '.join(h.themes)}."] if h.themes else [],
        "led": [f"Led {plural(h.rounds_led_past_year.value, 'round')} in the past year."]
        if h.rounds_led_past_year else [],
        "check": [f"Typical check size: {money_range(h.check_size, layout.check)}."] if h.check_size else [],
        "other": list(h.other),
    }
    lines = []
    for kind in layout.highlights:
        for i, text in enumerate(texts[kind]):
            lines.append(PageLine(text, ("highlights", kind if kind != "other" else f"other{i}"), bullet=True))
    return lines


def entry_lines(section: str, i: int, entry: CoInvestor | Angel) -> list[PageLine]:
    if isinstance(entry, CoInvestor):
        count = f"Co-Investments: {entry.co_investments}"
    else:
        count = f"Shared Deals: {entry.shared_deals}"
    lines = [PageLine(entry.name, (section, i, "name"))]
    if entry.location is not None:
        lines.append(PageLine(entry.location.raw, (section, i, "place")))
    return [*lines, PageLine(count, (section, i, "count"))]


def deal_lines(i: int, deal: Deal, layout: Layout) -> list[PageLine]:
    """One deal; with its company inferred (or missing) it has no name line."""
    key = ("deals", i)
    spaced = []
    if deal.company is not None and not deal.company_inferred:
        spaced.append(PageLine(deal.company, (*key, "name")))
    if deal.location is not None:
        spaced.append(PageLine(deal.location.raw, (*key, "place")))
    if deal.description is not None:
        spaced.append(PageLine(deal.description, (*key, "description")))
    lines = _spaced(spaced)
    if not lines or lines[0].key != (*key, "name"):
        lines.insert(0, PageLine("", None))  # where the name line was (seed page, last deal)
    if deal.industries:
        lines += [PageLine("", None), PageLine("".join(tag(t, layout) for t in deal.industries), (*key, "tags"))]
    elif lines[-1].text:
        lines.append(PageLine("", None))
    label = deal.round.label if deal.round else ""
    when = date(deal.date, layout.dates) if deal.date else ""
    lines.append(PageLine(label + when, (*key, "round")))
    if deal.amount_raised is not None:
        lines.append(PageLine(f"Amount Raised: {money(deal.amount_raised, layout.money == 'short')}",
                              (*key, "amount")))
    return lines


def _question(section: str, text: str, entries: list[PageLine]) -> list[PageLine]:
    return _heading(section, text) + entries


def section_block(name: str, record: InvestorProfile, layout: Layout) -> Block | None:
    """The lines of one section, or None when the record has nothing for it."""
    r = record
    makers: dict[str, Callable[[], list[PageLine]]] = {
        "description": lambda: _heading("description", "Description") + _spaced(
            [PageLine(p, ("description", i)) for i, p in enumerate((r.description or "").split("\n\n"))]),
        "profile": lambda: stats_block(r, layout),
        "highlights": lambda: _heading("highlights", "Investment Focus Highlights")
        + highlight_bullets(r.highlights or Highlights(), layout),
        "stage_focus": lambda: _heading("stage_focus", "Stage Focus") + _bullets(
            "stage_focus", [f"{s.label} ({number(s.percent)}%)" for s in r.stage_focus]),
        "country_focus": lambda: _heading("country_focus", "Country Focus") + _bullets(
            "country_focus", [f"{c.name} ({number(c.percent)}%)" for c in r.country_focus]),
        "industry_focus": lambda: _heading("industry_focus", "Industry Focus") + _bullets(
            "industry_focus", [focus_label(label, layout) for label in r.industry_focus]),
        "chrome": lambda: [PageLine(text, ("chrome",) if text else None) for text in CHROME],
        "co_investors": lambda: _question("co_investors", f"Who does {r.name} frequently co-invest with?",
                                          [ln for i, e in enumerate(r.co_investors)
                                           for ln in entry_lines("co_investors", i, e)]),
        "angels": lambda: _question("angels", f"Which angels does {r.name} often collaborate with?",
                                    [ln for i, e in enumerate(r.angels) for ln in entry_lines("angels", i, e)]),
        "deals": lambda: _question("deals", layout.deals_heading.format(name=r.name),
                                   [ln for i, d in enumerate(r.recent_deals) for ln in deal_lines(i, d, layout)]),
    }
    present = {
        "description": r.description is not None, "profile": r.stats is not None,
        "highlights": r.highlights is not None, "stage_focus": bool(r.stage_focus),
        "country_focus": bool(r.country_focus), "industry_focus": bool(r.industry_focus), "chrome": True,
        "co_investors": bool(r.co_investors), "angels": bool(r.angels), "deals": bool(r.recent_deals),
    }
    if not present[name]:
        return None
    return Block(makers[name](), glued=name == "chrome")


def render_lines(record: InvestorProfile, layout: Layout | None = None) -> list[PageLine]:
    """The clean page as lines, each with the key of what it prints (blank lines: None)."""
    layout = layout or Layout()
    orphans = [PageLine(text, ("orphan", i) if text else None, bullet)
               for i, (text, bullet) in enumerate(layout.orphans)]
    blocks = [Block(header_block(record, layout)), Block(orphans)]
    blocks += [b for b in (section_block(name, record, layout) for name in layout.order) if b]
    lines: list[PageLine] = []
    for block in blocks:
        if not block.lines:
            continue
        if lines and not block.glued:
            lines.append(PageLine("", None))
        lines += block.lines
    return lines


def render(record: InvestorProfile, noise: Noise | None = None, layout: Layout | None = None) -> str:
    """The page's text: ``record`` printed in ``layout``, dirtied by ``noise``."""
    return (noise or Noise()).join(apply_noise(render_lines(record, layout), noise or Noise()))
