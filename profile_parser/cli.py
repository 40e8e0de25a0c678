"""The ``profile-parser`` command line (also ``python -m profile_parser``).

``profile-parser PAGE`` prints one page's JSON (an array for a dump); the
subcommands ``convert``, ``check``, ``explain`` and ``schema`` do the rest. Exit codes:
0 all parsed, 1 some pages failed (or hit ``--fail-on``), 2 usage or I/O
error, 141 the output was closed early (``| head``), 130/143 stopped by
SIGINT/SIGTERM. See ``docs/cli.md``.
"""

from __future__ import annotations

import argparse
import contextlib
import functools
import importlib
import json
import os
import signal
import stat
import sys
import time
from collections.abc import Callable, Generator, Iterable, Iterator
from concurrent.futures.process import BrokenProcessPool
from typing import IO, Any, TypeVar

from tqdm import tqdm

from ._version import __version__
from .errors import ProfileParseError
from .explain import Explanation, PageError, explain, html_parts, render_text
from .export.inputs import InputError, PageTask, expand_inputs, open_binary, read_tasks
from .export.quality import Quality, Tally
from .export.record import record_schema
from .export.work import Encoding, Options, Result, chunked, configure_logging, ordered_map, process_chunk
from .export.writers import (
    AtomicFile,
    CsvWriter,
    JsonArrayWriter,
    JsonLinesWriter,
    ParquetWriter,
    SplitJsonWriter,
    Writer,
    open_target,
)
from .pages import DEFAULT_MAX_PAGE_CHARS, RawPage

PROG = "profile-parser"
COMMANDS = ("convert", "check", "explain", "schema")
EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2
#: a closed pipe (``| head``): the status a shell shows for a tool killed by SIGPIPE
EXIT_PIPE = 128 + 13
CHUNK = 16  # pages shipped to a worker at a time
LOG_LEVELS = ("debug", "info", "warning", "error")
T = TypeVar("T")

_MAIN_EPILOG = """\
examples:
  profile-parser examples/xiaomi.txt                      # one page's JSON
  profile-parser convert dump.txt.gz -o profiles.jsonl    # a dump (compressed or not) to JSON Lines
  profile-parser convert pages/ --format parquet -o out/  # a directory to Parquet tables
  profile-parser check dump.txt                           # a data-quality report
  profile-parser explain page.txt --html page.html        # what became of each line
  profile-parser schema > investor-profile.schema.json

exit codes: 0 all parsed, 1 some pages failed (or hit --fail-on), 2 usage or I/O error,
141 output closed early (| head), 130/143 stopped by SIGINT/SIGTERM
"""
_CONVERT_EPILOG = """\
examples:
  profile-parser convert dump.txt > profiles.jsonl
  profile-parser convert 'pages/*.txt' --limit 10                 # a quick look at 10 pages
  profile-parser convert pages/ --format json --split -o json/
  profile-parser convert scraped.jsonl.zst --text-field body --format csv -o tables/
  zcat dump.txt.gz | profile-parser convert - --jobs 2 --errors errors.jsonl -o out.jsonl.gz
  profile-parser convert page.txt --spans                         # where each value was read

Inputs may be gzip, bzip2, xz or zstd compressed (found by their first bytes).
csv and parquet write one file per table into the -o directory: profiles, deals,
co_investors, angels, stage_focus, country_focus, industries, facts, diagnostics,
unparsed, each keyed by profile_id. Outputs are written under a temporary name and
renamed at the end; -o FILE ending .gz/.bz2/.xz/.zst is compressed. Exit codes:
0 all parsed, 1 some pages failed (or hit --fail-on), 2 usage or I/O error.
"""
_CHECK_EPILOG = """\
examples:
  profile-parser check dump.txt
  profile-parser check pages/ --jobs 2 --format json -o quality.json
"""
_EXPLAIN_EPILOG = """\
examples:
  profile-parser explain page.txt                    # each line and what became of it
  profile-parser explain page.txt --html page.html   # the page with every value highlighted
  profile-parser explain dump.txt.gz --page 3        # one page of a dump (0-based, as source.index)
  profile-parser explain page.txt --colour always | less -R

Each line: its number, a mark (# heading, ~ chrome, ! unparsed), the text as
given, then "<- " and the field paths read from it; each diagnostic on a row
under its line. Line numbers count within the page. Colours per section only
on a terminal (auto; NO_COLOR turns them off). A dump gives each page in turn,
a summary line first. Exit codes: 0 every page explained, 1 a page is no
profile, 2 usage or input error.
"""
_SCHEMA_EPILOG = """\
examples:
  profile-parser schema > investor-profile.schema.json
  profile-parser schema -o investor-profile.schema.json
"""
_PAGE_EPILOG = """\
examples:
  profile-parser examples/xiaomi.txt > xiaomi.json
  profile-parser examples/xiaomi.txt -o xiaomi.json

For dumps, directories, JSON Lines, CSV or Parquet see: profile-parser convert --help
"""


def _count(text: str) -> int:
    """An integer >= 0 (``--jobs``: 0 means one per CPU; ``--limit``).

    >>> _count("3")
    3
    """
    value = int(text)
    if value < 0:
        raise argparse.ArgumentTypeError("must be >= 0")
    return value


def _add_common_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--log-level", choices=LOG_LEVELS, default="warning",
                        help="the library's log messages shown on stderr (default warning)")


def _add_format_options(parser: argparse.ArgumentParser) -> None:
    """How an input's pages are read: text dump or JSON Lines."""
    parser.add_argument("--input-format", choices=("auto", "text", "jsonl"), default="auto",
                        help="auto: JSON Lines when the name ends .jsonl/.ndjson (before a "
                             "compression suffix) or the data starts with '{', else text (default auto)")
    parser.add_argument("--text-field", default="text", metavar="NAME",
                        help="JSON Lines field holding the page text (default text)")


def _add_input_options(parser: argparse.ArgumentParser, fail_on: str) -> None:
    """Options ``convert`` and ``check`` share: what to read and how to parse it."""
    parser.add_argument("inputs", nargs="+", metavar="INPUT",
                        help="a page, a dump, a JSON Lines file (each maybe compressed), a directory, "
                             "a glob pattern, or - (stdin)")
    parser.add_argument("--glob", action="append", metavar="PATTERN",
                        help="file names to take from directories (repeatable; default *.txt; any case; "
                             "a compressed name such as a.txt.gz matches too)")
    parser.add_argument("--glob-case-sensitive", action="store_true",
                        help="match --glob and glob inputs in their case only")
    _add_format_options(parser)
    parser.add_argument("--max-page-chars", type=int, default=DEFAULT_MAX_PAGE_CHARS,
                        metavar="N", help="refuse pages (and lines) longer than N characters "
                                          f"(default {DEFAULT_MAX_PAGE_CHARS:,})")
    parser.add_argument("--limit", type=_count, metavar="N",
                        help="read only the first N pages (a quick look)")
    parser.add_argument("--jobs", "-j", type=_count, default=1, metavar="N",
                        help="parse in N processes, output order unchanged (0: one per CPU)")
    parser.add_argument("--strict", action="store_true",
                        help="refuse (fail) any page that raises a warning or an error")
    parser.add_argument("--fail-on", choices=("never", "error", "warning"), default=fail_on,
                        help="exit 1 when a page failed or a record carries a diagnostic of "
                             f"this severity or worse; never: exit 0 (default {fail_on})")
    parser.add_argument("--errors", metavar="FILE",
                        help="also write each failure, with its source, to FILE as JSON Lines")
    parser.add_argument("--quiet", "-q", action="store_true",
                        help="no progress bar, no page errors and no summary on stderr")
    _add_common_options(parser)


def build_parser() -> argparse.ArgumentParser:
    """The ``profile-parser`` argument parser with its subcommands."""
    formatter = argparse.RawDescriptionHelpFormatter
    parser = argparse.ArgumentParser(
        prog=PROG, formatter_class=formatter, epilog=_MAIN_EPILOG,
        description="Turn scraped investor-profile pages into typed records. "
                    f"'{PROG} PAGE' prints one page's JSON.")
    parser.add_argument("--version", "-V", action="version", version=f"%(prog)s {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    convert = commands.add_parser(
        "convert", formatter_class=formatter, epilog=_CONVERT_EPILOG,
        help="pages, dumps, directories or JSON Lines to JSON, JSON Lines, CSV or Parquet",
        description="Parse every page of the inputs and write the records.")
    _add_input_options(convert, fail_on="error")
    convert.add_argument("--format", "-f", choices=("jsonl", "json", "csv", "parquet"),
                         default="jsonl", help="output format (default jsonl)")
    convert.add_argument("--output", "-o", metavar="FILE|DIR",
                         help="output file (json, jsonl; default stdout; compressed when it ends "
                              ".gz, .bz2, .xz or .zst) or directory (csv, parquet, json --split)")
    convert.add_argument("--split", action="store_true",
                         help="json: one <profile_id>.json file per page in the -o directory")
    convert.add_argument("--spans", action="store_true",
                         help="records carry spans: where on its page each value was read (JSON Pointer -> "
                              "line, start, end); csv/parquet: a json column 'spans' in profiles")
    convert.set_defaults(run=_convert, parser=convert)

    check = commands.add_parser(
        "check", formatter_class=formatter, epilog=_CHECK_EPILOG,
        help="a data-quality report of a corpus",
        description="Parse a corpus and report pages, diagnostics by code, fields most "
                    "often missing and unparsed lines by section.")
    _add_input_options(check, fail_on="never")
    check.add_argument("--format", "-f", choices=("text", "json"), default="text",
                       help="text for people, json for dashboards (default text)")
    check.add_argument("--output", "-o", metavar="FILE", help="report file (default stdout)")
    check.set_defaults(run=_check, parser=check)

    explain = commands.add_parser(
        "explain", formatter_class=formatter, epilog=_EXPLAIN_EPILOG,
        help="what became of each line of a page: a terminal view, or HTML (--html)",
        description="Show each line of a page with what became of it: the field paths read from it, "
                    "heading, chrome, or unparsed with its diagnostic. The view to open when a page "
                    "parses wrong.")
    explain.add_argument("page", metavar="PAGE",
                         help="a page or a dump of pages (maybe compressed, or JSON Lines), or - (stdin)")
    explain.add_argument("--html", metavar="OUT.html",
                         help="write one self-contained HTML file (no script, nothing loaded from the "
                              "network): the page with every value highlighted, instead of the text view")
    explain.add_argument("--colour", "--color", choices=("auto", "always", "never"), default="auto",
                         help="ANSI colours in the text view: auto (on a terminal, unless NO_COLOR is set), "
                              "always, never (default auto)")
    explain.add_argument("--page", dest="page_index", type=_count, metavar="INDEX",
                         help="only the page of this 0-based index in a dump (source.index); default every page")
    _add_format_options(explain)
    _add_common_options(explain)
    explain.set_defaults(run=_explain, parser=explain)

    schema = commands.add_parser(
        "schema", formatter_class=formatter, epilog=_SCHEMA_EPILOG,
        help="print the JSON Schema of the records",
        description="Print the JSON Schema of the records (InvestorProfile, with profile_id).")
    schema.add_argument("--output", "-o", metavar="FILE", help="schema file (default stdout)")
    _add_common_options(schema)
    schema.set_defaults(run=_schema, parser=schema)
    return parser


def _page_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=PROG, epilog=_PAGE_EPILOG, formatter_class=argparse.RawDescriptionHelpFormatter,
        description="Print the JSON of a page (an array for a file holding several pages).")
    parser.add_argument("page", help="a page (or a dump of pages) as a text file, maybe compressed")
    parser.add_argument("--output", "-o", metavar="FILE", help="JSON file (default stdout)")
    parser.add_argument("--spans", action="store_true", help="records carry spans (see convert --help)")
    _add_common_options(parser)
    return parser


def _columns() -> int | None:
    """The terminal's width, or None when it reports none (0 columns) or there is no terminal."""
    try:
        columns = os.get_terminal_size(sys.stderr.fileno()).columns
    except (OSError, ValueError, AttributeError):
        return None
    return columns if columns > 0 else None


class _Console:
    """Messages on stderr, through the progress bar when one is shown: on a terminal
    only, bytes read of the total with an ETA when the inputs' size is known, pages
    and pages/s always."""

    def __init__(self, *, quiet: bool, total_bytes: Callable[[], int | None]) -> None:
        self.quiet = quiet
        self.bar: Any = None
        self.pages = 0
        self.bytes = 0
        self.started = time.monotonic()
        if quiet or not sys.stderr.isatty():
            return
        columns = _columns()
        # a terminal that reports 0 columns gets a fixed width instead of a broken bar
        size = {"dynamic_ncols": True} if columns else {"ncols": 80}
        total = total_bytes()
        if total is None:
            self.bar = tqdm(unit=" pages", file=sys.stderr, leave=False, **size)
        else:
            self.bar = tqdm(total=total, unit="B", unit_scale=True, unit_divisor=1024,
                            file=sys.stderr, leave=False, **size)
        self.by_bytes = total is not None

    def say(self, message: str, *, always: bool = False) -> None:
        if self.quiet and not always:
            return
        if self.bar is not None:
            self.bar.write(message, file=sys.stderr)
        else:
            sys.stderr.write(message + "\n")

    def read_to(self, position: int) -> None:
        """Bytes of the inputs read so far (for the bar's bytes and ETA)."""
        if self.bar is not None and self.by_bytes and position > self.bytes:
            self.bar.update(position - self.bytes)
            self.bytes = position

    def advance(self, pages: int) -> None:
        if self.bar is None:
            return
        self.pages += pages
        if not self.by_bytes:
            self.bar.update(pages)
            return
        rate = self.pages / max(time.monotonic() - self.started, 1e-9)
        self.bar.set_postfix_str(f"{self.pages:,} pages, {rate:,.1f} pages/s", refresh=False)

    def close(self) -> None:
        if self.bar is not None:
            self.bar.close()


class _Failures:
    """Page and input failures: to stderr, and to the ``--errors`` file when given."""

    def __init__(self, console: _Console, path: str | None) -> None:
        self.console = console
        self.file = AtomicFile(path) if path else None

    def page(self, result: Result) -> None:
        source = result.source
        self.console.say(f"{PROG}: {source['path']}: page {source['index']} "
                         f"(line {source['first_line']}): {result.error}")
        self._record({"profile_id": result.key, "source": source, "stage": "page",
                      "error": result.error, "line": result.error_line,
                      "diagnostics": list(result.error_diagnostics)})

    def input(self, path: str, error: str) -> None:
        self.console.say(f"{PROG}: {path}: {error}", always=True)
        self._record({"profile_id": None, "source": {"path": path, "index": None,
                      "first_line": None}, "stage": "input", "error": error,
                      "line": None, "diagnostics": []})

    def _record(self, entry: dict[str, Any]) -> None:
        if self.file is not None:
            self.file.stream.write(json.dumps(entry, ensure_ascii=False) + "\n")

    def commit(self) -> None:
        if self.file is not None:
            self.file.commit()

    def discard(self) -> None:
        if self.file is not None:
            self.file.discard()


def _reason(error: Exception) -> str:
    """An error as a short message (an OSError's text without its path)."""
    return (error.strerror if isinstance(error, OSError) else None) or str(error)


def _size(path: str) -> int | None:
    """The size in bytes of an input that is a regular file (stdin too, when redirected from one)."""
    try:
        info = os.fstat(0) if path == "-" else os.stat(path)
    except OSError:
        return None
    return info.st_size if stat.S_ISREG(info.st_mode) else None


def _total_bytes(args: argparse.Namespace) -> int | None:
    """The inputs' size in bytes, or None when one of them has no known size."""
    total = 0
    for item in expand_inputs(args.inputs, _globs(args), case_sensitive=args.glob_case_sensitive):
        size = None if item.error else _size(item.path)
        if size is None and not item.error:
            return None
        total += size or 0
    return total


def _globs(args: argparse.Namespace) -> list[str]:
    return list(args.glob or ["*.txt"])


def _position(stream: IO[bytes]) -> int | None:
    with contextlib.suppress(OSError, ValueError):
        return stream.tell()
    return None


def _tasks(args: argparse.Namespace, tally: Tally, failures: _Failures,
           console: _Console) -> Generator[PageTask, None, None]:
    """Every page of every input, in order; an input that cannot be read (or an
    argument that names none) is reported and skipped."""
    done = 0  # bytes of the inputs read before this one
    for item in expand_inputs(args.inputs, _globs(args), case_sensitive=args.glob_case_sensitive):
        if item.error is not None:
            tally.input_errors += 1
            failures.input(item.path, item.error)
            continue
        try:
            with open_binary(item.path) as stream:
                for task in read_tasks(stream, item.path, input_format=args.input_format,
                                       text_field=args.text_field, max_chars=args.max_page_chars):
                    yield task
                    position = _position(stream)
                    if position is not None:
                        console.read_to(done + position)
        except (InputError, OSError) as error:  # OSError: a read failed midway
            tally.input_errors += 1
            failures.input(item.path, _reason(error))
        done += _size(item.path) or 0
        console.read_to(done)


def _first(items: Generator[T, None, None], limit: int | None) -> Generator[T, None, None]:
    """The first ``limit`` items (all with None); the source is closed once they are out.

    >>> list(_first((c for c in "abc"), 2)), list(_first((c for c in "abc"), None))
    (['a', 'b'], ['a', 'b', 'c'])
    """
    with contextlib.closing(items):
        if limit == 0:
            return
        for count, item in enumerate(items, start=1):
            yield item
            if limit is not None and count >= limit:
                return


_SEVERITIES = {"never": (), "error": ("error",), "warning": ("error", "warning")}


def _results(args: argparse.Namespace, encoding: Encoding, tally: Tally,
             failures: _Failures, console: _Console) -> Generator[Result, None, None]:
    """The parsed pages in input order; failures reported, the tally kept."""
    options = Options(encoding, strict=args.strict, spans=getattr(args, "spans", False))
    jobs = args.jobs or os.cpu_count() or 1
    work = functools.partial(process_chunk, options=options)
    refused = _SEVERITIES[args.fail_on]
    tasks = _first(_tasks(args, tally, failures, console), args.limit)
    setup = functools.partial(configure_logging, args.log_level)
    with contextlib.closing(ordered_map(work, chunked(tasks, CHUNK), jobs, setup=setup)) as chunks:
        for chunk in chunks:
            for result in chunk:
                tally.add_page(ok=result.ok, codes=result.codes)
                if not result.ok:
                    failures.page(result)
                    continue
                tally.flagged += any(severity in refused for _, severity in result.codes)
                yield result
            console.advance(len(chunk))


def _exit_code(tally: Tally, fail_on: str) -> int:
    """2 when an input could not be read, 1 when a page failed or a record hit
    ``--fail-on`` (never with ``never``), else 0.

    >>> failed = Tally(pages=3, records=2, failed=1)
    >>> _exit_code(failed, "error"), _exit_code(failed, "never")
    (1, 0)
    """
    if tally.input_errors:
        return EXIT_USAGE
    if fail_on != "never" and (tally.failed or tally.flagged):
        return EXIT_FAILED
    return EXIT_OK


def _run(args: argparse.Namespace, encoding: Encoding, writer: Writer | None,
         consume: Callable[[Result], None], tally: Tally) -> int:
    """Run the pages through ``consume`` (and ``writer``), commit the outputs,
    print the summary; on any interruption the outputs are discarded."""
    console = _Console(quiet=args.quiet, total_bytes=lambda: _total_bytes(args))
    failures: _Failures | None = None
    started = time.perf_counter()
    try:
        try:
            failures = _Failures(console, args.errors)
        except ImportError as error:  # --errors FILE.zst without the zstandard package
            console.close()
            if writer is not None:
                writer.discard()
            return _usage(args, str(error))
        with contextlib.closing(_results(args, encoding, tally, failures, console)) as results:
            for result in results:
                consume(result)
                if writer is not None:
                    writer.add(result.key or "", result.payload)
        if writer is not None:
            writer.commit()
        failures.commit()
    except BaseException:
        for output in (writer, failures):
            if output is not None:
                output.discard()
        raise
    finally:
        console.close()
    limited = f"; stopped after --limit {args.limit}" if args.limit is not None and tally.pages >= args.limit else ""
    console.say(f"{PROG}: {tally.summary(time.perf_counter() - started)}{limited}"
                + (f"; {tally.flagged:,} record(s) at --fail-on {args.fail_on}"
                   if tally.flagged else ""))
    return _exit_code(tally, args.fail_on)


def _usage(args: argparse.Namespace, message: str) -> int:
    """A usage error of a subcommand: its usage line, then the message (exit 2)."""
    parser = getattr(args, "parser", None)
    if parser is not None:
        parser.print_usage(sys.stderr)
    sys.stderr.write(f"{getattr(parser, 'prog', PROG)}: error: {message}\n")
    return EXIT_USAGE


def _make_writer(args: argparse.Namespace) -> Writer:
    if args.format in ("csv", "parquet") or args.split:
        if args.format == "parquet":
            try:
                importlib.import_module("pyarrow")
            except ImportError:  # early, before any work: the extra is optional
                raise ImportError("--format parquet needs pyarrow: "
                                  "pip install 'profile-parser[parquet]'") from None
            return ParquetWriter(args.output)
        return CsvWriter(args.output) if args.format == "csv" else SplitJsonWriter(args.output)
    if args.format == "json":
        return JsonArrayWriter(args.output, unwrap_single=getattr(args, "unwrap_single", False))
    return JsonLinesWriter(args.output)


def _convert(args: argparse.Namespace) -> int:
    if args.split and args.format != "json":
        return _usage(args, "--split goes with --format json")
    if (args.format in ("csv", "parquet") or args.split) and args.output in (None, "-"):
        return _usage(args, f"--format {args.format}{' --split' if args.split else ''} "
                            "writes a directory: give it with -o DIR")
    if args.format in ("json", "jsonl") and not args.split and args.output \
            and os.path.isdir(args.output):
        return _usage(args, f"{args.output} is a directory: --format {args.format} writes a file")
    try:
        writer = _make_writer(args)
    except ImportError as error:
        return _usage(args, str(error))
    except OSError as error:
        return _usage(args, f"cannot write {args.output}: {error.strerror or error}")
    encoding: Encoding = "tables" if args.format in ("csv", "parquet") else args.format
    return _run(args, encoding, writer, lambda result: None, Tally())


def _check(args: argparse.Namespace) -> int:
    quality = Quality()
    code = _run(args, "check", None, lambda result: quality.add(result.payload), quality.tally)
    return _write_text(args, quality.render(args.format)) or code


def _schema(args: argparse.Namespace) -> int:
    return _write_text(args, json.dumps(record_schema(), indent=2, ensure_ascii=False) + "\n")


def _write_text(args: argparse.Namespace, text: str) -> int:
    """Write a whole text to the ``-o`` file (atomically) or stdout; 2 on an I/O error."""
    return _write_parts(args, args.output, [text])


def _write_parts(args: argparse.Namespace, path: str | None, parts: Iterable[str]) -> int:
    """Write text parts, as they come, to ``path`` (atomically: under a temporary
    name, renamed at the end, discarded if anything raises) or to stdout (None or
    ``-``); 2 when it cannot be written."""
    try:
        target = open_target(path)
        try:
            for part in parts:
                target.stream.write(part)
            target.commit()
        except BaseException:
            target.discard()
            raise
    except ImportError as error:  # a .zst name without the zstandard package
        return _usage(args, str(error))
    except BrokenPipeError:
        raise
    except OSError as error:
        return _usage(args, f"cannot write {path}: {error.strerror or error}")
    return EXIT_OK


class _NothingToExplain(Exception):
    """The input holds no page to explain (or not the page asked for): its exit code and message."""

    def __init__(self, code: int, message: str) -> None:
        super().__init__(message)
        self.code = code


class _Explaining:
    """The pages of ``explain``'s input, each explained or its error; what went wrong
    is counted (failed pages) or kept (the input error) for the exit code."""

    def __init__(self, args: argparse.Namespace) -> None:
        self.args = args
        self.failed = 0
        self.input_error: str | None = None

    def pages(self, stream: IO[bytes]) -> Generator[Explanation | PageError, None, None]:
        args, path, seen, wanted = self.args, self.args.page, 0, self.args.page_index
        try:
            for task in read_tasks(stream, path, input_format=args.input_format, text_field=args.text_field):
                seen = task.index + 1
                if wanted is not None and task.index != wanted:
                    continue
                yield self._explain(task)
                if wanted is not None:
                    return
        except (InputError, OSError) as error:  # OSError: a read failed midway
            self.input_error = _reason(error)
            yield PageError(path, f"input error after page {seen - 1}: {self.input_error}" if seen
                            else f"input error: {self.input_error}")
            return
        if wanted is not None:
            pages = f"{seen:,} page{'' if seen == 1 else 's'}"
            raise _NothingToExplain(EXIT_USAGE, f"no page {wanted}: {path} has {pages} (--page counts from 0)")
        if not seen:
            raise _NothingToExplain(EXIT_FAILED, f"{path}: no page in the input")

    def _explain(self, task: PageTask) -> Explanation | PageError:
        label = f"{task.path}: page {task.index} (line {task.first_line})"
        try:
            if task.text is None or task.error is not None:
                raise ProfileParseError(task.error or "page refused unread")
            return explain(RawPage(task.text, task.index, task.first_line, task.path, notes=task.notes))
        except ProfileParseError as error:
            self.failed += 1
            sys.stderr.write(f"{PROG}: {label}: {error}\n")
            return PageError(label, str(error))


def _colour(choice: str) -> bool:
    """Whether the text view is coloured: ``always``, ``never``, or ``auto``: on a
    terminal unless ``NO_COLOR`` is set (https://no-color.org) or ``TERM`` is dumb."""
    if choice != "auto":
        return choice == "always"
    return sys.stdout.isatty() and not os.environ.get("NO_COLOR") and os.environ.get("TERM") != "dumb"


def _text_views(pages: Iterable[Explanation | PageError], colour: bool) -> Iterator[str]:
    """Each explained page's text view, a blank line between pages (a failed page
    was said on stderr)."""
    first = True
    for page in pages:
        if isinstance(page, Explanation):
            yield ("" if first else "\n") + render_text(page, colour=colour)
            first = False


def _explain(args: argparse.Namespace) -> int:
    """``explain PAGE``: the text view on stdout, or the HTML view (``--html``) in a file."""
    if args.html == "-":
        return _usage(args, "--html writes a file: give its name (the text view is what goes to stdout)")
    try:
        stream = open_binary(args.page)
    except InputError as error:
        sys.stderr.write(f"{PROG}: {args.page}: {error}\n")
        return EXIT_USAGE
    explaining = _Explaining(args)
    try:
        with stream:
            pages = explaining.pages(stream)
            if args.html:
                title = f"{os.path.basename(args.page)}: profile-parser explain"
                code = _write_parts(args, args.html, html_parts(pages, title=title))
            else:
                code = _write_parts(args, None, _text_views(pages, _colour(args.colour)))
    except _NothingToExplain as nothing:
        if nothing.code == EXIT_USAGE:
            return _usage(args, str(nothing))
        sys.stderr.write(f"{PROG}: {nothing}\n")
        return nothing.code
    if code:
        return code
    if explaining.input_error is not None:
        sys.stderr.write(f"{PROG}: {args.page}: {explaining.input_error}\n")
        return EXIT_USAGE
    return EXIT_FAILED if explaining.failed else EXIT_OK


def _parse(parser: argparse.ArgumentParser, argv: list[str]) -> argparse.Namespace:
    """``parse_args``, but an unknown option is reported with its subcommand's usage."""
    args, unknown = parser.parse_known_args(argv)
    if unknown:
        getattr(args, "parser", parser).error(f"unrecognized arguments: {' '.join(unknown)}")
    return args


def _page(argv: list[str]) -> int:
    """``profile-parser PAGE [-o FILE]``: the page's JSON object, or an array for a dump."""
    page = _page_parser().parse_args(argv)
    configure_logging(page.log_level)
    command = ["convert", page.page, "--format", "json", "--quiet", "--log-level", page.log_level]
    command += ["-o", page.output] if page.output else []
    args = build_parser().parse_args(command + (["--spans"] if page.spans else []))
    args.unwrap_single = True
    return int(args.run(args))


class _Signals:
    """SIGTERM and SIGINT raise (SystemExit, KeyboardInterrupt) so the outputs are
    discarded and the workers joined on the way out, and are remembered: an
    exception raised inside library code may come out wrapped (pydantic wraps
    errors of serializers). Only the first one raises: a second signal does not
    interrupt the cleanup."""

    def __init__(self) -> None:
        self.received: int | None = None
        self.previous: dict[int, Any] = {}

    def _handle(self, signum: int, frame: object) -> None:
        if self.received is not None:
            return
        self.received = signum
        if signum == signal.SIGINT:
            raise KeyboardInterrupt
        raise SystemExit(128 + signum)

    def install(self) -> None:
        for signum in (signal.SIGTERM, signal.SIGINT):
            try:
                if signal.getsignal(signum) is not signal.SIG_IGN:  # nohup, background jobs
                    self.previous[signum] = signal.signal(signum, self._handle)
            except ValueError:  # signal only works in the main thread
                return

    def restore(self) -> None:
        for signum, handler in self.previous.items():
            signal.signal(signum, handler)


def _quiet_stdout() -> None:
    """After a closed pipe: point stdout at /dev/null so the interpreter's final
    flush cannot complain again."""
    with contextlib.suppress(OSError, ValueError):
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)


def main(argv: list[str] | None = None) -> int:
    """Run the command line; returns the exit code."""
    argv = sys.argv[1:] if argv is None else list(argv)
    signals = _Signals()
    signals.install()
    try:
        if argv and argv[0] not in COMMANDS and (argv[0] == "-" or not argv[0].startswith("-")):
            return _page(argv)
        args = _parse(build_parser(), argv)
        if args.command is None:
            build_parser().print_help(sys.stderr)
            return EXIT_USAGE
        configure_logging(args.log_level)
        return int(args.run(args))
    except BrokenProcessPool:  # a worker died (killed from outside, out of memory)
        if signals.received is not None:
            sys.stderr.write(f"{PROG}: stopped by signal {signals.received}\n")
            return 128 + signals.received
        sys.stderr.write(f"{PROG}: error: a --jobs worker process died (killed from outside, or out "
                         "of memory?); the outputs are discarded\n")
        return EXIT_USAGE
    except BrokenPipeError:  # `| head`: end quietly, like other tools on a closed pipe
        _quiet_stdout()
        return EXIT_PIPE
    except OSError as error:  # an output that cannot be written (disk full, …)
        sys.stderr.write(f"{PROG}: error: {error}\n")
        return EXIT_USAGE
    except BaseException as error:
        if signals.received is not None:
            sys.stderr.write(f"{PROG}: stopped by signal {signals.received}\n")
            return 128 + signals.received
        if isinstance(error, SystemExit):  # argparse: --help, --version, usage errors
            return error.code if isinstance(error.code, int) else EXIT_USAGE
        raise
    finally:
        signals.restore()
