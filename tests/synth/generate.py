"""Draw expected records, with any chooser: hypothesis (``strategies``) or ``random.Random``.

Every value is drawn from the hand tables in ``tables`` and the vocabulary
file, so the record *is* the expected output; the renderer prints it. Each
special shape the generator can make has a name in ``SHAPES``; a shape in
``limits`` is never drawn (that is how CI leaves out what the parser is
known to get wrong, see ``strategies.KNOWN_LIMITS``), and ``Example.shapes``
lists the shapes a page has.

>>> import random
>>> example = draw_example(RandomChooser(random.Random(7)))
>>> example.record.facts, example.record.diagnostics, example.record.unparsed
([], [], [])
"""

from __future__ import annotations

import datetime
import random
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from decimal import Decimal
from itertools import pairwise
from typing import Protocol, TypeVar

from profile_parser.models import (
    Angel,
    CoInvestor,
    Country,
    CountryShare,
    Deal,
    FundingType,
    Highlights,
    InvestorProfile,
    Location,
    Money,
    MoneyRange,
    Quantity,
    StageShare,
    Stats,
)

from . import tables as t
from .noise import BULLETS, Noise
from .render import HIGHLIGHTS, SECTIONS, Layout, section_block
from .vocab import is_known, readable_run, vocabulary

T = TypeVar("T")

#: Every special shape, and what it is.
SHAPES: dict[str, str] = {
    "digit_end_before_round": "a deal line before the round line ends in a digit (company name, "
                              "description without full stop, tags such as 'NFTBlockchainWeb3')",
    "bare_country_place": "a deal place that is only a country ('Canada')",
    "bare_country_entry": "a co-investor or angel place that is only a country",
    "singular_counts": "a count of 1 in the Investor Profile sentence ('1 startup', 'led 1 round', '1 exit')",
    "singular_led": "'Led 1 round in the past year.' in the highlights",
    "and_in_lists": "a highlights list item containing 'and' or '&' ('Oil and Gas', 'Trinidad and Tobago')",
    "site_spellings": "a tag printed in the site's spelling ('LegalTech' for 'Legal Tech')",
    "unknown_plain_tags": "deal tags outside the vocabulary, no case change inside ('Vertical Gardening')",
    "unknown_camel_tags": "deal tags outside the vocabulary with a case change or digit ('DevOps', 'Web3')",
    "unknown_focus": "Industry Focus or theme labels outside the vocabulary",
    "region_named_like_country": "'Europe, England, United Kingdom': a region that is a country's name",
    "top_cut": "the top of the page lost: no logo and no name line",
    "top_cut_orphans": "the top of the page lost down into a section: its heading is gone and the page "
                       "starts with a sentence, a count or list items (they go to unparsed)",
    "logo_only": "the name line lost, the logo line kept",
    "no_logo": "no logo line",
    "round_without_date": "a deal round line with a label and no date",
    "company_missing": "a deal without name and place lines whose description names no company",
    "deal_inferred": "a deal without name and place lines ('X is a ...'; company_inferred)",
    "deal_without_place": "a deal with its name line but no place line",
    "deal_without_description": "a deal with no description line",
    "deal_without_tags": "a deal with no tags line",
    "description_without_stop": "a deal description that does not end in a full stop",
    "unpunctuated_description_without_place": "a deal with a name, no place line, and a description "
                                              "without full stop",
    "long_tag_run": "a deal's tag run printed with 8 words or more",
    "digit_tag_boundary": "two tags meeting between two digits ('Web3' then '3D Technology')",
    "dirty_dump": "pages back to back whose lines have odd spaces, tabs or mojibake (the logo line too)",
    "unknown_country": "a place or list item in a country with no ISO code",
    "unknown_funding": "a round label outside the contract's codes ('Mezzanine')",
    "percent_sum_off": "a focus list summing further from 100 than rounding explains",
    "decimal_percents": "focus percents with one decimal",
    "reordered": "sections in another order than the site's",
    "stats_two_paragraphs": "the stats in two paragraphs",
    "no_chrome": "no chrome lines (circle-line, FAQ, ...)",
    "entry_without_place": "a co-investor or angel without a place line",
    "dirty": "any noise at all",
}


class Chooser(Protocol):
    """Where the choices come from."""

    def choice(self, options: Sequence[T]) -> T: ...
    def integer(self, low: int, high: int) -> int: ...
    def chance(self, p: float) -> bool: ...
    def sample(self, options: Sequence[T], k: int) -> list[T]: ...


class RandomChooser:
    """Choices from a ``random.Random`` (the long run, the benchmark)."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng

    def choice(self, options: Sequence[T]) -> T:
        return self.rng.choice(options)

    def integer(self, low: int, high: int) -> int:
        return self.rng.randint(low, high)

    def chance(self, p: float) -> bool:
        return self.rng.random() < p

    def sample(self, options: Sequence[T], k: int) -> list[T]:
        return self.rng.sample(list(options), k)


@dataclass(frozen=True)
class Example:
    """A drawn page: the expected record, how it is printed, its noise and its shapes."""

    record: InvestorProfile
    layout: Layout
    noise: Noise
    shapes: frozenset[str]

    def refused(self) -> bool:
        """No name can be found: the top is cut and no question heading carries it."""
        r = self.record
        return self.layout.header == "cut" and not (r.co_investors or r.angels or r.recent_deals)


#: The sections a cut can leave headless at the top, and the record field each fills.
ORPHANABLE = {"description": "description", "profile": "stats", "highlights": "highlights",
              "stage_focus": "stage_focus", "country_focus": "country_focus",
              "industry_focus": "industry_focus", "co_investors": "co_investors", "angels": "angels"}


def cut_into(d: _Draw, record: InvestorProfile, layout: Layout) -> tuple[InvestorProfile, Layout]:
    """The top of the page lost down into its first section: that section's heading is gone,
    its lines are orphans (in ``unparsed``); an entry list keeps only the count line of its
    first entry ("Co-Investments: 5")."""
    first = next((s for s in layout.order if s in ORPHANABLE and section_block(s, record, layout)), None)
    if first is None or not d.may("top_cut_orphans", 1.0):
        return record, layout
    block = section_block(first, record, layout)
    assert block is not None
    body = block.lines[2:]  # below the heading and its blank line
    if first in ("co_investors", "angels"):
        body = [next(line for line in body if line.key and line.key[-1] == "count")]
    empty: list[object] | None = None if ORPHANABLE[first] in ("description", "stats", "highlights") else []
    return (record.model_copy(update={ORPHANABLE[first]: empty, "location": None}),
            replace(layout, header="cut", orphans=tuple((line.text, line.bullet) for line in body)))


@dataclass
class _Draw:
    c: Chooser
    limits: frozenset[str]
    shapes: set[str] = field(default_factory=set)

    def may(self, shape: str, p: float) -> bool:
        """Draw the shape with probability ``p`` unless it is limited."""
        if shape in self.limits or not self.c.chance(p):
            return False
        self.shapes.add(shape)
        return True

    def note(self, shape: str, present: bool = True) -> bool:
        if present:
            self.shapes.add(shape)
        return present

    def count(self, low: int, high: int, shape: str = "singular_counts") -> int:
        """A count for a sentence; 1 only when the singular ``shape`` may be drawn."""
        value = self.c.integer(low, high)
        if value == 1 and shape in self.limits:
            return 2
        self.note(shape, value == 1)
        return value

    def distinct(self, make: Callable[[], T], k: int, avoid: Sequence[T] = ()) -> list[T]:
        """``k`` different values from ``make`` (fewer if it keeps repeating)."""
        out: list[T] = []
        for _ in range(k * 3):
            value = make()
            if value not in out and value not in avoid:
                out.append(value)
            if len(out) == k:
                break
        return out


# ----------------------------------------------------------------- places
def _place(d: _Draw) -> t.Place:
    if d.may("unknown_country", 0.03):
        return d.c.choice(t.UNKNOWN_PLACES)
    return d.c.choice(t.PLACES)


def entity_location(d: _Draw) -> Location:
    """A header, co-investor or angel place: "Continent, Region, Country, City" or shorter."""
    p = _place(d)
    forms = ["full", "country"]
    if p.code is not None and not p.city_is_country:
        forms.append("no_region")
    if p.code is not None and (p.region_is_country is None or (
            p.region_is_country == p.code and "region_named_like_country" not in d.limits)):
        forms.append("no_city")
    form = d.c.choice(forms)
    d.note("region_named_like_country", form == "no_city" and p.region_is_country is not None)
    parts = {"full": (p.continent, p.region, p.country, p.city), "no_city": (p.continent, p.region, p.country),
             "no_region": (p.continent, p.country, p.city), "country": (p.continent, p.country)}[form]
    return Location(raw=", ".join(parts), continent=p.continent, country=p.country, country_code=p.code,
                    region=p.region if form in ("full", "no_city") else None,
                    city=p.city if form in ("full", "no_region") else None)


def deal_location(d: _Draw) -> Location:
    """A deal place: "City, Region, Country" or "City, Country"."""
    p = _place(d)
    if d.c.chance(0.7):
        return Location(raw=f"{p.city}, {p.region}, {p.country}", city=p.city, region=p.region,
                        country=p.country, country_code=p.code)
    return Location(raw=f"{p.city}, {p.country}", city=p.city, country=p.country, country_code=p.code)


def bare_country(d: _Draw, shape: str) -> Location | None:
    """Just a country ("Canada"), or None when that shape is not drawn."""
    if not d.may(shape, 0.05):
        return None
    name, code = d.c.choice(t.COUNTRIES)
    return Location(raw=name, country=name, country_code=code)


# ------------------------------------------------------------------ names
def investor_name(d: _Draw) -> str:
    return f"{d.c.choice(t.NAME_HEADS)} {d.c.choice(t.NAME_TAILS)}"


def person_name(d: _Draw) -> str:
    return f"{d.c.choice(t.FIRST_NAMES)} {d.c.choice(t.LAST_NAMES)}"


def company_name(d: _Draw, own_line: bool) -> str:
    """A company; one printed on its own line (before the round line) may end in a digit."""
    if own_line and d.may("digit_end_before_round", 0.02):
        return d.c.choice(t.COMPANY_DIGIT_NAMES)
    return f"{d.c.choice(t.COMPANY_HEADS)} {d.c.choice(t.COMPANY_TAILS)}".strip()


# -------------------------------------------------------------- sections
def description(d: _Draw, name: str, site: bool = False) -> str:
    """The description: 1-4 paragraphs (4 of 4-6 sentences, as the site prints, with ``site``)."""
    paragraphs = []
    for _ in range(4 if site else d.c.integer(1, 4)):
        sentences = d.distinct(lambda: d.c.choice(t.INVESTOR_SENTENCES), d.c.integer(4 if site else 1, 6))
        text = " ".join(s.format(name=name) for s in sentences)
        if d.c.chance(0.1):
            text = f"{text[:-1]}, {d.c.choice(t.NUMBER_ENDINGS)}"  # ends in a number, no full stop
        paragraphs.append(text)
    return "\n\n".join(paragraphs)


def quantity(d: _Draw, value: float) -> tuple[Quantity, str | None]:
    """A quantity and the qualifier word printed for it."""
    qualifier = "exact" if d.c.chance(0.6) else d.c.choice(list(t.QUALIFIER_WORDS))
    return Quantity(value=value, qualifier=qualifier), d.c.choice(t.QUALIFIER_WORDS[qualifier])


def stats(d: _Draw) -> tuple[Stats, tuple[str | None, ...]]:
    drawn = [quantity(d, d.count(low, high)) for low, high in ((1, 400), (0, 40), (0, 90))]
    drawn.append(quantity(d, d.c.integer(0, 100)))
    drawn.append(quantity(d, d.count(0, 60)))
    names = ("portfolio_companies", "new_investments_12m", "rounds_led", "lead_share_percent", "exits")
    return Stats(**{n: q for n, (q, _) in zip(names, drawn, strict=True)}), tuple(w for _, w in drawn)


def funding(d: _Draw) -> FundingType:
    if d.may("unknown_funding", 0.02):
        return FundingType(label=d.c.choice(t.UNKNOWN_FUNDING), code=None)
    label, code = d.c.choice(t.FUNDING)
    return FundingType(label=label, code=code)


def country(d: _Draw) -> Country:
    if d.may("unknown_country", 0.02):
        return Country(name=d.c.choice(t.UNKNOWN_COUNTRIES), code=None)
    name, code = d.c.choice(t.COUNTRIES)
    return Country(name=name, code=code)


def industry(d: _Draw, unknown_shape: str) -> str:
    """A label: mostly from the vocabulary, sometimes outside it."""
    if d.may(unknown_shape, 0.05):
        return d.c.choice(t.UNKNOWN_PLAIN if unknown_shape == "unknown_plain_tags" or d.c.chance(0.5)
                          else t.UNKNOWN_CAMEL)
    return d.c.choice(vocabulary())


def _has_and(text: str) -> bool:
    return " and " in text or "&" in text


def highlights(d: _Draw, focus: list[str]) -> Highlights | None:
    h = Highlights()
    if d.c.chance(0.8):
        h.top_stages = d.distinct(lambda: funding(d), d.c.integer(1, 3))
    if d.c.chance(0.8):
        h.top_countries = d.distinct(lambda: country(d), d.c.integer(1, 3))
    if d.c.chance(0.8):
        pick = (lambda: d.c.choice(focus)) if focus and d.c.chance(0.7) else (lambda: industry(d, "unknown_focus"))
        h.themes = d.distinct(pick, d.c.integer(1, 3))
    d.note("unknown_focus", any(not is_known(x, frozenset(f.casefold() for f in focus)) for x in h.themes))
    lists = [c.name for c in h.top_countries] + h.themes
    if "and_in_lists" in d.limits:
        h.top_countries = [c for c in h.top_countries if not _has_and(c.name)]
        h.themes = [x for x in h.themes if not _has_and(x)]
    else:
        d.note("and_in_lists", any(map(_has_and, lists)))
    if d.c.chance(0.7):
        h.rounds_led_past_year = Quantity(value=d.count(0, 12, "singular_led"))
    if d.c.chance(0.7):
        h.check_size = check_size(d)
    if d.c.chance(0.2):
        h.other = d.distinct(lambda: d.c.choice(t.OTHER_HIGHLIGHTS), d.c.integer(1, 2))
    empty = not (h.top_stages or h.top_countries or h.themes or h.other) and h.rounds_led_past_year is None
    return None if empty and h.check_size is None else h


CHECK_AMOUNTS = tuple(Decimal(v) for v in (250_000, 500_000, 1_000_000, 1_500_000, 2_000_000, 5_000_000,
                                            10_000_000, 25_000_000, 50_000_000, 100_000_000))


def check_size(d: _Draw) -> MoneyRange:
    currency = d.c.choice(("USD", "USD", "USD", "EUR", "GBP"))
    low, high = sorted(d.c.sample(CHECK_AMOUNTS, 2))
    form = d.c.choice(("range", "range", "range", "up_to", "plus", "single"))
    lo = Money(amount=low, currency=currency)
    hi = Money(amount=high, currency=currency)
    return {"range": MoneyRange(min=lo, max=hi), "up_to": MoneyRange(max=hi), "plus": MoneyRange(min=lo),
            "single": MoneyRange(min=lo, max=lo)}[form]


def percents(d: _Draw, n: int) -> list[float]:
    """``n`` percents, largest first, summing to 100 within rounding, or clearly off."""
    decimals = d.may("decimal_percents", 0.1)
    scale = 10 if decimals else 1
    weights = [d.c.integer(1, 20) for _ in range(n)]
    parts = sorted((max(1, w * 100 * scale // sum(weights)) for w in weights), reverse=True)
    parts[0] += 100 * scale - sum(parts)
    if d.may("percent_sum_off", 0.03):
        parts[0] += d.c.choice((-1, 1)) * (n // 2 + d.c.integer(3, 15)) * scale
    elif not decimals:
        parts[0] += d.c.integer(-((n + 1) // 2 - 1), (n + 1) // 2 - 1)  # rounding slack: under n * 0.5
    if parts[0] < 1:
        parts[0] = 1
    return sorted((p / scale for p in parts), reverse=True)


def stage_focus(d: _Draw) -> list[StageShare]:
    stages = d.distinct(lambda: funding(d), d.c.integer(1, 9))
    stages = list({s.code or s.label: s for s in stages}.values())
    return [StageShare(label=s.label, code=s.code, percent=p)
            for s, p in zip(stages, percents(d, len(stages)), strict=True)]


def country_focus(d: _Draw) -> list[CountryShare]:
    countries = d.distinct(lambda: country(d), d.c.integer(1, 8))
    countries = list({c.code or c.name: c for c in countries}.values())
    return [CountryShare(name=c.name, code=c.code, percent=p)
            for c, p in zip(countries, percents(d, len(countries)), strict=True)]


def entries(d: _Draw, k: int, name: Callable[[], str], avoid: str) -> list[tuple[str, Location | None]]:
    """Names and places of co-investors or angels."""
    out: list[tuple[str, Location | None]] = []
    for who in d.distinct(name, k, avoid=[avoid]):
        place: Location | None = bare_country(d, "bare_country_entry") or entity_location(d)
        if d.may("entry_without_place", 0.05):
            place = None
        out.append((who, place))
    return out


# ------------------------------------------------------------------ deals
def _a(noun: str) -> str:
    return f"{'an' if noun[0] in 'aeiou' else 'a'} {noun}"


def deal_description(d: _Draw, company: str, kind: str, stop: bool) -> str:
    """A deal's description; ``stop``: it must end in a full stop."""
    noun, activity = d.c.choice(t.NOUNS), d.c.choice(t.ACTIVITIES)
    if kind == "inferred":
        return f"{company} is {_a(noun)}."
    if kind == "missing":
        return f"{_a(noun).capitalize()} that {activity}."
    if not stop and d.may("digit_end_before_round", 0.03):
        return f"{company} {activity} since {d.c.integer(1990, 2024)}"
    text = d.c.choice((f"{company} is {_a(noun)}.", f"{company} {activity}.",
                       f"{company} is a company that designs, develops, manufactures, and sells products for "
                       f"the {noun.split()[-1]} market, with customers in several countries.",
                       f"{company} that {activity}."))
    if not stop and d.may("description_without_stop", 0.05):
        text = text.rstrip(".")
    return text


def deal_tags(d: _Draw, focus: frozenset[str], focus_labels: list[str], spellings: bool) -> list[str]:
    """1-3 labels whose run has one reading (empty when none is found)."""
    for _ in range(6):
        tags = []
        for _ in range(d.c.integer(1, 3)):
            if focus_labels and d.c.chance(0.3):
                tags.append(d.c.choice(focus_labels))
            elif spellings and d.c.chance(0.3):
                tags.append(d.c.choice(list(t.SITE_SPELLINGS)))
            elif d.c.chance(0.08) and "unknown_camel_tags" not in d.limits:
                tags.append(d.c.choice(t.UNKNOWN_CAMEL))
            elif d.c.chance(0.05) and "unknown_plain_tags" not in d.limits:
                tags.append(d.c.choice(t.UNKNOWN_PLAIN))
            else:
                tags.append(d.c.choice(vocabulary()))
        tags = list(dict.fromkeys(tags))
        if "digit_end_before_round" in d.limits and tags[-1][-1].isdigit():
            continue
        words = sum(len(t.SITE_SPELLINGS.get(x, x).split()) for x in tags) - len(tags) + 1
        if "long_tag_run" in d.limits and words >= 8:
            continue
        digits = any(a[-1].isdigit() and b[0].isdigit() for a, b in pairwise(tags))
        if "digit_tag_boundary" in d.limits and digits:
            continue
        printed = tuple(t.SITE_SPELLINGS.get(x, x) if spellings else x for x in tags)
        unknown = tuple(not is_known(x, focus) for x in tags)
        if readable_run(printed, unknown, focus):
            d.note("digit_end_before_round", tags[-1][-1].isdigit())
            d.note("long_tag_run", words >= 8)
            d.note("digit_tag_boundary", digits)
            d.note("site_spellings", printed != tuple(tags))
            d.note("unknown_camel_tags", any(x in t.UNKNOWN_CAMEL for x, u in zip(tags, unknown, strict=True) if u))
            d.note("unknown_plain_tags", any(x in t.UNKNOWN_PLAIN for x, u in zip(tags, unknown, strict=True) if u))
            return tags
    return []


DEAL_DAYS = (datetime.date(2015, 1, 1), datetime.date(2026, 6, 30))


def deal_money(d: _Draw, short: bool) -> Money:
    currency = d.c.choice(("USD",) * 6 + ("EUR", "GBP", "INR", "CNY", "JPY"))
    amount = d.c.integer(1, 2000) * 100_000 if short else d.c.integer(10_000, 999_999_999)
    return Money(amount=Decimal(amount), currency=currency)


def deal(d: _Draw, focus: frozenset[str], focus_labels: list[str], layout: Layout) -> Deal:
    kind = "named"
    if d.may("deal_inferred", 0.08):
        kind = "inferred"
    elif d.may("company_missing", 0.02):
        kind = "missing"
    company = company_name(d, own_line=kind == "named")
    location = None
    if kind == "named" and not d.may("deal_without_place", 0.04):
        location = bare_country(d, "bare_country_place") or deal_location(d)
    unstopped = "unpunctuated_description_without_place"
    text: str | None = deal_description(d, company, kind, location is None and unstopped in d.limits)
    d.note(unstopped, kind == "named" and location is None and not (text or ".").endswith("."))
    if kind == "named" and d.may("deal_without_description", 0.03):
        text = None
    tags = deal_tags(d, focus, focus_labels, layout.site_spellings)
    if not tags and (text is None or not text.endswith(".")):
        tags = ["Software"]  # without tags the description must read as a sentence
    elif not tags or (d.may("deal_without_tags", 0.03) and text is not None and text.endswith(".")):
        tags = []
        d.note("deal_without_tags")
    start, end = DEAL_DAYS
    when: datetime.date | None = start + datetime.timedelta(days=d.c.integer(0, (end - start).days))
    stage = funding(d)
    if stage.code is not None and d.may("round_without_date", 0.02):
        when = None
    return Deal(company=None if kind == "missing" else company, company_inferred=kind == "inferred",
                location=location, description=text, industries=tags, round=stage, date=when,
                amount_raised=deal_money(d, layout.money == "short") if d.c.chance(0.5) else None)


# ------------------------------------------------------------------ pages
def draw_layout(d: _Draw) -> Layout:
    order = list(SECTIONS)
    if d.may("reordered", 0.1):
        order = d.c.sample(SECTIONS, len(SECTIONS))
    if d.may("no_chrome", 0.1):
        order.remove("chrome")
    header = "full"
    for shape, p in (("top_cut", 0.03), ("logo_only", 0.03), ("no_logo", 0.05)):
        if d.may(shape, p):
            header = {"top_cut": "cut"}.get(shape, shape)
            break
    hl = d.c.sample(HIGHLIGHTS, len(HIGHLIGHTS)) if d.c.chance(0.2) else list(HIGHLIGHTS)
    return Layout(order=tuple(order), header=header, highlights=tuple(hl),
                  stats_paragraphs=2 if d.may("stats_two_paragraphs", 0.1) else 1,
                  check=d.c.choice(("dash", "dash", "hyphen", "to")),
                  focus_title_case=d.c.chance(0.8),
                  site_spellings=d.c.chance(0.2) and "site_spellings" not in d.limits,
                  dates=d.c.choice(("site", "site", "site", "sept", "long", "iso")),
                  money=d.c.choice(("full", "full", "short")),
                  deals_heading=d.c.choice(("What are some of recent deals done by {name}?",
                                            "What are some of the recent deals done by {name}?")))


def draw_noise(d: _Draw) -> Noise:
    if not d.may("dirty", 0.6):
        return Noise()
    c = d.c
    return Noise(newline=c.choice(("\n", "\n", "\r\n", "\r")), bom=c.chance(0.2),
                 bullet=c.choice((*BULLETS, "mixed")), tabs=c.chance(0.3), spaces=c.chance(0.3),
                 invisible=c.chance(0.2), trailing=c.chance(0.3), blank_lines=c.chance(0.3),
                 entities=c.chance(0.3), mojibake=c.choice(("", "", "", "page", "lines")),
                 final_newline=c.chance(0.3), seed=c.integer(0, 2**31))


def draw_dump(c: Chooser, limits: frozenset[str] = frozenset()) -> list[Example]:
    """Two or three pages for one dump, each with its logo line (where a page starts)."""
    pages: list[Example] = []
    while len(pages) < 2 or (len(pages) < 3 and c.chance(0.5)):
        example = draw_example(c, limits)
        if example.layout.header not in ("full", "logo_only"):
            continue
        if "dirty_dump" in limits:
            example = replace(example, noise=replace(example.noise, tabs=False, spaces=False, trailing=False,
                                                     invisible=False, mojibake=""))
        pages.append(example)
    if any(any((e.noise.tabs, e.noise.spaces, e.noise.trailing, e.noise.invisible, e.noise.mojibake))
           for e in pages):
        pages = [replace(e, shapes=e.shapes | {"dirty_dump"}) for e in pages]
    return pages


def draw_example(c: Chooser, limits: frozenset[str] = frozenset(), site: bool = False) -> Example:
    """One page: its expected record, layout, noise and shapes. With ``site``, a page
    as the site prints most of them: every section, four description paragraphs,
    8-10 co-investors, 1-4 angels and 8-10 deals (the seed page's size)."""
    d = _Draw(c, limits)
    layout = draw_layout(d)
    name = investor_name(d)
    present = (lambda p: True) if site else c.chance
    focus_labels = d.distinct(lambda: industry(d, "unknown_focus"), c.integer(1, 10)) if present(0.8) else []
    focus = frozenset(x.casefold() for x in focus_labels)
    record = InvestorProfile(name=name, location=entity_location(d) if present(0.95) else None)
    if present(0.85):
        record.description = description(d, name, site)
    words: tuple[str | None, ...] = (None,) * 5
    if present(0.85):
        record.stats, words = stats(d)
    record.highlights = highlights(d, focus_labels) if present(0.85) else None
    record.stage_focus = stage_focus(d) if present(0.8) else []
    record.country_focus = country_focus(d) if present(0.8) else []
    record.industry_focus = focus_labels
    record.co_investors = [CoInvestor(name=n, location=p, co_investments=c.integer(1, 20))
                           for n, p in entries(d, c.integer(8 if site else 0, 10), lambda: investor_name(d), name)]
    record.angels = [Angel(name=n, location=p, shared_deals=c.integer(1, 5))
                     for n, p in entries(d, c.integer(1 if site else 0, 4), lambda: person_name(d), name)]
    companies: list[str] = []
    for _ in range(c.integer(8 if site else 0, 10)):
        new = deal(d, focus, focus_labels, layout)
        if new.company not in companies:  # the site lists a company once
            record.recent_deals.append(new)
            companies += [new.company] if new.company else []
    d.note("unknown_focus", any(not is_known(x) for x in focus_labels))
    layout = replace(layout, words=words)
    if layout.header == "cut" and c.chance(0.5):
        record, layout = cut_into(d, record, layout)
    return Example(InvestorProfile.model_validate(record.model_dump()), layout, draw_noise(d), frozenset(d.shapes))
