"""Make a failing page small: drop noise, layout choices, sections and items while
the page still fails the same way.

>>> import random
>>> from synth.generate import draw_example, RandomChooser
>>> example = draw_example(RandomChooser(random.Random(3)))
>>> small = shrink(example, lambda e: e.record.name == example.record.name)
>>> small.record.recent_deals, small.record.co_investors, small.noise.is_clean()
([], [], True)
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import fields, replace
from typing import Any

from profile_parser.models import Highlights

from .generate import Example
from .noise import Noise
from .render import Layout, tag
from .vocab import is_known, readable_run

_OPTIONAL: dict[str, Any] = {
    "location": None, "description": None, "stats": None, "highlights": None, "stage_focus": [],
    "country_focus": [], "industry_focus": [], "co_investors": [], "angels": [], "recent_deals": []}
_LISTS = ("stage_focus", "country_focus", "industry_focus", "co_investors", "angels", "recent_deals")
_HIGHLIGHT_LISTS = ("top_stages", "top_countries", "themes", "other")


def _without(items: list[Any], i: int) -> list[Any]:
    return items[:i] + items[i + 1:]


def _record(example: Example, **update: Any) -> Example:
    return replace(example, record=example.record.model_copy(update=update))


def _highlights(example: Example) -> Iterator[Example]:
    h = example.record.highlights
    if h is None:
        return
    for name in _HIGHLIGHT_LISTS:
        items = getattr(h, name)
        for i in range(len(items) if len(items) > 1 else 0):
            yield _record(example, highlights=h.model_copy(update={name: _without(items, i)}))
    for name in (*_HIGHLIGHT_LISTS, "rounds_led_past_year", "check_size"):
        if getattr(h, name):
            smaller = h.model_copy(update={name: [] if name in _HIGHLIGHT_LISTS else None})
            yield _record(example, highlights=None if smaller == Highlights() else smaller)


def candidates(example: Example) -> Iterator[Example]:
    """Smaller or plainer versions of ``example``, plainest first."""
    if not example.noise.is_clean():
        yield replace(example, noise=Noise())
    for f in fields(Noise):
        if f.name != "seed" and getattr(example.noise, f.name) != getattr(Noise(), f.name):
            yield replace(example, noise=replace(example.noise, **{f.name: getattr(Noise(), f.name)}))
    for f in fields(Layout):
        if getattr(example.layout, f.name) != getattr(Layout(), f.name):
            yield replace(example, layout=replace(example.layout, **{f.name: getattr(Layout(), f.name)}))
    r = example.record
    for name, empty in _OPTIONAL.items():
        if getattr(r, name) != empty:
            yield _record(example, **{name: empty})
    for name in _LISTS:
        items = getattr(r, name)
        for i in range(len(items)):
            yield _record(example, **{name: _without(items, i)})
    if r.description and "\n\n" in r.description:
        paragraphs = r.description.split("\n\n")
        for i in range(len(paragraphs)):
            yield _record(example, description="\n\n".join(_without(paragraphs, i)))
    yield from _highlights(example)
    for i, deal in enumerate(r.recent_deals):
        if deal.amount_raised is not None:
            deals = list(r.recent_deals)
            deals[i] = deal.model_copy(update={"amount_raised": None})
            yield _record(example, recent_deals=deals)


def fair(example: Example) -> bool:
    """Every deal's tag run still has one reading (the Industry Focus list may have shrunk)."""
    focus = frozenset(label.casefold() for label in example.record.industry_focus)
    return all(readable_run(tuple(tag(x, example.layout) for x in d.industries),
                            tuple(not is_known(x, focus) for x in d.industries), focus)
               for d in example.record.recent_deals if d.industries)


def shrink(example: Example, still_fails: Callable[[Example], bool], budget: int = 3000) -> Example:
    """The smallest version of ``example`` found for which ``still_fails`` holds."""
    improved = True
    while improved and budget > 0:
        improved = False
        for candidate in candidates(example):
            budget -= 1
            if budget <= 0:
                break
            if fair(candidate) and still_fails(candidate):
                example, improved = candidate, True
                break
    return example
