"""Industry tags: canonical spelling, and runs of tags split apart.

The vocabulary is Crunchbase's public industry list, shipped as
``profile_parser/data/industries.txt``. Users add labels without editing the
package: call :func:`add_industries`, or name files (one label a line) in the
environment variable ``PROFILE_PARSER_INDUSTRIES`` (separated by the OS path
separator). A page's own "Industry Focus" labels count too (``extra``).

>>> split_tags("ManufacturingSmart Home")
['Manufacturing', 'Smart Home']
>>> split_tags("Artificial Intelligence (AI)Cloud ComputingElectronics")
['Artificial Intelligence (AI)', 'Cloud Computing', 'Electronics']
>>> split_tags("Health CaremHealth"), split_tags("FinTechMobile Payments")
(['Health Care', 'mHealth'], ['FinTech', 'Mobile Payments'])
>>> canonical_industry("Artificial Intelligence (Ai)"), canonical_industry("Saas")
('Artificial Intelligence (AI)', 'SaaS')

Words outside the vocabulary fall back to camel-case splitting and are
reported as unknown:

>>> split_tag_run("RetailQuantum Basket Weaving")
(['Retail', 'Quantum Basket Weaving'], ['Quantum Basket Weaving'])
"""

from __future__ import annotations

import functools
import logging
import os
from collections.abc import Iterable, Mapping
from importlib import resources

logger = logging.getLogger(__name__)

ENV_VAR = "PROFILE_PARSER_INDUSTRIES"
_added: dict[str, str] = {}
_MAX_SPAN = 10  # candidate boundaries one tag may span


def _key(label: str) -> str:
    return " ".join(label.split()).casefold()


def _read_labels(lines: Iterable[str]) -> dict[str, str]:
    labels: dict[str, str] = {}
    for line in lines:
        label = " ".join(line.split())
        if label and not label.startswith("#"):
            labels.setdefault(_key(label), label)
    return labels


@functools.lru_cache(maxsize=1)
def _shipped() -> dict[str, str]:
    text = resources.files("profile_parser.data").joinpath("industries.txt").read_text("utf-8")
    labels = _read_labels(text.splitlines())
    for path in filter(None, os.environ.get(ENV_VAR, "").split(os.pathsep)):
        try:
            with open(path, encoding="utf-8") as handle:
                labels.update(_read_labels(handle))
        except OSError as error:
            logger.warning("cannot read industry labels from %s: %s", path, error)
    return labels


def add_industries(labels: Iterable[str]) -> None:
    """Add industry labels (in their canonical spelling) for this process."""
    _added.update(_read_labels(labels))
    _lowercase_initial.cache_clear()


def vocabulary() -> Mapping[str, str]:
    """Case-folded label -> canonical label, shipped and added."""
    if not _added:
        return _shipped()
    return {**_shipped(), **_added}


@functools.lru_cache(maxsize=1)
def _lowercase_initial() -> tuple[str, ...]:
    # labels such as "mHealth", "iOS", "eSports" start a tag at a lower-case letter
    return tuple(k for k, v in vocabulary().items() if v[:1].islower())


def canonical_industry(label: str, extra: Mapping[str, str] | None = None) -> str | None:
    """The canonical spelling of a known label; None if the label is unknown."""
    key = _key(label)
    if extra and key in extra:
        return extra[key]
    return vocabulary().get(key)


def _boundaries(text: str, lowered: str) -> list[int]:
    """Where a tag may start: an upper-case letter or digit run into the previous
    word, or a lower-case-initial label such as "mHealth"."""
    cuts = {0, len(text)}
    for i in range(1, len(text)):
        char, before = text[i], text[i - 1]
        if (char.isupper() or char.isdigit()) and before not in " -/&('.+" and not (
            before.isdigit() and char.isdigit()
        ):
            cuts.add(i)
    for label in _lowercase_initial():
        start = lowered.find(label, 1)
        while start != -1:
            cuts.add(start)
            start = lowered.find(label, start + 1)
    return sorted(cuts)


def _is_camel_free(piece: str) -> bool:
    return not any(a.islower() and b.isupper() for a, b in zip(piece, piece[1:]))


def split_tag_run(text: str, extra: Mapping[str, str] | None = None) -> tuple[list[str], list[str]]:
    """Split a run of tags; returns (tags, the ones outside the vocabulary).

    Known labels are preferred, then fewer tags; an unknown piece never spans
    a lower-to-upper case change (the fallback rule).
    """
    text = " ".join(text.split())
    if not text:
        return [], []
    lowered = text.casefold()
    cuts = _boundaries(text, lowered)
    # best[j]: (unknown characters, tags, previous cut) for text[:cuts[j]]
    best: list[tuple[int, int, int]] = [(0, 0, -1)] + [(10**9, 0, -1)] * (len(cuts) - 1)
    for j in range(1, len(cuts)):
        for i in range(max(0, j - _MAX_SPAN), j):
            if best[i][0] >= 10**9:
                continue
            piece = text[cuts[i] : cuts[j]].strip()
            if not piece:
                continue
            if canonical_industry(piece, extra) is not None:
                unknown = 0
            elif j - i == 1 or _is_camel_free(piece):
                unknown = len(piece)
            else:
                continue
            cost = (best[i][0] + unknown, best[i][1] + 1, i)
            if cost[:2] < best[j][:2]:
                best[j] = cost
    tags: list[str] = []
    unknown_tags: list[str] = []
    j = len(cuts) - 1
    while j > 0:
        i = best[j][2]
        piece = text[cuts[i] : cuts[j]].strip()
        label = canonical_industry(piece, extra)
        tags.append(label or piece)
        if label is None:
            unknown_tags.append(piece)
        j = i
    tags.reverse()
    unknown_tags.reverse()
    return tags, unknown_tags


def split_tags(text: str) -> list[str]:
    """Split a run of industry tags into canonical labels (unknown ones as written)."""
    return split_tag_run(text)[0]
