"""Reading comma lists in prose: "China, India and United States".

A list is cut at commas, semicolons and "and"/"&", but the vocabulary
decides first: "Oil and Gas" or "Trinidad and Tobago" stays one item when
``is_item`` knows it whole.

>>> [item for item, _, _ in split_list("Series C, Series B, and Series A")]
['Series C', 'Series B', 'Series A']
>>> [item for item, _, _ in split_list("Oil and Gas, Food and Beverage and DevOps",
...                                    lambda text: text in ("Oil and Gas", "Food and Beverage"))]
['Oil and Gas', 'Food and Beverage', 'DevOps']
>>> split_list("A, B")
[('A', 0, 1), ('B', 3, 4)]
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

_COMMAS = re.compile(r"\s*[,;]\s*")
_AND = re.compile(r"\s+(?:and|&)\s+|\s*&\s*")
_LEADING_AND = re.compile(r"(?:and|&)\s+")
_TRIM = " ."

Item = tuple[str, int, int]  # an item as written, where it starts and ends in the text


def _trimmed(text: str, start: int, end: int) -> Item | None:
    """``text[start:end]`` without surrounding spaces and dots; None when nothing is left."""
    while start < end and text[start] in _TRIM:
        start += 1
    while end > start and text[end - 1] in _TRIM:
        end -= 1
    return (text[start:end], start, end) if start < end else None


def _runs(text: str, pattern: re.Pattern[str], start: int, end: int,
          keep: Sequence[tuple[int, int]] = ()) -> list[tuple[int, int]]:
    """The stretches of ``text[start:end]`` between matches of ``pattern`` (none inside ``keep``)."""
    runs, at = [], start
    for match in pattern.finditer(text, start, end):
        if any(low <= match.start() < high for low, high in keep):
            continue
        runs.append((at, match.start()))
        at = match.end()
    runs.append((at, end))
    return runs


def _and_items(text: str, start: int, end: int, is_item: Callable[[str], bool]) -> list[Item]:
    """The items of one comma part: cut at "and", but the longest run of pieces
    that ``is_item`` knows whole stays one item."""
    pieces = _runs(text, _AND, start, end)
    items: list[Item] = []
    at = 0
    while at < len(pieces):
        stop = next((j for j in range(len(pieces), at + 1, -1)
                     if is_item(text[pieces[at][0]:pieces[j - 1][1]])), at + 1)
        item = _trimmed(text, pieces[at][0], pieces[stop - 1][1])
        if item is not None:
            items.append(item)
        at = stop
    return items


def split_list(text: str, is_item: Callable[[str], bool] = lambda _: False,
               keep: Sequence[tuple[int, int]] = ()) -> list[Item]:
    """The items of a comma/and list with their places in ``text``, empty ones
    dropped; no comma inside a ``keep`` span cuts (a label that holds commas)."""
    items: list[Item] = []
    for start, end in _runs(text, _COMMAS, 0, len(text), keep):
        lead = _LEADING_AND.match(text, start, end)
        if lead:
            start = lead.end()
        if is_item(text[start:end].strip(_TRIM)):
            item = _trimmed(text, start, end)
            items += [item] if item else []
        else:
            items += _and_items(text, start, end, is_item)
    return items
