"""Atomic output: a run stopped mid-way leaves no file or folder under its final name.

Real signals to a real child process, with ``--jobs 1`` and ``--jobs 2``.
"""

from __future__ import annotations

import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from cli_support import cli_env, numbered


def _start(tmp_path: Path, page: str, *args: str) -> subprocess.Popen[bytes]:
    # ~2,000 distinct pages: several seconds of work, so the signal lands mid-run
    big = tmp_path / "big.txt"
    if not big.exists():
        big.write_text("\n".join(numbered(page, 2000)), encoding="utf-8")
    return subprocess.Popen([sys.executable, "-m", "profile_parser", "convert", "big.txt", *args],
                            cwd=tmp_path, env=cli_env(), stdout=subprocess.DEVNULL,
                            stderr=subprocess.PIPE)


def _wait_for(process: subprocess.Popen[bytes], ready: object) -> None:
    """Wait until ``ready()`` (the run has written some output), or fail."""
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and process.poll() is None:
        if ready():  # type: ignore[operator]
            return
        time.sleep(0.05)
    pytest.fail("the run ended (or stalled) before writing any output")


def _parts(folder: Path) -> list[Path]:
    return [p for p in folder.glob(".*.part") if p.is_file() and p.stat().st_size > 0]


@pytest.mark.parametrize("how", [signal.SIGKILL, signal.SIGTERM])
def test_killed_run_leaves_no_final_file(tmp_path: Path, page: str, how: signal.Signals) -> None:
    process = _start(tmp_path, page, "-o", "out.jsonl", "--errors", "errors.jsonl")
    _wait_for(process, lambda: _parts(tmp_path))
    assert [p.name for p in _parts(tmp_path)] == [f".out.jsonl.{process.pid}.part"]
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


def _split_files(tmp_path: Path, pid: int) -> list[Path]:
    folder = tmp_path / f".json.{pid}.part"
    return list(folder.glob("*.json")) if folder.is_dir() else []


@pytest.mark.parametrize("jobs", ["1", "2"])
@pytest.mark.parametrize("how", [signal.SIGINT, signal.SIGTERM])
def test_stopped_split_run_leaves_nothing_that_looks_complete(
        tmp_path: Path, page: str, how: signal.Signals, jobs: str) -> None:
    # issue 14: 884 finished-looking <profile_id>.json files after 2 s, 672 with -j 2
    process = _start(tmp_path, page, "--format", "json", "--split", "-o", "json", "--jobs", jobs)
    _wait_for(process, lambda: len(_split_files(tmp_path, process.pid)) >= 20)
    process.send_signal(how)
    process.wait(timeout=60)
    assert process.returncode == 128 + how
    assert not (tmp_path / "json").exists()  # no folder under the final name
    assert sorted(p.name for p in tmp_path.iterdir()) == ["big.txt"]  # and the temporary one removed


def test_killed_split_run_leaves_only_a_hidden_part_folder(tmp_path: Path, page: str) -> None:
    process = _start(tmp_path, page, "--format", "json", "--split", "-o", "json")
    _wait_for(process, lambda: len(_split_files(tmp_path, process.pid)) >= 20)
    process.kill()
    process.wait(timeout=60)
    assert sorted(p.name for p in tmp_path.iterdir()) == [f".json.{process.pid}.part", "big.txt"]


def test_complete_split_run_has_every_page(tmp_path: Path, page: str) -> None:
    (tmp_path / "big.txt").write_text("\n".join(numbered(page, 40)), encoding="utf-8")
    process = _start(tmp_path, page, "--format", "json", "--split", "-o", "json", "--jobs", "2")
    assert process.wait(timeout=120) == 0
    assert len(list((tmp_path / "json").glob("*.json"))) == 40
    assert sorted(p.name for p in tmp_path.iterdir()) == ["big.txt", "json"]


def test_killed_csv_run_leaves_no_table(tmp_path: Path, page: str) -> None:
    process = _start(tmp_path, page, "--format", "csv", "-o", "tables")
    _wait_for(process, lambda: _parts(tmp_path / f".tables.{process.pid}.part"))
    process.kill()
    process.wait(timeout=60)
    assert not (tmp_path / "tables").exists()
