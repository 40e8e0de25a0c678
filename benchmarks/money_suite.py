"""parse_money against price-parser on price-parser's own test suite.

Run by hand (it needs the package registry; it never runs in the test suite):

    python -m pip install price-parser        # optional: without it only our score is printed
    python benchmarks/money_suite.py [--sdist price_parser-X.tar.gz] [--misses]

The script downloads price-parser's source distribution with pip (or reads
the one given with ``--sdist``), takes ``tests/test_price_parsing.py`` out of
it in memory and reads its ``Example(...)`` literals with :mod:`ast` (the file
is never imported or executed). Nothing of the suite is written to disk or
copied into this repository.

Which examples count:

* the lists the suite expects price-parser to pass (every
  ``PRICE_PARSING_EXAMPLES*`` list but the ``*XFAIL*`` ones, which are
  printed apart);
* whose expected amount is set and whose expected currency, as the suite
  writes it, stands in the text (``"Cena 14,79 €"`` carries ``€``; an example
  whose currency comes only from price-parser's currency hint does not);
* whose expected currency has an ISO 4217 code by our ``currency_code``: the
  contract's money is an ISO code, so a currency with none (the toman, ``₶``,
  ``₿``, ``CFA``, withdrawn codes …) cannot be compared; those examples are
  counted and their currencies listed apart.

Both parsers get the text alone, no hint. An answer is right when its
amount equals the expected amount and its currency maps to the same ISO
code (price-parser's currency as written goes through ``currency_code``).
"""

from __future__ import annotations

import argparse
import ast
import subprocess
import sys
import tarfile
import tempfile
from collections import Counter
from collections.abc import Callable, Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any, NamedTuple

from profile_parser.normalize import parse_money
from profile_parser.normalize.currency import currency_code

TEST_FILE = "tests/test_price_parsing.py"


class Example(NamedTuple):
    group: str
    text: str
    currency: str
    amount: Decimal

    @property
    def xfail(self) -> bool:
        return "XFAIL" in self.group


def download_sdist(package: str, folder: Path) -> Path:
    """The package's newest source distribution, fetched with pip from the configured index."""
    subprocess.run(
        [sys.executable, "-m", "pip", "download", "--quiet", "--no-deps", "--no-binary", ":all:",
         package, "-d", str(folder)],
        check=True,
    )
    stem = package.replace("-", "_").lower()
    found = [p for p in folder.glob("*.tar.gz") if p.name.replace("-", "_").lower().startswith(stem)]
    if not found:
        raise SystemExit(f"pip downloaded no source distribution of {package}")
    return sorted(found)[-1]


def read_member(sdist: Path, suffix: str) -> str:
    """One file of a source tarball, read in memory (nothing extracted)."""
    with tarfile.open(sdist, "r:gz") as archive:
        for member in archive.getmembers():
            if member.isfile() and member.name.endswith(suffix):
                handle = archive.extractfile(member)
                if handle is not None:
                    return handle.read().decode("utf-8")
    raise SystemExit(f"{sdist.name} has no {suffix}")


def _literal(node: ast.expr) -> Any:
    """A literal argument; ``Decimal("…")`` is read as a Decimal of its string literal."""
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "Decimal":
        return Decimal(ast.literal_eval(node.args[0]))
    return ast.literal_eval(node)


def examples(source: str) -> Iterator[tuple[str, list[Any]]]:
    """(list name, positional arguments) of every ``Example(...)`` in the module's lists."""
    for node in ast.parse(source).body:
        if not (isinstance(node, ast.Assign) and isinstance(node.value, ast.List)):
            continue
        target = node.targets[0]
        if not (isinstance(target, ast.Name) and target.id.startswith("PRICE_PARSING_")):
            continue
        for item in node.value.elts:
            if isinstance(item, ast.Call) and isinstance(item.func, ast.Name) and item.func.id == "Example":
                yield target.id, [_literal(arg) for arg in item.args]


def selected(source: str) -> list[Example]:
    """The examples whose text carries their currency (as the suite writes it)."""
    kept: list[Example] = []
    for group, args in examples(source):
        _hint, text, currency, _amount_text, amount = args[:5]
        if text is None or currency is None or amount is None or currency not in text:
            continue
        value = amount if isinstance(amount, Decimal) else Decimal(str(amount))
        kept.append(Example(group, text, currency, value))
    return kept


def ours(text: str) -> tuple[Decimal | None, str | None]:
    money = parse_money(text)
    return (money.amount, money.currency) if money else (None, None)


Reader = Callable[[str], tuple[Decimal | None, str | None]]


def price_parser_reader(*, iso: bool = True) -> Reader | None:
    """price-parser's reading of a text alone; its currency as an ISO code, or as written."""
    try:
        from price_parser import Price  # type: ignore[import-not-found]
    except ImportError:
        return None

    def read(text: str) -> tuple[Decimal | None, str | None]:
        price = Price.fromstring(text)
        if not iso or price.currency is None:
            return price.amount, price.currency
        return price.amount, currency_code(price.currency)

    return read


def score(items: list[Example], read: Reader, misses: list[str] | None = None, *, iso: bool = True) -> int:
    """How many examples ``read`` gets right: the amount, and the currency as an
    ISO code (``iso``) or as the suite writes it."""
    right = 0
    for example in items:
        amount, code = read(example.text)
        want = currency_code(example.currency) if iso else example.currency
        if amount == example.amount and code == want:
            right += 1
        elif misses is not None:
            misses.append(f"  {example.text!r}: want {example.amount} {example.currency}, got {amount} {code}")
    return right


def _figure(right: int, total: int) -> str:
    return f"{right:4d} ({100 * right / total:5.1f}%)"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sdist", type=Path, help="a price-parser source tarball (default: download it)")
    parser.add_argument("--misses", action="store_true", help="list the examples each parser gets wrong")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        sdist = args.sdist or download_sdist("price-parser", Path(folder))
        source = read_member(sdist, TEST_FILE)
    items = selected(source)
    theirs = price_parser_reader()
    print(f"price-parser's suite ({sdist.name}), examples whose text carries their currency:")
    for name, group in (("suite", [e for e in items if not e.xfail]), ("xfail lists", [e for e in items if e.xfail])):
        scored = [e for e in group if currency_code(e.currency) is not None]
        no_iso = Counter(e.currency for e in group if currency_code(e.currency) is None)
        line = f"  {name:12s} n={len(scored):4d}"
        if theirs is not None:
            line += f"  price-parser {_figure(score(scored, theirs), len(scored))}"
        line += f"  parse_money {_figure(score(scored, ours), len(scored))}"
        print(line)
        print(f"  {'':12s} left out, no ISO code by currency_code: {sum(no_iso.values())} "
              f"({', '.join(f'{c} x{n}' if n > 1 else c for c, n in no_iso.most_common())})")
        raw = price_parser_reader(iso=False)
        if raw is not None and name == "suite":
            print(f"  {'':12s} all {len(group)}, price-parser judged on its currency as written and "
                  f"parse_money missing every left-out one: price-parser "
                  f"{_figure(score(group, raw, iso=False), len(group))}  parse_money "
                  f"{_figure(score(scored, ours), len(group))}")
        if args.misses:
            for reader_name, read in (("parse_money", ours), ("price-parser", theirs)):
                if read is not None:
                    missed: list[str] = []
                    score(scored, read, missed)
                    print(f"  {reader_name} misses ({len(missed)}):", *missed, sep="\n")
    if theirs is None:
        print("  (price-parser is not installed: `pip install price-parser` to compare)")


if __name__ == "__main__":
    main()
