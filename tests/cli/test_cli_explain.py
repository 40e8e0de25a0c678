"""``profile-parser explain`` and ``convert --spans``, run as a user runs them (a subprocess).

Colours are tried on a real pseudo-terminal (``pty``): on by default there, off
in a pipe, off with ``NO_COLOR``. Where a span must point is counted by hand on
the dump written here.
"""

from __future__ import annotations

import bz2
import csv
import gzip
import json
import os
import pty
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from cli_support import ROOT, XIAOMI_LINES, Run, cli_env, numbered
from explain_dom import read_view

from profile_parser import parse

#: two pages with CRLF line breaks; the first has an HTML entity, a bullet and
#: UTF-8 read as cp1252 ("CafÃ©"); the second starts at line 7 of the file
DIRTY_DUMP = (
    "Acme logo\r\n\r\nAcme &amp; Co\r\n\r\nStage Focus\r\n  \u2022 Caf\u00c3\u00a9 Round (100%)\r\n"
    "Bolt logo\r\n\r\nBolt\r\n\r\nStage Focus\r\n\u2022 Seed (100%)\r\n"
)
#: two lines of prose: no profile (before a dump's first logo line, they are a page of their own)
PROSE = "just a line of prose\nand another one\n"
#: (page, pointer) -> (line in the file, start, end, the text there), counted by hand
DIRTY_SPANS = {
    (0, "/name"): (3, 0, 13, "Acme &amp; Co"),
    (0, "/stage_focus/0/label"): (6, 4, 15, "Caf\u00c3\u00a9 Round"),
    (0, "/stage_focus/0/percent"): (6, 17, 20, "100"),
    (1, "/name"): (9, 0, 4, "Bolt"),
    (1, "/stage_focus/0/label"): (12, 2, 6, "Seed"),
    (1, "/stage_focus/0/percent"): (12, 8, 11, "100"),
}


def _terminal(*args: str, env: dict[str, str], cwd: Path) -> tuple[int, str]:
    """The CLI with its stdout on a pseudo-terminal: (exit code, what it printed)."""
    leader, follower = pty.openpty()
    with subprocess.Popen([sys.executable, "-m", "profile_parser", *args], stdout=follower,
                          stderr=subprocess.DEVNULL, env=env, cwd=cwd) as child:
        os.close(follower)  # read while it writes: a full terminal buffer would block it
        chunks = []
        try:
            while chunk := os.read(leader, 65536):
                chunks.append(chunk)
        except OSError:  # the terminal's other end is closed: all is read
            pass
        os.close(leader)
        code = child.wait(timeout=120)
    return code, b"".join(chunks).decode("utf-8").replace("\r\n", "\n")


# --------------------------------------------------------------- text view


def test_the_text_view(run: Run, tmp_path: Path, page: str) -> None:
    (tmp_path / "page.txt").write_text(page, encoding="utf-8")
    done = run("explain", "page.txt")
    assert done.returncode == 0, done.stderr
    rows = done.stdout.splitlines()
    assert rows[0].startswith("Xiaomi (page.txt, page 0, from line 1): 193 lines: ")
    assert rows[1:4] == ["   1 # Xiaomi logo", "   2", "   3   Xiaomi  <- /name"]
    assert "  62 ~ circle-line" in rows and "  69 # Who does Xiaomi frequently co-invest with?" in rows
    assert "\x1b" not in done.stdout  # a pipe: plain text
    assert "\x1b[" in run("explain", "page.txt", "--colour", "always").stdout


def test_colours_on_a_terminal_only(tmp_path: Path, page: str) -> None:
    (tmp_path / "page.txt").write_text(page, encoding="utf-8")
    env = {k: v for k, v in cli_env().items() if k != "NO_COLOR"} | {"TERM": "xterm"}
    code, shown = _terminal("explain", "page.txt", env=env, cwd=tmp_path)
    assert code == 0 and "\x1b[32;4mSeries C\x1b[0m" in shown  # Stage Focus in green, the label underlined
    code, shown = _terminal("explain", "page.txt", env=env | {"NO_COLOR": "1"}, cwd=tmp_path)
    assert code == 0 and "\x1b" not in shown and "Series C (32%)" in shown
    code, shown = _terminal("explain", "page.txt", "--colour", "never", env=env, cwd=tmp_path)
    assert code == 0 and "\x1b" not in shown


def test_a_dump_page_by_page_or_one_page(run: Run, tmp_path: Path, page: str) -> None:
    (tmp_path / "dump.txt").write_text("\n".join(numbered(page, 3)), encoding="utf-8")
    done = run("explain", "dump.txt")
    assert done.returncode == 0, done.stderr
    headers = [row for row in done.stdout.splitlines() if row.startswith("Xiaomi")]
    assert [header.split(":")[0] for header in headers] == [
        f"Xiaomi{k:04d} (dump.txt, page {k}, from line {1 + k * XIAOMI_LINES})" for k in range(3)]
    one = run("explain", "dump.txt", "--page", "1")
    assert one.returncode == 0
    assert one.stdout.startswith(f"Xiaomi0001 (dump.txt, page 1, from line {1 + XIAOMI_LINES}): 193 lines")
    assert one.stdout.count("<- /name") == 1
    beyond = run("explain", "dump.txt", "--page", "3")
    assert beyond.returncode == 2 and beyond.stdout == ""
    assert "no page 3: dump.txt has 3 pages (--page counts from 0)" in beyond.stderr


@pytest.mark.parametrize("kind", ["gz", "bz2"])
def test_a_compressed_page(run: Run, tmp_path: Path, page: str, kind: str) -> None:
    compress = {"gz": gzip.compress, "bz2": bz2.compress}[kind]
    (tmp_path / "page.txt").write_text(page, encoding="utf-8")
    (tmp_path / f"page.txt.{kind}").write_bytes(compress(page.encode("utf-8")))
    plain, packed = run("explain", "page.txt"), run("explain", f"page.txt.{kind}")
    assert packed.returncode == 0, packed.stderr
    assert packed.stdout == plain.stdout.replace("(page.txt,", f"(page.txt.{kind},", 1)


# ------------------------------------------------------------------ errors


def test_exit_codes(run: Run, tmp_path: Path, page: str) -> None:
    (tmp_path / "prose.txt").write_text(PROSE, encoding="utf-8")
    refused = run("explain", "prose.txt")
    assert refused.returncode == 1 and refused.stdout == ""
    assert "prose.txt: page 0 (line 1): no investor profile found" in refused.stderr
    missing = run("explain", "missing.txt")
    assert missing.returncode == 2 and "missing.txt: No such file or directory" in missing.stderr
    (tmp_path / "binary.txt").write_bytes(b"\x00\x01\x02" * 10)
    binary = run("explain", "binary.txt")
    assert binary.returncode == 2 and "binary data" in binary.stderr
    (tmp_path / "page.txt").write_text(page, encoding="utf-8")
    to_stdout = run("explain", "page.txt", "--html", "-")
    assert to_stdout.returncode == 2 and "--html writes a file" in to_stdout.stderr
    # a dump whose first page is no profile (prose before the first logo line): the
    # others are explained, exit 1
    (tmp_path / "mixed.txt").write_text(PROSE + page, encoding="utf-8")
    mixed = run("explain", "mixed.txt")
    assert mixed.returncode == 1 and mixed.stdout.startswith("Xiaomi (mixed.txt, page 1, from line 3)")
    assert "mixed.txt: page 0 (line 1): no investor profile found" in mixed.stderr


# -------------------------------------------------------------------- HTML


def test_the_html_view(run: Run, tmp_path: Path, page: str) -> None:
    (tmp_path / "page.txt.gz").write_bytes(gzip.compress(page.encode("utf-8")))
    done = run("explain", "page.txt.gz", "--html", "views/page.html")
    assert done.returncode == 0, done.stderr
    assert done.stdout == ""
    assert sorted(p.name for p in (tmp_path / "views").iterdir()) == ["page.html"]  # no temporary file left
    view = read_view((tmp_path / "views" / "page.html").read_text(encoding="utf-8"))
    spans = parse(page, spans=True).spans
    assert spans is not None
    assert sorted(title for title, _ in view.marks) == sorted(spans)
    assert [row.text for row in view.rows] == page.split("\n")
    assert view.loads == [] and "script" not in view.tags


def test_the_html_view_of_a_dump_shows_a_failed_page(run: Run, tmp_path: Path, page: str) -> None:
    (tmp_path / "dump.txt").write_text(PROSE + page, encoding="utf-8")
    done = run("explain", "dump.txt", "--html", "dump.html")
    assert done.returncode == 1
    written = (tmp_path / "dump.html").read_text(encoding="utf-8")
    assert {row.page for row in read_view(written).rows} == {1}  # the second section of the view
    assert "dump.txt: page 0 (line 1)" in written and "no investor profile found" in written


# --------------------------------------------------------- convert --spans


def _records(text: str) -> list[dict[str, Any]]:
    return [json.loads(line) for line in text.splitlines()]


def test_convert_spans_point_at_the_text_of_the_input_file(run: Run, tmp_path: Path) -> None:
    (tmp_path / "dump.txt").write_bytes(DIRTY_DUMP.encode("utf-8"))
    file_lines = DIRTY_DUMP.split("\r\n")
    done = run("convert", "dump.txt", "--spans")
    assert done.returncode == 0, done.stderr
    records = _records(done.stdout)
    assert [r["name"] for r in records] == ["Acme & Co", "Bolt"]
    assert [r["source"]["first_line"] for r in records] == [1, 7]
    for (index, pointer), (file_line, start, end, text) in DIRTY_SPANS.items():
        record = records[index]
        span = record["spans"][pointer]
        assert record["source"]["first_line"] + span["line"] - 1 == file_line, pointer
        assert (span["start"], span["end"]) == (start, end), pointer
        assert file_lines[file_line - 1][start:end] == text  # the hand count is right
    plain = _records(run("convert", "dump.txt").stdout)
    assert all("spans" not in record for record in plain)
    assert plain == [{k: v for k, v in r.items() if k != "spans"} for r in records]


def test_convert_spans_in_the_profiles_table_and_the_page_command(run: Run, tmp_path: Path) -> None:
    (tmp_path / "dump.txt").write_bytes(DIRTY_DUMP.encode("utf-8"))
    assert run("convert", "dump.txt", "--spans", "--format", "csv", "-o", "with").returncode == 0
    assert run("convert", "dump.txt", "--format", "csv", "-o", "without").returncode == 0
    with (tmp_path / "with" / "profiles.csv").open(encoding="utf-8", newline="") as stream:
        rows = list(csv.DictReader(stream))
    assert json.loads(rows[1]["spans"])["/name"] == {"line": 3, "start": 0, "end": 4}
    with (tmp_path / "without" / "profiles.csv").open(encoding="utf-8", newline="") as stream:
        assert [row["spans"] for row in csv.DictReader(stream)] == ["", ""]
    (tmp_path / "acme.txt").write_text("Acme logo\n\nAcme\n", encoding="utf-8")
    one = json.loads(run("acme.txt", "--spans").stdout)
    assert one["spans"] == {"/name": {"line": 3, "start": 0, "end": 4}}


def test_the_help_names_every_option() -> None:
    done = subprocess.run([sys.executable, "-m", "profile_parser", "explain", "--help"], capture_output=True,
                          text=True, env=cli_env(), cwd=ROOT, timeout=60, check=False)
    assert done.returncode == 0
    for option in ("--html", "--colour", "--page", "# heading, ~ chrome, ! unparsed"):
        assert option in done.stdout
