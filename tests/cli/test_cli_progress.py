"""The progress bar: on a terminal only, with tqdm when installed, never required.

Run in-process: a subprocess has no terminal to show a bar on.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from profile_parser.cli import main


def _convert(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch,
             dump: Path, *, tty: bool, extra: tuple[str, ...] = ()) -> str:
    monkeypatch.chdir(dump.parent)
    monkeypatch.setattr(sys.stderr, "isatty", lambda: tty)
    assert main(["convert", "dump.txt", "-o", "out.jsonl", *extra]) == 0
    assert len((dump.parent / "out.jsonl").read_text(encoding="utf-8").splitlines()) == 3
    return capsys.readouterr().err


def test_bar_on_a_terminal(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch,
                           dump: Path) -> None:
    pytest.importorskip("tqdm")
    err = _convert(capsys, monkeypatch, dump, tty=True)
    # the bar, drawn in place and counting pages (tqdm may skip redraws of a fast run)
    assert "\r0 pages [" in err and "pages/s]" in err
    assert "3 pages, 3 records" in err  # and the summary


def test_no_bar_without_tqdm_or_terminal_or_with_quiet(
        capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, dump: Path) -> None:
    monkeypatch.setitem(sys.modules, "tqdm", None)  # as if the extra were not installed
    err = _convert(capsys, monkeypatch, dump, tty=True)
    assert err.startswith("profile-parser: 3 pages, 3 records")  # the summary, nothing else
    monkeypatch.delitem(sys.modules, "tqdm")
    assert _convert(capsys, monkeypatch, dump, tty=False).startswith("profile-parser: 3 pages")
    assert _convert(capsys, monkeypatch, dump, tty=True, extra=("--quiet",)) == ""
