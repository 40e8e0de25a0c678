"""Issue 7's batch guarantee: broken, binary, empty, missing and huge inputs in one run."""

from __future__ import annotations

import json
from pathlib import Path

from cli_support import Run


def test_a_batch_of_bad_inputs_finishes_and_reports_each_failure(run: Run, tmp_path: Path,
                                                                  page: str) -> None:
    (tmp_path / "good.txt").write_text(page, encoding="utf-8")
    (tmp_path / "prose.txt").write_text("Just some prose about startups.\n", encoding="utf-8")
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    (tmp_path / "blob.txt").write_bytes(b"\x00\x01\x02" * 1000)
    (tmp_path / "huge.txt").write_text("Huge logo\nDescription\n" + "x" * 50_000, encoding="utf-8")
    done = run("convert", "good.txt", "prose.txt", "empty.txt", "blob.txt", "missing.txt",
               "huge.txt", "--max-page-chars", "20000", "--errors", "errors.jsonl")
    assert done.returncode == 2  # an I/O error (binary, missing) outranks failed pages
    records = [json.loads(line) for line in done.stdout.splitlines()]
    # huge.txt: its 50,000-character line is cut off as a failure of its own and the
    # (tiny) page before it is kept
    assert [(r["name"], r["source"]["path"]) for r in records] == [
        ("Xiaomi", "good.txt"), ("Huge", "huge.txt")]
    errors = [json.loads(line) for line in (tmp_path / "errors.jsonl").read_text().splitlines()]
    failed = {e["source"]["path"] for e in errors}
    assert failed == {"prose.txt", "blob.txt", "missing.txt", "huge.txt"}
    (long_line,) = [e for e in errors if e["source"]["path"] == "huge.txt"]
    assert long_line["source"]["first_line"] == 3 and "a line of 50,000 characters" in long_line["error"]
    for name in failed:
        assert name in done.stderr
    # an empty file holds no page: nothing to convert, nothing failed
    assert "empty.txt" not in failed
