"""``--jobs 2`` joins every process it started before it exits: on success, on error
and on a signal (issue 14: a process of its group outlived it, a zombie under PID 1).

The run gets a process group of its own; once it has exited, no process of that
group may be left, running or zombie.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from cli_support import cli_env, numbered


def _group(pgid: int) -> list[str]:
    """The processes of a process group (zombies too), from /proc."""
    found = []
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            stat = Path(f"/proc/{entry}/stat").read_text()
        except OSError:
            continue
        state, _ppid, group = stat.rsplit(")", 1)[1].split()[:3]
        if int(group) == pgid:
            found.append(f"{entry} {state} {stat.split(' (', 1)[1].rsplit(')', 1)[0]}")
    return found


def _writing(process: subprocess.Popen[bytes], folder: Path) -> Path:
    """The run's temporary output file, once the run has written to it (within a minute)."""
    part = folder / f".out.jsonl.{process.pid}.part"
    deadline = time.monotonic() + 60
    while not (part.exists() and part.stat().st_size > 0):
        assert time.monotonic() < deadline and process.poll() is None, "no output"
        time.sleep(0.05)
    return part


def _ended(process: subprocess.Popen[bytes]) -> tuple[int, str]:
    """The run's exit code and stderr once it ends; the test fails (and the run is
    killed) when it does not end within a minute."""
    try:
        code = process.wait(timeout=60)
    except subprocess.TimeoutExpired:
        left = _group(process.pid)
        process.kill()
        pytest.fail(f"the run did not end; its group: {left}")
    return code, process.stderr.read().decode() if process.stderr else ""


def _start(tmp_path: Path, page: str, pages: int, *args: str) -> subprocess.Popen[bytes]:
    (tmp_path / "dump.txt").write_text("\n".join(numbered(page, pages)), encoding="utf-8")
    return subprocess.Popen(
        [sys.executable, "-m", "profile_parser", "convert", "dump.txt", "--jobs", "2", "-o", "out.jsonl", *args],
        cwd=tmp_path, env=cli_env(), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
        start_new_session=True)


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads /proc")
@pytest.mark.parametrize(("outcome", "args", "code"), [
    ("success", (), 0),
    ("failed pages", ("--strict",), 1),  # every page refused: an exit through the error path
])
def test_no_process_outlives_a_finished_run(tmp_path: Path, page: str, outcome: str,
                                            args: tuple[str, ...], code: int) -> None:
    process = _start(tmp_path, page, 40, *args)
    assert process.wait(timeout=120) == code, process.stderr.read() if process.stderr else ""
    assert _group(process.pid) == []


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads /proc")
@pytest.mark.parametrize(("how", "to_group"), [
    (signal.SIGTERM, False),  # `kill PID`
    (signal.SIGINT, True),    # Ctrl-C: the terminal signals the whole group
    (signal.SIGTERM, True),   # `kill -TERM -PGID`, a service manager stopping the group
])
def test_no_process_outlives_a_stopped_run(tmp_path: Path, page: str, how: signal.Signals,
                                           to_group: bool) -> None:
    process = _start(tmp_path, page, 2000)
    part = _writing(process, tmp_path)
    workers = [p for p in _group(process.pid) if not p.startswith(f"{process.pid} ")]
    assert len(workers) >= 2  # the pool is up
    if to_group:
        os.killpg(process.pid, how)
    else:
        process.send_signal(how)
    code, stderr = _ended(process)
    assert code == 128 + how, stderr
    assert _group(process.pid) == [], stderr
    assert not part.exists() and not (tmp_path / "out.jsonl").exists()


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads /proc")
@pytest.mark.parametrize("how", [signal.SIGTERM, signal.SIGINT])
def test_no_process_outlives_a_run_stopped_while_its_workers_start(tmp_path: Path, page: str,
                                                                   how: signal.Signals) -> None:
    # the whole group is signalled as soon as the workers exist, before they are ready
    process = _start(tmp_path, page, 200)
    deadline = time.monotonic() + 60
    while len(_group(process.pid)) < 3:  # the run, and at least two of its helpers
        assert time.monotonic() < deadline and process.poll() is None, "the workers never started"
        time.sleep(0.01)
    os.killpg(process.pid, how)
    assert process.wait(timeout=60) == 128 + how
    assert _group(process.pid) == []
    assert sorted(p.name for p in tmp_path.iterdir()) == ["dump.txt"]


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads /proc")
def test_a_worker_killed_from_outside_ends_the_run_cleanly(tmp_path: Path, page: str) -> None:
    # out of memory, or `kill -9` of one worker: an error, no traceback, no process left
    process = _start(tmp_path, page, 2000)
    _writing(process, tmp_path)
    (worker, *_) = [p for p in _group(process.pid) if "spawn_main" in _cmdline(p.split()[0])]
    os.kill(int(worker.split()[0]), signal.SIGKILL)
    code, stderr = _ended(process)
    assert code == 2, stderr
    assert "a --jobs worker process died" in stderr and "Traceback" not in stderr
    assert _group(process.pid) == []
    assert sorted(p.name for p in tmp_path.iterdir()) == ["dump.txt"]


def _cmdline(pid: str) -> str:
    try:
        return Path(f"/proc/{pid}/cmdline").read_bytes().decode(errors="replace")
    except OSError:
        return ""
