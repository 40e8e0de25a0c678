"""parse_date against guarded dateutil on the test suites of dateparser and dateutil.

Run by hand (it needs the package registry; it never runs in the test suite):

    python benchmarks/date_suite.py [--sdist dateparser-X.tar.gz --sdist python_dateutil-Y.tar.gz] [--misses]

The script downloads both packages' source distributions with pip (or reads
the ones given with ``--sdist``) and reads their ``tests/*.py`` in memory with
:mod:`ast`: nothing is imported, executed or written to disk. An example is a
string literal and a ``datetime(y, m, d, …)`` call with literal numbers side
by side in one call, tuple or comparison (``param("Tues 9th Aug, 2015",
datetime(2015, 8, 9))``, ``("July 4, 1976", datetime(1976, 7, 4), …)``,
``parse("…") == datetime(…)``).

Which examples count: absolute English dates fully stated in the text.

* fully stated: the text holds the expected year as four digits, the day as
  a number (``09``, ``9``, ``9th``) and the month as a number or an English
  month name, or the compact ``YYYYMMDD``;
* English: every word is a month or weekday name, an ordinal suffix, a
  word of a time (``at``, ``noon``, ``am``, ``a.m.``), ``the``/``of``/``day``/
  ``on``, or a time-zone abbreviation in capitals (``EDT``, ``BRST``);
* no hint: a test function (with its decorators) that tells the parser a
  date order or format anywhere (``dayfirst``, ``yearfirst``, ``date_formats``
  or ``order`` arguments, a ``DATE_ORDER`` setting, a ``"DMY"``-like literal,
  a strptime format such as ``"%d/%m/%Y"``) is left out: its expected dates
  depend on more than the text. Module-level example lists are kept.

Both readers get the text alone. Guarded dateutil is ``dateutil.parser.parse``
called twice with two different defaults, kept only when both agree (so it
never fills in a missing day, month or year from the default). An answer is
right when it is the expected calendar date; a refusal counts as a miss.
"""

from __future__ import annotations

import argparse
import ast
import datetime
import re
import tarfile
import tempfile
import warnings
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import NamedTuple

from dateutil import parser as dateutil_parser
from money_suite import download_sdist  # the sibling script: one way to fetch a suite

from profile_parser.normalize import parse_date
from profile_parser.vocabulary import MONTHS

PACKAGES = ("dateparser", "python-dateutil")
HINTS = frozenset({"dayfirst", "yearfirst", "date_formats", "order"})
ORDERS = frozenset({"DMY", "MDY", "YMD", "YDM", "DYM", "MYD"})
WEEKDAYS = {"mon", "monday", "tue", "tues", "tuesday", "wed", "weds", "wednesday", "thu", "thur", "thurs",
            "thursday", "fri", "friday", "sat", "saturday", "sun", "sunday"}
WORDS = {"st", "nd", "rd", "th", "the", "of", "day", "on", "at", "noon", "midnight", "am", "pm", "a", "p", "m",
         "t", "z", "utc", "gmt", "h"}
_WORD = re.compile(r"[^\W\d_]+")
_ZONE = re.compile(r"[A-Z]{2,5}")
_FORMAT = re.compile(r"%[dmyYbB]")


class Example(NamedTuple):
    package: str
    text: str
    date: datetime.date


def test_sources(sdist: Path) -> Iterator[str]:
    """The text of every tests/*.py of a source tarball, read in memory."""
    with tarfile.open(sdist, "r:gz") as archive:
        for member in archive.getmembers():
            if member.isfile() and "/tests/" in member.name and member.name.endswith(".py"):
                handle = archive.extractfile(member)
                if handle is not None:
                    yield handle.read().decode("utf-8", errors="replace")


def _date_of(node: ast.AST) -> datetime.date | None:
    """``datetime(2014, 9, 4, …)`` or ``date(…)`` with literal numbers, as a date."""
    if not isinstance(node, ast.Call) or any(k.arg is None for k in node.keywords):
        return None
    name = node.func.attr if isinstance(node.func, ast.Attribute) else getattr(node.func, "id", "")
    if name not in ("datetime", "date") or len(node.args) < 3:
        return None
    parts = [a.value for a in node.args[:3] if isinstance(a, ast.Constant) and isinstance(a.value, int)]
    if len(parts) != 3:
        return None
    try:
        return datetime.date(*parts)
    except ValueError:
        return None


def _text_of(node: ast.AST) -> tuple[str | None, bool]:
    """A string literal, or the string a ``parse("…", …)`` call reads; and whether a hint went with it."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value, False
    if isinstance(node, ast.Call) and node.args and isinstance(node.args[0], ast.Constant) \
            and isinstance(node.args[0].value, str):
        return node.args[0].value, any(k.arg in HINTS for k in node.keywords)
    return None, False


def _hinted(node: ast.AST) -> bool:
    """Something under ``node`` tells a date order or format: a hint keyword, a
    ``DATE_ORDER`` setting, an order literal ("DMY") or a strptime format ("%d/%m/%Y")."""
    for child in ast.walk(node):
        if isinstance(child, ast.Call) and any(k.arg in HINTS for k in child.keywords):
            return True
        if isinstance(child, ast.Constant) and isinstance(child.value, str) and (
                child.value in ORDERS or child.value == "DATE_ORDER" or _FORMAT.search(child.value)):
            return True
    return False


def _pair(node: ast.AST) -> tuple[str, datetime.date] | None:
    """The text and date of one call (positional arguments), tuple or comparison: the one
    string before the one literal date ("text", datetime(…), "message")."""
    if isinstance(node, ast.Call):
        children: list[ast.AST] = list(node.args)
    elif isinstance(node, ast.Tuple):
        children = list(node.elts)
    elif isinstance(node, ast.Compare) and len(node.comparators) == 1:
        children = [node.left, node.comparators[0]]
    else:
        return None
    dates = [(i, d) for i, d in enumerate(map(_date_of, children)) if d is not None]
    if len(dates) != 1:
        return None
    at, date = dates[0]
    texts = [_text_of(child) for child in children[:at]]
    strings = [text for text, _ in texts if text is not None]
    if len(strings) != 1 or any(hint for _, hint in texts):
        return None
    return strings[0], date


def pairs(source: str) -> Iterator[tuple[str, datetime.date]]:
    """(text, date) wherever one string and one literal date stand side by side, outside
    any test function (with its decorators) that passes a hint or names a date order."""
    tree = ast.parse(source)
    skipped: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)) and _hinted(node):
            skipped.update(id(child) for child in ast.walk(node))
    for node in ast.walk(tree):
        if id(node) not in skipped and (found := _pair(node)) is not None:
            yield found


def fully_stated_english(text: str, date: datetime.date) -> bool:
    """The text is English and states the date's year (four digits), month and day."""
    for word in _WORD.findall(text):
        low = word.lower()
        if low not in MONTHS and low not in WEEKDAYS and low not in WORDS and not _ZONE.fullmatch(word):
            return False
    if f"{date.year:04d}{date.month:02d}{date.day:02d}" in text:
        return True
    if not re.search(rf"(?<![0-9]){date.year:04d}(?![0-9])", text):
        return False
    month_names = {name for name, number in MONTHS.items() if number == date.month}
    has_month = any(w.lower() in month_names for w in _WORD.findall(text)) or re.search(
        rf"(?<![0-9])0?{date.month}(?![0-9])", text) is not None
    has_day = re.search(rf"(?<![0-9])0?{date.day}(?![0-9])", text) is not None
    return has_month and has_day


def examples(sdists: list[Path]) -> list[Example]:
    found: dict[tuple[str, datetime.date], Example] = {}
    for sdist in sdists:
        package = sdist.name.split("-")[0]
        for source in test_sources(sdist):
            try:
                for text, date in pairs(source):
                    if fully_stated_english(text, date):
                        found.setdefault((text, date), Example(package, text, date))
            except SyntaxError:
                continue
    return list(found.values())


def guarded_dateutil(text: str) -> datetime.date | None:
    """dateutil's date, kept only when two different defaults give the same one."""
    readings = set()
    for default in (datetime.datetime(2000, 1, 1), datetime.datetime(2001, 2, 2)):
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")  # unknown zone names: dateutil warns, we only want the date
                readings.add(dateutil_parser.parse(text, default=default).date())
        except Exception:  # any error of a third-party parser on a test string is a refusal
            return None
    return readings.pop() if len(readings) == 1 else None


Reader = Callable[[str], datetime.date | None]


def score(items: list[Example], read: Reader, misses: list[str] | None = None) -> int:
    right = 0
    for example in items:
        got = read(example.text)
        if got == example.date:
            right += 1
        elif misses is not None:
            misses.append(f"  [{example.package}] {example.text!r}: want {example.date}, got {got}")
    return right


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sdist", type=Path, action="append", help="a source tarball (default: download both)")
    parser.add_argument("--misses", action="store_true", help="list the examples each reader gets wrong")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        sdists = args.sdist or [download_sdist(package, Path(folder)) for package in PACKAGES]
        items = examples(sdists)
    print(f"absolute English dates fully stated, from the test suites of {', '.join(p.name for p in sdists)}:")
    for name, group in (("all", items), *((p.name.split("-")[0], [e for e in items if e.package ==
                                                                   p.name.split("-")[0]]) for p in sdists)):
        if group:
            print(f"  {name:16s} n={len(group):4d}  guarded dateutil {score(group, guarded_dateutil):4d} "
                  f"({100 * score(group, guarded_dateutil) / len(group):5.1f}%)  parse_date "
                  f"{score(group, parse_date):4d} ({100 * score(group, parse_date) / len(group):5.1f}%)")
    if args.misses:
        for name, read in (("parse_date", parse_date), ("guarded dateutil", guarded_dateutil)):
            missed: list[str] = []
            score(items, read, missed)
            print(f"{name} misses ({len(missed)}):", *missed, sep="\n")


if __name__ == "__main__":
    main()
