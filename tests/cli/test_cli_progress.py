"""The progress bar: on a terminal only; bytes read of the total with an ETA when the
inputs' size is known, pages and pages/s always; a terminal of 0 columns still gets one.

The in-process tests fake a terminal (``isatty``); the pty tests give a real child
process a real pseudo-terminal as its stderr.
"""

from __future__ import annotations

import fcntl
import os
import pty
import struct
import subprocess
import sys
import termios
from pathlib import Path

import pytest
from cli_support import cli_env, numbered

from profile_parser.cli import main


def _convert(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch,
             dump: Path, *args: str, tty: bool) -> str:
    monkeypatch.chdir(dump.parent)
    monkeypatch.setattr(sys.stderr, "isatty", lambda: tty)
    assert main(["convert", *args, "-o", "out.jsonl"]) == 0
    assert len((dump.parent / "out.jsonl").read_text(encoding="utf-8").splitlines()) == 3
    return capsys.readouterr().err


def test_bar_counts_bytes_of_the_known_total(capsys: pytest.CaptureFixture[str],
                                             monkeypatch: pytest.MonkeyPatch, dump: Path) -> None:
    err = _convert(capsys, monkeypatch, dump, "dump.txt", tty=True)
    size_k = dump.stat().st_size / 1024
    assert f"0.00/{size_k:.1f}k [00:00<?, ?B/s]" in err  # bytes of the total, with an ETA slot
    assert "3 pages, 3 records" in err  # and the summary


def test_bar_counts_pages_when_the_size_is_unknown(capsys: pytest.CaptureFixture[str],
                                                   monkeypatch: pytest.MonkeyPatch, dump: Path) -> None:
    read, write = os.pipe()  # stdin is a pipe: no size to show a total of
    os.write(write, dump.read_bytes())
    os.close(write)
    monkeypatch.setattr(sys, "stdin", os.fdopen(read, "rb"))
    saved = os.dup(0)
    os.dup2(read, 0)
    try:
        err = _convert(capsys, monkeypatch, dump, "-", tty=True)
    finally:
        os.dup2(saved, 0)
        os.close(saved)
    assert "\r0 pages [" in err and "pages/s]" in err


def test_no_bar_without_a_terminal_or_with_quiet(capsys: pytest.CaptureFixture[str],
                                                 monkeypatch: pytest.MonkeyPatch, dump: Path) -> None:
    assert _convert(capsys, monkeypatch, dump, "dump.txt", tty=False).startswith("profile-parser: 3 pages")
    assert _convert(capsys, monkeypatch, dump, "dump.txt", "--quiet", tty=True) == ""


def _on_a_pty(tmp_path: Path, columns: int, *args: str) -> tuple[int, str]:
    """Run the CLI with a pseudo-terminal of ``columns`` columns as stderr; (exit code, what it drew)."""
    master, slave = pty.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 24, columns, 0, 0))
    process = subprocess.Popen([sys.executable, "-m", "profile_parser", *args], cwd=tmp_path,
                               env=cli_env(), stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                               stderr=slave)
    os.close(slave)
    chunks = []
    while True:
        try:
            chunk = os.read(master, 65536)
        except OSError:  # EIO: the child closed the terminal
            break
        if not chunk:
            break
        chunks.append(chunk)
    os.close(master)
    return process.wait(timeout=120), b"".join(chunks).decode("utf-8", "replace")


@pytest.mark.parametrize("columns", [100, 0])
def test_bar_on_a_real_terminal_even_of_zero_columns(tmp_path: Path, page: str, columns: int) -> None:
    # enough pages (a few seconds) for the bar to redraw with its rates
    (tmp_path / "big.txt").write_text("\n".join(numbered(page, 300)), encoding="utf-8")
    code, drawn = _on_a_pty(tmp_path, columns, "convert", "big.txt", "-o", "out.jsonl")
    assert code == 0, drawn
    assert "Traceback" not in drawn
    total = f"/{(tmp_path / 'big.txt').stat().st_size / 1024 ** 2:.2f}M"
    assert total in drawn  # bytes of the total
    assert "B/s" in drawn and " pages, " in drawn and " pages/s" in drawn
    assert "300 pages, 300 records" in drawn  # the summary
    widths = {len(line) for line in drawn.replace("\r\n", "\n").split("\r") if "B/s" in line}
    assert max(widths) <= (columns or 80)
