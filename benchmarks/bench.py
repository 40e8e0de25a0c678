"""Speed figures for profile-parser, printed as medians over interleaved rounds.

    python benchmarks/bench.py [--rounds 15] [--page tests/fixtures/xiaomi.txt]

Figures (the page is the seed page, about 6.6 KB and 193 lines):

* floor: split the page into lines and classify every line with one
  precompiled regex alternation, building nothing. Machines here are noisy,
  so every target is also stated as a ratio to this floor, measured in the
  same rounds.
* parse: ``parse(text)``, text to a validated ``InvestorProfile``.
* parse+json: ``parse(text).model_dump_json()``.
* dirty: the same page with CRLF, HTML entities, mojibake and non-breaking
  spaces, against the clean page.
* cold start: a new process that imports the package and parses one page.

Targets (issue 6): parse >= 1,750 pages/s and <= 5x floor; parse+json <= 6x
floor; dirty <= 1.5x clean; cold start <= 150 ms.
"""

from __future__ import annotations

import argparse
import re
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from profile_parser import parse  # noqa: E402

# One alternation that tells the kinds of line a page has apart. Written to
# be fast (anchored literals first, no leading ".+"), so the floor is honest.
_FLOOR = re.compile(
    r"(?P<heading>Description|Investor Profile|Investment Focus Highlights|Stage Focus"
    r"|Country Focus|Industry Focus|Who does |Which angels |What are some )"
    r"|(?P<count>Co-Investments: |Shared Deals: )|(?P<amount>Amount Raised: )"
    r"|(?P<bullet> *\u2022 )|(?P<chrome>circle-line|FAQ|Frequently Asked|Learn who )"
    r"|(?P<blank>$)|(?P<other>.)"
)


def floor(text: str) -> int:
    """The cheapest honest pass over a page: split and classify each line."""
    kinds = 0
    for line in text.split("\n"):
        match = _FLOOR.match(line.strip())
        if match:
            kinds += 1
    return kinds


def dirty(text: str) -> str:
    """The page as a dirty scraper leaves it: CRLF, entities, mojibake, nbsp."""
    text = text.replace("\u2022", "\u00e2\u20ac\u00a2")  # bullet as UTF-8 read as cp1252
    text = text.replace(" & ", " &amp; ").replace("\u2013", "&#8211;").replace("\u2014", "&mdash;")
    text = text.replace("Series ", "Series\u00a0")
    return text.replace("\n", "\r\n")


def per_call(fn: Callable[[], object], seconds: float) -> float:
    """Mean CPU seconds per call over a batch lasting about ``seconds``.

    CPU time of this process, not wall time: pages per second *per core*,
    and other processes on a shared machine do not count against us."""
    calls = 0
    start = time.process_time()
    while True:
        fn()
        calls += 1
        elapsed = time.process_time() - start
        if elapsed >= seconds:
            return elapsed / calls


def cold_start(page: Path) -> float:
    code = (
        "import time; t = time.process_time(); import profile_parser; "
        f"profile_parser.parse(open({str(page)!r}, encoding='utf-8').read()); "
        "print(time.process_time() - t)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                         cwd=ROOT)
    return float(out.stdout.strip())


def main() -> None:
    args = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    args.add_argument("--rounds", type=int, default=15)
    args.add_argument("--seconds", type=float, default=0.2, help="length of one timed batch")
    args.add_argument("--page", type=Path, default=ROOT / "tests" / "fixtures" / "xiaomi.txt")
    opts = args.parse_args()
    clean = opts.page.read_text(encoding="utf-8")
    messy = dirty(clean)
    assert parse(messy).model_dump() == parse(clean).model_dump(), "dirty page must parse the same"

    cases: dict[str, Callable[[], object]] = {
        "floor": lambda: floor(clean),
        "parse": lambda: parse(clean),
        "parse+json": lambda: parse(clean).model_dump_json(),
        "dirty": lambda: parse(messy),
    }
    times: dict[str, list[float]] = {name: [] for name in cases}
    for _ in range(opts.rounds):  # interleaved: each round times every case once
        for name, fn in cases.items():
            times[name].append(per_call(fn, opts.seconds))
    med = {name: statistics.median(values) for name, values in times.items()}
    colds = [cold_start(opts.page) for _ in range(5)]

    print(f"page: {opts.page.name} ({len(clean):,} chars, {clean.count(chr(10)) + 1} lines); "
          f"{opts.rounds} interleaved rounds, medians")
    print(f"floor        {med['floor'] * 1e6:8.1f} us/page")
    for name in ("parse", "parse+json", "dirty"):
        print(f"{name:<12} {med[name] * 1e6:8.1f} us/page  {1 / med[name]:8,.0f} pages/s  "
              f"{med[name] / med['floor']:5.2f}x floor")
    print(f"dirty/clean  {med['dirty'] / med['parse']:8.2f}x")
    print(f"cold start   {statistics.median(colds) * 1e3:8.1f} ms (import + first parse, median of 5)")


if __name__ == "__main__":
    main()
