"""Atomic output: a run killed mid-way leaves no file under the final name."""

from __future__ import annotations

import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from cli_support import cli_env


def _start(tmp_path: Path, page: str, *args: str) -> subprocess.Popen[bytes]:
    # ~2,000 pages: several seconds of work, so the kill lands mid-run
    (tmp_path / "big.txt").write_text("\n".join([page] * 2000), encoding="utf-8")
    return subprocess.Popen([sys.executable, "-m", "profile_parser", "convert", "big.txt", *args],
                            cwd=tmp_path, env=cli_env(), stdout=subprocess.DEVNULL,
                            stderr=subprocess.PIPE)


def _wait_for_part(folder: Path, process: subprocess.Popen[bytes]) -> list[Path]:
    """The temporary files, once the run has written some output into them."""
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and process.poll() is None:
        parts = [p for p in folder.glob(".*.part") if p.stat().st_size > 0]
        if parts:
            return parts
        time.sleep(0.05)
    pytest.fail("the run ended (or stalled) before writing any output")


@pytest.mark.parametrize("how", [signal.SIGKILL, signal.SIGTERM])
def test_killed_run_leaves_no_final_file(tmp_path: Path, page: str, how: signal.Signals) -> None:
    process = _start(tmp_path, page, "-o", "out.jsonl", "--errors", "errors.jsonl")
    parts = _wait_for_part(tmp_path, process)
    assert [p.name for p in parts] == [f".out.jsonl.{process.pid}.part"]
    process.send_signal(how)
    process.wait(timeout=60)
    assert not (tmp_path / "out.jsonl").exists()
    assert not (tmp_path / "errors.jsonl").exists()
    leftovers = sorted(p.name for p in tmp_path.glob(".*.part"))
    if how == signal.SIGTERM:  # a terminated run cleans up after itself
        assert process.returncode == 128 + signal.SIGTERM, process.stderr.read() if process.stderr else ""
        assert leftovers == []
    else:  # a killed one cannot: its hidden .part files are plainly unfinished
        assert f".out.jsonl.{process.pid}.part" in leftovers


def test_killed_csv_run_leaves_no_table(tmp_path: Path, page: str) -> None:
    process = _start(tmp_path, page, "--format", "csv", "-o", "tables")
    (tmp_path / "tables").mkdir(exist_ok=True)
    _wait_for_part(tmp_path / "tables", process)
    process.kill()
    process.wait(timeout=60)
    assert not list((tmp_path / "tables").glob("*.csv"))
