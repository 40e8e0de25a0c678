"""Text repair: make a scraped page clean without moving any line.

Every repair keeps the number of lines, so line N of the repaired text is
line N of the text the user gave (line breaks are ``\\r\\n``, ``\\n`` or a
lone ``\\r``). Each repair runs only when a cheap check finds something to
repair, so a clean page pays almost nothing.

>>> repair("\\ufeffXiaomi logo\\r\\n\\r\\n  \\u2022 Series C (32%)  \\r\\nCaf\\u00c3\\u00a9 &amp; Bar")
'Xiaomi logo\\n\\nSeries C (32%)\\nCafé & Bar'
"""

from __future__ import annotations

import html
import re

# UTF-8 bytes that were decoded as cp1252 (or latin-1): a lead character
# (bytes C2-F4) followed by the right number of continuation characters
# (bytes 80-BF as cp1252 shows them). Each run is re-encoded and decoded.
_CONT = (
    "\u0080-\u00bf\u20ac\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152"
    "\u017d\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u017e\u0178"
)
_MOJIBAKE = re.compile(
    f"[\u00c2-\u00df][{_CONT}]|[\u00e0-\u00ef][{_CONT}]{{2}}|[\u00f0-\u00f4][{_CONT}]{{3}}"
)
_ENTITY = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
# Characters that stand for a plain space, and characters that should vanish
# (zero-width, bidi marks, soft hyphen, controls, lone surrogates become U+FFFD).
_SPACES = re.compile("[\t\x0b\x0c\x1c-\x1f\x85\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]")
_INVISIBLE = re.compile(
    "[\x00-\x08\x0e-\x1b\x7f-\x84\x86-\x9f\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u206f\ufeff]"
)
_SURROGATE = re.compile("[\ud800-\udfff]")
# Indentation, one bullet glyph (an ASCII bullet needs a space after it, so
# "-5%" survives), and trailing spaces, on every line.
_EDGES = re.compile(r"^ *(?:[•·▪◦‣●○■□►▸➢➤✓✔]|[-*+–—](?= )) *|^ +| +$", re.MULTILINE)
_RUNS_OF_SPACES = re.compile(r" {2,}")


def _unmojibake(match: re.Match[str]) -> str:
    chunk = match.group()
    try:
        raw = bytes(ord(c) if ord(c) < 256 else c.encode("cp1252")[0] for c in chunk)
        return raw.decode("utf-8")
    except (UnicodeError, IndexError):
        return chunk


def _unescape(match: re.Match[str]) -> str:
    # An entity must never create a line break: line numbers would move.
    return html.unescape(match.group()).replace("\r", " ").replace("\n", " ")


def repair(text: str) -> str:
    """Clean a page's text; the result has exactly as many lines as the input."""
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    if _MOJIBAKE.search(text):
        text = _MOJIBAKE.sub(_unmojibake, text)
    if "&" in text:
        text = _ENTITY.sub(_unescape, text)
    if _SURROGATE.search(text):
        text = _SURROGATE.sub("\ufffd", text)
    if _INVISIBLE.search(text):
        text = _INVISIBLE.sub("", text)
    if _SPACES.search(text):
        text = _SPACES.sub(" ", text)
    text = _EDGES.sub("", text)
    if "  " in text:
        text = _RUNS_OF_SPACES.sub(" ", text)
    return text


def fold_spaces(text: str) -> str:
    """Collapse runs of whitespace to one space and trim.

    >>> fold_spaces("  a \\t b\\n c ")
    'a b c'
    """
    return " ".join(text.split())
