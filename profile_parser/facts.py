"""Facts stated in the description prose: money, counts, percents and dates.

The scanner is anchored on numbers: one cheap pass finds where each number
starts, and only there are the normalizers' patterns tried, each anchored
(``MONEY`` for amounts, ``PERCENT`` for percents, ``DATE_PATTERN`` and the
month names for dates, ``NUMBER_PATTERN`` plus a plural noun for counts).
A reader runs its regex only when the words around the number allow its
kind, so a page costs one pass plus a few anchored matches per number:
linear in the text. Each hit is checked (a number glued to letters, other
digits or an ID is no fact); then the hits are placed by rank (money,
percent, full date, count, year): a number already used by a fact of higher
rank is never used twice. Facts come out in line order, then by position in
the line. Rules and examples: ``docs/facts.md``.

>>> from profile_parser.document import Line
>>> for fact in find_facts([Line(15, "By 2019 it had invested over 20 billion yuan "
...                                  "(approximately $2.8 billion USD) in 300+ companies.")]):
...     print(fact["kind"], repr(fact["text"]), fact["value"], fact["qualifier"],
...           fact["currency"] or fact["unit"] or fact["date"])
date 'By 2019' None None 2019
money 'over 20 billion yuan' 20000000000 more_than CNY
money 'approximately $2.8 billion USD' 2800000000.0 about USD
count '300+ companies' 300 at_least companies
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from decimal import Decimal
from typing import Any, NamedTuple

from . import vocabulary as vocab
from .document import Line
from .models import Qualifier
from .normalize.currency import MAJOR_CODES, SIGN_ENDS, SYMBOLS, WORDS
from .normalize.dates import DATE_PATTERN, MONTHS, date_from_match
from .normalize.money import MONEY, money_from_match
from .normalize.numbers import MAGNITUDE_PATTERN, MAGNITUDES, NUMBER_PATTERN, literal_pattern, parse_number, scale
from .normalize.percent import PERCENT
from .normalize.qualifier import qualifier_before

__all__ = ["FoundFact", "find_facts", "read_facts"]


class _Hit(NamedTuple):
    """One fact found in a line, before ranking: its span and its fields."""

    start: int
    end: int
    rank: int  # lower wins a contested number
    kind: str
    value: Decimal | None = None
    qualifier: Qualifier | None = None
    currency: str | None = None
    unit: str | None = None
    date: str | None = None


# --- qualifiers ----------------------------------------------------------------


def _plus(line: str, end: int, qualifier: Qualifier) -> tuple[int, Qualifier]:
    """A trailing ``+`` ("$50M+", "300+") reads as "at least" when no word said otherwise."""
    if line.startswith("+", end):
        return end + 1, "at_least" if qualifier == "exact" else qualifier
    return end, qualifier


# --- boundaries: a number inside a name, an ID, a phone number or a code --------

_JOINERS = "-–—/.:"


def _glued_before(line: str, start: int, *, digit: bool = True) -> bool:
    """True when the token at ``start`` continues something before it.

    "Flat6Labs", "Web3", "#1", "COVID-19", "24/7" and the second group of a
    phone number ("555 0123") are glued; "$5M-$10M" is not (``digit=False``:
    the token is a currency symbol, which a dash may precede).

    >>> _glued_before("Web3", 3), _glued_before("COVID-19 cases", 6), _glued_before("in 19", 3)
    (True, True, False)
    """
    if start == 0:
        return False
    before = line[start - 1]
    if before.isalnum() or before in "_#@&" or before in SIGN_ENDS:
        return True
    if not digit or start < 2:
        return False
    if before in _JOINERS and line[start - 2].isalnum():
        return True
    if before == " " and line[start - 2].isdigit():  # a phone-like run of digit groups
        first = start - 2
        while first > 0 and start - first < 24 and line[first - 1].isdigit():
            first -= 1
        return first == 0 or not line[first - 1].isalpha()  # "Q1 2021" is a label, not a run
    return False


def _glued_after(line: str, end: int) -> bool:
    """True when the token ending at ``end`` runs on into letters or digits.

    >>> _glued_after("2nd", 1), _glued_after("2019-0034", 4), _glued_after("300 firms", 3)
    (True, True, False)
    """
    if end >= len(line):
        return False
    after = line[end]
    if after.isalnum() or after == "_":
        return True
    return after in _JOINERS and end + 1 < len(line) and line[end + 1].isdigit()


def _isolated(line: str, start: int, end: int, *, digit: bool = True) -> bool:
    return not _glued_before(line, start, digit=digit) and not _glued_after(line, end)


# --- money -----------------------------------------------------------------------

def _currency_token_ok(token: str | None) -> bool:
    """A currency token the prose can be trusted with.

    A bare three-letter token must be a major currency ("TOP 10", "ALL 300"
    are Tongan and Albanian codes but never money in these pages). Words that
    are everyday English too ("won", "real") were already held to a magnitude
    or a clause end by the money pattern itself.
    """
    if not token or not (len(token) == 3 and token.isalpha() and token.isupper()):
        return True
    return token in MAJOR_CODES


def _money(line: str, match: re.Match[str]) -> _Hit | None:
    """A money hit from a MONEY match, or None if it is no trustworthy amount."""
    suffix_group = "s1" if match.group("s1") else "s2"
    if not _currency_token_ok(match.group(suffix_group)):
        shorter = MONEY.match(line, match.start(), match.start(suffix_group))
        if shorter is None or shorter.end() <= match.start():
            return None
        return _money(line, shorter)  # "$5 million real estate" -> "$5 million"
    if not _currency_token_ok(match.group("pre")):
        return None
    found = money_from_match(match)
    if found is None:
        return None
    core = match.start("pre") if match.group("pre") else match.start("n2")
    if not _isolated(line, core, match.end(), digit=match.group("pre") is None):
        return None
    start, qualifier = qualifier_before(line, core)
    if qualifier == "exact" and not match.group("qual"):
        qualifier = found.qualifier  # a "+" or "or more" the money pattern itself read
    end, qualifier = _plus(line, match.end(), qualifier)
    return _Hit(start, end, 0, "money", found.money.amount, qualifier,
                currency=found.money.currency)


# --- percents --------------------------------------------------------------------


def _percent(line: str, match: re.Match[str]) -> _Hit | None:
    """A percent hit from a PERCENT match."""
    core = match.start("num")
    value = parse_number(match.group("num"))
    if value is None or not _isolated(line, core, match.end()):
        return None
    start, qualifier = qualifier_before(line, core)
    return _Hit(start, match.end(), 1, "percent", value, qualifier)


# --- counts ----------------------------------------------------------------------

_WORD = r"(?:[a-z]{2,24}(?:-[a-z]{2,24})?|[A-Z]{2,5}s?)"  # "companies", "co-founders", "IPOs"
#: One or two words after a count's number: the plural noun, maybe after one
#: modifier ("7 new investments", "25 family offices").
_NOUN_AFTER = rf" (?P<w1>{_WORD})(?: (?P<w2>{_WORD}))?(?![A-Za-z0-9-])"
_COUNT = re.compile(
    rf"(?P<num>{NUMBER_PATTERN})(?![0-9])(?: ?(?P<mag>{MAGNITUDE_PATTERN}))?(?P<plus>\+)?"
    + _NOUN_AFTER
)
_NOUN = re.compile(_NOUN_AFTER)

#: Time spans are durations, not counts of things ("the last 12 months").
_DURATIONS = frozenset(
    "seconds minutes hours days nights weeks weekends months quarters years decades "
    "centuries times".split()
)
#: Words ending in "s" that are no plural noun.
_NOT_PLURAL = frozenset(
    "was has its this thus plus his yes does goes always perhaps sometimes besides towards "
    "afterwards whereas unless across overseas series news means lens gas bias alias canvas "
    "percents whereabouts".split()
)
#: Words that cannot modify a counted noun: "2 of its startups", "5 to 10 deals".
_NOT_MODIFIERS = frozenset(
    "of to and or in on at for from by with per than the a an its their our are were is was "
    "be been being have has had do did will would can could may might should percent".split()
)
_IRREGULAR_PLURALS = frozenset("people children women men alumni staff personnel".split())
#: Nouns that belong to another kind of fact (money words, magnitudes).
_OTHER_KINDS = frozenset(WORDS) | frozenset(MAGNITUDES)


def _is_plural(noun: str) -> bool:
    """True for a plural noun that can be counted.

    >>> [_is_plural(w) for w in ("companies", "co-founders", "IPOs", "months", "analytics")]
    [True, True, True, False, False]
    """
    head = noun.rsplit("-", 1)[-1]
    if head in _IRREGULAR_PLURALS:
        return True
    if noun in _DURATIONS or noun in _NOT_PLURAL or noun in _OTHER_KINDS or len(head) < 3:
        return False
    if head[:-1].isupper():  # an acronym's plural: "IPOs", "LPs"
        return head[-1] == "s" and head[:-1].isalpha()
    return head.endswith("s") and not head.endswith(("ss", "us", "is", "ics", "ous"))


def _pick_noun(first: str, second: str | None) -> int:
    """Which word is the counted noun: 1, 2 (after a modifier), or 0 for none.

    >>> _pick_noun("companies", "across"), _pick_noun("new", "investments")
    (1, 2)
    >>> _pick_noun("of", "them"), _pick_noun("real", "estate")
    (0, 0)
    """
    if _is_plural(first):
        return 1
    modifier_ok = first not in _NOT_MODIFIERS and first not in _DURATIONS
    return 2 if second is not None and modifier_ok and _is_plural(second) else 0


def _year_like(number: str) -> bool:
    """A bare 19xx/20xx: a year, unless written with grouping ("2,000")."""
    return len(number) == 4 and number.isdigit() and number[:2] in ("19", "20")


def _id_like(number: str) -> bool:
    """A digit string no prose writes as a count: a leading zero or seven digits and more."""
    return number.isdigit() and ((len(number) > 1 and number[0] == "0") or len(number) >= 7)


def _count(line: str, match: re.Match[str]) -> _Hit | None:
    """A count hit: a number followed by a plural noun ("over 300 companies")."""
    number, magnitude = match.group("num"), match.group("mag")
    which = _pick_noun(match.group("w1"), match.group("w2"))
    value = parse_number(number)
    if value is None or which == 0 or _id_like(number):
        return None
    if which == 2 and magnitude and len(magnitude) <= 3:
        return None  # "4K video startups": an abbreviated magnitude takes its noun at once
    value = scale(value, magnitude)
    if value != value.to_integral_value():
        return None  # "2.5 companies" counts nothing
    core = match.start("num")
    if _glued_before(line, core):
        return None
    start, qualifier = qualifier_before(line, core)
    if match.group("plus"):
        qualifier = "at_least" if qualifier == "exact" else qualifier
    if _year_like(number) and not magnitude and qualifier == "exact":
        return None  # "2019 investments" is a year or nothing; "over 2000 investments" counts
    noun = f"w{which}"
    return _Hit(start, match.end(noun), 3, "count", Decimal(int(value)), qualifier,
                unit=match.group(noun))


# --- dates -----------------------------------------------------------------------

#: Words that say where in or around a date ("early 2021", "by 2019"); part of
#: the fact's text. Plain prepositions ("in", "from") are not.
_LEAD_BEFORE = re.compile(
    rf"(?<![A-Za-z0-9])(?i:{literal_pattern(vocab.FACT_DATE_LEADS)} |mid-)$"
)
_LEAD_REACH = max(map(len, vocab.FACT_DATE_LEADS)) + 1
_FULL_DATE = re.compile(rf"(?:{DATE_PATTERN})(?![0-9])")
_YEAR_NEXT = re.compile(r"[-–—](?:19|20)[0-9]{2}(?![0-9])")  # "2015-2020"
_YEAR_BEFORE = re.compile(r"(?<![0-9])(?:19|20)[0-9]{2}[-–—]$")
_SENTENCE_END = ".!?:;\"“(["


def _month_before(line: str, start: int) -> int | None:
    """Where a capitalised month name ("March", "Sept.") ending just before
    ``start`` (and a space) begins; None when there is none.

    >>> _month_before("since March 2018", 12), _month_before("may 2019", 4)
    (6, None)
    """
    if start < 4 or line[start - 1] != " ":
        return None
    word_start = line.rfind(" ", max(0, start - 12), start - 1) + 1
    if word_start == 0 and start > 12:
        return None
    word = line[word_start:start - 1]
    if word[:1].isupper() and word.rstrip(".").lower() in MONTHS:
        return word_start
    return None


def _lead_start(line: str, start: int) -> int:
    """Where the date's lead word ("early", "by", "mid-") starts; ``start`` without one."""
    match = _LEAD_BEFORE.search(line, max(0, start - _LEAD_REACH), start)
    return match.start() if match else start


def _in_year_range(line: str, start: int, end: int) -> bool:
    return bool(_YEAR_NEXT.match(line, end) or _YEAR_BEFORE.search(line, max(0, start - 5), start))


def _after_name(line: str, start: int) -> bool:
    """True when a capitalised word inside a sentence stands right before ``start``.

    "Horizon 2020", "Vision 2030" are names; "In 2019" opens its sentence.

    >>> _after_name("the EU's Horizon 2020 programme", 17), _after_name("In 2019 it", 3)
    (True, False)
    """
    if start < 2 or line[start - 1] != " ":
        return False
    word_start = line.rfind(" ", 0, start - 1) + 1
    word = line[word_start:start - 1]
    if not word[:1].isupper():
        return False
    opening = line[:word_start].rstrip()
    return bool(opening) and opening[-1] not in _SENTENCE_END


def _counted_noun_after(line: str, end: int) -> bool:
    """True when a plural noun follows ("2019 investments": a count or a year, unclear)."""
    match = _NOUN.match(line, end)
    return match is not None and _pick_noun(match.group("w1"), match.group("w2")) > 0


def _date(line: str, core: int, end: int, rank: int, date: str) -> _Hit | None:
    """A date hit for ``line[core:end]``, its lead word included."""
    start = _lead_start(line, core)
    if _in_year_range(line, core, end):
        return _Hit(start, end, rank, "date", date=date)
    if _glued_after(line, end) or (start == core and _glued_before(line, core)):
        return None  # "mid-2022" is glued to its lead word, which is fine
    return _Hit(start, end, rank, "date", date=date)


# --- scanning ----------------------------------------------------------------------


class _Number(NamedTuple):
    """A number in the line: where it starts, its first digit run ("1" of
    "1,106") and the words after it (punctuation trimmed), which let each
    reader skip a number it cannot use before running its regex."""

    start: int
    run: str
    words: tuple[str, ...]


_DIGIT = re.compile(r"[0-9]")
_NUMBER_CHARS = frozenset("0123456789,.'’+")
_TRIM = ".,;:!?)]\"'”’"


def _numbers(line: str) -> Iterator[_Number]:
    """Each number of the line (not the "106" of "1,106" nor the "8" of "2.8").

    >>> [(n.start, n.run, n.words) for n in _numbers("over 1,106 Deals, $2.8bn.")]
    [(5, '1', ('Deals', '$2.8bn')), (19, '2', ('bn',))]
    """
    length, resume = len(line), 0
    for match in _DIGIT.finditer(line):  # one digit at a time: the fastest scan
        start = match.start()
        if start < resume:
            continue  # inside a number already read
        end = start + 1
        while end < length and "0" <= line[end] <= "9" and end - start < 64:
            end += 1
        run = line[start:end]
        resume = end
        if start >= 2 and line[start - 1] in ",.'’" and line[start - 2].isdigit():
            continue
        while end < length and end - start < 40 and line[end] in _NUMBER_CHARS:
            end += 1
        if line[end - 1] in ",.":
            end -= 1  # "2021," ends the clause, it groups nothing
        words = tuple(w.rstrip(_TRIM) for w in line[end:end + 48].split(None, 3)[:3])
        yield _Number(start, run, words)


#: The lengths of the currency signs, longest first ("US$" before "$").
_SIGN_LENGTHS = sorted({len(symbol) for symbol in SYMBOLS}, reverse=True)
_CURRENCY_FIRST_WORDS = frozenset(w.split()[0] for w in WORDS)


def _is_code(token: str) -> bool:
    return len(token) == 3 and token.isupper() and token.isalpha()


def _prefix_start(line: str, number: int) -> int | None:
    """Where a currency symbol or code standing just before the number starts.

    >>> _prefix_start("raised US$ 5M", 11), _prefix_start("over 300", 5)
    (7, None)
    """
    for end in (number, number - 1) if line[number - 1:number] == " " else (number,):
        if end < 1:
            continue
        for size in _SIGN_LENGTHS:
            if size <= end and line[end - size:end] in SYMBOLS:
                return end - size
        if end >= 3 and _is_code(line[end - 3:end]):
            return end - 3
    return None


def _after_magnitude(words: tuple[str, ...]) -> str:
    """The word after the number and its magnitude, if any ("yuan" of "20 billion yuan")."""
    skip = 1 if words and words[0].lower() in MAGNITUDES else 0
    return words[skip] if len(words) > skip else ""


def _currency_ahead(words: tuple[str, ...]) -> bool:
    token = _after_magnitude(words)
    return token in SYMBOLS or _is_code(token) or token.lower() in _CURRENCY_FIRST_WORDS


def _money_at(line: str, number: _Number) -> _Hit | None:
    prefix = _prefix_start(line, number.start)
    for start in (prefix, number.start if _currency_ahead(number.words) else None):
        if start is None:
            continue
        match = MONEY.match(line, start)
        if match and number.start in (match.start("n1"), match.start("n2")):
            return _money(line, match)
    return None


def _percent_at(line: str, number: _Number) -> _Hit | None:
    window = line[number.start:number.start + 24]
    if "%" not in window and "per" not in window.lower():
        return None
    match = PERCENT.match(line, number.start)
    return _percent(line, match) if match else None


def _noun_ahead(words: tuple[str, ...]) -> bool:
    """Whether the words after a number may hold a count's noun (after a magnitude)."""
    at = 1 if words and words[0].lower() in MAGNITUDES else 0
    if at >= len(words):
        return False
    return _pick_noun(words[at], words[at + 1] if at + 1 < len(words) else None) > 0


def _count_at(line: str, number: _Number) -> _Hit | None:
    if not _noun_ahead(number.words):
        return None
    match = _COUNT.match(line, number.start)
    return _count(line, match) if match else None


def _full_date_at(line: str, number: _Number) -> _Hit | None:
    """A full date ("July 31, 2025", "31 July 2025", "2025-07-31") around a number."""
    month = _month_before(line, number.start)
    if month is not None:
        starts: tuple[int, ...] = (month, number.start)
    elif (len(number.run) <= 2 and number.words and number.words[0].lower() in MONTHS) or (
        len(number.run) == 4 and line[number.start + 4:number.start + 5] in ("-", "/", ".")
    ):
        starts = (number.start,)
    else:
        return None
    for core in starts:
        match = _FULL_DATE.match(line, core)
        if match:
            day = date_from_match(match)
            return _date(line, core, match.end(), 2, day.isoformat()) if day else None
    return None


def _year_at(line: str, number: _Number) -> _Hit | None:
    """A year or a month-year; a bare year must not be a name's or a count's number."""
    if len(number.run) != 4 or number.run[:2] not in ("19", "20"):
        return None
    start, year = number.start, number.run
    end = start + 4
    month = _month_before(line, start)
    if month is None:
        if _lead_start(line, start) == start and (
            _after_name(line, start) or _counted_noun_after(line, end)
        ):
            return None
        return _date(line, start, end, 4, year)
    name = line[month:start].strip().rstrip(".").lower()
    return _date(line, month, end, 4, f"{year}-{MONTHS[name]:02d}")


#: Readers of one kind each, by rank: a number contested by two kinds goes to the first.
_READERS: tuple[Callable[[str, _Number], _Hit | None], ...] = (
    _money_at, _percent_at, _full_date_at, _count_at, _year_at,
)


def _line_hits(line: str) -> list[_Hit]:
    """The facts of one line, in position order; each number serves one fact."""
    candidates = [
        hit for number in _numbers(line) for read in _READERS
        if (hit := read(line, number)) is not None
    ]
    candidates.sort(key=lambda h: (h.rank, h.start))
    taken = bytearray(len(line))  # 1 where a kept fact already stands
    kept: list[_Hit] = []
    for hit in candidates:
        if not any(taken[hit.start:hit.end]):
            taken[hit.start:hit.end] = b"\x01" * (hit.end - hit.start)
            kept.append(hit)
    kept.sort(key=lambda h: h.start)
    return kept


def _as_fact(line: Line, hit: _Hit) -> dict[str, Any]:
    return {
        "kind": hit.kind,
        "text": " ".join(line.text[hit.start:hit.end].split()),
        "line": line.number,
        "value": hit.value,
        "qualifier": hit.qualifier,
        "currency": hit.currency,
        "unit": hit.unit,
        "date": hit.date,
    }


class FoundFact(NamedTuple):
    """A fact as the record holds it, and where its text stands."""

    fact: dict[str, Any]
    line: Line
    start: int
    end: int


def read_facts(lines: list[Line]) -> list[FoundFact]:
    """The facts of the description's lines, each with where its text stands.

    >>> [(f.fact["text"], f.line.number, f.start, f.end) for f in read_facts([Line(4, "Raised $5M in 2019.")])]
    [('$5M', 4, 7, 10), ('2019', 4, 14, 18)]
    """
    return [FoundFact(_as_fact(line, hit), line, hit.start, hit.end)
            for line in lines for hit in _line_hits(line.text)]


def find_facts(lines: list[Line]) -> list[dict[str, Any]]:
    """Amounts, counts, percents and dates the description's lines state.

    >>> find_facts([Line(9, "Acme backs Series A rounds of Flat6Labs and 5Y Capital.")])
    []
    >>> [f["text"] for f in find_facts([Line(3, "from around €7.5 million to approximately "
    ...                                         "€50 million since March 2018")])]
    ['around €7.5 million', 'approximately €50 million', 'since March 2018']
    """
    return [found.fact for found in read_facts(lines)]
