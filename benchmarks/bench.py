"""Speed figures for profile-parser, printed as medians over interleaved rounds.

    python benchmarks/bench.py [--rounds 9] [--pages 1000] [--seed 1]

Workloads:

* distinct pages: ``--pages`` different pages in the site's layout, drawn
  by the page renderer of the test suite (``benchmarks/distinct_pages.py``):
  pages as the site prints most of them (every section, the seed page's
  size), or with ``--all-shapes`` every shape the round-trip tests draw
  (small pages too). Each is parsed once per round, as a dump is parsed:
  nothing a page leaves in a cache helps the next one.
* seed page: the real scraped page (``tests/fixtures/xiaomi.txt``), parsed
  over and over (parse, and parse + ``model_dump_json``), and the same page
  made dirty (CRLF, entities, mojibake, no-break spaces).
* spans: the distinct pages parsed with ``spans=True``.
* cold start: a new process that imports the package and parses one page,
  and where its time goes (``python -X importtime``).

Every figure is also a ratio to a *floor* measured in the same rounds on the
same pages: split the page into lines and classify every line with one
14-way precompiled regex alternation, building nothing. Machines here are
noisy; the ratios much less so. CPU time of this process is measured
(pages per second per core).

Targets (issue 13): distinct pages <= 8x floor (goal 5x); seed parse+json
<= 9x floor; cold start <= 150 ms; spans=True <= 1.3x the default.
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
sys.path.insert(0, str(ROOT / "benchmarks"))

from profile_parser import ProfileParseError, parse  # noqa: E402

SEED = ROOT / "tests" / "fixtures" / "xiaomi.txt"

# One 14-way alternation telling apart the kinds of line a page has: the logo
# line, nine headings, count lines, amount lines, bullets, chrome. Anchored
# literals first, no leading ".+": the floor is honest.
_FLOOR = re.compile(
    r"(?P<description>Description)|(?P<profile>Investor Profile)|(?P<highlights>Investment Focus Highlights)"
    r"|(?P<stage>Stage Focus)|(?P<country>Country Focus)|(?P<industry>Industry Focus)"
    r"|(?P<co_investors>Who does )|(?P<angels>Which angels )|(?P<deals>What are some )"
    r"|(?P<count>Co-Investments: |Shared Deals: )|(?P<amount>Amount Raised: )|(?P<bullet> *\u2022 )"
    r"|(?P<chrome>circle-line|FAQ|Frequently Asked|Learn who )|(?P<logo>[^\n]{1,200} logo$)"
)


def floor(text: str) -> int:
    """The cheapest honest pass over a page: split it into lines and classify each."""
    kinds = 0
    for line in text.split("\n"):
        if _FLOOR.match(line):
            kinds += 1
    return kinds


def dirty(text: str) -> str:
    """The page as a dirty scraper leaves it: CRLF, entities, mojibake, nbsp."""
    text = text.replace("\u2022", "\u00e2\u20ac\u00a2")  # bullet as UTF-8 read as cp1252
    text = text.replace(" & ", " &amp; ").replace("\u2013", "&#8211;").replace("\u2014", "&mdash;")
    text = text.replace("Series ", "Series\u00a0")
    return text.replace("\n", "\r\n")


def per_call(fn: Callable[[], object], seconds: float) -> float:
    """Mean CPU seconds per call over a batch lasting about ``seconds``."""
    calls = 0
    start = time.process_time()
    while True:
        fn()
        calls += 1
        elapsed = time.process_time() - start
        if elapsed >= seconds:
            return elapsed / calls


def per_page(fn: Callable[[str], object], pages: list[str]) -> float:
    """CPU seconds per page for one pass over distinct pages."""
    start = time.process_time()
    for page in pages:
        fn(page)
    return (time.process_time() - start) / len(pages)


def _parse_any(text: str, spans: bool = False) -> object:
    try:
        return parse(text, spans=spans)
    except ProfileParseError:  # a page the renderer cut above its name: a refusal is work too
        return None


def cold_start(page: Path) -> float:
    code = (
        "import time; t = time.perf_counter(); import profile_parser; "
        f"profile_parser.parse(open({str(page)!r}, encoding='utf-8').read()); "
        "print(time.perf_counter() - t)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT)
    return float(out.stdout.strip())


def import_times() -> list[tuple[str, float]]:
    """The heaviest top-level imports of ``import profile_parser`` (ms, cumulative)."""
    out = subprocess.run([sys.executable, "-X", "importtime", "-c", "import profile_parser"],
                         capture_output=True, text=True, check=True, cwd=ROOT)
    times = []
    for line in out.stderr.splitlines():
        parts = line.split("|")
        if len(parts) == 3 and parts[1].strip().isdigit():
            name = parts[2].rstrip()
            if len(name) - len(name.lstrip()) <= 2:  # top-level imports only
                times.append((name.strip(), int(parts[1]) / 1000))
    return sorted(times, key=lambda item: -item[1])[:6]


def distinct_pages(count: int, seed: int, site: bool) -> list[str]:
    """``count`` different pages drawn by the test suite's page renderer."""
    from distinct_pages import distinct_pages as draw  # benchmarks/distinct_pages.py

    return draw(count, seed, site=site)


def main() -> None:
    args = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    args.add_argument("--rounds", type=int, default=9)
    args.add_argument("--seconds", type=float, default=0.3, help="length of one timed batch on the seed page")
    args.add_argument("--pages", type=int, default=1000, help="distinct pages")
    args.add_argument("--seed", type=int, default=1, help="random seed of the distinct pages")
    args.add_argument("--all-shapes", action="store_true", help="distinct pages of every shape, small ones too")
    opts = args.parse_args()
    clean = SEED.read_text(encoding="utf-8")
    messy = dirty(clean)
    assert parse(messy).model_dump() == parse(clean).model_dump(), "the dirty page must parse the same"
    pages = distinct_pages(opts.pages, opts.seed, site=not opts.all_shapes)
    assert len(set(pages)) == len(pages), "the distinct pages must differ"

    seed_cases: dict[str, Callable[[], object]] = {
        "seed floor": lambda: floor(clean),
        "seed parse": lambda: parse(clean),
        "seed parse+json": lambda: parse(clean).model_dump_json(),
        "seed dirty": lambda: parse(messy),
    }
    page_cases: dict[str, Callable[[str], object]] = {
        "distinct floor": floor,
        "distinct parse": _parse_any,
        "distinct spans": lambda text: _parse_any(text, spans=True),
    }
    times: dict[str, list[float]] = {name: [] for name in [*seed_cases, *page_cases]}
    for _ in range(opts.rounds):  # interleaved: each round times every case once
        for name, page_fn in page_cases.items():
            times[name].append(per_page(page_fn, pages))
        for name, fn in seed_cases.items():
            times[name].append(per_call(fn, opts.seconds))
    med = {name: statistics.median(values) for name, values in times.items()}
    colds = [cold_start(SEED) for _ in range(5)]

    size = sum(map(len, pages)) / len(pages)
    kind = "of every shape" if opts.all_shapes else "as the site prints them"
    print(f"distinct pages: {len(pages):,} {kind} (mean {size:,.0f} chars); seed page: {len(clean):,} chars, "
          f"{clean.count(chr(10)) + 1} lines; {opts.rounds} interleaved rounds, medians of CPU time")
    for floor_name, names in (("distinct floor", ("distinct parse", "distinct spans")),
                              ("seed floor", ("seed parse", "seed parse+json", "seed dirty"))):
        print(f"{floor_name:<16} {med[floor_name] * 1e6:8.1f} us/page")
        for name in names:
            print(f"{name:<16} {med[name] * 1e6:8.1f} us/page {1 / med[name]:8,.0f} pages/s "
                  f"{med[name] / med[floor_name]:6.2f}x floor")
    print(f"spans/default    {med['distinct spans'] / med['distinct parse']:8.2f}x (distinct pages)")
    print(f"dirty/clean      {med['seed dirty'] / med['seed parse']:8.2f}x (seed page)")
    print(f"cold start       {statistics.median(colds) * 1e3:8.1f} ms (new process: import + first parse, "
          "median of 5, wall time)")
    print("  heaviest imports (ms, cumulative): "
          + ", ".join(f"{name} {ms:.0f}" for name, ms in import_times()))


if __name__ == "__main__":
    main()
