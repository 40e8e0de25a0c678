"""The page grammar (``grammars/profile.lark``), loaded once per process.

The grammar ships inside the wheel as the package ``profile_parser.grammars``
and is read through :mod:`importlib.resources`; in a source checkout that is
not installed it is read from the top-level ``grammars/`` folder.

Parsing runs the :class:`SectionCollector` inline (LALR calls it at each
reduction), so no parse tree is built: the parser hands back the sections.

Building the LALR tables takes tens of milliseconds, so the built parser is
cached, but never in a shared temp folder (lark's ``cache=True`` unpickles a
file any local user can plant there): the cache lives in a folder only this
user can write, ``$PROFILE_PARSER_CACHE_DIR`` or ``~/.cache/profile-parser``,
and is used only when that folder and the file are owned by this user and
writable by nobody else. Set ``PROFILE_PARSER_CACHE_DIR=""`` to turn it off.
"""

from __future__ import annotations

import functools
import hashlib
import logging
import os
import stat
import sys
from importlib import resources
from pathlib import Path

import lark
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


logger = logging.getLogger(__name__)
CACHE_ENV = "PROFILE_PARSER_CACHE_DIR"


def _private(path: Path) -> bool:
    """Owned by this user and writable by nobody else."""
    info = path.stat()
    return info.st_uid == os.getuid() and not info.st_mode & (stat.S_IWGRP | stat.S_IWOTH)


def cache_file(grammar: str) -> str | None:
    """Where the built parser may be cached; None when no private place is at hand."""
    folder = os.environ.get(CACHE_ENV)
    if folder == "" or not hasattr(os, "getuid"):
        return None
    base = Path(folder) if folder else Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    directory = base / "profile-parser" if not folder else base
    key = hashlib.sha256(f"{grammar}{lark.__version__}{sys.version_info[:2]}".encode()).hexdigest()
    path = directory / f"grammar-{key[:24]}.lark-cache"
    try:
        directory.mkdir(mode=0o700, parents=True, exist_ok=True)
        if not _private(directory) or (path.exists() and not _private(path)):
            logger.info("not caching the grammar: %s is not private to this user", directory)
            return None
    except OSError as error:
        logger.info("not caching the grammar: %s", error)
        return None
    return str(path)


@functools.lru_cache(maxsize=1)
def page_parser() -> Lark:
    """The LALR parser with the contextual lexer and the inline collector; built once."""
    grammar = grammar_text()
    options = {"parser": "lalr", "lexer": "contextual", "maybe_placeholders": False}
    path = cache_file(grammar)
    if path is not None:
        try:
            return Lark(grammar, transformer=SectionCollector(), cache=path, **options)
        except OSError as error:  # an unwritable cache is no reason to fail
            logger.info("grammar cache %s unusable: %s", path, error)
    return Lark(grammar, transformer=SectionCollector(), **options)
