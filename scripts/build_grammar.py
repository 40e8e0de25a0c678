"""Render grammars/profile.lark from its template and the vocabulary.

    python scripts/build_grammar.py          # rewrite grammars/profile.lark
    python scripts/build_grammar.py --check  # exit 1 if it is stale

Run it after changing ``grammars/profile.lark.in`` or a heading, chrome
phrase or the logo line in ``profile_parser/vocabulary.py``; the test suite
fails while the checked-in grammar is stale.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from profile_parser.grammar import GRAMMAR_FILE, TEMPLATE_FILE, render_grammar  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only check that the grammar is up to date")
    args = parser.parse_args()
    folder = ROOT / "grammars"
    rendered = render_grammar((folder / TEMPLATE_FILE).read_text(encoding="utf-8"))
    target = folder / GRAMMAR_FILE
    if args.check:
        stale = target.read_text(encoding="utf-8") != rendered
        print(f"{target}: {'stale' if stale else 'up to date'}")
        return 1 if stale else 0
    target.write_text(rendered, encoding="utf-8")
    print(f"wrote {target}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
