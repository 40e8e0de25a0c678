"""Industry tags: canonical spelling, and runs of tags split apart.

The vocabulary is Crunchbase's public industry list, shipped as
``profile_parser/data/industries.txt``. Users add labels without editing the
package: call :func:`add_industries`, or name files (one label a line) in the
environment variable ``PROFILE_PARSER_INDUSTRIES`` (separated by the OS path
separator), read once on first use. A page's own "Industry Focus" labels
count too (``extra``: case-folded label -> label).

>>> split_tags("ManufacturingSmart Home")
['Manufacturing', 'Smart Home']
>>> split_tags("Artificial Intelligence (AI)Cloud ComputingElectronics")
['Artificial Intelligence (AI)', 'Cloud Computing', 'Electronics']
>>> split_tags("Health CaremHealth"), split_tags("FinTechMobile Payments")
(['Health Care', 'mHealth'], ['FinTech', 'Mobile Payments'])
>>> canonical_industry("Artificial Intelligence (Ai)"), canonical_industry("Saas")
('Artificial Intelligence (AI)', 'SaaS')

A single label is also found with other spacing, hyphens or "&"/"and", and
a label with an abbreviation by its long form alone:

>>> canonical_industry("Healthcare"), canonical_industry("ecommerce")
('Health Care', 'E-Commerce')
>>> canonical_industry("Artificial Intelligence"), canonical_industry("Warp Drives") is None
('Artificial Intelligence (AI)', True)

Words outside the vocabulary fall back to camel-case splitting and are
reported as unknown:

>>> split_tag_run("RetailQuantum Basket Weaving")
(['Retail', 'Quantum Basket Weaving'], ['Quantum Basket Weaving'])
"""

from __future__ import annotations

import functools
import itertools
import logging
import os
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from importlib import resources

logger = logging.getLogger(__name__)

ENV_VAR = "PROFILE_PARSER_INDUSTRIES"
_added: dict[str, str] = {}
_MAX_SPAN = 10  # candidate boundaries one tag may span
_MAX_CACHED = 300  # longer runs are split without being cached
_UNKNOWN = 1 << 62
_TAG_WEIGHT = 1 << 32  # one unknown character costs more than any number of tags

# A tag may start at an upper-case letter (or a digit) run into the word
# before it: not after a space or "-/&('.+", and a digit not after a digit.
# (The cheap look-ahead comes first: most positions fail it at once.)
_CASE_CUT = re.compile(r"(?=[A-Z0-9])(?<=[^\s\-/&('.+])(?!(?<=[0-9])[0-9])")
_CAMEL = re.compile(r"[a-z][A-Z]")
_SEPARATORS = re.compile(r"\s*(?:[,;|•·]|\s-\s)\s*")
_LOOSE_NOISE = re.compile(r"[\W_]+")
_ABBREVIATED = re.compile(r"(?P<long>.+?) \([^()]{1,12}\)")


def _key(label: str) -> str:
    return " ".join(label.split()).casefold()


def _loose(label: str) -> str:
    """Key that ignores spacing and punctuation ("Health Care" ~ "Healthcare")."""
    return _LOOSE_NOISE.sub("", label.casefold().replace("&", "and"))


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
        except (OSError, UnicodeError) as error:
            logger.warning("cannot read industry labels from %s: %s", path, error)
    return labels


def add_industries(labels: Iterable[str]) -> None:
    """Add industry labels (in their canonical spelling) for this process.

    >>> canonical_industry("zorbing doctest label") is None
    True
    >>> add_industries(["Zorbing Doctest Label"])
    >>> split_tag_run("RetailZorbing Doctest Label")
    (['Retail', 'Zorbing Doctest Label'], [])
    """
    _added.update(_read_labels(labels))
    _index.cache_clear()
    _loose_index.cache_clear()
    _split_cached.cache_clear()


def vocabulary() -> Mapping[str, str]:
    """Case-folded label -> canonical label, shipped and added."""
    if not _added:
        return _shipped()
    return {**_shipped(), **_added}


@dataclass(frozen=True)
class _Index:
    exact: Mapping[str, str]  # case-folded label -> label
    starters: tuple[str, ...]  # lower-case-initial labels, case-folded: "mhealth", "ios"
    heads: frozenset[str]  # labels that can start a longer label


def _starters(labels: Iterable[str]) -> tuple[str, ...]:
    # such labels start a tag at a lower-case letter, so they add boundaries
    return tuple(sorted({label.casefold() for label in labels if label[:1].islower()}))


def _cuts(text: str, starters: Iterable[str]) -> list[int]:
    """Where a tag may start, with 0 and len(text).

    >>> _cuts("FinTechmHealth", ["mhealth"]), _cuts("B2B99Cents", [])
    ([0, 3, 7, 8, 14], [0, 1, 2, 3, 5, 10])
    """
    cuts = {0, len(text)}
    if text.isascii():
        cuts.update(match.start() for match in _CASE_CUT.finditer(text, 1))
    else:  # Unicode capitals: no regex class for them, so test each character
        cuts.update(
            i for i in range(1, len(text))
            if (text[i].isupper() or text[i].isdigit()) and text[i - 1] not in " -/&('.+"
            and not (text[i - 1].isdigit() and text[i].isdigit())
        )
    lowered = text.casefold() if text.isascii() else text.lower()
    if len(lowered) == len(text):  # positions agree (they may not for exotic letters)
        for label in starters:
            at = lowered.find(label, 1)
            while at != -1:
                cuts.add(at)
                at = lowered.find(label, at + 1)
    return sorted(cuts)


def _heads(keys: Iterable[str]) -> frozenset[str]:
    """Labels that are a proper prefix of another label ("mobile" of "mobile apps").

    In sorted order the keys that start with a key follow it at once, so
    comparing neighbours is enough.

    >>> sorted(_heads(["mobile", "mobile apps", "fin", "fintech", "retail", "mobile payments"]))
    ['fin', 'mobile']
    """
    ordered = sorted(keys)
    return frozenset(a for a, b in itertools.pairwise(ordered) if b.startswith(a))


@functools.lru_cache(maxsize=1)
def _index() -> _Index:
    exact = vocabulary()
    return _Index(exact, _starters(exact.values()), _heads(exact))


@functools.lru_cache(maxsize=1)
def _loose_index() -> dict[str, str]:
    """_loose(label) -> label, and the long form of "X (ABBR)" labels; built on
    the first label the exact index does not know."""
    labels = _index().exact.values()
    loose: dict[str, str] = {}
    for label in labels:
        loose.setdefault(_loose(label), label)
    for label in labels:  # long forms after full labels: those win
        abbreviated = _ABBREVIATED.fullmatch(label)
        if abbreviated:
            loose.setdefault(_loose(abbreviated.group("long")), label)
    return loose


def canonical_industry(label: str, extra: Mapping[str, str] | None = None) -> str | None:
    """The canonical spelling of a known label; None if the label is unknown.

    >>> canonical_industry("IOS"), canonical_industry("mhealth"), canonical_industry("Fin-Tech")
    ('iOS', 'mHealth', 'FinTech')
    >>> canonical_industry("Quantum Sock", {"quantum sock": "Quantum Sock"})
    'Quantum Sock'
    """
    key = _key(label)
    if extra and key in extra:
        return extra[key]
    found = _index().exact.get(key)
    if found is None and len(key) <= 200:
        found = _loose_index().get(_loose(key))
    return found


def _extra_items(extra: Mapping[str, str] | None) -> tuple[tuple[str, str], ...]:
    """The extra labels that add to the vocabulary (most page labels are in it)."""
    if not extra:
        return ()
    exact = _index().exact
    return tuple((key, label) for key, label in extra.items() if exact.get(key) != label)


def _best_path(
    text: str, cuts: list[int], known: Mapping[str, str], extra: Mapping[str, str]
) -> list[int]:
    """Cut indices of the best split: fewest unknown characters, then fewest tags.

    An unknown piece never spans a lower-to-upper case change (the fallback
    rule), unless it is one piece between two neighbouring boundaries.

    >>> _best_path("FinTechRetail", [0, 3, 7, 13], {"fintech": "FinTech"}, {})
    [0, 2, 3]
    """
    size = len(cuts)
    lowered = text.lower() if text.isascii() else ""  # ASCII: same positions as text
    # for text[:cuts[j]]: cost[j] = unknown characters * 1024 + tags; back[j] = previous cut
    cost = [0] + [_UNKNOWN] * (size - 1)
    back = [0] * size
    for j in range(1, size):
        end = cuts[j]
        best, best_from = _UNKNOWN, 0
        for i in range(max(0, j - _MAX_SPAN), j):
            before = cost[i]
            if before >= best:  # costs only grow along a path
                continue
            key = lowered[cuts[i]:end].strip() if lowered else text[cuts[i]:end].strip().casefold()
            if key in known or key in extra:
                step = 1
            elif not key:
                continue
            elif j - i == 1 or not _CAMEL.search(text, cuts[i], end):
                step = len(key) * _TAG_WEIGHT + 1
            else:
                continue
            if before + step < best:
                best, best_from = before + step, i
        cost[j], back[j] = best, best_from
    path = [size - 1]
    while path[-1] > 0:
        path.append(back[path[-1]])
    return path[::-1]


def _all_known(pieces: list[str], index: _Index) -> list[str] | None:
    """The labels of camel-case pieces when each is a label and none but the
    last can start a longer label: then no split has fewer unknown characters
    or fewer tags (the fast path). None when that does not hold.

    >>> _all_known(["Manufacturing", "Smart Home"], _index())
    ['Manufacturing', 'Smart Home']
    >>> _all_known(["Fin", "Tech"], _index()) is None, _all_known(["Mobile", "Apps"], _index())
    (True, None)
    """
    labels = []
    for piece in pieces:
        label = index.exact.get(piece.strip().lower())
        if label is None:
            return None
        labels.append(label)
    if any(label.casefold() in index.heads for label in labels[:-1]):
        return None
    return labels


def _split_one(text: str, extra: Mapping[str, str]) -> tuple[list[str], list[str]]:
    index = _index()
    if text.isascii() and not any(label in text.lower() for label in index.starters):
        pieces = _CASE_CUT.split(text)
        if not extra and (labels := _all_known(pieces, index)) is not None:
            return labels, []
        cuts = [0, *itertools.accumulate(map(len, pieces))]
    else:
        cuts = _cuts(text, index.starters)
    path = _best_path(text, cuts, index.exact, extra)
    tags: list[str] = []
    unknown: list[str] = []
    for i, j in itertools.pairwise(path):
        piece = text[cuts[i]:cuts[j]].strip()
        label = canonical_industry(piece, extra)
        tags.append(label or piece)
        if label is None:
            unknown.append(piece)
    return tags, unknown


@functools.lru_cache(maxsize=4096)
def _split_cached(
    text: str, extra_items: tuple[tuple[str, str], ...]
) -> tuple[tuple[str, ...], tuple[str, ...]]:
    tags: list[str] = []
    unknown: list[str] = []
    extra = dict(extra_items)
    for chunk in _SEPARATORS.split(text):
        if chunk:
            chunk_tags, chunk_unknown = _split_one(chunk, extra)
            tags += chunk_tags
            unknown += chunk_unknown
    return tuple(tags), tuple(unknown)


def split_tag_run(text: str, extra: Mapping[str, str] | None = None) -> tuple[list[str], list[str]]:
    """Split a run of tags; returns (tags, the ones outside the vocabulary).

    Known labels are preferred, then fewer tags. Commas, semicolons, bars
    and bullets also separate tags.

    >>> split_tag_run("SaasFoo BarIos")
    (['SaaS', 'Foo Bar', 'iOS'], ['Foo Bar'])
    >>> split_tag_run("Retail, Health Care; Ecommerce")
    (['Retail', 'Health Care', 'E-Commerce'], [])
    """
    text = " ".join(text.split())
    extra_items = _extra_items(extra)
    if len(text) > _MAX_CACHED:
        tags, unknown = _split_cached.__wrapped__(text, extra_items)
    else:
        tags, unknown = _split_cached(text, extra_items)
    return list(tags), list(unknown)


def split_tags(text: str) -> list[str]:
    """Split a run of industry tags into canonical labels (unknown ones as written).

    >>> split_tags(""), split_tags("AutomotiveElectric VehicleSensor")
    ([], ['Automotive', 'Electric Vehicle', 'Sensor'])
    """
    return split_tag_run(text)[0]
