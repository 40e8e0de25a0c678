"""The page grammar (``grammars/profile.lark``), loaded once per process.

The grammar ships inside the wheel as the package ``profile_parser.grammars``
and is read through :mod:`importlib.resources`; in a source checkout that is
not installed it is read from the top-level ``grammars/`` folder.
"""

from __future__ import annotations

import functools
from importlib import resources
from pathlib import Path

from lark import Lark

GRAMMAR_FILE = "profile.lark"


def grammar_text() -> str:
    """The text of ``profile.lark``."""
    try:
        return resources.files("profile_parser.grammars").joinpath(GRAMMAR_FILE).read_text("utf-8")
    except ModuleNotFoundError:  # running from a checkout without installing
        return (Path(__file__).resolve().parent.parent / "grammars" / GRAMMAR_FILE).read_text(
            "utf-8"
        )


@functools.lru_cache(maxsize=1)
def page_parser() -> Lark:
    """The LALR parser with the contextual lexer; built once, then shared."""
    return Lark(grammar_text(), parser="lalr", lexer="contextual", maybe_placeholders=False)
