"""The long mode: render many pages, parse them, tally what does not come back.

    python scripts/synth_long_run.py --pages 20000 --seed 1

Prints pages exact / pages rendered; the failure classes by first differing
field (or the diagnostics missing and extra) with how many pages each took;
the failing pages by known limit (``strategies.KNOWN_LIMITS``: a page counts
under each limited shape it has) and the failing pages that have none (a
failure nobody has explained yet); and one page per known limit and per
unexplained class, made as small as the shrinker can while it still fails
the same way. Every tenth draw is a dump of two or three pages read with
``iter_profiles``.
"""

from __future__ import annotations

import argparse
import random
import time
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from .generate import SHAPES, Example, RandomChooser, draw_dump, draw_example
from .oracle import Outcome, check, check_dump
from .shrink import shrink
from .strategies import KNOWN_LIMITS


@dataclass
class Tally:
    """Failures by class and by known limit, and the smallest failing page of each."""

    pages: int = 0
    exact: int = 0
    classes: Counter[str] = field(default_factory=Counter)
    limits: Counter[str] = field(default_factory=Counter)
    alone: Counter[str] = field(default_factory=Counter)
    smallest: dict[str, tuple[Example | None, Outcome]] = field(default_factory=dict)

    def add(self, example: Example, outcome: Outcome, single: bool) -> None:
        self.pages += 1
        if not outcome.cls:
            self.exact += 1
            return
        self.classes[outcome.cls] += 1
        limits = example.shapes & KNOWN_LIMITS
        self.limits.update(limits or {f"unexplained: {outcome.cls}"})
        self.alone.update(limits if len(limits) == 1 else ())
        # the page that shows a limit best has that limit alone
        for key in [next(iter(limits))] if len(limits) == 1 else [] if limits else [f"unexplained: {outcome.cls}"]:
            best = self.smallest.get(key)
            if best is None or len(outcome.text) < len(best[1].text):
                self.smallest[key] = (example if single else None, outcome)


def draws(pages: int, seed: int, limits: frozenset[str], dump_every: int) -> Iterator[list[Example]]:
    """Groups of examples: one page, or (every ``dump_every``-th) a dump of 2-3 pages."""
    done = 0
    i = 0
    while done < pages:
        chooser = RandomChooser(random.Random(f"{seed}:{i}"))
        if dump_every and i % dump_every == dump_every - 1:
            group = draw_dump(chooser, limits)[: pages - done]
        else:
            group = [draw_example(chooser, limits)]
        done += len(group)
        i += 1
        yield group


def run(pages: int, seed: int, limits: frozenset[str], dump_every: int = 10) -> Tally:
    tally = Tally()
    for group in draws(pages, seed, limits, dump_every):
        if len(group) == 1:
            tally.add(group[0], check(group[0]), single=True)
            continue
        outcomes = check_dump(group)
        for example, outcome in zip(group, outcomes * len(group) if len(outcomes) == 1 else outcomes, strict=True):
            tally.add(example, outcome, single=False)
    return tally


def same_class(cls: str) -> Callable[[Example], bool]:
    """Does a page still fail in class ``cls``?"""
    return lambda example: check(example).cls == cls


def report(tally: Tally, seconds: float, shrink_examples: bool, out: Path | None) -> None:
    print(f"pages exact: {tally.exact} / pages rendered: {tally.pages} "
          f"({100 * tally.exact / max(1, tally.pages):.2f}%) in {seconds:.0f} s")
    if not tally.classes:
        return
    print("\nfailing pages by first differing field:")
    for cls, count in tally.classes.most_common():
        print(f"  {count:6d}  {cls}")
    print("\nfailing pages by known limit (a page counts under each limited shape it has; alone: the only one):")
    for key, count in tally.limits.most_common():
        print(f"  {count:6d} ({tally.alone[key]:5d} alone)  {key}" + (f": {SHAPES[key]}" if key in SHAPES else ""))
    for number, key in enumerate(sorted(tally.smallest), start=1):
        example, outcome = tally.smallest[key]
        if example is not None and shrink_examples:
            example = shrink(example, same_class(outcome.cls))
            outcome = check(example)
        print(f"\n=== {number}. {key} (class: {outcome.cls})")
        print("\n".join(outcome.diff[:12]))
        print("--- page:")
        print(outcome.text.replace("\r\n", "\n").replace("\r", "\n"))
        if out is not None:
            out.mkdir(parents=True, exist_ok=True)
            stem = f"{number:02d}_" + key.split(":")[0].replace(" ", "_")
            (out / f"{stem}.txt").write_text(outcome.text, encoding="utf-8", newline="")
            (out / f"{stem}.diff").write_text(f"{key}\n{outcome.cls}\n" + "\n".join(outcome.diff), encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("--pages", type=int, default=20_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--dump-every", type=int, default=10, help="every Nth draw is a dump (0: never)")
    parser.add_argument("--known-limits", action="store_true", help="leave out KNOWN_LIMITS, as CI does")
    parser.add_argument("--no-shrink", action="store_true")
    parser.add_argument("--out", type=Path, help="write each shown page and its differences here")
    args = parser.parse_args(argv)
    start = time.monotonic()
    tally = run(args.pages, args.seed, KNOWN_LIMITS if args.known_limits else frozenset(), args.dump_every)
    report(tally, time.monotonic() - start, not args.no_shrink, args.out)
    return 0 if not tally.classes else 1
