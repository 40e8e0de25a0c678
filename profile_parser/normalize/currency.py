"""Currency symbols, codes and words to ISO 4217 codes.

Decisions: ``$`` alone is USD (the contract). ``¥`` alone is JPY, as in the
Unicode CLDR English locale, where the yuan is written ``CN¥``; ``RMB`` and
``yuan`` are CNY. ``kr`` alone is SEK (the largest of the krona/krone
currencies); ``Fr``/``Fr.`` alone is CHF. A trailing ISO code names the
currency of a generic ``$`` (``$5M AUD`` is AUD).

>>> currency_code("US$"), currency_code("¥"), currency_code("yuan"), currency_code("zł")
('USD', 'JPY', 'CNY', 'PLN')
>>> currency_code("XYZ") is None
True
"""

from __future__ import annotations

import functools

import pycountry

#: Symbols and abbreviations printed beside a number.
SYMBOLS: dict[str, str] = {
    "$": "USD", "US$": "USD", "U.S.$": "USD", "USD$": "USD",
    "A$": "AUD", "AU$": "AUD", "AUD$": "AUD",
    "CA$": "CAD", "C$": "CAD", "CAD$": "CAD", "Can$": "CAD",
    "HK$": "HKD", "S$": "SGD", "SG$": "SGD", "NT$": "TWD", "NZ$": "NZD",
    "R$": "BRL", "MX$": "MXN", "Mex$": "MXN",
    "€": "EUR", "£": "GBP", "¥": "JPY", "￥": "JPY", "CN¥": "CNY", "JP¥": "JPY",
    "RMB": "CNY", "元": "CNY", "₹": "INR", "Rs": "INR", "Rs.": "INR",
    "₩": "KRW", "₪": "ILS", "฿": "THB", "₫": "VND", "₺": "TRY", "TL": "TRY",
    "zł": "PLN", "Kč": "CZK", "руб": "RUB", "руб.": "RUB", "₽": "RUB", "грн": "UAH",
    "₴": "UAH", "kr": "SEK", "kr.": "SEK", "Rp": "IDR", "RM": "MYR", "₱": "PHP",
    "₦": "NGN", "E£": "EGP", "₵": "GHS", "KSh": "KES", "Ft": "HUF", "lei": "RON",
    "Fr": "CHF", "Fr.": "CHF", "SFr": "CHF", "₸": "KZT", "₡": "CRC", "лв": "BGN",
    "R": "ZAR", "د.إ": "AED", "﷼": "SAR", "₼": "AZN", "₾": "GEL", "₭": "LAK",
    "৳": "BDT", "₨": "PKR",
}

#: Currency words (singular and plural, lower-case), longest phrases first when matched.
WORDS: dict[str, str] = {
    "dollar": "USD", "dollars": "USD", "us dollar": "USD", "us dollars": "USD",
    "u.s. dollars": "USD", "american dollars": "USD",
    "australian dollar": "AUD", "australian dollars": "AUD",
    "canadian dollar": "CAD", "canadian dollars": "CAD",
    "hong kong dollar": "HKD", "hong kong dollars": "HKD",
    "singapore dollar": "SGD", "singapore dollars": "SGD",
    "new taiwan dollar": "TWD", "new taiwan dollars": "TWD", "taiwan dollars": "TWD",
    "new zealand dollar": "NZD", "new zealand dollars": "NZD",
    "euro": "EUR", "euros": "EUR", "yuan": "CNY", "renminbi": "CNY", "rmb": "CNY",
    "chinese yuan": "CNY", "rupee": "INR", "rupees": "INR", "indian rupees": "INR",
    "pound": "GBP", "pounds": "GBP", "pound sterling": "GBP", "pounds sterling": "GBP",
    "sterling": "GBP", "british pounds": "GBP", "yen": "JPY", "japanese yen": "JPY",
    "won": "KRW", "korean won": "KRW", "swiss franc": "CHF", "swiss francs": "CHF",
    "francs": "CHF", "ruble": "RUB", "rubles": "RUB", "rouble": "RUB", "roubles": "RUB",
    "shekel": "ILS", "shekels": "ILS", "baht": "THB", "dong": "VND", "lira": "TRY",
    "liras": "TRY", "zloty": "PLN", "zlotys": "PLN", "reais": "BRL", "real": "BRL",
    "brazilian reais": "BRL", "mexican pesos": "MXN", "ringgit": "MYR", "rupiah": "IDR",
    "naira": "NGN", "rand": "ZAR", "dirham": "AED", "dirhams": "AED", "riyal": "SAR",
    "riyals": "SAR", "krona": "SEK", "kronor": "SEK", "swedish krona": "SEK",
    "norwegian krone": "NOK", "danish krone": "DKK", "hryvnia": "UAH",
    "philippine pesos": "PHP", "pesos": "MXN", "forint": "HUF", "koruna": "CZK",
}

#: The 40-odd most traded currencies' ISO codes (BIS survey), also read when
#: pycountry is asked about any other three-letter code.
MAJOR_CODES = frozenset(
    "USD EUR JPY GBP CNY AUD CAD CHF HKD SGD SEK KRW NOK NZD INR MXN TWD ZAR BRL DKK "
    "PLN THB ILS IDR CZK AED TRY HUF CLP SAR PHP MYR COP RUB RON PEN BHD BGN ARS VND "
    "NGN EGP KES PKR UAH KZT QAR KWD".split()
)


@functools.lru_cache(maxsize=512)
def _iso_code(code: str) -> str | None:
    if code in MAJOR_CODES:
        return code
    return code if pycountry.currencies.get(alpha_3=code) is not None else None


def currency_code(token: str) -> str | None:
    """ISO 4217 code for a symbol, code or word as printed; None if unknown."""
    token = token.strip()
    if token in SYMBOLS:
        return SYMBOLS[token]
    if len(token) == 3 and token.isalpha() and token.isupper():
        return _iso_code(token)
    return WORDS.get(" ".join(token.lower().split()))
