"""Coverage-guided fuzzing of parse() with atheris.

    pip install atheris
    python fuzz/fuzz_parse.py -max_total_time=1800 fuzz/corpus   # 30 minutes

The harness checks what the README's "Guarantees" promise: any input gives a
record or a ProfileParseError, the record is writable as JSON, and no line of
a page is lost. Crashes are written by libFuzzer as crash-* files; each one
becomes a regression fixture under tests/fixtures/fuzz/.
"""

from __future__ import annotations

import sys

import atheris

with atheris.instrument_imports():
    from profile_parser import ProfileParseError, parse
    from profile_parser.api import line_accounting


def test_one_input(data: bytes) -> None:
    text = data.decode("utf-8", errors="replace")
    try:
        profile = parse(text)
    except ProfileParseError:
        return
    profile.model_dump_json()
    accounting = line_accounting(text)
    if "lost" in accounting.values():
        raise AssertionError(f"lines lost: {[n for n, s in accounting.items() if s == 'lost']}")


def main() -> None:
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
