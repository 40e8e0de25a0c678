"""Funding-round labels to the contract's funding-type codes.

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

from ..models import FundingType

#: Every code of the contract, in the contract's order.
FUNDING_CODES: tuple[str, ...] = (
    "pre_seed", "seed", "angel",
    *(f"series_{letter}" for letter in "abcdefghij"),
    "series_unknown", "venture_round", "corporate_round", "convertible_note",
    "debt_financing", "private_equity", "grant", "equity_crowdfunding",
    "product_crowdfunding", "initial_coin_offering", "non_equity_assistance",
    "post_ipo_equity", "post_ipo_debt", "post_ipo_secondary", "secondary_market",
    "undisclosed",
)

#: Labels (normalised: lower-case, words joined by "_", no "round"/"funding")
#: that differ from their code.
ALIASES: dict[str, str] = {
    "preseed": "pre_seed", "venture": "venture_round", "corporate": "corporate_round",
    "corporate_venture": "corporate_round", "debt": "debt_financing",
    "convertible": "convertible_note", "pe": "private_equity", "ico": "initial_coin_offering",
    "crowdfunding": "equity_crowdfunding", "nonequity_assistance": "non_equity_assistance",
    "postipo_equity": "post_ipo_equity", "postipo_debt": "post_ipo_debt",
    "postipo_secondary": "post_ipo_secondary", "secondary": "secondary_market",
    "non_equity": "non_equity_assistance", "pre": "pre_seed",
    "angel_investment": "angel", "unknown": "series_unknown", "series": "series_unknown",
    "funding": "series_unknown",
}
_CODES = frozenset(FUNDING_CODES)
_SUFFIX = re.compile(r"_(?:round|funding|financing_round|investment)$")


@functools.lru_cache(maxsize=1024)
def funding_code(label: str) -> str | None:
    """The funding-type code of a label as written; None if it is none of the codes."""
    key = "_".join(re.sub(r"[^a-z0-9]+", " ", label.lower()).split())
    if key in _CODES:
        return key
    stripped = _SUFFIX.sub("", key)
    for candidate in (stripped, key):
        if candidate in _CODES:
            return candidate
        if candidate in ALIASES:
            return ALIASES[candidate]
    return None


def parse_funding_type(label: str) -> FundingType:
    """A FundingType: the label as written (spaces folded) and its code or None."""
    label = " ".join(label.split())
    return FundingType(label=label, code=funding_code(label))
