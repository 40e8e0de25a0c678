"""The industry vocabulary as the oracle sees it, and which tag runs are fair tests.

The vocabulary is the shipped data file ``profile_parser/data/industries.txt``
(data, not parser code). A label is known when it is in that file or in the
page's own Industry Focus list (README: "plus the page's own Industry Focus
labels"); case does not count.

A run of tags printed with no separator is only a fair test when it has one
reading. :func:`readable_run` checks that with a lenient reader in mind: a
label matches ignoring case and punctuation, and may lose its spaces
("LegalTech" for "Legal Tech", issue 12), but a tag never starts or ends at a
space (tags are glued). The known tags of the run must then split one way
only, and no known label may overlap an unknown tag, so the unknown tag's
ends are where its known neighbours end.

>>> is_known("smart home"), is_known("QuantumOps"), is_known("QuantumOps", frozenset({"quantumops"}))
(True, False, True)
>>> readable_run(("Manufacturing", "Smart Home"), (False, False))
True
>>> readable_run(("Consumer", "Electronics"), (False, False))  # also "Consumer Electronics"
False
>>> readable_run(("Robotics", "LegalTech", "QuantumOps"), (False, False, True))
True
"""

from __future__ import annotations

import functools
from collections.abc import Iterable
from importlib import resources
from itertools import pairwise

from .tables import SITE_SPELLINGS

_Key = tuple[str, tuple[int, ...]]


@functools.lru_cache(maxsize=1)
def vocabulary() -> tuple[str, ...]:
    """The labels of industries.txt in canonical spelling."""
    text = resources.files("profile_parser.data").joinpath("industries.txt").read_text("utf-8")
    return tuple(line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#"))


@functools.lru_cache(maxsize=1)
def _folded() -> frozenset[str]:
    return frozenset(label.casefold() for label in vocabulary())


def is_known(label: str, extra: frozenset[str] = frozenset()) -> bool:
    """In the vocabulary or in ``extra`` (case-folded page labels), ignoring case."""
    folded = label.casefold()
    return folded in _folded() or folded in extra


def squash(text: str) -> tuple[str, tuple[int, ...]]:
    """Letters and digits case-folded, and where spaces stood between them.

    >>> squash("Artificial Intelligence (AI)")
    ('artificialintelligenceai', (10, 22))
    """
    chars: list[str] = []
    spaces: list[int] = []
    for ch in text.casefold():
        if ch.isalnum():
            chars.append(ch)
        elif ch.isspace() and chars and (not spaces or spaces[-1] != len(chars)):
            spaces.append(len(chars))
    return "".join(chars), tuple(spaces)


def _keys(labels: Iterable[str]) -> set[_Key]:
    """Each label as written and with its spaces lost."""
    keys = set()
    for label in labels:
        text, spaces = squash(label)
        keys |= {(text, spaces), (text, ())}
    return keys


@functools.lru_cache(maxsize=1)
def _base() -> tuple[frozenset[_Key], frozenset[str], int]:
    keys = _keys((*vocabulary(), *SITE_SPELLINGS.values()))
    prefixes = frozenset(text[:i] for text, _ in keys for i in range(1, len(text) + 1))
    return frozenset(keys), prefixes, max(len(text) for text, _ in keys)


def _matches(printed: str, extra: frozenset[str]) -> tuple[int, list[tuple[int, int]]]:
    """Length of the squashed run, and every (start, end) a known label may cover."""
    base, prefixes, longest = _base()
    more = _keys(extra)
    more_prefixes = {text[:i] for text, _ in more for i in range(1, len(text) + 1)}
    longest = max([longest, *(len(text) for text, _ in more)])
    text, spaces = squash(printed)
    found = []
    for a in range(len(text)):
        if a in spaces:
            continue  # a tag never starts after a space
        for b in range(a + 1, min(len(text), a + longest) + 1):
            piece = text[a:b]
            if piece not in prefixes and piece not in more_prefixes:
                break
            key = (piece, tuple(p - a for p in spaces if a < p < b))
            if b not in spaces and (key in base or key in more):
                found.append((a, b))
    return len(text), found


def _readings(low: int, high: int, matches: list[tuple[int, int]]) -> int:
    """How many ways [low, high) splits into matches (counting stops at 2)."""
    ways = {low: 1}
    for position in range(low, high):
        if ways.get(position):
            for a, b in matches:
                if a == position and b <= high:
                    ways[b] = min(2, ways.get(b, 0) + ways[position])
    return ways.get(high, 0)


@functools.lru_cache(maxsize=65536)
def readable_run(printed: tuple[str, ...], unknown: tuple[bool, ...],
                 extra: frozenset[str] = frozenset()) -> bool:
    """True when the run of ``printed`` tags has exactly one reading.

    ``unknown[i]`` says tag i is outside the vocabulary and ``extra``; it must
    not stand next to another unknown tag.
    """
    if any(a and b for a, b in pairwise(unknown)):
        return False
    size, matches = _matches("".join(printed), extra)
    spans, start = [], 0
    for tag in printed:
        end = start + len(squash(tag)[0])
        spans.append((start, end))
        start = end
    if start != size:
        return False
    for (low, high), is_unknown in zip(spans, unknown, strict=True):
        if is_unknown and any(a < high and b > low for a, b in matches):
            return False
    runs: list[list[int]] = []  # [low, high) of each stretch of known tags
    for (low, high), is_unknown in zip(spans, unknown, strict=True):
        if is_unknown:
            continue
        if runs and runs[-1][1] == low:
            runs[-1][1] = high
        else:
            runs.append([low, high])
    return all(_readings(low, high, matches) == 1 for low, high in runs)
