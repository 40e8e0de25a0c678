"""Throughput and peak memory of ``profile-parser convert`` on a large generated dump.

A manual benchmark (not a unit test). It writes a dump of at least ``--size``
bytes by repeating ``tests/fixtures/xiaomi.txt`` with a numbered investor name
(streamed, never held), runs the real CLI on it in a subprocess, samples the
resident memory of the whole process tree (the CLI and its ``--jobs`` workers)
every 0.2 s from ``/proc`` (Linux), and prints pages per second and peak RSS::

    python benchmarks/convert_rss.py --size 1G --jobs 2          # the README's Performance figures
    python benchmarks/convert_rss.py --size 20M --jobs 1 --jobs 2 --format parquet
"""

from __future__ import annotations

import argparse
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PAGE = (ROOT / "tests" / "fixtures" / "xiaomi.txt").read_text(encoding="utf-8")
UNITS = {"K": 1 << 10, "M": 1 << 20, "G": 1 << 30}


def parse_size(text: str) -> int:
    """``"1G"`` -> 1073741824; a plain number is bytes."""
    text = text.strip().upper()
    if text and text[-1] in UNITS:
        return int(float(text[:-1]) * UNITS[text[-1]])
    return int(text)


def write_dump(path: Path, size: int) -> int:
    """Write pages back to back until the file holds at least ``size`` bytes; the page count."""
    pages = written = 0
    with path.open("w", encoding="utf-8") as out:
        while written < size:
            text = PAGE.replace("Xiaomi", f"Xiaomi {pages}") + "\n"
            out.write(text)
            written += len(text.encode("utf-8"))
            pages += 1
    return pages


def _children() -> dict[int, list[int]]:
    tree: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                stat = Path(f"/proc/{entry}/stat").read_text()
            except OSError:
                continue
            ppid = int(stat.rsplit(")", 1)[1].split()[1])
            tree.setdefault(ppid, []).append(int(entry))
    return tree


def tree_rss(root: int) -> int:
    """Resident bytes of a process and all its descendants, now."""
    tree, total, todo = _children(), 0, [root]
    while todo:
        pid = todo.pop()
        todo.extend(tree.get(pid, []))
        try:
            for line in Path(f"/proc/{pid}/status").read_text().splitlines():
                if line.startswith("VmRSS:"):
                    total += int(line.split()[1]) * 1024
        except OSError:
            continue
    return total


def _cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)  # waited-for children and theirs
    return usage.ru_utime + usage.ru_stime


def run(dump: Path, out: Path, jobs: int, fmt: str) -> tuple[float, int, float]:
    """Seconds taken, peak tree RSS and CPU seconds (all processes) of one conversion."""
    cpu = _cpu()
    command = [sys.executable, "-m", "profile_parser", "convert", str(dump), "--jobs", str(jobs),
               "--format", fmt, "-o", str(out), "--quiet"]
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    started = time.perf_counter()
    process = subprocess.Popen(command, env=env)
    peak = 0
    while process.poll() is None:
        peak = max(peak, tree_rss(process.pid))
        time.sleep(0.2)
    elapsed = time.perf_counter() - started
    if process.returncode not in (0, 1):
        raise SystemExit(f"conversion failed with exit code {process.returncode}")
    return elapsed, peak, _cpu() - cpu


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", default="1G", help="dump size, e.g. 20M, 1G (default 1G)")
    parser.add_argument("--jobs", type=int, action="append", help="repeatable (default 1)")
    parser.add_argument("--format", default="jsonl", choices=("jsonl", "csv", "parquet"))
    parser.add_argument("--workdir", help="where the dump and output go (default a temp dir)")
    args = parser.parse_args()
    folder = Path(args.workdir or tempfile.mkdtemp(prefix="convert-rss-"))
    dump = folder / "dump.txt"
    size = parse_size(args.size)
    count = folder / "dump.pages"  # reuse a dump written before, with its page count
    if not count.exists() or dump.stat().st_size < size:
        count.write_text(str(write_dump(dump, size)))
    pages = int(count.read_text())
    print(f"dump: {dump} {dump.stat().st_size / 1e6:,.1f} MB, {pages:,} pages")
    for jobs in args.jobs or [1]:
        out = folder / ("out.jsonl" if args.format == "jsonl" else f"out-{args.format}")
        elapsed, peak, cpu = run(dump, out, jobs, args.format)
        print(f"--jobs {jobs} --format {args.format}: {elapsed:,.1f} s, "
              f"{pages / elapsed:,.1f} pages/s, {dump.stat().st_size / 1e6 / elapsed:,.2f} MB/s, "
              f"CPU {cpu:,.1f} s ({1000 * cpu / pages:.2f} ms/page), "
              f"peak RSS (process tree) {peak / 1e6:,.1f} MB", flush=True)
    largest = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss * 1024
    print(f"largest single process peak RSS (getrusage): {largest / 1e6:,.1f} MB")


if __name__ == "__main__":
    main()
