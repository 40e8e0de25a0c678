"""Parsing pages, in this process or in a pool, results in input order.

Workers get pages in chunks and send back small picklable results: the
record already encoded for the output (a JSON string, table rows, or a
quality summary), never model objects, so the parent does little work.

>>> [r.ok for r in process_chunk([PageTask("A logo\\nA\\nDescription\\nx", "p", 0, 1),
...                               PageTask("nothing", "p", 1, 5)], Options("jsonl"))]
[True, False]
"""

from __future__ import annotations

import contextlib
import json
import logging
import multiprocessing
import signal
import sys
from collections import deque
from collections.abc import Callable, Generator, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures import TimeoutError as FutureTimeout
from concurrent.futures.process import BrokenProcessPool
from typing import Any, Literal, NamedTuple, TypeVar

from ..api import parse_page_read
from ..errors import ProfileParseError
from ..ids import profile_id
from ..pages import RawPage
from . import signals
from .inputs import PageTask
from .quality import page_quality
from .record import with_profile_id
from .tables import record_rows
from .walker import AmountTooLarge

Encoding = Literal["json", "jsonl", "tables", "check"]
T = TypeVar("T")
R = TypeVar("R")
Codes = tuple[tuple[str, str], ...]
logger = logging.getLogger(__name__)


class Options(NamedTuple):
    """What the workers make of each page."""

    encoding: Encoding
    strict: bool = False
    spans: bool = False  # records carry spans (convert --spans)


class Result(NamedTuple):
    """One page's outcome: its ``profile_id`` (None when its text was refused unread)
    and source, the encoded record (``ok``) or the error, and the (code, severity)
    of every diagnostic, for the summary."""

    key: str | None
    source: dict[str, Any]
    ok: bool
    payload: Any
    codes: Codes
    error: str | None = None
    error_line: int | None = None
    error_diagnostics: tuple[dict[str, Any], ...] = ()


def task_source(task: PageTask) -> dict[str, Any]:
    """The ``source`` object of a task's record (``fields`` for JSON Lines inputs).

    >>> task_source(PageTask(None, "a.jsonl", 2, 3, {"url": "u"}))
    {'path': 'a.jsonl', 'index': 2, 'first_line': 3, 'fields': {'url': 'u'}}
    """
    source: dict[str, Any] = {"path": task.path, "index": task.index, "first_line": task.first_line}
    if task.fields is not None:
        source["fields"] = task.fields
    return source


def _record(task: PageTask, options: Options,
            mode: Literal["json", "python"]) -> tuple[dict[str, Any], dict[int, str]]:
    """The task's record as data (JSON, or Python values for the typed tables), with
    its source fields (the reader's notes are added by ``parse_page_read``), and the
    section each unparsed line stood in."""
    page = RawPage(task.text, task.index, task.first_line, task.path, notes=task.notes)
    profile, read = parse_page_read(page, strict=options.strict, spans=options.spans)
    record = profile.model_dump(mode=mode)
    record["source"] = task_source(task)
    return record, read.ledger.sections


def _encode(task: PageTask, key: str, options: Options) -> tuple[Any, Codes]:
    """The record encoded for the output, and the (code, severity) of its diagnostics."""
    mode: Literal["json", "python"] = "python" if options.encoding == "tables" else "json"
    record, sections = _record(task, options, mode)
    codes = tuple((d["code"], d["severity"]) for d in record["diagnostics"])
    if options.encoding == "tables":
        return record_rows(record, key), codes
    if options.encoding == "check":
        return page_quality(record, sections), codes
    indent = 2 if options.encoding == "json" else None
    return json.dumps(with_profile_id(record, key), ensure_ascii=False, indent=indent), codes


def process(task: PageTask, options: Options) -> Result:
    """Parse one page; a page that cannot be parsed gives a failed result, never an exception."""
    key = None if task.text is None else profile_id(task.text)
    source = task_source(task)
    if task.text is None or task.error is not None:
        return Result(key, source, False, None, (), task.error or "page refused unread")
    try:
        payload, codes = _encode(task, key or "", options)
    except ProfileParseError as error:
        diagnostics = tuple(d.model_dump(mode="json") for d in error.diagnostics)
        return Result(key, source, False, None, (), str(error), error.line, diagnostics)
    except AmountTooLarge as error:  # only this: a signal's exception may come wrapped in a ValueError
        return Result(key, source, False, None, (), str(error))
    logger.debug("%s: page %d (line %d): %d diagnostic(s)", task.path, task.index, task.first_line, len(codes))
    return Result(key, source, True, payload, codes)


def process_chunk(tasks: list[PageTask], options: Options) -> list[Result]:
    """:func:`process` over a chunk of pages (the unit shipped to a worker)."""
    return [process(task, options) for task in tasks]


def chunked(items: Iterable[T], size: int) -> Iterator[list[T]]:
    """Items in lists of ``size`` (the last one shorter).

    >>> list(chunked(range(5), 2))
    [[0, 1], [2, 3], [4]]
    """
    chunk: list[T] = []
    for item in items:
        chunk.append(item)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


class _LogFormat(logging.Formatter):
    def __init__(self) -> None:
        super().__init__("profile-parser: %(levelname)s: %(name)s: %(message)s")


def configure_logging(level: str) -> None:
    """The library's log records at ``level`` and above go to stderr (one handler),
    in the command line and in its ``--jobs`` workers (here, so a worker imports no more
    than it needs)."""
    root = logging.getLogger("profile_parser")
    for handler in [h for h in root.handlers if isinstance(h.formatter, _LogFormat)]:
        root.removeHandler(handler)
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(_LogFormat())
    root.addHandler(handler)
    root.setLevel(level.upper())
    root.propagate = False


def _start_worker(setup: Callable[[], None] | None) -> None:
    """Workers ignore SIGINT and SIGTERM, also when sent to the whole process group
    (Ctrl-C, ``kill -TERM -PGID``): the parent alone decides, stops the pool and joins
    every worker. A worker killed by a signal in the middle of sending its results
    would leave the pool waiting forever for the rest of them. They were held while
    the worker started (see :func:`ordered_map`): a pending one is dropped here.
    ``setup`` then runs (the command line's logging)."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_IGN)
    signals.release()
    if setup is not None:
        setup()


def _processes(pool: ProcessPoolExecutor) -> list[Any]:
    """The pool's worker processes (a private attribute of CPython's pool, read defensively)."""
    return list((getattr(pool, "_processes", None) or {}).values())


def _result(future: Future[R], pool: ProcessPoolExecutor) -> R:
    """A future's result; BrokenProcessPool as soon as a worker has died. (A worker
    killed while sending its results leaves the pool's own thread waiting for the
    rest of them forever, the pool never told.)"""
    while True:
        try:
            return future.result(timeout=1.0)
        except FutureTimeout:
            dead = [p.exitcode for p in _processes(pool) if p.exitcode is not None]
            if dead:
                raise BrokenProcessPool(f"a worker process died (exit code {dead[0]})") from None


def _stop(pool: ProcessPoolExecutor, broken: bool) -> None:
    """Stop the pool and join its workers. A broken pool (a worker died: killed from
    outside, out of memory) has its other workers killed first: they ignore the
    SIGTERM the pool would send, and may wait forever on a lock the dead one held.
    Then the pool's own thread, maybe waiting for the rest of a dead worker's
    message, is let go: once the workers are gone, closing this side's write end of
    the results pipe ends that read."""
    if broken or getattr(pool, "_broken", False):
        for process in _processes(pool):
            with contextlib.suppress(Exception):
                process.kill()
                process.join()
        writer = getattr(getattr(pool, "_result_queue", None), "_writer", None)
        with contextlib.suppress(Exception):
            if writer is not None:
                writer.close()
    pool.shutdown(wait=True, cancel_futures=True)  # joins the workers


def _stop_resource_tracker() -> None:
    """Stop (and reap) multiprocessing's resource tracker, the helper process the
    ``spawn`` pool starts; left alone it outlives the command line, orphaned (a
    zombie under a container's PID 1). The next pool starts a new one."""
    from multiprocessing import resource_tracker

    stop = getattr(getattr(resource_tracker, "_resource_tracker", None), "_stop", None)
    if stop is not None:  # CPython >= 3.8
        with contextlib.suppress(Exception):
            stop()


def ordered_map(function: Callable[[T], R], items: Iterable[T], jobs: int,
                ahead: int = 4, setup: Callable[[], None] | None = None) -> Generator[R, None, None]:
    """``map(function, items)`` in ``jobs`` processes, results in input order,
    at most ``ahead * jobs`` items in flight (``Pool.imap`` would read its
    whole input ahead, which breaks the bounded-memory promise). However it
    ends (exhausted, closed early, an exception, a signal), every worker has
    exited and been joined when it returns. ``setup`` (picklable) runs in each
    worker as it starts.

    >>> list(ordered_map(abs, [-2, 1, -3], jobs=1))
    [2, 1, 3]
    """
    if jobs <= 1:
        yield from map(function, items)
        return
    # spawn, not fork: no inherited threads or locks, the same on every platform
    # Signals are held while the pool starts or stops a process (a submit may start a
    # worker): a signal's exception inside that bookkeeping would leave a process unjoined.
    context = multiprocessing.get_context("spawn")
    with signals.held():
        pool = ProcessPoolExecutor(jobs, mp_context=context, initializer=_start_worker, initargs=(setup,))
    pending: deque[Future[R]] = deque()
    broken = False
    try:
        for item in items:
            with signals.held():
                pending.append(pool.submit(function, item))
            if len(pending) >= ahead * jobs:
                yield _result(pending.popleft(), pool)
        while pending:
            yield _result(pending.popleft(), pool)
    except BrokenProcessPool:
        broken = True
        raise
    finally:
        with signals.held():
            _stop(pool, broken)
            _stop_resource_tracker()
