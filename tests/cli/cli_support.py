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


def pid(text: str) -> str:
    """The profile id as docs/cli.md defines it, computed here independently of the
    code: SHA-256 of the prefix and the text with CRLF / CR as LF, the line breaks
    and BOM at both ends dropped, first 16 hex digits."""
    body = text.replace("\r\n", "\n").replace("\r", "\n").strip("\n\ufeff")
    return hashlib.sha256(b"profile-parser profile_id v1\x00" + body.encode("utf-8")).hexdigest()[:16]


def numbered(page: str, count: int) -> list[str]:
    """``count`` distinct copies of a page (the investor's name numbered)."""
    return [page.replace("Xiaomi", f"Xiaomi{k:04d}") for k in range(count)]
