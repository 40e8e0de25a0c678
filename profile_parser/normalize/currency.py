"""Currency symbols, codes and words to ISO 4217 codes.

Decisions:

* ``$`` alone is USD (the contract); ``US$``, ``A$``, ``CA$``/``C$``,
  ``HK$``, ``S$``, ``NT$``, ``NZ$``, ``R$``, ``MX$`` name their dollar.
* ``¥`` (and full-width ``￥``) alone is JPY, as in the Unicode CLDR English
  locale, where the yuan is written ``CN¥``; ``RMB``, ``元`` and ``yuan``
  are CNY.
* ``kr`` alone is SEK (the most traded of the krona/krone currencies);
  ``Fr.``/``SFr`` alone is CHF; ``R`` alone is ZAR; ``Rs`` and ``₹`` are INR
  (``₨`` is PKR); ``NIS`` is ILS; ``TL`` is TRY.
* Words with several countries take the most traded one: ``pesos`` MXN,
  ``francs`` CHF, ``dirham`` AED, ``riyal`` SAR, ``pounds`` GBP.
* A trailing ISO code names the currency of a generic ``$``
  (``$5M AUD`` is AUD); any other symbol keeps its own currency.
* Codes are upper-case ISO 4217 codes of real currencies; a few codes that
  are also English words in capitals (``ALL``, ``TOP``, ``CUP`` …) are read
  only by :func:`currency_code`, never found in running text.

>>> currency_code("US$"), currency_code("¥"), currency_code("yuan"), currency_code("zł")
('USD', 'JPY', 'CNY', 'PLN')
>>> currency_code("Swiss  Francs"), currency_code("XOF"), currency_code("kr")
('CHF', 'XOF', 'SEK')
>>> currency_code("MXN $"), currency_code("CNY¥"), currency_code("ABC $")
('MXN', 'CNY', None)
>>> currency_code("XYZ") is None, currency_code("") is None
(True, True)
"""

from __future__ import annotations

import functools

import pycountry

#: Symbols and abbreviations printed beside a number (case-sensitive).
SYMBOLS: dict[str, str] = {
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
}

#: Currency words (lower-case, spaces single); matched case-insensitively.
WORDS: dict[str, str] = {
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
    # Lower-case codes that are no English word ("5m usd").
    **{code.lower(): code for code in (
        "USD EUR GBP JPY CNY INR AUD CAD CHF HKD SGD SEK NOK DKK KRW BRL MXN ZAR NZD "
        "TWD RUB IDR MYR THB VND PHP PLN CZK HUF ILS AED SAR NGN KES EGP UAH".split()
    )},
}

#: Words that are also everyday English ("the 5 won", "5 real startups"):
#: running text reads them as a currency only after a magnitude word or at the
#: end of a clause ("5 billion won", "a 5,000 won.").
AMBIGUOUS_WORDS = frozenset({"won", "real", "rand", "dong", "pound", "pounds"})

#: The 40-odd most traded currencies' ISO codes (BIS survey).
MAJOR_CODES = frozenset(
    "USD EUR JPY GBP CNY AUD CAD CHF HKD SGD SEK KRW NOK NZD INR MXN TWD ZAR BRL DKK "
    "PLN THB ILS IDR CZK AED TRY HUF CLP SAR PHP MYR COP RUB RON PEN BHD BGN ARS VND "
    "NGN EGP KES PKR UAH KZT QAR KWD".split()
)

#: Codes that are also English words in capitals, or precious metals and
#: test codes: never read from running text.
_UNSAFE_CODES = frozenset(
    "ALL AMD BOB CUP GEL MAD MOP SOS TOP XAG XAU XBA XBB XBC XBD XDR XPD XPT XSU XTS XUA "
    "XXX XAD BOV CHE CHW CLF COU MXV USN UYI UYW".split()
)


def text_codes() -> frozenset[str]:
    """The ISO codes read from running text: every current code but the unsafe ones.

    >>> {"USD", "XOF", "KES"} <= text_codes(), "ALL" in text_codes()
    (True, False)
    """
    known = {currency.alpha_3 for currency in pycountry.currencies}
    return frozenset((known | MAJOR_CODES) - _UNSAFE_CODES)


@functools.lru_cache(maxsize=512)
def _iso_code(code: str) -> str | None:
    if code in MAJOR_CODES:
        return code
    return code if pycountry.currencies.get(alpha_3=code) is not None else None


def currency_code(token: str) -> str | None:
    """ISO 4217 code for a symbol, code or word as printed; None if unknown."""
    if not isinstance(token, str):
        return None
    token = token.strip()
    if token in SYMBOLS:
        return SYMBOLS[token]
    if len(token) == 3 and token.isascii() and token.isalpha() and token.isupper():
        return _iso_code(token)
    if len(token) > 3 and token[:3].isupper() and token[3:].strip() in SYMBOLS:
        return _iso_code(token[:3])  # "USD $", "CNY ¥": the code decides
    return WORDS.get(" ".join(token.lower().split()))
