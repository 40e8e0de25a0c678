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

from .. import vocabulary as vocab

#: Signs and abbreviations printed beside a number (case-sensitive).
SYMBOLS = vocab.CURRENCY_SIGNS
#: Currency words (lower-case, spaces single); matched case-insensitively.
WORDS = vocab.CURRENCY_WORDS
AMBIGUOUS_WORDS = vocab.AMBIGUOUS_CURRENCY_WORDS
MAJOR_CODES = vocab.MAJOR_CURRENCY_CODES
_UNSAFE_CODES = vocab.UNSAFE_CURRENCY_CODES
#: Characters that end a currency sign and are no letter ("$", "€", "₹"): a
#: number right after one is an amount, not a count.
SIGN_ENDS = frozenset(sign[-1] for sign in SYMBOLS if not sign[-1].isalnum() and sign[-1] not in "./ ")
#: Currencies with three minor digits (ISO 4217 minor unit 3: the fils and
#: millimes): a lone "." + three digits is their decimal mark (``423.923 KD``).
THREE_DECIMAL_CODES = frozenset({"BHD", "IQD", "JOD", "KWD", "LYD", "OMR", "TND"})


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
