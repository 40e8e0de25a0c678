"""Funding-round labels to the contract's funding-type codes.

A label is read case-insensitively with punctuation as spaces; trailing
"round", "funding", "financing" or "investment" words are dropped. Series
letters A to J may carry a tranche ("Series B+", "Series A-1", "B Round").
Crunchbase prints "Venture - Series Unknown" for ``series_unknown`` and
"Funding Round" for an ``undisclosed`` type. Labels that could mean two
codes ("Crowdfunding", "Unknown") or none ("IPO", "Mezzanine", "Series K")
get code None, and the caller raises ``funding_type.unknown``.

>>> parse_funding_type("Series B")
FundingType(label='Series B', code='series_b')
>>> parse_funding_type("Series-A Round").code, parse_funding_type("Pre Seed").code
('series_a', 'pre_seed')
>>> parse_funding_type("Venture").code, parse_funding_type("Post IPO Equity").code
('venture_round', 'post_ipo_equity')
>>> parse_funding_type("Mezzanine").code is None
True
"""

from __future__ import annotations

import functools
import re

from .. import vocabulary as vocab
from ..models import FundingType

FUNDING_CODES = vocab.FUNDING_CODES
ALIASES = vocab.FUNDING_ALIASES
_CODES = frozenset(FUNDING_CODES)
_NOISE = re.compile(r"[^a-z0-9]+")
_TRAILING = vocab.ROUND_SUFFIXES
_SERIES = re.compile(rf"(?:series_?|round_)?([{vocab.SERIES_LETTERS}])(?:_?[0-9]{{1,2}}|_?plus)?(?:_round)?")
_MAX_LENGTH = 80


def _key(label: str) -> str:
    """The label lower-cased, punctuation as "_", "+" as "plus".

    >>> _key("Post-IPO Equity"), _key("Series B+")
    ('post_ipo_equity', 'series_b_plus')
    """
    return "_".join(_NOISE.sub(" ", label.lower().replace("+", " plus ")).split())


def _lookup(key: str) -> str | None:
    if key in _CODES:
        return key
    if key in ALIASES:
        return ALIASES[key]
    # "Series A", "Series-A1", "Series B+", "SeriesC", "Round B"; a lone
    # letter only as "B Round" (the suffix said it was a round)
    series = _SERIES.fullmatch(key)
    if series and (key.startswith(("series", "round")) or key.endswith("_round")):
        return f"series_{series.group(1)}"
    return None


@functools.lru_cache(maxsize=1024)
def funding_code(label: str) -> str | None:
    """The funding-type code of a label as written; None if it is none of the codes.

    >>> funding_code("Venture - Series Unknown"), funding_code("Funding Round")
    ('series_unknown', 'undisclosed')
    >>> funding_code("Series A Round"), funding_code("B Round"), funding_code("Series K")
    ('series_a', 'series_b', None)
    """
    if len(label) > _MAX_LENGTH:
        return None
    key = _key(label)
    words = key.split("_")
    # try the whole key, then with trailing "round"/"funding" words dropped
    for end in range(len(words), 0, -1):
        code = _lookup("_".join(words[:end]))
        if code or words[end - 1] not in _TRAILING:
            return code
    return None


@functools.lru_cache(maxsize=4096)  # the result is immutable: safe to share
def parse_funding_type(label: str) -> FundingType:
    """A FundingType: the label as written (spaces folded) and its code or None.

    >>> parse_funding_type("  Seed   Round ")
    FundingType(label='Seed Round', code='seed')
    """
    label = " ".join(label.split())
    return FundingType(label=label, code=funding_code(label))
