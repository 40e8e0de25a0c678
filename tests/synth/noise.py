"""Dirty text that must not change the record (CONTRACT.md, "Text arrives dirty").

Each transform keeps what a line says: spaces become tabs or other spaces,
invisible characters come and go, characters become HTML entities, UTF-8 is
read as cp1252, bullets change glyph, blank lines are added. A page is a list
of :class:`PageLine` so the oracle can still find each line after noise moved
it (``key`` names what the line prints).

>>> lines = [PageLine("Acme logo", ("header", "logo")), PageLine("Café & Bar", ("header", "name"))]
>>> noise = Noise(newline="\\r\\n", entities=True, seed=3)
>>> noise.join(apply_noise(lines, noise))
'Acme logo\\r\\nCaf&eacute; &#38; Bar'
>>> mojibake("• Café")
'â€¢ CafÃ©'
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass
from typing import NamedTuple

BULLETS = ("  • ", "• ", "- ", "* ", "· ", "", "\t• ", "  ")
SPACES = ("\u00a0", "\u2009", "\u202f", "\u2007", "\u3000")
INVISIBLE = ("\u200b", "\u200c", "\u200d", "\u2060", "\ufeff")
ENTITIES = {"&": ("&amp;", "&#38;"), "\u2013": ("&ndash;", "&#8211;"), "\u2014": ("&mdash;", "&#x2014;"),
            "'": ("&#39;", "&apos;"), "\u2019": ("&rsquo;", "&#8217;"), "\u00a0": ("&nbsp;", "&#160;"),
            '"': ("&quot;", "&#34;"), "\u2022": ("&bull;", "&#8226;"), "£": ("&pound;",), "€": ("&euro;",),
            "¥": ("&yen;",), "é": ("&eacute;",), "ü": ("&uuml;",)}


class PageLine(NamedTuple):
    """One printed line: its text, what it prints (None for blank lines), and
    whether it is a bullet item (noise may change its glyph)."""

    text: str
    key: tuple[str | int, ...] | None
    bullet: bool = False


@dataclass(frozen=True)
class Noise:
    """Which dirt to add; ``seed`` places it. ``Noise()`` is the clean site page.

    ``bullet``: the prefix of bullet lines (one of ``BULLETS``, or "mixed" for a
    different one per line). ``mojibake``: "" (none), "page" or "lines" (some).
    """

    newline: str = "\n"
    bom: bool = False
    bullet: str = "  • "
    tabs: bool = False
    spaces: bool = False
    invisible: bool = False
    trailing: bool = False
    blank_lines: bool = False
    entities: bool = False
    mojibake: str = ""
    final_newline: bool = False
    seed: int = 0

    def is_clean(self) -> bool:
        return self == Noise(seed=self.seed)

    def join(self, lines: Sequence[PageLine]) -> str:
        """The page's text: lines joined by ``newline``, with a BOM and a final newline as asked."""
        text = self.newline.join(line.text for line in lines)
        return ("\ufeff" if self.bom else "") + text + (self.newline if self.final_newline else "")


_CP1252 = [bytes([b]).decode("cp1252", errors="replace") for b in range(256)]
_MOJIBAKE = [c if c != "\ufffd" else chr(b) for b, c in enumerate(_CP1252)]


def mojibake(text: str) -> str:
    """``text`` encoded as UTF-8 and read as cp1252 (bytes cp1252 leaves undefined read as latin-1)."""
    return "".join(_MOJIBAKE[b] for b in text.encode("utf-8"))


def _respace(text: str, rng: random.Random, choices: Sequence[str]) -> str:
    return "".join(rng.choice(choices) if ch == " " and rng.random() < 0.4 else ch for ch in text)


def _invisible(text: str, rng: random.Random) -> str:
    out = []
    for ch in text:
        if rng.random() < 0.05:
            out.append(rng.choice(INVISIBLE))
        out.append(ch)
    return "".join(out)


def _entities(text: str, rng: random.Random) -> str:
    return "".join(rng.choice(ENTITIES[ch]) if ch in ENTITIES and rng.random() < 0.8
                   else f"&#{ord(ch)};" if ord(ch) > 0x9F and rng.random() < 0.3 else ch for ch in text)


def _line(line: PageLine, noise: Noise, rng: random.Random) -> str:
    text = line.text
    if line.bullet:
        text = (rng.choice(BULLETS) if noise.bullet == "mixed" else noise.bullet) + text
    if noise.tabs:
        text = _respace(text, rng, ("\t",))
        if text and rng.random() < 0.1:
            text = "\t" + text
    if noise.spaces:
        text = _respace(text, rng, SPACES)
    if noise.invisible:
        text = _invisible(text, rng)
    if noise.entities:
        text = _entities(text, rng)
    if noise.trailing and rng.random() < 0.5:
        text += rng.choice((" ", "  ", "\t", " \u00a0"))
    if noise.mojibake == "page" or (noise.mojibake == "lines" and rng.random() < 0.5):
        text = mojibake(text)
    return text


def apply_noise(lines: Sequence[PageLine], noise: Noise) -> list[PageLine]:
    """The page's lines dirtied as ``noise`` says; keys stay with their lines."""
    rng = random.Random(noise.seed)
    out: list[PageLine] = []
    for line in lines:
        out.append(line._replace(text=_line(line, noise, rng)))
        if noise.blank_lines and rng.random() < 0.15:
            out += [PageLine("", None)] * rng.randint(1, 2)
    return out


def dump(pages: Sequence[Sequence[PageLine]], noise: Noise) -> tuple[str, list[int]]:
    """Pages back to back in one text (``noise`` gives newline, BOM, final newline),
    and the line each page starts at (its first printed line, the logo line)."""
    lines: list[PageLine] = []
    starts = []
    for page in pages:
        first = next(i for i, line in enumerate(page) if line.key is not None)
        starts.append(len(lines) + first + 1)
        lines += page
    return noise.join(lines), starts
