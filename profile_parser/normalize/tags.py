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

A label is found without regard to case, spacing, hyphens or "&"/"and", and
a label with an abbreviation by its long form alone or by an abbreviation of
three letters or more:

>>> canonical_industry("Healthcare"), canonical_industry("ecommerce"), canonical_industry("Devops")
('Health Care', 'E-Commerce', 'DevOps')
>>> canonical_industry("Artificial Intelligence"), canonical_industry("Nft")
('Artificial Intelligence (AI)', 'Non-Fungible Token (NFT)')
>>> canonical_industry("Warp Drives") is None
True

A run is cut at labels found the same way; what lies between labels and is
in no vocabulary is one unknown tag, never cut inside at a change of case:

>>> split_tags("RoboticsLegalTechDevOps"), split_tags("DevOpsDeveloper Tools")
(['Robotics', 'Legal Tech', 'DevOps'], ['DevOps', 'Developer Tools'])
>>> split_tag_run("RetailQuantumSockWeaving")
(['Retail', 'QuantumSockWeaving'], ['QuantumSockWeaving'])
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
_MIN_ABBREVIATION = 3  # "NFT" names "Non-Fungible Token (NFT)"; "AI" alone names nothing

#: One tag of a run: its label (canonical, or as written when unknown), where
#: it starts and ends in the text given, and whether a vocabulary knows it.
Span = tuple[str, int, int, bool]

# A tag may start at an upper-case letter (or a digit) run into the word
# before it: not after a space or "-/&('.+". A digit after a digit may start
# one too ("Web3" + "3D Technology"): the best split decides.
# (The cheap look-ahead comes first: most positions fail it at once.)
_CASE_CUT = re.compile(r"(?=[A-Z0-9])(?<=[^\s\-/&('.+])")
_SEPARATORS = re.compile(r"\s*(?:[,;|•·]|\s-\s)\s*")
_SEPARATOR_CHARS = re.compile(r"[,;|•·]| - ")  # a cheap test before _SEPARATORS
_LOOSE_NOISE = re.compile(r"[\W_]+")
_NON_SPACE = re.compile(r"\S+")
_ABBREVIATED = re.compile(r"(?P<long>.+?) \((?P<short>[^()]{1,12})\)")


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
    _labels.cache_clear()
    _unknown_items.cache_clear()
    _loose_index.cache_clear()
    _extra_index.cache_clear()
    _spans_cached.cache_clear()
    _run.cache_clear()


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
    separated: tuple[str, ...]  # case-folded labels with a separator inside: "heating, ventilation, …"


def _starters(labels: Iterable[str]) -> tuple[str, ...]:
    # such labels start a tag at a lower-case letter, so they add boundaries
    return tuple(sorted({label.casefold() for label in labels if label[:1].islower()}))


def _cuts(text: str, starters: Iterable[str]) -> list[int]:
    """Where a tag may start, with 0 and len(text).

    >>> _cuts("FinTechmHealth", ["mhealth"]), _cuts("B2B99Cents", [])
    ([0, 3, 7, 8, 14], [0, 1, 2, 3, 4, 5, 10])
    """
    cuts = {0, len(text)}
    if text.isascii():
        cuts.update(match.start() for match in _CASE_CUT.finditer(text, 1))
    else:  # Unicode capitals: no regex class for them, so test each character
        cuts.update(
            i for i in range(1, len(text))
            if (text[i].isupper() or text[i].isdigit()) and text[i - 1] not in " -/&('.+"
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
    separated = tuple(key for key in exact if _SEPARATOR_CHARS.search(key))
    return _Index(exact, _starters(exact.values()), _heads(exact), separated)


@functools.lru_cache(maxsize=1)
def _loose_index() -> dict[str, str]:
    """_loose(label) -> label, and the long form and an abbreviation of three
    letters or more of "X (ABBR)" labels ("Non-Fungible Token (NFT)")."""
    labels = _index().exact.values()
    loose: dict[str, str] = {}
    for label in labels:
        loose.setdefault(_loose(label), label)
    for label in labels:  # long forms and abbreviations after full labels: those win
        abbreviated = _ABBREVIATED.fullmatch(label)
        if abbreviated:
            loose.setdefault(_loose(abbreviated.group("long")), label)
            short = _loose(abbreviated.group("short"))
            if len(short) >= _MIN_ABBREVIATION:
                loose.setdefault(short, label)
    return loose


def _extra_items(extra: Mapping[str, str] | None) -> tuple[tuple[str, str], ...]:
    """The extra labels that add to the vocabulary: those it does not know."""
    if not extra:
        return ()
    return _unknown_items(tuple(extra.items()))


@functools.lru_cache(maxsize=256)  # a page asks once per tag run with the same labels
def _unknown_items(items: tuple[tuple[str, str], ...]) -> tuple[tuple[str, str], ...]:
    return tuple((key, label) for key, label in items if _known(key) is None)


@functools.lru_cache(maxsize=256)
def _extra_index(extra_items: tuple[tuple[str, str], ...]) -> dict[str, str]:
    """_loose(key) -> the page's spelling, for the labels the vocabulary lacks."""
    loose: dict[str, str] = {}
    for key, label in extra_items:
        loose.setdefault(_loose(key), label)
    return loose


def _known(label: str) -> str | None:
    """The vocabulary's spelling of a label, found without regard to case or spacing."""
    key = _key(label)
    found = _index().exact.get(key)
    if found is None and len(key) <= 200:
        found = _loose_index().get(_loose(key))
    return found


@functools.lru_cache(maxsize=1)
def _labels() -> frozenset[str]:
    return frozenset(_index().exact.values())


def is_label(label: str) -> bool:
    """A label of the vocabulary, in its canonical spelling (a quick test).

    >>> is_label("Smart Home"), is_label("smart home")
    (True, False)
    """
    return label in _labels()


def canonical_industry(label: str, extra: Mapping[str, str] | None = None) -> str | None:
    """The canonical spelling of a known label; None if the label is unknown.

    The vocabulary's spelling wins ("Devops", "Oil And Gas" and "Generative Ai"
    are "DevOps", "Oil and Gas", "Generative AI"); ``extra`` (the page's own
    labels, case-folded -> as the page spells them) gives the spelling of
    the labels the vocabulary lacks.

    >>> canonical_industry("IOS"), canonical_industry("mhealth"), canonical_industry("Fin-Tech")
    ('iOS', 'mHealth', 'FinTech')
    >>> canonical_industry("Oil And Gas"), canonical_industry("LegalTech")
    ('Oil and Gas', 'Legal Tech')
    >>> canonical_industry("quantum sock", {"quantum sock": "Quantum Sock"})
    'Quantum Sock'
    """
    if not isinstance(label, str):
        return None
    found = _known(label)
    if found is None and extra and len(label) <= 200:
        found = extra.get(_key(label)) or _extra_index(_extra_items(extra)).get(_loose(label))
    return found


def page_labels(spellings: Iterable[str]) -> dict[str, str]:
    """The ``extra`` mapping for a page's own labels (case-folded -> spelling):
    where the page spells one label several ways, the one with inner capitals
    or small words wins over a title-cased copy ("DevOps" in the highlights
    over "Devops" in the list).

    >>> page_labels(["Devops", "AgTech", "DevOps", "Oil And Gas", "Oil and Gas"])
    {'devops': 'DevOps', 'agtech': 'AgTech', 'oil and gas': 'Oil and Gas'}
    """
    labels: dict[str, str] = {}
    for spelling in spellings:
        label = " ".join(spelling.split())
        key = label.casefold()
        if label and (key not in labels or (labels[key] == labels[key].title() and label != label.title())):
            labels[key] = label
    return labels


def _loose_prefix(text: str) -> tuple[str, list[int]]:
    """_loose(text), and where each character of ``text`` starts in it: the loose
    key of ``text[a:b]`` is ``loose[at[a]:at[b]]``.

    >>> _loose_prefix("Oil & Gas")
    ('oilandgas', [0, 1, 2, 3, 3, 6, 6, 7, 8, 9])
    """
    if text.isascii() and "&" not in text:  # the common case, at C speed
        return "".join(filter(str.isalnum, text)).lower(), [0, *itertools.accumulate(map(str.isalnum, text))]
    parts: list[str] = []
    at = [0]
    size = 0
    for char in text:
        part = "and" if char == "&" else char.casefold() if char.isalnum() else ""
        parts.append(part)
        size += len(part)
        at.append(size)
    return "".join(parts), at


def _best_path(text: str, cuts: list[int], extra: Mapping[str, str]) -> list[int]:
    """Cut indices of the best split: fewest characters outside the vocabularies,
    then fewest tags. A piece is known when its loose key (no case, spaces or
    punctuation) is a label's; an unknown piece may span any boundaries, so
    a stretch between labels stays one tag.

    >>> _best_path("LegalTechRetail", [0, 5, 9, 15], {})
    [0, 2, 3]
    >>> _best_path("QuantumSockWeaving", [0, 7, 11, 18], {})
    [0, 3]
    """
    size = len(cuts)
    loose, at = _loose_prefix(text)
    known = _loose_index()
    # for text[:cuts[j]]: cost[j] = unknown characters * _TAG_WEIGHT + tags; back[j] = previous cut
    cost = [0] + [_UNKNOWN] * (size - 1)
    back = [0] * size
    for j in range(1, size):
        end = at[cuts[j]]
        best, best_from = _UNKNOWN, 0
        for i in range(max(0, j - _MAX_SPAN), j):
            before = cost[i]
            if before >= best:  # costs only grow along a path
                continue
            key = loose[at[cuts[i]]:end]
            step = 1 if key in known or key in extra else len(text[cuts[i]:cuts[j]].strip()) * _TAG_WEIGHT + 1
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


def _split_one(text: str, extra: Mapping[str, str], loose_extra: Mapping[str, str]) -> list[Span]:
    """The tags of one chunk (no separators inside, spaces folded), with their
    places in it."""
    index = _index()
    if text.isascii() and not any(label in text.lower() for label in index.starters):
        pieces = _CASE_CUT.split(text)
        if not extra and (labels := _all_known(pieces, index)) is not None:
            spans, start = [], 0
            for piece, label in zip(pieces, labels, strict=True):
                stripped = len(piece) - len(piece.lstrip())
                spans.append((label, start + stripped, start + len(piece.rstrip()), True))
                start += len(piece)
            return spans
        cuts = [0, *itertools.accumulate(map(len, pieces))]
    else:
        cuts = _cuts(text, index.starters)
    path = _best_path(text, cuts, loose_extra)
    spans = []
    for i, j in itertools.pairwise(path):
        start, end = cuts[i], cuts[j]
        piece = text[start:end]
        start, end = start + len(piece) - len(piece.lstrip()), start + len(piece.rstrip())
        found = canonical_industry(text[start:end], extra)
        spans.append((found or text[start:end], start, end, found is not None))
    return spans


def _folded(text: str) -> tuple[str, list[int] | None]:
    """``text`` with whitespace runs folded to one space and trimmed, and where
    each of its characters stands in ``text`` (None when nothing moved).

    >>> _folded(" a  bc ")
    ('a bc', [1, 3, 4, 5])
    """
    folded = " ".join(text.split())
    if folded == text:
        return text, None
    at: list[int] = []
    for word in _NON_SPACE.finditer(text):
        if at:
            at.append(word.start() - 1)  # the folded space stands for the gap's last character
        at.extend(range(word.start(), word.end()))
    return folded, at


def separated_label_spans(text: str) -> list[tuple[int, int]]:
    """Where the labels that hold a comma or another separator stand in ``text``.

    >>> separated_label_spans("Retail, Heating, Ventilation, and Air Conditioning (HVAC)")
    [(8, 57)]
    """
    return _labels_with_separators(text, _index().separated) if _SEPARATOR_CHARS.search(text) else []


def without_separated_labels(text: str) -> str:
    """``text`` with the labels that hold a comma or another separator blanked out
    (a run holding "Heating, Ventilation, and Air Conditioning (HVAC)" is no comma list).

    >>> without_separated_labels("RetailHeating, Ventilation, and Air Conditioning (HVAC)")
    'Retail'
    """
    for start, end in reversed(separated_label_spans(text)):
        text = text[:start] + text[end:]
    return text


def _labels_with_separators(text: str, keys: Iterable[str]) -> list[tuple[int, int]]:
    """Where labels that hold a separator stand in ``text`` ("Heating, Ventilation,
    and Air Conditioning (HVAC)"): no tag is cut there.

    >>> _labels_with_separators("RetailHeating, Ventilation, and Air Conditioning (HVAC)", _index().separated)
    [(6, 55)]
    """
    lowered = text.casefold()
    if len(lowered) != len(text):
        return []
    found = []
    for key in keys:
        at = lowered.find(key)
        while at != -1:
            found.append((at, at + len(key)))
            at = lowered.find(key, at + 1)
    return found


@functools.lru_cache(maxsize=4096)
def _spans_cached(text: str, extra_items: tuple[tuple[str, str], ...]) -> tuple[Span, ...]:
    extra = dict(extra_items)
    loose_extra = _extra_index(extra_items)
    folded, at = _folded(text)
    spans: list[Span] = []
    start = 0
    separators: list[re.Match[str] | None] = []
    if _SEPARATOR_CHARS.search(folded):
        keys = (*_index().separated, *(k for k, _ in extra_items if _SEPARATOR_CHARS.search(k)))
        kept = _labels_with_separators(folded, keys)
        separators = [m for m in _SEPARATORS.finditer(folded) if not any(a <= m.start() < b for a, b in kept)]
    for separator in [*separators, None]:
        end = separator.start() if separator else len(folded)
        if end > start:
            for label, a, b, known in _split_one(folded[start:end], extra, loose_extra):
                a, b = start + a, start + b
                spans.append((label, at[a] if at else a, at[b - 1] + 1 if at else b, known))
        if separator:
            start = separator.end()
    return tuple(spans)


def split_tag_spans(text: str, extra: Mapping[str, str] | None = None) -> list[Span]:
    """Split a run of tags into (label, start, end, known) with ``text[start:end]``
    the tag as written: labels found without regard to case or spacing take the
    vocabulary's spelling, then ``extra``'s (the page's own labels); an unknown
    tag keeps its text. Commas, semicolons, bars and bullets also separate tags.

    >>> split_tag_spans("Web3NFT")
    [('Web3', 0, 4, True), ('Non-Fungible Token (NFT)', 4, 7, True)]
    >>> split_tag_spans("RetailAgriSock  Tech", {"agrisock tech": "AgriSock Tech"})
    [('Retail', 0, 6, True), ('AgriSock Tech', 6, 20, True)]
    """
    return list(_spans(text, _extra_items(extra))) if isinstance(text, str) else []


def _spans(text: str, extra_items: tuple[tuple[str, str], ...]) -> tuple[Span, ...]:
    """The spans of a run, from the cache unless the run is long."""
    return (_spans_cached.__wrapped__ if len(text) > _MAX_CACHED else _spans_cached)(text, extra_items)


def split_tag_run(text: str, extra: Mapping[str, str] | None = None) -> tuple[list[str], list[str]]:
    """Split a run of tags; returns (tags, the ones outside the vocabularies), as
    :func:`split_tag_spans` reads them.

    >>> split_tag_run("SaasFoo BarIos")
    (['SaaS', 'Foo Bar', 'iOS'], ['Foo Bar'])
    >>> split_tag_run("Retail, Health Care; Ecommerce")
    (['Retail', 'Health Care', 'E-Commerce'], [])
    """
    if not isinstance(text, str):
        return [], []
    extra_items = _extra_items(extra)
    tags, unknown = (_run.__wrapped__ if len(text) > _MAX_CACHED else _run)(text, extra_items)
    return list(tags), list(unknown)


@functools.lru_cache(maxsize=4096)
def _run(text: str, extra_items: tuple[tuple[str, str], ...]) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The tags and unknown tags of :func:`split_tag_spans`'s reading."""
    spans = _spans(text, extra_items)
    return tuple(label for label, *_ in spans), tuple(label for label, _, _, known in spans if not known)


def split_tags(text: str) -> list[str]:
    """Split a run of industry tags into canonical labels (unknown ones as written).

    >>> split_tags(""), split_tags("AutomotiveElectric VehicleSensor")
    ([], ['Automotive', 'Electric Vehicle', 'Sensor'])
    """
    return split_tag_run(text)[0]
