"""Holding SIGINT and SIGTERM while work must not be cut in half.

The command line turns both signals into exceptions (to discard its outputs
on the way out); such an exception must never land inside the bookkeeping of
a process pool (a worker started but not recorded is never joined) or between
the renames that put an output in place. Held signals are delivered as soon as
the block ends. A process started while they are held starts with them held,
so a worker releases them first thing (:func:`release`).

>>> with held():
...     pass
"""

from __future__ import annotations

import contextlib
import signal
from collections.abc import Iterator

SIGNALS = frozenset({signal.SIGINT, signal.SIGTERM})


@contextlib.contextmanager
def held() -> Iterator[None]:
    """SIGINT and SIGTERM wait until the block ends (a no-op where the platform cannot)."""
    mask = getattr(signal, "pthread_sigmask", None)
    if mask is None:  # Windows
        yield
        return
    previous = mask(signal.SIG_BLOCK, SIGNALS)
    try:
        yield
    finally:
        mask(signal.SIG_SETMASK, previous)


def release() -> None:
    """Let SIGINT and SIGTERM through again (in a process started while they were held)."""
    mask = getattr(signal, "pthread_sigmask", None)
    if mask is not None:
        mask(signal.SIG_UNBLOCK, SIGNALS)
