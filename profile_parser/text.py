"""Text repair: make a scraped page clean without moving any line.

Every repair keeps the number of lines, so line N of the repaired text is
line N of the text the user gave (line breaks are ``\\r\\n``, ``\\n`` or a
lone ``\\r``). Each repair runs only when a cheap check finds something to
repair, so a clean page pays almost nothing.

>>> repair("\\ufeffXiaomi logo\\r\\n\\r\\n  \\u2022 Series C (32%)  \\r\\nCaf\\u00c3\\u00a9 &amp; Bar")
'Xiaomi logo\\n\\nSeries C (32%)\\nCafé & Bar'
"""

from __future__ import annotations

import functools
import html
import re
from collections.abc import Callable

from . import vocabulary as vocab

# UTF-8 bytes that were decoded as cp1252 (or latin-1): a lead character
# (bytes C2-F4) followed by continuation characters (bytes 80-BF as cp1252
# shows them). Each run is re-encoded and decoded; a run that is no valid
# UTF-8 is left as it was.
_CONT = (
    "\u0080-\u00bf\u20ac\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152"
    "\u017d\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u017e\u0178"
)
_MOJIBAKE = re.compile(f"[\u00c2-\u00f4][{_CONT}]{{1,3}}")
_ENTITY = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")


def _chars(*ranges: tuple[int, int]) -> frozenset[str]:
    return frozenset(chr(c) for low, high in ranges for c in range(low, high + 1))


# Characters that stand for a plain space, and characters that should vanish
# (controls, zero-width characters, bidi marks, soft hyphen, BOM).
_SPACES = _chars((0x09, 0x09), (0x0B, 0x0C), (0x1C, 0x1F), (0x85, 0x85), (0xA0, 0xA0),
                 (0x1680, 0x1680), (0x2000, 0x200A), (0x2028, 0x2029), (0x202F, 0x202F),
                 (0x205F, 0x205F), (0x3000, 0x3000))
_INVISIBLE = _chars((0x00, 0x08), (0x0E, 0x1B), (0x7F, 0x84), (0x86, 0x9F), (0xAD, 0xAD),
                    (0x200B, 0x200F), (0x202A, 0x202E), (0x2060, 0x206F), (0xFEFF, 0xFEFF))
_SURROGATES = _chars((0xD800, 0xDFFF))
_MOJIBAKE_LEADS = _chars((0xC2, 0xF4))
# One cheap scan finds every character some repair is about.
_NEEDS_REPAIR = re.compile(
    "[&\x00-\x08\x0b-\x1f\x7f-\xa0\xad\xc2-\xf4\u1680\u2000-\u200f\u2028-\u202f"
    "\u205f-\u206f\u3000\ufeff\ud800-\udfff\t]"
)
# At each line start: indentation and one bullet glyph (an ASCII bullet needs
# a space after it, so "-5%" survives). Run on "\n" + text, so line 1 counts.
_LINE_START = re.compile(
    rf"\n *(?:[{re.escape(vocab.BULLETS)}] *|[{re.escape(vocab.ASCII_BULLETS)}] +)|\n +"
)
_TRAILING = re.compile(r" +(?=\n)| +$")
_RUNS_OF_SPACES = re.compile(r" {2,}")


def _unmojibake(match: re.Match[str]) -> str:
    return _decode_mojibake(match.group())


@functools.lru_cache(maxsize=1024)
def _decode_mojibake(chunk: str) -> str:
    """One run of mojibake decoded ("â€¢" -> "•"); as it was when it is not UTF-8."""
    lead = ord(chunk[0])
    size = 2 if lead <= 0xDF else 3 if lead <= 0xEF else 4  # bytes the lead byte announces
    if len(chunk) < size:
        return chunk
    try:
        raw = bytes(ord(c) if ord(c) < 256 else c.encode("cp1252")[0] for c in chunk[:size])
        return raw.decode("utf-8") + chunk[size:]
    except (UnicodeError, IndexError):
        return chunk


def _unescape(match: re.Match[str]) -> str:
    # An entity must never create a line break: line numbers would move.
    return html.unescape(match.group()).replace("\r", " ").replace("\n", " ")


def _repair_characters(text: str, found: set[str]) -> str:
    if "&" in found or found & _MOJIBAKE_LEADS:
        before = text
        if found & _MOJIBAKE_LEADS:
            text = _MOJIBAKE.sub(_unmojibake, text)
        if "&" in found:
            text = _ENTITY.sub(_unescape, text)
        if text != before:
            found = set(_NEEDS_REPAIR.findall(text))  # they may have made spaces or controls
    for char in found & _SPACES:
        text = text.replace(char, " ")
    for char in found & _INVISIBLE:
        text = text.replace(char, "")
    for char in found & _SURROGATES:  # lone surrogates cannot be written as UTF-8
        text = text.replace(char, "\ufffd")
    return text


def repair(text: str) -> str:
    """Clean a page's text; the result has exactly as many lines as the input."""
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    found = set(_NEEDS_REPAIR.findall(text))
    if found:
        text = _repair_characters(text, found)
    text = _LINE_START.sub("\n", "\n" + text)[1:]
    if " \n" in text or text.endswith(" "):
        text = _TRAILING.sub("", text)
    if "  " in text:
        text = _RUNS_OF_SPACES.sub(" ", text)
    return text


# ------------------------------------------------ where repaired text came from

_SPACE_CHARS = re.compile("[" + re.escape("".join(sorted(_SPACES))) + "]")
_INVISIBLE_CHARS = re.compile("[" + re.escape("".join(sorted(_INVISIBLE))) + "]")
_SURROGATE_CHARS = re.compile("[\ud800-\udfff]")
_LEADING = re.compile(_LINE_START.pattern.replace("\\n", "^", 2))


class _Tracked:
    """A line being repaired, each character remembering the columns of the
    original line it came from (``begin`` and ``end``)."""

    def __init__(self, line: str) -> None:
        self.text = line
        self.begin = list(range(len(line)))
        self.end = list(range(1, len(line) + 1))

    def sub(self, pattern: re.Pattern[str], replace: Callable[[re.Match[str]], str]) -> None:
        """Replace each match; the new characters come from the whole match."""
        parts: list[str] = []
        begin: list[int] = []
        end: list[int] = []
        last = 0
        for match in pattern.finditer(self.text):
            start, stop = match.span()
            if start == stop:
                continue
            parts.append(self.text[last:start])
            begin += self.begin[last:start]
            end += self.end[last:start]
            new = replace(match)
            parts.append(new)
            begin += [self.begin[start]] * len(new)
            end += [self.end[stop - 1]] * len(new)
            last = stop
        if last:
            parts.append(self.text[last:])
            self.text, self.begin, self.end = "".join(parts), begin + self.begin[last:], end + self.end[last:]


def repair_line_columns(line: str) -> tuple[str, list[int], list[int]]:
    """One line repaired as :func:`repair` repairs it, and for each character of
    the result the columns of ``line`` it came from: ``text[i]`` was read from
    ``line[begin[i]:end[i]]``. Slow (a pass per repair); for source spans only.

    >>> text, begin, end = repair_line_columns("  \u2022 Caf\u00c3\u00a9 &amp;  Bar ")
    >>> text, begin[:2], (begin[3], end[3]), (begin[5], end[5])
    ('Café & Bar', [4, 5], (7, 9), (10, 15))
    """
    tracked = _Tracked(line)
    if _MOJIBAKE_LEADS.intersection(line):
        tracked.sub(_MOJIBAKE, _unmojibake)
    if "&" in line:
        tracked.sub(_ENTITY, _unescape)
    tracked.sub(_SPACE_CHARS, lambda _: " ")
    tracked.sub(_INVISIBLE_CHARS, lambda _: "")
    tracked.sub(_SURROGATE_CHARS, lambda _: "\ufffd")
    tracked.sub(_LEADING, lambda _: "")
    tracked.sub(_TRAILING, lambda _: "")
    tracked.sub(_RUNS_OF_SPACES, lambda _: " ")
    return tracked.text, tracked.begin, tracked.end


def fold_spaces(text: str) -> str:
    """Collapse runs of whitespace to one space and trim.

    >>> fold_spaces("  a \\t b\\n c ")
    'a b c'
    """
    return " ".join(text.split())
