"""Many different pages for the distinct-pages workload of ``bench.py``.

    python benchmarks/distinct_pages.py [--pages 1000] [--seed 1] [--dirty]

``distinct_pages(n, seed)`` returns ``n`` different pages in the site's layout,
the same for the same seed. They come from the round-trip tests' generator and
renderer (``tests/synth``) driven by ``random.Random(seed)``, without
hypothesis, so a page's caches cannot make the workload look faster than a
real dump of different investors. Run as a script it prints their sizes and
the CPU time ``parse`` takes over them.

>>> pages = distinct_pages(3, seed=1)
>>> len(set(pages)), pages == distinct_pages(3, seed=1)
(3, True)
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

from synth.generate import RandomChooser, draw_example  # noqa: E402
from synth.noise import Noise  # noqa: E402
from synth.render import render  # noqa: E402


def distinct_pages(n: int, seed: int, dirty: bool = False, site: bool = False) -> list[str]:
    """``n`` different pages, deterministic for ``seed``; clean site pages unless ``dirty``.
    With ``site``, pages as the site prints most of them (every section, the seed
    page's size); else every shape the round-trip tests draw, small pages too.

    Every page names its investor (no page whose top was cut without a name left),
    so ``parse`` returns a record for each.
    """
    pages: dict[str, None] = {}
    i = 0
    while len(pages) < n:
        example = draw_example(RandomChooser(random.Random(f"distinct:{seed}:{i}")), site=site)
        i += 1
        if example.refused():
            continue
        pages.setdefault(render(example.record, example.noise if dirty else Noise(), example.layout))
    return list(pages)


def main() -> None:
    args = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    args.add_argument("--pages", type=int, default=1000)
    args.add_argument("--seed", type=int, default=1)
    args.add_argument("--dirty", action="store_true", help="with the generator's dirty-text noise")
    args.add_argument("--site", action="store_true", help="pages as the site prints most of them")
    opts = args.parse_args()
    from profile_parser import parse

    start = time.process_time()
    pages = distinct_pages(opts.pages, opts.seed, opts.dirty, opts.site)
    made = time.process_time() - start
    sizes = sorted(len(page) for page in pages)
    start = time.process_time()
    for page in pages:
        parse(page)
    spent = time.process_time() - start
    print(f"{len(pages)} distinct pages (seed {opts.seed}) in {made:.1f} s CPU; "
          f"{sizes[len(sizes) // 2]:,} chars median, {sizes[0]:,}-{sizes[-1]:,}, {sum(sizes):,} in all")
    print(f"parse: {spent / len(pages) * 1e6:,.0f} us/page, {len(pages) / spent:,.0f} pages/s (CPU)")


if __name__ == "__main__":
    main()
