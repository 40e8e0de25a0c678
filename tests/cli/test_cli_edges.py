"""Where a pipeline meets the command line: globs and directories that match nothing,
parent folders of -o, a closed pipe, ids that do not depend on how a path is typed."""

from __future__ import annotations

import csv
import json
import os
import stat
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from cli_support import Run, cli_env, numbered, pid


def _records(text: str) -> list[dict[str, Any]]:
    return [json.loads(line) for line in text.splitlines()]


def test_a_directory_with_no_matching_file_is_an_error_naming_the_pattern(
        run: Run, tmp_path: Path, page: str) -> None:
    (tmp_path / "empty").mkdir()
    (tmp_path / "notes").mkdir()
    (tmp_path / "notes" / "a.md").write_text(page, encoding="utf-8")
    (tmp_path / "good.txt").write_text(page, encoding="utf-8")
    done = run("convert", "empty", "notes", "good.txt", "--errors", "errors.jsonl")
    assert done.returncode == 2
    assert len(_records(done.stdout)) == 1  # the other inputs are converted
    assert "empty: a directory with no file matching --glob '*.txt', any case" in done.stderr
    assert "notes: a directory with no file matching --glob '*.txt', any case" in done.stderr
    errors = _records((tmp_path / "errors.jsonl").read_text(encoding="utf-8"))
    assert [(e["stage"], e["source"]["path"]) for e in errors] == [("input", "empty"), ("input", "notes")]
    md = run("convert", "notes", "--glob", "*.md", "--glob", "*.html")
    assert md.returncode == 0 and len(_records(md.stdout)) == 1


def test_globs_ignore_case_unless_told(run: Run, tmp_path: Path, page: str) -> None:
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "A.TXT").write_text(page, encoding="utf-8")
    done = run("convert", "in")
    assert done.returncode == 0 and [r["source"]["path"] for r in _records(done.stdout)] == [
        os.path.join("in", "A.TXT")]
    strict = run("convert", "in", "--glob-case-sensitive")
    assert strict.returncode == 2 and "in: a directory with no file matching --glob '*.txt'\n" in strict.stderr


def test_a_quoted_pattern_is_expanded_by_the_tool(run: Run, tmp_path: Path, page: str) -> None:
    (tmp_path / "pages" / "sub").mkdir(parents=True)
    a, b, c = numbered(page, 3)
    (tmp_path / "pages" / "b.txt").write_text(b, encoding="utf-8")
    (tmp_path / "pages" / "a.TXT").write_text(a, encoding="utf-8")
    (tmp_path / "pages" / "sub" / "c.txt").write_text(c, encoding="utf-8")
    done = run("convert", "pages/*.txt")  # as the shell passes it when quoted: unexpanded
    assert done.returncode == 0, done.stderr
    assert [r["name"] for r in _records(done.stdout)] == ["Xiaomi0000", "Xiaomi0001"]  # sorted, any case
    deep = run("convert", "pages/**/*.txt")
    assert [r["name"] for r in _records(deep.stdout)] == ["Xiaomi0000", "Xiaomi0001", "Xiaomi0002"]
    none = run("convert", "pages/*.html", "pages/b.txt")
    assert none.returncode == 2
    assert "profile-parser: pages/*.html: no file matches this pattern" in none.stderr
    assert [r["name"] for r in _records(none.stdout)] == ["Xiaomi0001"]


@pytest.mark.parametrize("args", [
    ("-o", "a/b/out.jsonl"),
    ("--format", "json", "-o", "a/b/out.json"),
    ("--format", "json", "--split", "-o", "a/b/split"),
    ("--format", "csv", "-o", "a/b/csv"),
    ("--format", "parquet", "-o", "a/b/parquet"),
    ("-o", "out.jsonl", "--errors", "a/b/errors.jsonl"),
])
def test_o_creates_missing_parent_folders_for_every_format(run: Run, dump: Path, tmp_path: Path,
                                                           args: tuple[str, ...]) -> None:
    if "parquet" in args:
        pytest.importorskip("pyarrow")
    done = run("convert", "dump.txt", *args)
    assert done.returncode == 0, done.stderr
    assert (tmp_path / args[-1]).exists()  # the nested output is always the last argument


def test_check_and_schema_o_create_parent_folders(run: Run, dump: Path, tmp_path: Path) -> None:
    assert run("check", "dump.txt", "-o", "a/report.txt").returncode == 0
    assert run("schema", "-o", "b/c/schema.json").returncode == 0
    assert (tmp_path / "a" / "report.txt").exists() and (tmp_path / "b" / "c" / "schema.json").exists()


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_a_closed_pipe_ends_quietly_like_other_tools(tmp_path: Path, page: str, jobs: str) -> None:
    # `profile-parser convert big.txt | head -1`: head reads a line and exits
    (tmp_path / "big.txt").write_text("\n".join(numbered(page, 300)), encoding="utf-8")
    process = subprocess.Popen([sys.executable, "-m", "profile_parser", "convert", "big.txt", "--jobs", jobs],
                               cwd=tmp_path, env=cli_env(), stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert process.stdout is not None and process.stderr is not None
    first = process.stdout.readline()
    process.stdout.close()
    assert json.loads(first)["name"] == "Xiaomi0000"
    assert process.wait(timeout=120) == 141  # as a shell shows a tool ended by SIGPIPE (128 + 13)
    assert process.stderr.read() == b""


def test_two_spellings_of_one_path_give_one_id(run: Run, tmp_path: Path, page: str) -> None:
    (tmp_path / "pages").mkdir()
    (tmp_path / "work").mkdir()
    (tmp_path / "pages" / "a.txt").write_text(page, encoding="utf-8")
    spellings = [("pages/a.txt", tmp_path), ("./pages/../pages/a.txt", tmp_path),
                 (str(tmp_path / "pages" / "a.txt"), tmp_path / "work"), ("../pages/a.txt", tmp_path / "work"),
                 ("pages", tmp_path), ("./pages/", tmp_path)]
    ids = set()
    for path, cwd in spellings:
        done = run("convert", path, cwd=cwd)
        assert done.returncode == 0, done.stderr
        (record,) = _records(done.stdout)
        ids.add(record["profile_id"])
        tables = run("convert", path, "--format", "csv", "-o", str(tmp_path / "csv"), cwd=cwd)
        assert tables.returncode == 0
        with (tmp_path / "csv" / "profiles.csv").open(encoding="utf-8", newline="") as handle:
            ids.update(row["profile_id"] for row in csv.DictReader(handle))
    assert ids == {pid(page)}


def test_the_id_survives_encoding_compression_and_line_breaks(run: Run, tmp_path: Path, page: str) -> None:
    import gzip

    (tmp_path / "lf.txt").write_text(page, encoding="utf-8")
    (tmp_path / "crlf.txt").write_bytes(page.replace("\n", "\r\n").encode())
    (tmp_path / "u16.txt").write_bytes(page.encode("utf-16"))
    (tmp_path / "bom.txt.gz").write_bytes(gzip.compress(b"\xef\xbb\xbf" + page.encode() + b"\n\n"))
    done = run("convert", "lf.txt", "crlf.txt", "u16.txt", "bom.txt.gz")
    assert {r["profile_id"] for r in _records(done.stdout)} == {pid(page)}


def test_o_dev_null_leaves_the_device_a_device(run: Run, dump: Path, tmp_path: Path) -> None:
    null = tmp_path / "null"  # a /dev/null of our own: the real one must not be at stake
    try:
        os.mknod(null, stat.S_IFCHR | 0o666, os.makedev(1, 3))
    except (PermissionError, AttributeError):
        pytest.skip("cannot make a device node here")
    done = run("convert", "dump.txt", "-o", "null", "--errors", "null")
    assert done.returncode == 0, done.stderr
    assert stat.S_ISCHR(os.stat(null).st_mode)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["dump.txt", "null"]
