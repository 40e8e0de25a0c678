"""Hand-written cases for profile_parser.normalize.funding."""

from __future__ import annotations

import pytest

from profile_parser.normalize.funding import FUNDING_CODES, funding_code, parse_funding_type

LABELS = [
    # the page's own labels
    ("Series A", "series_a"),
    ("Series B", "series_b"),
    ("Series C", "series_c"),
    ("Series D", "series_d"),
    ("Series E", "series_e"),
    ("Series F", "series_f"),
    ("Series G", "series_g"),
    ("Series H", "series_h"),
    ("Series I", "series_i"),
    ("Series J", "series_j"),
    ("Series Unknown", "series_unknown"),
    ("Corporate Round", "corporate_round"),
    # Crunchbase's display names
    ("Pre-Seed", "pre_seed"),
    ("Seed", "seed"),
    ("Angel", "angel"),
    ("Venture - Series Unknown", "series_unknown"),
    ("Venture Round", "venture_round"),
    ("Convertible Note", "convertible_note"),
    ("Debt Financing", "debt_financing"),
    ("Private Equity", "private_equity"),
    ("Grant", "grant"),
    ("Equity Crowdfunding", "equity_crowdfunding"),
    ("Product Crowdfunding", "product_crowdfunding"),
    ("Initial Coin Offering", "initial_coin_offering"),
    ("Non-equity Assistance", "non_equity_assistance"),
    ("Post-IPO Equity", "post_ipo_equity"),
    ("Post-IPO Debt", "post_ipo_debt"),
    ("Post-IPO Secondary", "post_ipo_secondary"),
    ("Secondary Market", "secondary_market"),
    ("Undisclosed", "undisclosed"),
    ("Funding Round", "undisclosed"),
    # the aliases
    ("Series-A", "series_a"),
    ("Series A Round", "series_a"),
    ("Seed Round", "seed"),
    ("Pre Seed", "pre_seed"),
    ("Venture", "venture_round"),
    ("Post IPO Equity", "post_ipo_equity"),
    ("Corporate", "corporate_round"),
    # more spellings
    ("series a", "series_a"),
    ("SERIES B", "series_b"),
    ("SeriesC", "series_c"),
    ("Series A1", "series_a"),
    ("Series A-2", "series_a"),
    ("Series B+", "series_b"),
    ("Series B Funding", "series_b"),
    ("Series C Financing Round", "series_c"),
    ("B Round", "series_b"),
    ("Round C", "series_c"),
    ("Preseed", "pre_seed"),
    ("pre-seed round", "pre_seed"),
    ("Angel Round", "angel"),
    ("Angel Investment", "angel"),
    ("Seed Funding", "seed"),
    ("Corporate Venture", "corporate_round"),
    ("Strategic Investment", "corporate_round"),
    ("Convertible", "convertible_note"),
    ("Debt", "debt_financing"),
    ("Venture Debt", "debt_financing"),
    ("PE", "private_equity"),
    ("Private Equity Round", "private_equity"),
    ("ICO", "initial_coin_offering"),
    ("Non Equity Assistance", "non_equity_assistance"),
    ("PostIPO Equity", "post_ipo_equity"),
    ("Post-IPO Secondary Round", "post_ipo_secondary"),
    ("Secondary", "secondary_market"),
    ("Undisclosed Round", "undisclosed"),
    ("Venture Capital", "venture_round"),
    ("  Series   A  ", "series_a"),
    ("Series\u00a0B", "series_b"),
    ("series_unknown", "series_unknown"),
]

NO_CODE = [
    "",
    "Mezzanine",
    "IPO",
    "Pre-IPO",
    "Pre-A",
    "Pre-Series A",
    "Series K",
    "Series",
    "Round",
    "Crowdfunding",  # equity or product: a guess either way
    "Unknown",
    "Acquisition",
    "M&A",
    "Bridge",
    "A",
    "Series AA",
    "Jul 31, 2025",
    "x" * 500,
]


@pytest.mark.parametrize(("label", "code"), LABELS)
def test_funding_codes(label: str, code: str) -> None:
    assert funding_code(label) == code
    assert code in FUNDING_CODES


@pytest.mark.parametrize("label", NO_CODE)
def test_no_code(label: str) -> None:
    assert funding_code(label) is None


@pytest.mark.parametrize("code", FUNDING_CODES)
def test_every_code_reads_back_from_its_words(code: str) -> None:
    assert funding_code(code.replace("_", " ").title()) == code


def test_the_contract_lists_twenty_nine_codes() -> None:
    assert len(FUNDING_CODES) == len(set(FUNDING_CODES)) == 29


def test_the_label_is_kept_as_written() -> None:
    assert parse_funding_type(" Series-A   Round ").model_dump() == {
        "label": "Series-A Round", "code": "series_a",
    }
    assert parse_funding_type("Mezzanine").model_dump() == {"label": "Mezzanine", "code": None}
