"""Hand-written tables for parse_money, read_money, parse_money_range,
currency_code and the MONEY pattern over prose.

Every expected value is worked out from the input by hand.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from profile_parser.models import Money
from profile_parser.normalize import parse_money, parse_money_range, read_money
from profile_parser.normalize.currency import currency_code
from profile_parser.normalize.money import MONEY, find_money, money_from_match

# (text as printed, amount, ISO code)
MONEY_CASES: list[tuple[str, str, str]] = [
    # the contract's and the seed page's own examples
    ("$13,888,021", "13888021", "USD"),
    ("€2.5M", "2500000", "EUR"),
    ("20 billion yuan", "20000000000", "CNY"),
    ("US$ 1.2 bn", "1200000000", "USD"),
    ("$2.8 billion", "2800000000", "USD"),
    ("$2.8 billion USD", "2800000000", "USD"),
    ("$70,248,398", "70248398", "USD"),
    # dollar symbols
    ("$5", "5", "USD"),
    ("$ 5", "5", "USD"),
    ("US$5M", "5000000", "USD"),
    ("US $5 million", "5000000", "USD"),
    ("U.S.$ 3 million", "3000000", "USD"),
    ("USD$ 250K", "250000", "USD"),
    ("$US5m", "5000000", "USD"),
    ("A$10M", "10000000", "AUD"),
    ("AU$ 1.5 million", "1500000", "AUD"),
    ("CA$3M", "3000000", "CAD"),
    ("C$ 750,000", "750000", "CAD"),
    ("HK$10m", "10000000", "HKD"),
    ("S$2.5M", "2500000", "SGD"),
    ("NT$ 500 million", "500000000", "TWD"),
    ("NZ$4M", "4000000", "NZD"),
    ("R$ 2 million", "2000000", "BRL"),
    ("MX$ 100 million", "100000000", "MXN"),
    # other symbols, before the number
    ("€5M", "5000000", "EUR"),
    ("€ 5 M", "5000000", "EUR"),
    ("£3.5m", "3500000", "GBP"),
    ("£ 900k", "900000", "GBP"),
    ("¥100M", "100000000", "JPY"),
    ("¥ 1 billion", "1000000000", "JPY"),
    ("CN¥ 1 billion", "1000000000", "CNY"),
    ("JP¥5 billion", "5000000000", "JPY"),
    ("₹10 crore", "100000000", "INR"),
    ("₹ 4.5 lakh", "450000", "INR"),
    ("₹50L", "5000000", "INR"),
    ("₹4,50,00,000", "45000000", "INR"),
    ("Rs. 50 crore", "500000000", "INR"),
    ("Rs 2.5 Cr", "25000000", "INR"),
    ("Rs.75 lakhs", "7500000", "INR"),
    ("₩ 10 billion", "10000000000", "KRW"),
    ("₩5,000,000", "5000000", "KRW"),
    ("₪5M", "5000000", "ILS"),
    ("฿ 100", "100", "THB"),
    ("₫ 2 billion", "2000000000", "VND"),
    ("₺5M", "5000000", "TRY"),
    ("CHF 5M", "5000000", "CHF"),
    ("Fr. 50.-", "50", "CHF"),
    ("kr 100", "100", "SEK"),
    ("Rp 5 billion", "5000000000", "IDR"),
    ("RM 20 million", "20000000", "MYR"),
    ("₱ 1.2 billion", "1200000000", "PHP"),
    ("₦ 500 million", "500000000", "NGN"),
    ("R5 million", "5000000", "ZAR"),
    ("RMB 20 billion", "20000000000", "CNY"),
    ("RMB20bn", "20000000000", "CNY"),
    ("₽ 300 mln", "300000000", "RUB"),
    ("S/ 100", "100", "PEN"),
    ("KSh 50 million", "50000000", "KES"),
    ("E£ 10 million", "10000000", "EGP"),
    # symbols after the number
    ("500 €", "500", "EUR"),
    ("500€", "500", "EUR"),
    ("100 zł", "100", "PLN"),
    ("5 000 Kč", "5000", "CZK"),
    ("500 руб", "500", "RUB"),
    ("500 руб.", "500", "RUB"),
    ("1000 грн", "1000", "UAH"),
    ("100 kr", "100", "SEK"),
    ("5 000 000 ₽", "5000000", "RUB"),
    ("10 000 Ft", "10000", "HUF"),
    ("250 lei", "250", "RON"),
    ("50 TL", "50", "TRY"),
    ("20亿元", "2000000000", "CNY"),
    ("500万元", "5000000", "CNY"),
    ("1 000 000 ₸", "1000000", "KZT"),
    # ISO codes before and after
    ("USD 5M", "5000000", "USD"),
    ("USD5M", "5000000", "USD"),
    ("5M USD", "5000000", "USD"),
    ("5 M USD", "5000000", "USD"),
    ("EUR 2,5 Mio.", "2500000", "EUR"),
    ("EUR 5 mln", "5000000", "EUR"),
    ("5 Mrd. €", "5000000000", "EUR"),
    ("1.5 bn EUR", "1500000000", "EUR"),
    ("GBP 750k", "750000", "GBP"),
    ("INR 50 Cr", "500000000", "INR"),
    ("SGD 3 million", "3000000", "SGD"),
    ("JPY 2 billion", "2000000000", "JPY"),
    ("CNY 100 million", "100000000", "CNY"),
    ("5M CHF", "5000000", "CHF"),
    ("SEK 40 million", "40000000", "SEK"),
    ("NOK 40 million", "40000000", "NOK"),
    ("DKK 15m", "15000000", "DKK"),
    ("BRL 12 million", "12000000", "BRL"),
    ("ZAR 100m", "100000000", "ZAR"),
    ("AED 10M", "10000000", "AED"),
    ("SAR 1 billion", "1000000000", "SAR"),
    ("KRW 3 trillion", "3000000000000", "KRW"),
    ("10 million XOF", "10000000", "XOF"),
    ("5m usd", "5000000", "USD"),
    # a trailing code names the currency of a bare "$"
    ("$5M AUD", "5000000", "AUD"),
    ("$ 2 million CAD", "2000000", "CAD"),
    ("$1.5M SGD", "1500000", "SGD"),
    ("£5M USD", "5000000", "GBP"),
    ("$5M (USD)", "5000000", "USD"),
    ("$5M (CAD)", "5000000", "CAD"),
    ("5M (EUR)", "5000000", "EUR"),
    # a code before the symbol it names
    ("USD $5M", "5000000", "USD"),
    ("MXN $100 million", "100000000", "MXN"),
    ("CNY ¥100M", "100000000", "CNY"),
    ("GBP £2.5 million", "2500000", "GBP"),
    # dollars after the number (Canadian French "25 M$")
    ("25 M$", "25000000", "USD"),
    ("25 M CA$", "25000000", "CAD"),
    ("5$", "5", "USD"),
    # a hyphen before a magnitude word ("a $5-million round")
    ("$5-million", "5000000", "USD"),
    ("US$1.2-billion", "1200000000", "USD"),
    ("Rs 5-crore", "50000000", "INR"),
    # CJK and continental magnitudes
    ("₩150억", "15000000000", "KRW"),
    ("5 Millionen Euro", "5000000", "EUR"),
    ("€ 1,5 mld", "1500000000", "EUR"),
    # currency words
    ("5 million dollars", "5000000", "USD"),
    ("5 million US dollars", "5000000", "USD"),
    ("3 million Australian dollars", "3000000", "AUD"),
    ("2 billion Hong Kong dollars", "2000000000", "HKD"),
    ("10 million euros", "10000000", "EUR"),
    ("1 euro", "1", "EUR"),
    ("100 million RMB", "100000000", "CNY"),
    ("5 billion Renminbi", "5000000000", "CNY"),
    ("10 crore rupees", "100000000", "INR"),
    ("10 lakh rupees", "1000000", "INR"),
    ("3.5 pounds", "3.5", "GBP"),
    ("2 million pounds sterling", "2000000", "GBP"),
    ("5 yen", "5", "JPY"),
    ("800 million yen", "800000000", "JPY"),
    ("5 billion won", "5000000000", "KRW"),
    ("5000 won", "5000", "KRW"),
    ("20 million reais", "20000000", "BRL"),
    ("3 million Swiss francs", "3000000", "CHF"),
    ("50 million shekels", "50000000", "ILS"),
    ("€5 million euros", "5000000", "EUR"),
    # magnitudes
    ("$500K", "500000", "USD"),
    ("$500k", "500000", "USD"),
    ("$5 thousand", "5000", "USD"),
    ("$5MM", "5000000", "USD"),
    ("$5mm", "5000000", "USD"),
    ("$5 mn", "5000000", "USD"),
    ("$5m", "5000000", "USD"),
    ("$5 mil", "5000000", "USD"),
    ("$5 Million", "5000000", "USD"),
    ("$1.2B", "1200000000", "USD"),
    ("$5b", "5000000000", "USD"),
    ("$5 bn", "5000000000", "USD"),
    ("$1.2 trillion", "1200000000000", "USD"),
    ("$2T", "2000000000000", "USD"),
    ("$0.5M", "500000", "USD"),
    ("$.5M", "500000", "USD"),
    ("$1.25M", "1250000", "USD"),
    ("$3.333B", "3333000000", "USD"),
    # separators of every convention, and the ambiguous ones
    ("$1,234,567.89", "1234567.89", "USD"),
    ("€1.234.567,89", "1234567.89", "EUR"),
    ("1 234 567,89 €", "1234567.89", "EUR"),
    ("CHF 1'234'567.50", "1234567.50", "CHF"),
    ("$94,456", "94456", "USD"),
    ("€45,00", "45", "EUR"),
    ("$1,5 million", "1500000", "USD"),
    ("€0,500", "0.5", "EUR"),
    ("$1.234", "1234", "USD"),  # a lone "." + three digits, no magnitude: thousands
    ("€500.000", "500000", "EUR"),
    ("500.000 €", "500000", "EUR"),
    ("$1.500M", "1500000", "USD"),  # with a magnitude: a decimal
    ("$0.125", "0.125", "USD"),  # a zero whole part: a decimal
    ("$1.5", "1.5", "USD"),
    ("€1.000.000", "1000000", "EUR"),
    ("$1,000,000,000", "1000000000", "USD"),
    ("₹1,00,000", "100000", "INR"),
    ("€ 100,-", "100", "EUR"),
    ("100,- €", "100", "EUR"),
    # scraped oddities: odd spaces, trailing periods, brackets, quotes, full width
    ("$1\u00a0234\u00a0567", "1234567", "USD"),
    ("1\u202f234\u202f567 €", "1234567", "EUR"),
    ("€\u00a02,5\u2009Mio.", "2500000", "EUR"),
    ("$5\u200bM", "5000000", "USD"),
    ("  $5M  ", "5000000", "USD"),
    ("$5M.", "5000000", "USD"),
    ("$ 1,234.", "1234", "USD"),
    ("$5M;", "5000000", "USD"),
    ("($5M)", "5000000", "USD"),
    ("[$5M]", "5000000", "USD"),
    ("“$5M”", "5000000", "USD"),
    ("＄５Ｍ", "5000000", "USD"),
    ("$ 5 M", "5000000", "USD"),
    ("$5\tM", "5000000", "USD"),
    # qualified amounts: parse_money keeps the amount
    ("approx. $3M", "3000000", "USD"),
    ("(approx. $3M)", "3000000", "USD"),
    ("over 20 billion yuan", "20000000000", "CNY"),
    ("up to $10M", "10000000", "USD"),
    ("$50M+", "50000000", "USD"),
]

NOT_MONEY: list[str] = [
    "",
    "   ",
    "$",
    "€",
    "USD",
    "5 apples",
    "1.5bn",  # no currency named
    "5M",
    "5",
    "5Y Capital",
    "Series A",
    "$five million",
    "five million dollars",
    "-$5",
    "$-5",
    "$1e9",  # an amount glued to more letters or digits is part of something longer
    "5 MSEK",  # a magnitude glued to a code is not read
    "3 lakh crore rupees",  # nor a compound magnitude
    "$1,2,3",
    "5 ALL",  # a real ISO code that is also a word in capitals is not read
    "5 XYZ",
    "Undisclosed",
    "N/A",
    "$" + "9" * 40,
]


# The first amount inside surrounding words, as price tags and cut text print
# them (parse_money's default): (text, amount, ISO code).
FOUND_MONEY: list[tuple[str, str, str]] = [
    # the examples
    ("Cena 14,79 €", "14.79", "EUR"),
    ("From $109.90", "109.90", "USD"),
    ("34,50 € *", "34.50", "EUR"),
    ("Price: $15.95/mo", "15.95", "USD"),
    ("Vanaf € 49.95", "49.95", "EUR"),
    ("6 300 Р", "6300", "RUB"),  # the Cyrillic capital Er, the ruble sign of shops
    ("1 030 р.", "1030", "RUB"),  # "р." for рубль; the dot stays with the sign
    ("3 100р.", "3100", "RUB"),
    ("9 800 Kč", "9800", "CZK"),
    ("Běžná cena 9 800 Kč", "9800", "CZK"),
    # words before and after
    ("Amount Raised: $13,888,021", "13888021", "USD"),
    ("the fund invested over 20 billion yuan in 2020", "20000000000", "CNY"),
    ("Our Price: $149.95", "149.95", "USD"),
    ("£25.00 (tax incl.)", "25.00", "GBP"),
    ("14.00 SGD / Each", "14.00", "SGD"),
    ("Pris från 172 kr", "172", "SEK"),
    ("$9.99 & Under", "9.99", "USD"),
    ("$24.99 with card", "24.99", "USD"),
    ("- $44.99", "44.99", "USD"),  # a dash and a space: a list mark, no minus sign
    ("$575.00*", "575.00", "USD"),
    ("US$:12.99", "12.99", "USD"),  # a colon after the sign
    ("$5M (est.)", "5000000", "USD"),
    ("In 2019, 25 €", "25", "EUR"),  # "2019, 25" is no number: the comma is text
    ("raised $5. 20 startups joined", "5", "USD"),  # decimals apart only before a currency or the end
    # several amounts: the first
    ("$5 and $6", "5", "USD"),
    ("$ $5", "5", "USD"),
    ("Now £9.99 $13.71 11,16 €", "9.99", "GBP"),
    ("AED 8000 (USD 2179)", "8000", "AED"),
    ("99,99 EUR (-30,00%) 69,99 EUR", "99.99", "EUR"),
    ("Was -$5, now $20", "20", "USD"),  # a minus sign glued to an amount: no amount
    # a range: its first end, which borrows what it lacks from the other end
    ("$5M - $10M", "5000000", "USD"),
    ("£6.95 - £9.95", "6.95", "GBP"),
    ("$1-5M", "1000000", "USD"),
    ("5-10 million euros", "5000000", "EUR"),
    ("€5 - 10 Mio.", "5000000", "EUR"),
    ("From 26 to 50 €", "26", "EUR"),
    ("$500 - $2M", "500", "USD"),  # the magnitude is not borrowed past the high end
    ("between €2M and €3M", "2000000", "EUR"),
    ("10-$20", "10", "USD"),
    # decimals a page printed apart, at the start before a currency or the end
    ("$119. 95", "119.95", "USD"),
    ("1.837, 32 €", "1837.32", "EUR"),
    ("118, 99 TL", "118.99", "TRY"),
    # a stray dot before the number
    ("$..75", "0.75", "USD"),
    ("$.750.30", "750.30", "USD"),
    ("$.75,333", "75333", "USD"),
    # cents after a euro sign
    ("35€ 99", "35.99", "EUR"),
    ("35€99", "35.99", "EUR"),
    ("1250€ 60", "1250.60", "EUR"),
    ("1250€ 600", "1250", "EUR"),  # three digits are no cents
    ("5€ 10€", "5", "EUR"),  # two amounts, not cents
    # three-decimal currencies: a lone "." + three digits is their decimal mark
    ("423.923 KD", "423.923", "KWD"),
    ("BHD 1.250", "1.250", "BHD"),
    ("123,456.789 OMR", "123456.789", "OMR"),
    # input repaired as the page reader repairs it
    ("&#36;5M", "5000000", "USD"),
    ("&euro;2.5M", "2500000", "EUR"),
    ("Â£5M", "5000000", "GBP"),  # "£" as UTF-8 read as cp1252
    ("\x00$5M", "5000000", "USD"),  # a control character is dropped
    # shop words and signs
    ("1128240 рублей", "1128240", "RUB"),
    ("12,000원", "12000", "KRW"),
    ("644.00 جنيه", "644.00", "EGP"),
    ("3,439.00 درهم", "3439.00", "AED"),
    ("106.61 ريال", "106.61", "SAR"),
    ("850,000 ریال", "850000", "IRR"),  # the Persian spelling: the Iranian rial
    ("6790 Dinara", "6790", "RSD"),
    ("99 LEI", "99", "RON"),
    ("530,42 Zł", "530.42", "PLN"),
    ("200.000 đ", "200000", "VND"),
    ("2 285,81 грн.", "2285.81", "UAH"),
    ("230 лв.", "230", "BGN"),
    ("1 J$", "1", "JMD"),
    ("1 S/.", "1", "PEN"),
]

# Nothing to find, even in search mode.
NOT_FOUND: list[str] = [
    "-$5",  # a negative amount
    "$-5",
    "the team of 5 won the award",
    "In 2019 we had 25 staff",
    "Price on request",
    "5 KM",  # kilometres: "KM" is not read as the convertible mark
    "x" * 1_001 + " $5",  # over the 1,000 characters searched
]


@pytest.mark.parametrize(("text", "amount", "code"), MONEY_CASES)
def test_parse_money(text: str, amount: str, code: str) -> None:
    assert parse_money(text) == Money(amount=Decimal(amount), currency=code)
    assert parse_money(text, strict=True) == Money(amount=Decimal(amount), currency=code)


@pytest.mark.parametrize("text", NOT_MONEY)
def test_parse_money_rejects(text: str) -> None:
    assert parse_money(text) is None
    assert parse_money(text, strict=True) is None


@pytest.mark.parametrize(("text", "amount", "code"), FOUND_MONEY)
def test_parse_money_finds_the_first_amount(text: str, amount: str, code: str) -> None:
    assert parse_money(text) == Money(amount=Decimal(amount), currency=code)


@pytest.mark.parametrize("text", NOT_FOUND)
def test_parse_money_finds_nothing(text: str) -> None:
    assert parse_money(text) is None


@pytest.mark.parametrize("text", ["From $109.90", "Price: $15.95/mo", "$5 and $6", "$5M - $10M",
                                  "$5M (est.)", "Cena 14,79 €", "34,50 € *"])
def test_strict_reads_only_one_whole_amount(text: str) -> None:
    assert parse_money(text, strict=True) is None
    assert parse_money(text) is not None


def test_find_money_keeps_qualifier_and_place() -> None:
    found = find_money("Price From upwards of $50 million")
    assert found is not None
    assert (found.money, found.qualifier, found.start) == (
        Money(amount=Decimal(50_000_000), currency="USD"), "at_least", 11)
    ranged = find_money("est. 5-10 million euros")
    assert ranged is not None
    assert (ranged.money.amount, ranged.start, ranged.end) == (Decimal(5_000_000), 5, 23)


def test_amounts_are_exact_decimals() -> None:
    money = parse_money("$2.8 billion")
    assert money is not None
    assert isinstance(money.amount, Decimal)
    assert money.amount == 2800000000
    assert money.model_dump(mode="json") == {"amount": 2800000000, "currency": "USD"}
    # 0.1 + 0.2 style float error would show here
    assert parse_money("$0.3M") == Money(amount=Decimal("300000"), currency="USD")


# (text, qualifier) for read_money
QUALIFIED: list[tuple[str, str]] = [
    ("$5M", "exact"),
    ("approx. $3M", "about"),
    ("Approx. $3M", "about"),
    ("approximately $5 million", "about"),
    ("about $5M", "about"),
    ("around €2M", "about"),
    ("roughly £1m", "about"),
    ("nearly $1B", "about"),
    ("~$3M", "about"),
    ("~ $3M", "about"),
    ("c. $5M", "about"),
    ("an estimated $40 million", "about"),
    ("upwards of $50 million", "at_least"),
    ("at least $2M", "at_least"),
    ("no less than $2M", "at_least"),
    ("$50M+", "at_least"),
    ("$50M or more", "at_least"),
    ("$50M and above", "at_least"),
    ("over 20 billion yuan", "more_than"),
    ("more than $1M", "more_than"),
    ("More Than $1M", "more_than"),
    ("in excess of $1M", "more_than"),
    ("above $10M", "more_than"),
    ("under $1M", "less_than"),
    ("less than $500K", "less_than"),
    ("below €2M", "less_than"),
    ("up to $10M", "at_most"),
    ("at most $10M", "at_most"),
    ("$1M or less", "at_most"),
    ("as much as $2B", "at_most"),
]


@pytest.mark.parametrize(("text", "qualifier"), QUALIFIED)
def test_read_money_qualifier(text: str, qualifier: str) -> None:
    found = read_money(text)
    assert found is not None
    assert found.qualifier == qualifier


def test_read_money_span_is_the_whole_tidied_text() -> None:
    found = read_money("over 20 billion yuan")
    assert found is not None
    assert (found.start, found.end) == (0, len("over 20 billion yuan"))


# (text, (min amount, min code) or None, (max amount, max code) or None)
End = tuple[str, str] | None
RANGE_CASES: list[tuple[str, End, End]] = [
    ("$5M – $50M", ("5000000", "USD"), ("50000000", "USD")),
    ("$5M - $50M", ("5000000", "USD"), ("50000000", "USD")),
    ("$5M—$50M", ("5000000", "USD"), ("50000000", "USD")),
    ("$5M to $50M", ("5000000", "USD"), ("50000000", "USD")),
    ("$1M-5M", ("1000000", "USD"), ("5000000", "USD")),
    ("$1-5M", ("1000000", "USD"), ("5000000", "USD")),
    ("$1 - 5 million", ("1000000", "USD"), ("5000000", "USD")),
    ("$1m—5m", ("1000000", "USD"), ("5000000", "USD")),
    ("$500K–$2M", ("500000", "USD"), ("2000000", "USD")),
    ("$500K-2M", ("500000", "USD"), ("2000000", "USD")),
    ("$500k - $1.5m", ("500000", "USD"), ("1500000", "USD")),
    ("$100K to $1M", ("100000", "USD"), ("1000000", "USD")),
    ("$1.5M - $3M", ("1500000", "USD"), ("3000000", "USD")),
    ("$1,000,000 - $5,000,000", ("1000000", "USD"), ("5000000", "USD")),
    ("$25 - $100K", ("25000", "USD"), ("100000", "USD")),
    ("$500 - $2M", ("500", "USD"), ("2000000", "USD")),
    ("$5 thousand to $10 thousand", ("5000", "USD"), ("10000", "USD")),
    ("US$1-2 billion", ("1000000000", "USD"), ("2000000000", "USD")),
    ("€1M to €5M", ("1000000", "EUR"), ("5000000", "EUR")),
    ("€2M–€3M", ("2000000", "EUR"), ("3000000", "EUR")),
    ("€1M − €2M", ("1000000", "EUR"), ("2000000", "EUR")),
    ("€5 - 10 Mio.", ("5000000", "EUR"), ("10000000", "EUR")),
    ("EUR 1,5-2,5 Mio.", ("1500000", "EUR"), ("2500000", "EUR")),
    ("$1,5-2,5 Mio. EUR", ("1500000", "EUR"), ("2500000", "EUR")),
    ("£250k–£1m", ("250000", "GBP"), ("1000000", "GBP")),
    ("5-10 million euros", ("5000000", "EUR"), ("10000000", "EUR")),
    ("1M-5M USD", ("1000000", "USD"), ("5000000", "USD")),
    ("$1M – $5M AUD", ("1000000", "AUD"), ("5000000", "AUD")),
    ("$1M-$5M (SGD)", ("1000000", "SGD"), ("5000000", "SGD")),
    ("USD $1M – $5M", ("1000000", "USD"), ("5000000", "USD")),
    ("$5-million to $10-million", ("5000000", "USD"), ("10000000", "USD")),
    ("Rs. 50 lakh - 2 crore", ("5000000", "INR"), ("20000000", "INR")),
    ("CHF 1-5 Mio.", ("1000000", "CHF"), ("5000000", "CHF")),
    ("5–10 M€", ("5000000", "EUR"), ("10000000", "EUR")),
    ("< $1M", None, ("1000000", "USD")),
    (">$10M", ("10000000", "USD"), None),
    ("Min: $1M", ("1000000", "USD"), None),
    ("₹5-10 crore", ("50000000", "INR"), ("100000000", "INR")),
    ("Rs 5 to 10 crore", ("50000000", "INR"), ("100000000", "INR")),
    ("between $1M and $5M", ("1000000", "USD"), ("5000000", "USD")),
    ("Between $1M and $5M", ("1000000", "USD"), ("5000000", "USD")),
    ("$1M and $5M", ("1000000", "USD"), ("5000000", "USD")),
    ("from $1M to $5M", ("1000000", "USD"), ("5000000", "USD")),
    ("$2M ~ $5M", ("2000000", "USD"), ("5000000", "USD")),
    ("approx. $1M - $5M", ("1000000", "USD"), ("5000000", "USD")),
    ("~$1M-$5M", ("1000000", "USD"), ("5000000", "USD")),
    ("$5-10M.", ("5000000", "USD"), ("10000000", "USD")),
    ("($5M – $50M)", ("5000000", "USD"), ("50000000", "USD")),
    ("$1M - €2M", ("1000000", "USD"), ("2000000", "EUR")),
    ("$1M - $500K", ("1000000", "USD"), ("500000", "USD")),  # kept as printed
    # open ends
    ("up to $10M", None, ("10000000", "USD")),
    ("Up to $10M", None, ("10000000", "USD")),
    ("to $5M", None, ("5000000", "USD")),
    ("under $1M", None, ("1000000", "USD")),
    ("less than $1M", None, ("1000000", "USD")),
    ("max. $5M", None, ("5000000", "USD")),
    ("$1M or less", None, ("1000000", "USD")),
    ("$1M maximum", None, ("1000000", "USD")),
    ("from $1M", ("1000000", "USD"), None),
    ("starting at €500K", ("500000", "EUR"), None),
    ("$50M+", ("50000000", "USD"), None),
    ("$50M +", ("50000000", "USD"), None),
    ("over $5M", ("5000000", "USD"), None),
    ("more than $5M", ("5000000", "USD"), None),
    ("at least $2M", ("2000000", "USD"), None),
    ("min $1M", ("1000000", "USD"), None),
    ("$1M minimum", ("1000000", "USD"), None),
    ("$50M and above", ("50000000", "USD"), None),
    # one amount: both ends
    ("$5M", ("5000000", "USD"), ("5000000", "USD")),
    ("about $5M", ("5000000", "USD"), ("5000000", "USD")),
]

NOT_RANGES: list[str] = ["", "$", "-", "–", "up to", "5-10", "5M-10M", "$5M-$10M (typical)",
                         "Typical: $1M", "between", "$5M-", "-$5M", "$1M-$5M-$10M", "N/A"]


def _end(money: Money | None) -> End:
    return None if money is None else (str(money.amount.normalize()), money.currency)


@pytest.mark.parametrize(("text", "low", "high"), RANGE_CASES)
def test_parse_money_range(text: str, low: End, high: End) -> None:
    found = parse_money_range(text)
    assert found is not None
    got = (_end(found.min), _end(found.max))
    want = tuple(None if e is None else (str(Decimal(e[0]).normalize()), e[1])
                 for e in (low, high))
    assert got == want


@pytest.mark.parametrize("text", NOT_RANGES)
def test_parse_money_range_rejects(text: str) -> None:
    assert parse_money_range(text) is None


CURRENCY_CODES: list[tuple[str, str | None]] = [
    ("$", "USD"), ("US$", "USD"), ("A$", "AUD"), ("CA$", "CAD"), ("C$", "CAD"),
    ("HK$", "HKD"), ("S$", "SGD"), ("NT$", "TWD"), ("R$", "BRL"), ("€", "EUR"),
    ("£", "GBP"), ("¥", "JPY"), ("CN¥", "CNY"), ("JP¥", "JPY"), ("₹", "INR"),
    ("Rs", "INR"), ("₩", "KRW"), ("₪", "ILS"), ("฿", "THB"), ("₫", "VND"),
    ("₺", "TRY"), ("zł", "PLN"), ("Kč", "CZK"), ("руб", "RUB"), ("грн", "UAH"),
    ("CHF", "CHF"), ("kr", "SEK"), ("Rp", "IDR"), ("RMB", "CNY"), ("yuan", "CNY"),
    ("Yuan", "CNY"), ("dollars", "USD"), ("euros", "EUR"), ("rupees", "INR"),
    ("pounds", "GBP"), ("yen", "JPY"), ("XOF", "XOF"), ("KWD", "KWD"),
    ("usd", "USD"), ("XYZ", None), ("", None), ("Usd$", None), ("dollar bills", None),
]


@pytest.mark.parametrize(("token", "code"), CURRENCY_CODES)
def test_currency_code(token: str, code: str | None) -> None:
    assert currency_code(token) == code


# Amounts in running text: (sentence, [(text found, amount, code, qualifier)])
PROSE: list[tuple[str, list[tuple[str, str, str, str]]]] = [
    ("the company had invested over 20 billion yuan (approximately $2.8 billion USD at "
     "the time) across its portfolio.",
     [("over 20 billion yuan", "20000000000", "CNY", "more_than"),
      ("approximately $2.8 billion USD", "2800000000", "USD", "about")]),
    ("can range from approximately $5 million for promising companies to upwards of "
     "$50 million for more established firms.",
     [("approximately $5 million", "5000000", "USD", "about"),
      ("upwards of $50 million", "50000000", "USD", "at_least")]),
    ("5Y Capital and Series B investors joined.", []),
    ("Moreover $5M was raised.", [("$5M", "5000000", "USD", "exact")]),
    ("Acme Inc. $5M round", [("$5M", "5000000", "USD", "exact")]),
    ("the team of 5 won the award", []),
    ("it raised 3 billion won in Seoul", [("3 billion won", "3000000000", "KRW", "exact")]),
    ("a 5,000 won.", [("5,000 won", "5000", "KRW", "exact")]),
    ("v2.5 million dollars", []),
    ("About €40M, then RMB 1 billion.",
     [("About €40M", "40000000", "EUR", "about"), ("RMB 1 billion", "1000000000", "CNY", "exact")]),
    ("it closed a $5 million round.", [("$5 million", "5000000", "USD", "exact")]),
    ("raised $5M.", [("$5M", "5000000", "USD", "exact")]),
    ("sized at €5 Mio. for the seed", [("€5 Mio", "5000000", "EUR", "exact")]),
    ("some 300 companies and 37% of deals", []),
    ("CEO 5 million dollars", [("5 million dollars", "5000000", "USD", "exact")]),
    ("$5 Mbps uplink for $3", [("$5", "5", "USD", "exact"), ("$3", "3", "USD", "exact")]),
]


@pytest.mark.parametrize(("sentence", "expected"), PROSE)
def test_money_pattern_in_prose(sentence: str,
                                expected: list[tuple[str, str, str, str]]) -> None:
    found = []
    for match in MONEY.finditer(sentence):
        money = money_from_match(match)
        assert money is not None, match.group()
        assert sentence[money.start:money.end] == match.group()
        found.append((match.group(), money.money.amount, money.money.currency, money.qualifier))
    assert found == [(t, Decimal(a), c, q) for t, a, c, q in expected]


@pytest.mark.parametrize("odd", [None, 5, b"$5M", ["$5M"], "$" * 10_000,
                                 "1," * 5_000, "over " * 2_000, "- " * 5_000])
def test_normalizers_never_raise(odd: object) -> None:
    assert parse_money(odd) is None  # type: ignore[arg-type]
    assert parse_money_range(odd) is None  # type: ignore[arg-type]
    assert read_money(odd) is None  # type: ignore[arg-type]
