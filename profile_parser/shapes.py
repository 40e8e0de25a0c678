"""What a line of a page is, told by its shape: one rule per shape.

The page cutter, the document reader (which tells unknown headings from
record lines) and the section handlers all ask these functions, so they
never disagree about what a place line, a round line or a count line is.
Lines are repaired text (no bullets, single spaces).

>>> is_place("Cixi, Zhejiang, China"), is_place("Canada"), is_place("Acme builds robots, drones.")
(True, True, False)
>>> read_round("Series BJul 31, 2025")
RoundLine(label='Series B', date_start=8)
>>> read_round("Mezzanine 2025"), count_line("Co-Investments: 5"), read_share("Series C (32%)")
(None, 5, Share(label='Series C', number='32', number_start=10))
"""

from __future__ import annotations

import functools
import re
from typing import NamedTuple

from . import vocabulary as vocab
from .normalize.country import country_code
from .normalize.dates import DATE_PATTERN
from .normalize.funding import funding_code
from .normalize.location import is_continent, parse_location

_SENTENCE_END = re.compile(f"[{re.escape(vocab.SENTENCE_ENDS)}][{re.escape(vocab.CLOSERS)}]?$")
_PROSE_WORDS = 8  # a line of this many words is prose even without a full stop


def ends_sentence(text: str) -> bool:
    """Ends like a sentence: ".", "!", "?" or "…", maybe inside a closing bracket or quote.

    >>> ends_sentence('He said "yes."'), ends_sentence("Acme (China)")
    (True, False)
    """
    return _SENTENCE_END.search(text) is not None


def is_sentence(text: str) -> bool:
    """Prose: ends like a sentence, or runs to many words.

    >>> is_sentence("Acme makes robots."), is_sentence("Artificial Intelligence (AI)")
    (True, False)
    """
    return _SENTENCE_END.search(text) is not None or text.count(" ") >= _PROSE_WORDS - 1


# ------------------------------------------------------------------ places

_MAX_PLACE_PARTS = 4
_MAX_PART_WORDS = 5


@functools.lru_cache(maxsize=4096)  # pure, and asked several times per line
def is_place(text: str, *, known: bool = False) -> bool:
    """A place line: one to four short comma parts that read as a place.

    A single part must be a known country or continent ("Canada", "Asia");
    with ``known``, some part must be (the header tells its name line from
    its place line that way: "Smith, Jones & Partners" is a name).
    """
    parts = text.split(",")
    if len(parts) > _MAX_PLACE_PARTS or _SENTENCE_END.search(text):
        return False
    if any(not p.strip() or p.count(" ") >= _MAX_PART_WORDS + (p[:1] == " ") for p in parts):
        return False
    if len(parts) == 1:  # a bare country or continent; a bare code ("TV", "UK") is a tag or a name
        return not (len(text) <= 3 and text.isupper()) and (country_code(text) is not None or is_continent(text))
    location = parse_location(text)
    if location is None:
        return False
    return not known or location.country_code is not None or location.continent is not None


# ------------------------------------------------------------------ deals

_DATE_AT_END = re.compile(f"(?:{DATE_PATTERN})$")
_DATE_REACH = 32  # characters from the end of a line within which its date starts
_LABEL_EDGE = " -–—,|:"


class RoundLine(NamedTuple):
    """A deal's round line: its label as written (maybe empty) and where its date
    starts (None when the label stands alone)."""

    label: str
    date_start: int | None


def _label_first_words() -> frozenset[str]:
    keys = [*vocab.FUNDING_CODES, *vocab.FUNDING_ALIASES]
    return frozenset({key.split("_")[0] for key in keys} | {"series", "round", "venture"})


_FIRST_WORDS = _label_first_words()
_WORD = re.compile(r"[A-Za-z]+")


def _is_label(label: str, *, glued: bool) -> bool:
    """Text before a date that reads as a round label: a known one, or an unknown
    one that is short (glued to its date as the site prints it, or a few
    capitalised words)."""
    if funding_code(label) is not None:
        return True
    if len(label) > vocab.MAX_ROUND_LABEL_CHARS or is_sentence(label) or "," in label:
        return False
    if glued:
        return label[:1].isalnum()
    words = label.split()
    return len(words) <= vocab.MAX_SPACED_LABEL_WORDS and all(w[:1].isupper() or w[:1].isdigit() for w in words)


@functools.lru_cache(maxsize=4096)
def read_round(text: str) -> RoundLine | None:
    """A round line: a funding label run into a date ("Series BJul 31, 2025",
    "Seed 2025-01-31"), or a known label alone ("Series B+"); None otherwise.

    >>> read_round("Venture - Series Unknown31st of July 2025")
    RoundLine(label='Venture - Series Unknown', date_start=24)
    >>> read_round("Acme was founded on Jul 31, 2025") is None, read_round("Funding Round")
    (True, RoundLine(label='Funding Round', date_start=None))
    """
    if not text or len(text) > vocab.MAX_ROUND_LABEL_CHARS + _DATE_REACH:
        return None
    if text[-1].isdigit():
        date = _DATE_AT_END.search(text, max(0, len(text) - _DATE_REACH))
        if date is not None:
            label = text[: date.start()].rstrip(_LABEL_EDGE)
            glued = date.start() > 0 and text[date.start() - 1] not in _LABEL_EDGE
            if not label or _is_label(label, glued=glued):
                return RoundLine(label, date.start())
            return None
    first = _WORD.match(text)
    if first is None or (first.group().lower() not in _FIRST_WORDS and len(first.group()) > 1):
        return None
    return RoundLine(text, None) if funding_code(text) is not None else None


def is_amount_line(text: str) -> bool:
    """ "Amount Raised: $13,888,021" (any value, even none)."""
    return text[:13].lower() == vocab.AMOUNT_RAISED


_AMOUNT = re.compile(f"(?i:{vocab.AMOUNT_RAISED}):? ?")


def amount_start(text: str) -> int:
    """Where the value of an amount line starts.

    >>> amount_start("Amount Raised: $13,888,021")
    15
    """
    match = _AMOUNT.match(text)
    return match.end() if match else 0


# ------------------------------------------------------------------ entries

_COUNT = re.compile(
    f"(?i:(?P<co_investors>{vocab.CO_INVESTMENTS})|(?P<angels>{vocab.SHARED_DEALS})):? ?(?P<n>[0-9]{{1,9}})"
)


def count_line(text: str, section: str | None = None) -> int | None:
    """The number of a co-investor's or an angel's count line, else None; with
    ``section`` ("co_investors", "angels"), only that list's count line.

    >>> count_line("Shared Deals: 1"), count_line("co-investments 12"), count_line("Acme")
    (1, 12, None)
    >>> count_line("Shared Deals: 1", "co_investors") is None
    True
    """
    match = _COUNT.fullmatch(text)
    if match is None or (section is not None and match.group(section) is None):
        return None
    return int(match.group("n"))


def count_start(text: str) -> int:
    """Where the number of a count line starts."""
    match = _COUNT.fullmatch(text)
    return match.start("n") if match else 0


# ------------------------------------------------------------- focus lists

_SHARE = re.compile(r"(?P<label>.+?) ?\( ?~?(?P<num>[0-9]{1,3}(?:\.[0-9]{1,4})?) ?% ?\)")


class Share(NamedTuple):
    """A "Label (N%)" bullet: the label, the percent as printed, where it starts."""

    label: str
    number: str
    number_start: int


def read_share(text: str) -> Share | None:
    """A "Label (N%)" bullet, else None.

    >>> read_share("China ( 71.5 % )")
    Share(label='China', number='71.5', number_start=8)
    """
    match = _SHARE.fullmatch(text)
    if not match:
        return None
    return Share(match.group("label").strip(), match.group("num"), match.start("num"))


# ----------------------------------------------------------------- headings

_UNKNOWN_HEADING = re.compile(vocab.UNKNOWN_HEADING)


def may_be_heading(text: str) -> bool:
    """Short, capitalised, no sentence punctuation: a line that could head a section.

    >>> may_be_heading("Portfolio News"), may_be_heading("Acme invests."), may_be_heading("China (71%)")
    (True, False, False)
    """
    return _UNKNOWN_HEADING.fullmatch(text) is not None


_LOGO = re.compile(f"(?i:{vocab.LOGO})")


def logo_name(text: str) -> str | None:
    """The name in a "<Name> logo" line, else None.

    >>> logo_name("Xiaomi logo"), logo_name("Xiaomi")
    ('Xiaomi', None)
    """
    if text[-4:].lower() != "logo":
        return None
    match = _LOGO.fullmatch(text)
    return match.group("name").strip() if match else None
