"""The ``profile-parser`` command line (also ``python -m profile_parser``).

``profile-parser PAGE`` prints one page's JSON (an array for a dump); the
subcommands ``convert``, ``check`` and ``schema`` do the rest. Exit codes:
0 all parsed, 1 some pages failed (or hit ``--fail-on``), 2 usage or I/O
error. See ``docs/cli.md``.
"""

from __future__ import annotations

import argparse
import functools
import importlib
import json
import os
import signal
import sys
import time
from collections.abc import Callable, Iterator
from typing import Any

from ._version import __version__
from .export.inputs import InputError, PageTask, expand_inputs, open_binary, read_tasks
from .export.quality import Quality, Tally
from .export.work import Encoding, Options, Result, chunked, ordered_map, process_chunk
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
from .models import InvestorProfile
from .pages import DEFAULT_MAX_PAGE_CHARS

PROG = "profile-parser"
COMMANDS = ("convert", "check", "schema")
EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2
CHUNK = 16  # pages shipped to a worker at a time

_MAIN_EPILOG = """\
examples:
  profile-parser examples/xiaomi.txt                      # one page's JSON
  profile-parser convert dump.txt -o profiles.jsonl       # a dump to JSON Lines
  profile-parser convert pages/ --format parquet -o out/  # a directory to Parquet tables
  profile-parser check dump.txt                           # a data-quality report
  profile-parser schema > investor-profile.schema.json

exit codes: 0 all parsed, 1 some pages failed (or hit --fail-on), 2 usage or I/O error
"""
_CONVERT_EPILOG = """\
examples:
  profile-parser convert dump.txt > profiles.jsonl
  profile-parser convert pages/ --glob '*.txt' --format json --split -o json/
  profile-parser convert scraped.jsonl --text-field body --format csv -o tables/
  cat dump.txt | profile-parser convert - --jobs 2 --errors errors.jsonl -o out.jsonl

csv and parquet write one file per table into the -o directory: profiles, deals,
co_investors, angels, stage_focus, country_focus, industries, facts, diagnostics,
unparsed, each keyed by profile_id. Output files are written under a temporary name
and renamed at the end. Exit codes: 0 all parsed, 1 some pages failed (or hit
--fail-on), 2 usage or I/O error.
"""
_CHECK_EPILOG = """\
examples:
  profile-parser check dump.txt
  profile-parser check pages/ --jobs 2 --format json -o quality.json
"""
_SCHEMA_EPILOG = """\
examples:
  profile-parser schema > investor-profile.schema.json
  profile-parser schema -o investor-profile.schema.json
"""
_PAGE_EPILOG = """\
example:
  profile-parser examples/xiaomi.txt > xiaomi.json

For dumps, directories, JSON Lines, CSV or Parquet see: profile-parser convert --help
"""


def _positive(text: str) -> int:
    """An integer >= 0 for ``--jobs`` (0 means one per CPU)."""
    value = int(text)
    if value < 0:
        raise argparse.ArgumentTypeError("must be >= 0")
    return value


def _add_input_options(parser: argparse.ArgumentParser) -> None:
    """Options ``convert`` and ``check`` share: what to read and how to parse it."""
    parser.add_argument("inputs", nargs="+", metavar="INPUT",
                        help="a page, a dump, a JSON Lines file, a directory, or - (stdin)")
    parser.add_argument("--glob", action="append", metavar="PATTERN",
                        help="file names to take from directories (repeatable; default *.txt)")
    parser.add_argument("--input-format", choices=("auto", "text", "jsonl"), default="auto",
                        help="auto: JSON Lines when the name ends .jsonl/.ndjson or the data "
                             "starts with '{', else text (default auto)")
    parser.add_argument("--text-field", default="text", metavar="NAME",
                        help="JSON Lines field holding the page text (default text)")
    parser.add_argument("--max-page-chars", type=int, default=DEFAULT_MAX_PAGE_CHARS,
                        metavar="N", help="refuse pages longer than N characters")
    parser.add_argument("--jobs", "-j", type=_positive, default=1, metavar="N",
                        help="parse in N processes, output order unchanged (0: one per CPU)")
    parser.add_argument("--strict", action="store_true",
                        help="refuse (fail) any page that raises a warning or an error")
    parser.add_argument("--errors", metavar="FILE",
                        help="also write each failure, with its source, to FILE as JSON Lines")
    parser.add_argument("--quiet", "-q", action="store_true",
                        help="no progress bar, no page errors and no summary on stderr")


def build_parser() -> argparse.ArgumentParser:
    """The ``profile-parser`` argument parser with its subcommands."""
    formatter = argparse.RawDescriptionHelpFormatter
    parser = argparse.ArgumentParser(
        prog=PROG, formatter_class=formatter, epilog=_MAIN_EPILOG,
        description="Turn scraped investor-profile pages into typed records. "
                    f"'{PROG} PAGE' prints one page's JSON.")
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    convert = commands.add_parser(
        "convert", formatter_class=formatter, epilog=_CONVERT_EPILOG,
        help="pages, dumps, directories or JSON Lines to JSON, JSON Lines, CSV or Parquet",
        description="Parse every page of the inputs and write the records.")
    _add_input_options(convert)
    convert.add_argument("--format", "-f", choices=("jsonl", "json", "csv", "parquet"),
                         default="jsonl", help="output format (default jsonl)")
    convert.add_argument("--output", "-o", metavar="FILE|DIR",
                         help="output file (json, jsonl; default stdout) or directory "
                              "(csv, parquet, json --split)")
    convert.add_argument("--split", action="store_true",
                         help="json: one <profile_id>.json file per page in the -o directory")
    convert.add_argument("--fail-on", choices=("never", "error", "warning"), default="error",
                         help="exit 1 when a page failed or a record carries a diagnostic of "
                              "this severity or worse; never: exit 0 (default error)")
    convert.set_defaults(run=_convert)

    check = commands.add_parser(
        "check", formatter_class=formatter, epilog=_CHECK_EPILOG,
        help="a data-quality report of a corpus",
        description="Parse a corpus and report pages, diagnostics by code, fields most "
                    "often missing and unparsed lines by section.")
    _add_input_options(check)
    check.add_argument("--format", "-f", choices=("text", "json"), default="text",
                       help="text for people, json for dashboards (default text)")
    check.add_argument("--output", "-o", metavar="FILE", help="report file (default stdout)")
    check.add_argument("--fail-on", choices=("never", "error", "warning"), default="never",
                       help="exit 1 when a page failed or a record carries a diagnostic of "
                            "this severity or worse (default never)")
    check.set_defaults(run=_check)

    schema = commands.add_parser(
        "schema", formatter_class=formatter, epilog=_SCHEMA_EPILOG,
        help="print the JSON Schema of InvestorProfile",
        description="Print the JSON Schema of the records (InvestorProfile).")
    schema.add_argument("--output", "-o", metavar="FILE", help="schema file (default stdout)")
    schema.set_defaults(run=_schema)
    return parser


def _page_parser() -> argparse.ArgumentParser:
    return argparse.ArgumentParser(
        prog=PROG, epilog=_PAGE_EPILOG, formatter_class=argparse.RawDescriptionHelpFormatter,
        description="Print the JSON of a page (an array for a file holding several pages).")


class _Console:
    """Messages on stderr, through the progress bar when one is shown."""

    def __init__(self, *, quiet: bool) -> None:
        self.quiet = quiet
        self.bar: Any = None
        if not quiet and sys.stderr.isatty():
            try:
                tqdm = importlib.import_module("tqdm").tqdm
            except ImportError:  # the 'progress' extra is optional
                pass
            else:
                self.bar = tqdm(unit=" pages", file=sys.stderr, dynamic_ncols=True, leave=False)

    def say(self, message: str, *, always: bool = False) -> None:
        if self.quiet and not always:
            return
        if self.bar is not None:
            self.bar.write(message, file=sys.stderr)
        else:
            sys.stderr.write(message + "\n")

    def advance(self, pages: int) -> None:
        if self.bar is not None:
            self.bar.update(pages)

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


def _tasks(args: argparse.Namespace, tally: Tally, failures: _Failures) -> Iterator[PageTask]:
    """Every page of every input, in order; an input that cannot be read is
    reported and skipped."""
    for path in expand_inputs(args.inputs, args.glob or ["*.txt"]):
        try:
            with open_binary(path) as stream:
                yield from read_tasks(stream, path, input_format=args.input_format,
                                      text_field=args.text_field, max_chars=args.max_page_chars)
        except (InputError, OSError) as error:  # OSError: a read failed midway
            tally.input_errors += 1
            failures.input(path, _reason(error))


_SEVERITIES = {"never": (), "error": ("error",), "warning": ("error", "warning")}


def _results(args: argparse.Namespace, encoding: Encoding, tally: Tally,
             failures: _Failures, console: _Console) -> Iterator[Result]:
    """The parsed pages in input order; failures reported, the tally kept."""
    options = Options(encoding, strict=args.strict)
    jobs = args.jobs or os.cpu_count() or 1
    work = functools.partial(process_chunk, options=options)
    refused = _SEVERITIES[args.fail_on]
    for chunk in ordered_map(work, chunked(_tasks(args, tally, failures), CHUNK), jobs):
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
    console = _Console(quiet=args.quiet)
    failures: _Failures | None = None
    started = time.perf_counter()
    try:
        failures = _Failures(console, args.errors)
        for result in _results(args, encoding, tally, failures, console):
            consume(result)
            if writer is not None:
                writer.add(result.key, result.payload)
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
    console.say(f"{PROG}: {tally.summary(time.perf_counter() - started)}"
                + (f"; {tally.flagged:,} record(s) at --fail-on {args.fail_on}"
                   if tally.flagged else ""))
    return _exit_code(tally, args.fail_on)


def _usage(message: str) -> int:
    sys.stderr.write(f"{PROG}: error: {message}\n")
    return EXIT_USAGE


def _make_writer(args: argparse.Namespace) -> Writer:
    if args.format in ("csv", "parquet") or args.split:
        if args.format == "parquet":
            importlib.import_module("pyarrow")  # an ImportError early: the extra is optional
            return ParquetWriter(args.output)
        return CsvWriter(args.output) if args.format == "csv" else SplitJsonWriter(args.output)
    if args.format == "json":
        return JsonArrayWriter(args.output, unwrap_single=getattr(args, "unwrap_single", False))
    return JsonLinesWriter(args.output)


def _convert(args: argparse.Namespace) -> int:
    if args.split and args.format != "json":
        return _usage("--split goes with --format json")
    if (args.format in ("csv", "parquet") or args.split) and args.output in (None, "-"):
        return _usage(f"--format {args.format}{' --split' if args.split else ''} "
                      "writes a directory: give it with -o DIR")
    if args.format in ("json", "jsonl") and not args.split and args.output \
            and os.path.isdir(args.output):
        return _usage(f"{args.output} is a directory: --format {args.format} writes a file")
    try:
        writer = _make_writer(args)
    except ImportError:
        return _usage("--format parquet needs pyarrow: pip install 'profile-parser[parquet]'")
    except OSError as error:
        return _usage(f"cannot write {args.output}: {error.strerror or error}")
    encoding: Encoding = "tables" if args.format in ("csv", "parquet") else args.format
    return _run(args, encoding, writer, lambda result: None, Tally())


def _check(args: argparse.Namespace) -> int:
    quality = Quality()
    code = _run(args, "check", None, lambda result: quality.add(result.payload), quality.tally)
    return _write_text(args.output, quality.render(args.format)) or code


def _schema(args: argparse.Namespace) -> int:
    schema = InvestorProfile.model_json_schema()
    return _write_text(args.output, json.dumps(schema, indent=2, ensure_ascii=False) + "\n")


def _write_text(path: str | None, text: str) -> int:
    """Write a whole text to a file (atomically) or stdout; 2 on an I/O error."""
    try:
        target = open_target(path)
        try:
            target.stream.write(text)
            target.commit()
        except BaseException:
            target.discard()
            raise
    except OSError as error:
        return _usage(f"cannot write {path}: {error.strerror or error}")
    return EXIT_OK


def _page(argv: list[str]) -> int:
    """``profile-parser PAGE``: the page's JSON object, or an array for a dump."""
    parser = _page_parser()
    parser.add_argument("page", help="a page (or a dump of pages) as a text file")
    page = parser.parse_args(argv).page
    args = build_parser().parse_args(["convert", page, "--format", "json", "--quiet"])
    args.unwrap_single = True
    return int(args.run(args))


class _Signals:
    """SIGTERM and SIGINT raise (SystemExit, KeyboardInterrupt) so the outputs are
    discarded on the way out, and are remembered: an exception raised inside
    library code may come out wrapped (pydantic wraps errors of serializers)."""

    def __init__(self) -> None:
        self.received: int | None = None
        self.previous: dict[int, Any] = {}

    def _handle(self, signum: int, frame: object) -> None:
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


def main(argv: list[str] | None = None) -> int:
    """Run the command line; returns the exit code."""
    argv = sys.argv[1:] if argv is None else list(argv)
    signals = _Signals()
    signals.install()
    try:
        if argv and argv[0] not in COMMANDS and (argv[0] == "-" or not argv[0].startswith("-")):
            return _page(argv)
        args = build_parser().parse_args(argv)
        if args.command is None:
            build_parser().print_help(sys.stderr)
            return EXIT_USAGE
        return int(args.run(args))
    except BrokenPipeError:
        sys.stderr.write(f"{PROG}: output closed early\n")
        return EXIT_USAGE
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
