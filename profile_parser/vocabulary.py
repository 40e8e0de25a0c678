"""Every word the pages use, written once.

The grammar (rendered from ``grammars/profile.lark.in`` by
``scripts/build_grammar.py``), the page cutter, the section handlers, the
normalizers and the facts scanner all read their words from here. To teach
the parser a new heading phrasing, round label, currency sign or qualifier
phrase, add one entry below (and, for headings and chrome, rerun
``python scripts/build_grammar.py``: a test fails while the grammar is stale).

Entries are plain data: literal words (matched without regard to case) or,
where a page varies its wording, short regular-expression fragments with no
capturing groups but the ones documented.

>>> heading_kind("Who does Xiaomi frequently co-invest with?"), heading_kind("Stage Focus:")
('co_investors', 'stage_focus')
>>> heading_name("Which angels does Acme Ventures often collaborate with?")
'Acme Ventures'
>>> is_chrome("FAQ"), is_chrome("Learn who this investor regularly partners with."), is_chrome("Acme")
(True, True, False)
"""

from __future__ import annotations

import functools
import re
from decimal import Decimal
from typing import Final

# ----------------------------------------------------------------------- headings

#: Where a heading names the investor ("Who does <name> co-invest with?").
NAME_SLOT: Final = r"(?P<name>[^\n]{1,200}?)"
#: Adverbs a question heading may put after the name ("… often collaborate with?").
_ADVERB = "(?: (?:frequently|often|usually|regularly))?"

#: Section kind -> the heading's words, a whole line, any case (a regex
#: fragment; ``NAME_SLOT`` marks the investor's name). The order is the
#: site's order. A new heading phrasing is one more alternative here.
HEADINGS: Final[dict[str, str]] = {
    "description": r"description:?",
    "profile": r"investor profile:?",
    "highlights": r"investment focus highlights:?",
    "stage_focus": r"stage focus:?",
    "country_focus": r"country focus:?",
    "industry_focus": r"industry focus:?",
    "co_investors": rf"who does {NAME_SLOT}{_ADVERB} co-?invest with\?",
    "angels": rf"which angels does {NAME_SLOT}{_ADVERB} collaborate with\?",
    "deals": rf"what are some of (?:the )?recent deals (?:done )?by {NAME_SLOT}\?",
}

#: The first letters of the headings, any case: a cheap test before a heading regex.
HEADING_INITIALS: Final = frozenset(c for pattern in HEADINGS.values() for c in (pattern[0], pattern[0].upper()))

#: Lines the site prints around the sections that carry no data (any case).
CHROME: Final = (
    "circle-line",
    "faq",
    "frequently asked questions",
    r"learn who this investor[^\n]{0,300}",
)

#: The header's first line: "<Name> logo" (the alt text of the logo image).
LOGO: Final = r"(?P<name>[^\n]{1,200}?) logo"

#: A line that may head an unknown section: short, starting with a capital
#: or a digit, no sentence punctuation (see ``document.unknown_heading_at``).
UNKNOWN_HEADING: Final = r"[A-Z0-9][^\n.!?:;,%]{0,59}"

# --------------------------------------------------------------------- line shapes

#: Bullet glyphs a list item may start with (an ASCII one needs a space after it).
BULLETS: Final = "•·▪◦‣●○■□►▸➢➤✓✔"
ASCII_BULLETS: Final = "-*+–—"

#: A sentence ends in one of these, maybe inside a closing bracket or quote.
SENTENCE_ENDS: Final = ".!?…"
CLOSERS: Final = ")]\"'”’"

#: The count line closing a co-investor or angel entry (a regex fragment).
CO_INVESTMENTS: Final = r"co-?investments?"
SHARED_DEALS: Final = r"shared deals?"
#: The line after a deal's round line, and the values that mean "no amount".
AMOUNT_RAISED: Final = "amount raised"
NO_AMOUNT: Final = frozenset({"", "-", "—", "n/a", "na", "undisclosed", "unknown", "not disclosed"})
#: Words that open a deal description that names its company ("Acme is a …").
COMPANY_VERBS: Final = ("is", "are", "was", "has been")

# -------------------------------------------------------------------- record limits

#: A deal prints at most name, place, description and tags before its round line.
DEAL_LINES_BEFORE_ROUND: Final = 4
#: A co-investor or angel entry prints at most name and place before its count line.
ENTRY_LINES_BEFORE_COUNT: Final = 2
#: The longest name line or heading name taken as a name.
MAX_NAME_CHARS: Final = 200
#: A round label is a few words: longer text before a date is prose.
MAX_ROUND_LABEL_CHARS: Final = 60
#: How many words an unknown round label may have when a space, not glue, parts it from its date.
MAX_SPACED_LABEL_WORDS: Final = 4

# -------------------------------------------------------------------- places

#: Continents and world regions, in the spelling the output uses.
CONTINENTS: Final = (
    "Africa", "Asia", "Europe", "North America", "South America", "Oceania", "Antarctica",
    "Australia", "Latin America", "Central America", "Middle East", "Caribbean",
    "Asia Pacific", "APAC", "EMEA", "Australasia", "Eurasia", "Southeast Asia", "East Asia",
    "South Asia", "Central Asia", "Western Europe", "Eastern Europe", "Northern Europe",
    "Southern Europe", "Sub-Saharan Africa", "North Africa", "Nordics", "MENA", "LATAM",
)

#: Constituent countries that pages write before their sovereign country
#: ("Europe, England, United Kingdom"): there they are a region of it.
CONSTITUENT_COUNTRIES: Final[dict[str, str]] = {
    "england": "GB", "scotland": "GB", "wales": "GB", "northern ireland": "GB",
}

# ---------------------------------------------------------------- funding rounds

#: Every funding-type code of the contract, in the contract's order.
FUNDING_CODES: Final[tuple[str, ...]] = (
    "pre_seed", "seed", "angel",
    *(f"series_{letter}" for letter in "abcdefghij"),
    "series_unknown", "venture_round", "corporate_round", "convertible_note",
    "debt_financing", "private_equity", "grant", "equity_crowdfunding",
    "product_crowdfunding", "initial_coin_offering", "non_equity_assistance",
    "post_ipo_equity", "post_ipo_debt", "post_ipo_secondary", "secondary_market",
    "undisclosed",
)
#: Series letters a "Series X" label may carry.
SERIES_LETTERS: Final = "abcdefghij"

#: Labels (lower case, words joined by "_") that differ from their code.
FUNDING_ALIASES: Final[dict[str, str]] = {
    "preseed": "pre_seed", "seed_extension": "seed", "angel_investor": "angel",
    "venture_series_unknown": "series_unknown", "unknown_series": "series_unknown",
    "venture": "venture_round", "venture_capital": "venture_round", "vc": "venture_round",
    "corporate": "corporate_round", "corporate_venture": "corporate_round",
    "corporate_venture_capital": "corporate_round", "cvc": "corporate_round",
    "strategic": "corporate_round",
    "convertible": "convertible_note", "convertible_debt": "convertible_note",
    "debt": "debt_financing", "venture_debt": "debt_financing",
    "pe": "private_equity",
    "ico": "initial_coin_offering", "token_sale": "initial_coin_offering",
    "non_equity": "non_equity_assistance", "nonequity_assistance": "non_equity_assistance",
    "postipo_equity": "post_ipo_equity", "postipo_debt": "post_ipo_debt",
    "postipo_secondary": "post_ipo_secondary",
    "secondary": "secondary_market", "secondary_sale": "secondary_market",
    "funding": "undisclosed",
}

#: Words a label may end with that add nothing ("Series A Round", "Seed Funding").
ROUND_SUFFIXES: Final = frozenset({"round", "funding", "financing", "investment", "deal", "stage"})

# ------------------------------------------------------------------ dates

#: Month names and abbreviations (lower case) -> month number.
MONTHS: Final[dict[str, int]] = {
    name: number
    for number, names in enumerate(
        (
            ("jan", "january"), ("feb", "february"), ("mar", "march"), ("apr", "april"),
            ("may",), ("jun", "june"), ("jul", "july"), ("aug", "august"),
            ("sep", "sept", "september"), ("oct", "october"), ("nov", "november"),
            ("dec", "december"),
        ),
        start=1,
    )
    for name in names
}

#: Weekday names and abbreviations (lower case) a full date may carry ("Tues 9th Aug, 2015").
WEEKDAYS: Final = (
    "mon", "monday", "tue", "tues", "tuesday", "wed", "weds", "wednesday", "thu", "thur", "thurs",
    "thursday", "fri", "friday", "sat", "saturday", "sun", "sunday",
)
#: Words around a full date that add nothing to its day (lower case): "the 1st day of
#: March 2015", "November 19, 2014 at noon", "1996.07.10 AD", ISO's "T" and "Z".
DATE_FILLERS: Final = ("the", "day", "of", "on", "at", "noon", "midnight", "ad", "t", "z")

#: Words before a year or month that say where in or around it a date lies
#: ("early 2021", "by 2019", "Q3 2024"): part of a partial date.
DATE_LEADS: Final = (
    "as of", "as at", "by", "in", "since", "from", "until", "till", "through", "before", "after",
    "around", "circa", "ca.", "c.", "about", "early", "mid", "middle of", "late", "end of",
    "the end of", "the start of", "start of", "the beginning of", "beginning of",
    "first half of", "second half of", "spring", "summer", "fall", "autumn", "winter",
    "fiscal year", "fiscal", "fy", "q1", "q2", "q3", "q4", "h1", "h2", "the",
)
#: The lead words a fact's text keeps with its date ("early 2021", not "in 2021").
FACT_DATE_LEADS: Final = (
    "early", "mid", "late", "end of", "beginning of", "start of", "since", "by", "until",
    "before", "after", "as of",
)

# -------------------------------------------------------------- qualifiers

#: Phrase before a number -> the contract's qualifier (any case).
QUALIFIERS: Final[dict[str, str]] = {
    "more than": "more_than", "over": "more_than", "above": "more_than",
    "greater than": "more_than", "in excess of": "more_than", "north of": "more_than",
    "well over": "more_than", "just over": "more_than", "well above": "more_than",
    "more then": "more_than", ">": "more_than",
    "less than": "less_than", "under": "less_than", "below": "less_than",
    "fewer than": "less_than", "just under": "less_than", "well under": "less_than",
    "well below": "less_than", "south of": "less_than", "<": "less_than",
    "at least": "at_least", "upwards of": "at_least", "upward of": "at_least",
    "no less than": "at_least", "not less than": "at_least", "a minimum of": "at_least",
    "minimum of": "at_least", "no fewer than": "at_least", "min.": "at_least",
    "starting at": "at_least", "starting from": "at_least", "from": "at_least", "to": "at_most",
    ">=": "at_least", "≥": "at_least",
    "up to": "at_most", "at most": "at_most", "no more than": "at_most",
    "not more than": "at_most", "a maximum of": "at_most", "maximum of": "at_most",
    "as much as": "at_most", "as many as": "at_most", "max.": "at_most",
    "<=": "at_most", "≤": "at_most",
    "about": "about", "approximately": "about", "approx.": "about", "approx": "about",
    "appr.": "about", "around": "about", "roughly": "about", "nearly": "about",
    "almost": "about", "close to": "about", "circa": "about", "ca.": "about", "c.": "about",
    "an estimated": "about", "estimated": "about", "est.": "about", "some": "about",
    "an approximate": "about", "~": "about", "≈": "about", "±": "about",
}
#: Phrases only a range reads as an open end, never a single amount's qualifier.
RANGE_ONLY_QUALIFIERS: Final = frozenset({"from", "to", "starting at", "starting from", "min.", "max."})
#: Phrases after an amount that open its range upwards or downwards ("$5M or more").
TAILS_AT_LEAST: Final = ("or more", "or above", "and above", "and up", "and over", "or higher")
TAILS_AT_MOST: Final = ("or less", "or below", "and below", "and under", "or lower")

# ---------------------------------------------------------------- magnitudes

_THOUSAND, _LAKH, _MILLION, _CRORE = (Decimal(10) ** n for n in (3, 5, 6, 7))
_BILLION, _TRILLION = Decimal(10) ** 9, Decimal(10) ** 12
#: Magnitude words and suffixes (lower case) -> multiplier. ``mil`` is the
#: English million; ``l``/``lac`` the Indian lakh; ``mio``/``mrd``/``mld``/
#: ``mln``/``bln`` the continental abbreviations; 万/亿/億/억 the CJK 10^4 and
#: 10^8, 兆/조 10^12.
MAGNITUDES: Final[dict[str, Decimal]] = {
    "k": _THOUSAND, "thousand": _THOUSAND, "thousands": _THOUSAND, "thsd": _THOUSAND,
    "m": _MILLION, "mm": _MILLION, "mn": _MILLION, "mln": _MILLION, "mio": _MILLION,
    "mil": _MILLION, "mill": _MILLION, "million": _MILLION, "millions": _MILLION,
    "b": _BILLION, "bn": _BILLION, "bln": _BILLION, "bil": _BILLION, "mrd": _BILLION,
    "billion": _BILLION, "billions": _BILLION, "milliard": _BILLION, "milliards": _BILLION,
    "t": _TRILLION, "tn": _TRILLION, "trn": _TRILLION, "tr": _TRILLION,
    "trillion": _TRILLION, "trillions": _TRILLION,
    "l": _LAKH, "lakh": _LAKH, "lakhs": _LAKH, "lac": _LAKH, "lacs": _LAKH,
    "cr": _CRORE, "crs": _CRORE, "crore": _CRORE, "crores": _CRORE,
    "mld": _BILLION, "millionen": _MILLION, "milliarden": _BILLION,
    "万": Decimal(10) ** 4, "亿": Decimal(10) ** 8, "億": Decimal(10) ** 8, "억": Decimal(10) ** 8,
    "兆": _TRILLION, "조": _TRILLION,
}

# ---------------------------------------------------------------- currencies

#: Signs and abbreviations printed beside a number (case-sensitive) -> ISO 4217.
#: Decisions: ``$`` alone is USD (the contract); ``¥`` alone is JPY (CLDR's
#: English locale writes the yuan ``CN¥``); ``kr`` alone is SEK; ``R`` ZAR.
CURRENCY_SIGNS: Final[dict[str, str]] = {
    "$": "USD", "US$": "USD", "U.S.$": "USD", "USD$": "USD", "US $": "USD",
    "U.S. $": "USD", "$US": "USD", "$USD": "USD",
    "A$": "AUD", "AU$": "AUD", "AUD$": "AUD", "$A": "AUD",
    "CA$": "CAD", "C$": "CAD", "CAD$": "CAD", "Can$": "CAD", "$CAD": "CAD",
    "HK$": "HKD", "S$": "SGD", "SG$": "SGD", "SGD$": "SGD", "NT$": "TWD",
    "NZ$": "NZD", "$NZ": "NZD", "R$": "BRL", "MX$": "MXN", "Mex$": "MXN",
    "COL$": "COP", "CLP$": "CLP", "AR$": "ARS", "S/": "PEN", "S/.": "PEN",
    "€": "EUR", "£": "GBP", "¥": "JPY", "￥": "JPY", "CN¥": "CNY", "JP¥": "JPY",
    "RMB": "CNY", "元": "CNY", "円": "JPY", "₹": "INR", "Rs": "INR", "Rs.": "INR",
    "₨": "PKR", "₩": "KRW", "₪": "ILS", "NIS": "ILS", "฿": "THB", "₫": "VND",
    "₺": "TRY", "TL": "TRY", "zł": "PLN", "Kč": "CZK", "руб": "RUB", "руб.": "RUB",
    "₽": "RUB", "грн": "UAH", "₴": "UAH", "kr": "SEK", "kr.": "SEK", "Kr": "SEK",
    "Rp": "IDR", "Rp.": "IDR", "RM": "MYR", "₱": "PHP", "₦": "NGN", "E£": "EGP",
    "₵": "GHS", "KSh": "KES", "Ksh": "KES", "Ft": "HUF", "lei": "RON", "Fr": "CHF",
    "Fr.": "CHF", "SFr": "CHF", "SFr.": "CHF", "₸": "KZT", "₡": "CRC", "лв": "BGN",
    "R": "ZAR", "د.إ": "AED", "﷼": "SAR", "₼": "AZN", "₾": "GEL", "₭": "LAK",
    "৳": "BDT", "Tk": "BDT", "₮": "MNT", "₲": "PYG",
    # Shop-price signs (price-parser's examples): the Cyrillic ruble signs "Р"
    # and "р." (рубль), capitalised and dotted forms, and signs of smaller currencies.
    "Р": "RUB", "р.": "RUB", "грн.": "UAH", "лв.": "BGN", "Zł": "PLN", "LEI": "RON", "đ": "VND",
    "원": "KRW", "KD": "KWD", "؋": "AFN", "֏": "AMD", "៛": "KHR", "GH₵": "GHS", "J$": "JMD",
    "RD$": "DOP", "TT$": "TTD", "BZ$": "BZD", "MOP$": "MOP", "B/.": "PAB", "Fdj": "DJF",
    "FBu": "BIF", "Nfk": "ERN", "TSh": "TZS", "USh": "UGX", "Lek": "ALL", "Nu.": "BTN", "Rf": "MVR",
}

#: Currency words (lower case, single spaces; any case on the page) -> ISO 4217.
#: Words several countries use take the most traded one (pesos MXN, francs
#: CHF, dirham AED, riyal SAR, pounds GBP).
CURRENCY_WORDS: Final[dict[str, str]] = {
    "dollar": "USD", "dollars": "USD", "us dollar": "USD", "us dollars": "USD",
    "u.s. dollar": "USD", "u.s. dollars": "USD", "american dollars": "USD",
    "australian dollar": "AUD", "australian dollars": "AUD",
    "canadian dollar": "CAD", "canadian dollars": "CAD",
    "hong kong dollar": "HKD", "hong kong dollars": "HKD",
    "singapore dollar": "SGD", "singapore dollars": "SGD",
    "new taiwan dollar": "TWD", "new taiwan dollars": "TWD", "taiwan dollars": "TWD",
    "new zealand dollar": "NZD", "new zealand dollars": "NZD",
    "euro": "EUR", "euros": "EUR", "yuan": "CNY", "renminbi": "CNY", "rmb": "CNY",
    "chinese yuan": "CNY", "yuan renminbi": "CNY",
    "rupee": "INR", "rupees": "INR", "indian rupee": "INR", "indian rupees": "INR",
    "pakistani rupees": "PKR", "sri lankan rupees": "LKR",
    "pound": "GBP", "pounds": "GBP", "pound sterling": "GBP", "pounds sterling": "GBP",
    "sterling": "GBP", "british pounds": "GBP", "egyptian pounds": "EGP",
    "yen": "JPY", "japanese yen": "JPY",
    "won": "KRW", "korean won": "KRW", "south korean won": "KRW",
    "swiss franc": "CHF", "swiss francs": "CHF", "franc": "CHF", "francs": "CHF",
    "ruble": "RUB", "rubles": "RUB", "rouble": "RUB", "roubles": "RUB",
    "shekel": "ILS", "shekels": "ILS", "new shekels": "ILS",
    "baht": "THB", "dong": "VND", "lira": "TRY", "liras": "TRY", "turkish lira": "TRY",
    "zloty": "PLN", "zlotys": "PLN", "zlotych": "PLN", "real": "BRL", "reais": "BRL",
    "brazilian real": "BRL", "brazilian reais": "BRL",
    "peso": "MXN", "pesos": "MXN", "mexican pesos": "MXN", "chilean pesos": "CLP",
    "colombian pesos": "COP", "argentine pesos": "ARS", "philippine pesos": "PHP",
    "ringgit": "MYR", "rupiah": "IDR", "naira": "NGN", "rand": "ZAR", "cedis": "GHS",
    "kenyan shillings": "KES", "dirham": "AED", "dirhams": "AED",
    "riyal": "SAR", "riyals": "SAR", "saudi riyals": "SAR", "qatari riyals": "QAR",
    "krona": "SEK", "kronor": "SEK", "swedish krona": "SEK", "swedish kronor": "SEK",
    "norwegian krone": "NOK", "norwegian kroner": "NOK",
    "danish krone": "DKK", "danish kroner": "DKK",
    "hryvnia": "UAH", "hryvnias": "UAH", "tenge": "KZT",
    "forint": "HUF", "forints": "HUF", "koruna": "CZK", "korun": "CZK",
    "czech crowns": "CZK", "lei": "RON", "leu": "RON", "lev": "BGN", "leva": "BGN",
    "taka": "BDT", "soles": "PEN",
    # Words shops print beside a price: Russian ruble forms, Arabic and Persian
    # currency names (riyal SAR as above, Persian rial IRR), Serbian "dinara".
    "рубль": "RUB", "рубля": "RUB", "рублей": "RUB", "ريال": "SAR", "ریال": "IRR",
    "درهم": "AED", "جنيه": "EGP", "dinara": "RSD",
    # Lower-case codes that are no English word ("5m usd").
    **{code.lower(): code for code in (
        "USD EUR GBP JPY CNY INR AUD CAD CHF HKD SGD SEK NOK DKK KRW BRL MXN ZAR NZD "
        "TWD RUB IDR MYR THB VND PHP PLN CZK HUF ILS AED SAR NGN KES EGP UAH".split()
    )},
}

#: Currency words that are everyday English too ("we won 5", "3 real estate
#: funds"): read as a currency only after a magnitude or at a clause end
#: ("5 billion won", "a 5,000 won.").
AMBIGUOUS_CURRENCY_WORDS: Final = frozenset({"won", "real", "rand", "dong", "pound", "pounds"})

#: The 40-odd most traded currencies' ISO codes (BIS survey).
MAJOR_CURRENCY_CODES: Final = frozenset(
    "USD EUR JPY GBP CNY AUD CAD CHF HKD SGD SEK KRW NOK NZD INR MXN TWD ZAR BRL DKK "
    "PLN THB ILS IDR CZK AED TRY HUF CLP SAR PHP MYR COP RUB RON PEN BHD BGN ARS VND "
    "NGN EGP KES PKR UAH KZT QAR KWD".split()
)
#: ISO codes that are also English words in capitals ("ALL", "TOP"), metals
#: and test codes: never read from running text.
UNSAFE_CURRENCY_CODES: Final = frozenset(
    "ALL AMD BOB CUP GEL MAD MOP SOS TOP XAG XAU XBA XBB XBC XBD XDR XPD XPT XSU XTS XUA "
    "XXX XAD BOV CHE CHW CLF COU MXV USN UYI UYW".split()
)


# ------------------------------------------------------------- derived readers


def heading_regex(kind: str, *, named: bool = True) -> str:
    """The regex fragment of a heading; without ``named`` the name slot is a plain group
    (a grammar terminal may not carry named groups).

    >>> heading_regex("co_investors", named=False).startswith("who does (?:[^")
    True
    """
    pattern = HEADINGS[kind]
    return pattern if named else pattern.replace("(?P<name>", "(?:")


@functools.lru_cache(maxsize=1)
def _headings() -> re.Pattern[str]:
    parts = [f"(?P<{kind}>{heading_regex(kind, named=False)})" for kind in HEADINGS]
    return re.compile("(?i:" + "|".join(parts) + ")")


def heading_kind(line: str) -> str | None:
    """The section kind a whole line heads, or None (the line is repaired text)."""
    match = _headings().fullmatch(line)
    return match.lastgroup if match else None


@functools.lru_cache(maxsize=1)
def _named_headings() -> dict[str, re.Pattern[str]]:
    """The headings that name the investor, each compiled once with its name group."""
    return {kind: re.compile(f"(?i:{pattern})") for kind, pattern in HEADINGS.items() if "(?P<name>" in pattern}


def heading_name(line: str) -> str | None:
    """The investor's name a question heading carries, or None."""
    named = _named_headings().get(heading_kind(line) or "")
    match = named.fullmatch(line) if named is not None else None
    return match.group("name").strip() if match else None


@functools.lru_cache(maxsize=1)
def _chrome() -> re.Pattern[str]:
    return re.compile("(?i:" + "|".join(CHROME) + ")")


def is_chrome(line: str) -> bool:
    """Page chrome: a line that carries no data."""
    return _chrome().fullmatch(line) is not None
