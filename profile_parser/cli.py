"""Command line: ``profile-parser PAGE`` / ``python -m profile_parser PAGE`` prints the page's JSON."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from .api import iter_profiles
from .errors import ProfileParseError


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="profile-parser", description=__doc__)
    parser.add_argument("page", type=Path, help="a page (or a dump of pages) as a text file")
    args = parser.parse_args(argv)
    try:
        records = [p.model_dump(mode="json") for p in iter_profiles(args.page)]
    except (OSError, ProfileParseError) as error:
        print(f"profile-parser: {args.page}: {error}", file=sys.stderr)
        return 1
    import json

    out = records[0] if len(records) == 1 else records
    sys.stdout.write(json.dumps(out, ensure_ascii=False, indent=2) + "\n")
    return 0
