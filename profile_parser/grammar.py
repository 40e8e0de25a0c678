"""The page grammar (``grammars/profile.lark``), loaded once per process.

The grammar ships inside the wheel as the package ``profile_parser.grammars``
and is read through :mod:`importlib.resources`; in a source checkout that is
not installed it is read from the top-level ``grammars/`` folder.

Parsing runs the :class:`SectionCollector` inline (LALR calls it at each
reduction), so no parse tree is built: the parser hands back the sections.
"""

from __future__ import annotations

import functools
from importlib import resources
from pathlib import Path

from lark import Lark, Token, Transformer

from .sections import Section

GRAMMAR_FILE = "profile.lark"
#: grammar rules that are sections of the page
SECTION_RULES = (
    "header", "description", "profile", "highlights", "stage_focus", "country_focus",
    "industry_focus", "co_investors", "angels", "deals", "unknown",
)


def grammar_text() -> str:
    """The text of ``profile.lark``."""
    try:
        return resources.files("profile_parser.grammars").joinpath(GRAMMAR_FILE).read_text("utf-8")
    except ModuleNotFoundError:  # running from a checkout without installing
        return (Path(__file__).resolve().parent.parent / "grammars" / GRAMMAR_FILE).read_text(
            "utf-8"
        )


class SectionCollector(Transformer[Token, list[Section]]):
    """Turns each section rule into a :class:`Section`; ``start`` gives the list."""

    def start(self, children: list[Section]) -> list[Section]:
        return children


def _section_callback(kind: str) -> object:
    def callback(self: SectionCollector, children: list[Token]) -> Section:
        return Section(kind, children)

    callback.__name__ = kind
    return callback


for _kind in SECTION_RULES:
    setattr(SectionCollector, _kind, _section_callback(_kind))


@functools.lru_cache(maxsize=1)
def page_parser() -> Lark:
    """The LALR parser with the contextual lexer and the inline collector; built once."""
    return Lark(grammar_text(), parser="lalr", lexer="contextual", maybe_placeholders=False,
                transformer=SectionCollector())
