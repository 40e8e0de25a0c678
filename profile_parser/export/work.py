"""Parsing pages, in this process or in a pool, results in input order.

Workers get pages in chunks and send back small picklable results: the
record already encoded for the output (a JSON string, table rows, or a
quality summary), never model objects, so the parent does little work.

>>> [r.ok for r in process_chunk([PageTask("A logo\\nA\\nDescription\\nx", "p", 0, 1),
...                               PageTask("nothing", "p", 1, 5)], Options("jsonl"))]
[True, False]
"""

from __future__ import annotations

import json
import multiprocessing
import signal
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from typing import Any, Literal, NamedTuple, TypeVar

from ..api import parse_page
from ..errors import ProfileParseError
from ..pages import RawPage
from .inputs import PageTask
from .quality import page_quality
from .tables import profile_id, record_rows

Encoding = Literal["json", "jsonl", "tables", "check"]
T = TypeVar("T")
R = TypeVar("R")


class Options(NamedTuple):
    """What the workers make of each page."""

    encoding: Encoding
    strict: bool = False


class Result(NamedTuple):
    """One page's outcome: its key and source, the encoded record (``ok``) or
    the error, and the (code, severity) of every diagnostic, for the summary."""

    key: str
    source: dict[str, Any]
    ok: bool
    payload: Any
    codes: tuple[tuple[str, str], ...]
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


def _line_key(item: dict[str, Any]) -> tuple[bool, int]:
    return item["line"] is None, item["line"] or 0


def _record(task: PageTask, strict: bool) -> dict[str, Any]:
    """The task's record as JSON data, with its source fields and notes added."""
    page = RawPage(task.text, task.index, task.first_line, task.path)
    record = parse_page(page, strict=strict).model_dump(mode="json")
    record["source"] = task_source(task)
    if task.notes:
        notes = [{"code": c, "severity": s, "message": m, "line": n} for c, s, m, n in task.notes]
        record["diagnostics"] = sorted(record["diagnostics"] + notes, key=_line_key)
    return record


def _encode(record: dict[str, Any], key: str, options: Options, task: PageTask) -> Any:
    if options.encoding == "jsonl":
        return json.dumps(record, ensure_ascii=False)
    if options.encoding == "json":
        return json.dumps(record, ensure_ascii=False, indent=2)
    if options.encoding == "tables":
        return record_rows(record, key)
    return page_quality(record, task.text or "")


def process(task: PageTask, options: Options) -> Result:
    """Parse one page; a page that cannot be parsed gives a failed result, never an exception."""
    key = profile_id(task.path, task.index)
    source = task_source(task)
    if task.error is not None:
        return Result(key, source, False, None, (), task.error)
    try:
        record = _record(task, options.strict)
    except ProfileParseError as error:
        diagnostics = tuple(d.model_dump(mode="json") for d in error.diagnostics)
        return Result(key, source, False, None, (), str(error), error.line, diagnostics)
    codes = tuple((d["code"], d["severity"]) for d in record["diagnostics"])
    return Result(key, source, True, _encode(record, key, options, task), codes)


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


def _ignore_interrupt() -> None:
    """Workers leave Ctrl-C to the parent, which stops the pool (no traceback per worker)."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def ordered_map(function: Callable[[T], R], items: Iterable[T], jobs: int,
                ahead: int = 4) -> Iterator[R]:
    """``map(function, items)`` in ``jobs`` processes, results in input order,
    at most ``ahead * jobs`` items in flight (``Pool.imap`` would read its
    whole input ahead, which breaks the bounded-memory promise).

    >>> list(ordered_map(abs, [-2, 1, -3], jobs=1))
    [2, 1, 3]
    """
    if jobs <= 1:
        yield from map(function, items)
        return
    # spawn, not fork: no inherited threads or locks, the same on every platform
    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(jobs, mp_context=context, initializer=_ignore_interrupt) as pool:
        pending: deque[Future[R]] = deque()
        try:
            for item in items:
                pending.append(pool.submit(function, item))
                if len(pending) >= ahead * jobs:
                    yield pending.popleft().result()
            while pending:
                yield pending.popleft().result()
        finally:
            for future in pending:
                future.cancel()
