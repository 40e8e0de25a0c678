"""Helpers for the command-line tests (tests/cli/conftest.py puts this folder on sys.path)."""

from __future__ import annotations

import hashlib
import os
import subprocess
from collections.abc import Callable
from pathlib import Path

from support import FIXTURES

ROOT = Path(__file__).resolve().parents[2]
XIAOMI = FIXTURES / "xiaomi.txt"
#: lines in xiaomi.txt (the last one has no line break): page k of a dump made by
#: joining copies with "\n" starts at dump line 1 + k * XIAOMI_LINES
XIAOMI_LINES = XIAOMI.read_text(encoding="utf-8").count("\n") + 1

Run = Callable[..., subprocess.CompletedProcess[str]]


def cli_env() -> dict[str, str]:
    """The environment of a CLI run: the working tree importable, output in UTF-8."""
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH")]))
    env["PYTHONIOENCODING"] = "utf-8"
    return env


def pid(path: str, index: int) -> str:
    """The profile id as docs/cli.md defines it, computed independently of the code."""
    return hashlib.sha256(path.encode() + b"\x00" + str(index).encode()).hexdigest()[:16]


