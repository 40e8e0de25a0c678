"""Fixtures for the command-line tests: run the real CLI in a subprocess, build dumps."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))  # for `import cli_support` in the tests

from cli_support import ROOT, XIAOMI, Run, cli_env

__all__ = ["ROOT", "Run"]


@pytest.fixture
def run(tmp_path: Path) -> Run:
    """``run(*args, stdin=None, cwd=tmp_path)``: the CLI as ``python -m profile_parser``."""

    def _run(*args: str, stdin: bytes | None = None,
             cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
        done = subprocess.run(
            [sys.executable, "-m", "profile_parser", *args], input=stdin,
            capture_output=True, cwd=cwd or tmp_path, env=cli_env(), timeout=120, check=False,
        )
        return subprocess.CompletedProcess(done.args, done.returncode,
                                           done.stdout.decode("utf-8"),
                                           done.stderr.decode("utf-8"))

    return _run


@pytest.fixture
def page() -> str:
    return XIAOMI.read_text(encoding="utf-8")


@pytest.fixture
def dump(tmp_path: Path, page: str) -> Path:
    """Three copies of the xiaomi page back to back, as ``dump.txt`` in tmp_path."""
    path = tmp_path / "dump.txt"
    path.write_text("\n".join([page] * 3), encoding="utf-8")
    return path
