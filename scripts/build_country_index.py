"""Regenerate profile_parser/data/countries.txt from the installed pycountry.

Run after upgrading pycountry: ``python scripts/build_country_index.py``.
``tests/normalize/test_country.py`` fails while the file is stale.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pycountry

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from profile_parser.normalize.country import (  # noqa: E402 - needs the path above
    iso_index,
    pycountry_data_hash,
    render_index,
)

TARGET = ROOT / "profile_parser" / "data" / "countries.txt"


def build() -> str:
    """The data file's text for the installed pycountry."""
    source = f"pycountry {pycountry.__version__}"
    return render_index(iso_index(pycountry.countries), source, pycountry_data_hash() or "")


def main() -> None:
    TARGET.write_text(build(), encoding="utf-8")
    print(f"wrote {TARGET}")


if __name__ == "__main__":
    main()
