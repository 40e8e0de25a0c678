"""The page grammar: rendered from the vocabulary, loaded once per process.

``grammars/profile.lark`` is generated from the template
``grammars/profile.lark.in`` by :func:`render_grammar` (run
``python scripts/build_grammar.py``), so every heading, chrome phrase and the
logo line are written once, in :mod:`profile_parser.vocabulary`. The file
ships inside the wheel as the package ``profile_parser.grammars`` and is read
through :mod:`importlib.resources`; in a source checkout that is not
installed it is read from the top-level ``grammars/`` folder.

Parsing runs a transformer inline (LALR calls it at each reduction), so no
parse tree is built: the parser hands back ``(kind, tokens)`` per section.

Building the LALR tables takes tens of milliseconds, so the built parser is
cached, but never in a shared temp folder (lark's ``cache=True`` unpickles a
file any local user can plant there): the cache lives in a folder only this
user can write, ``$PROFILE_PARSER_CACHE_DIR`` or ``~/.cache/profile-parser``,
and is used only when that folder and the file are owned by this user and
writable by nobody else. Set ``PROFILE_PARSER_CACHE_DIR=""`` to turn it off.

>>> [kind for kind, _ in page_parser().parse("Acme logo\\nAcme\\n\\nStage Focus\\nSeed (100%)\\n")]
['header', 'stage_focus']
"""

from __future__ import annotations

import functools
import hashlib
import logging
import os
import re
import stat
import sys
from importlib import resources
from pathlib import Path

import lark
from lark import Lark, Token, Transformer

from . import vocabulary

GRAMMAR_FILE = "profile.lark"
TEMPLATE_FILE = "profile.lark.in"
#: A section as the grammar found it: its kind and its tokens (heading first,
#: but for the header).
RawSection = tuple[str, list[Token]]
#: Every kind of section the grammar knows: the header, then the headings' kinds.
SECTION_KINDS = ("header", *vocabulary.HEADINGS)

_SLOT = re.compile(r"\{\{(\w+)\}\}")


def terminal_name(kind: str) -> str:
    """The terminal of a section: its heading and the lines under it.

    >>> terminal_name("stage_focus")
    'STAGE_FOCUS'
    """
    return kind.upper()


def _slots() -> dict[str, str]:
    """What fills each ``{{slot}}`` of the template."""
    kinds = list(vocabulary.HEADINGS)
    headings = [vocabulary.heading_regex(kind, named=False) for kind in kinds]
    chrome = "|".join(vocabulary.CHROME)
    stop = "|".join([*headings, chrome])
    # the first letters first: most lines fail that test at once
    initials = "".join(sorted({c for pattern in [*headings, *vocabulary.CHROME] for c in (pattern[0].lower(),
                                                                                            pattern[0].upper())}))
    lines = rf"(?:(?!(?=[{initials}])(?:{stop})(?![^\n]))[^\n]+(?:\n+|\Z))"  # a line that is no heading or chrome
    return {
        "section_names": " | ".join(kinds),
        "section_rules": "\n".join(f"{kind}: {terminal_name(kind)} BODY*" for kind in kinds),
        "logo": vocabulary.LOGO.replace("(?P<name>", "(?:"),
        "section_terminals": "\n".join(
            f"{terminal_name(kind)}.2: /{regex}(?![^\\n])\\n*{lines}*/i"
            for kind, regex in zip(kinds, headings, strict=True)
        ),
        "chrome": chrome,
        "lines": f"{lines}+",
    }


def render_grammar(template: str) -> str:
    """The grammar: the template with every ``{{slot}}`` filled from the vocabulary.

    >>> render_grammar("x: {{section_names}}")[:28]
    '// GENERATED from profile.la'
    """
    slots = _slots()
    header = (f"// GENERATED from {TEMPLATE_FILE} and profile_parser/vocabulary.py by "
              "scripts/build_grammar.py:\n// do not edit; edit those and rerun the script.\n\n")
    return header + _SLOT.sub(lambda match: slots[match.group(1)], template)


def grammar_text() -> str:
    """The text of ``profile.lark``."""
    try:
        return resources.files("profile_parser.grammars").joinpath(GRAMMAR_FILE).read_text("utf-8")
    except ModuleNotFoundError:  # running from a checkout without installing
        return (Path(__file__).resolve().parent.parent / "grammars" / GRAMMAR_FILE).read_text("utf-8")


class _Collector(Transformer[Token, list[RawSection]]):
    """Each section rule becomes ``(kind, tokens)``; ``start`` gives the list."""

    def start(self, children: list[RawSection]) -> list[RawSection]:
        return children


def _collect(kind: str) -> object:
    def callback(self: _Collector, children: list[Token]) -> RawSection:
        return kind, children

    callback.__name__ = kind
    return callback


for _kind in SECTION_KINDS:
    setattr(_Collector, _kind, _collect(_kind))


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
            return Lark(grammar, transformer=_Collector(), cache=path, **options)
        except OSError as error:  # an unwritable cache is no reason to fail
            logger.info("grammar cache %s unusable: %s", path, error)
    return Lark(grammar, transformer=_Collector(), **options)
