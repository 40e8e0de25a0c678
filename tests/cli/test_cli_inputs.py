"""Inputs of ``convert``: stdin, JSON Lines, directories, encodings, bad files, broken pages."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest
from cli_support import XIAOMI_LINES, Run, numbered, pid


def _lines(text: str) -> list[dict[str, Any]]:
    return [json.loads(line) for line in text.splitlines()]


def test_stdin_is_a_dump_with_path_dash(run: Run, page: str) -> None:
    done = run("convert", "-", stdin="\n".join([page] * 2).encode())
    assert done.returncode == 0, done.stderr
    records = _lines(done.stdout)
    assert [r["source"] for r in records] == [
        {"path": "-", "index": 0, "first_line": 1},
        {"path": "-", "index": 1, "first_line": 1 + XIAOMI_LINES}]


def test_json_lines_text_field_and_other_fields_kept(run: Run, tmp_path: Path, page: str) -> None:
    rows = [json.dumps({"body": page, "url": "https://a", "n": 1}), "",
            json.dumps({"body": page.replace("Xiaomi", "Mi"), "url": "https://b"}),
            "{not json", json.dumps({"text": "no body field"}), json.dumps([1, 2])]
    (tmp_path / "scraped.jsonl").write_text("\n".join(rows) + "\n", encoding="utf-8")
    done = run("convert", "scraped.jsonl", "--text-field", "body", "--errors", "err.jsonl")
    assert done.returncode == 1  # three lines could not be read
    records = _lines(done.stdout)
    assert [r["name"] for r in records] == ["Xiaomi", "Mi"]
    assert records[0]["source"] == {"path": "scraped.jsonl", "index": 0, "first_line": 1,
                                    "fields": {"url": "https://a", "n": 1}}
    assert records[1]["source"] == {"path": "scraped.jsonl", "index": 1, "first_line": 3,
                                    "fields": {"url": "https://b"}}
    errors = _lines((tmp_path / "err.jsonl").read_text(encoding="utf-8"))
    assert [(e["source"]["index"], e["source"]["first_line"]) for e in errors] == [
        (2, 4), (3, 5), (4, 6)]
    assert "invalid JSON" in errors[0]["error"] and "'body'" in errors[1]["error"]
    assert errors[1]["source"]["fields"] == {"text": "no body field"}
    assert errors[2]["profile_id"] is None  # no text, no id
    assert records[0]["profile_id"] == pid(page)
    assert "scraped.jsonl: page 2 (line 4): invalid JSON" in done.stderr


def test_json_lines_sniffed_from_content(run: Run, page: str) -> None:
    done = run("convert", "-", stdin=(json.dumps({"text": page}) + "\n").encode())
    assert done.returncode == 0
    assert _lines(done.stdout)[0]["source"]["fields"] == {}


def test_directory_recursive_sorted_with_glob(run: Run, tmp_path: Path, page: str) -> None:
    (tmp_path / "in" / "sub").mkdir(parents=True)
    (tmp_path / "in" / "b.txt").write_text(page.replace("Xiaomi", "Bee"), encoding="utf-8")
    (tmp_path / "in" / "sub" / "a.txt").write_text(page.replace("Xiaomi", "Ant"),
                                                   encoding="utf-8")
    (tmp_path / "in" / "c.md").write_text(page.replace("Xiaomi", "Cat"), encoding="utf-8")
    done = run("convert", "in")
    assert done.returncode == 0
    assert [(r["name"], r["source"]["path"]) for r in _lines(done.stdout)] == [
        ("Bee", os.path.join("in", "b.txt")), ("Ant", os.path.join("in", "sub", "a.txt"))]
    only_md = run("convert", "in", "--glob", "*.md")
    assert [r["name"] for r in _lines(only_md.stdout)] == ["Cat"]


def test_encodings_utf16_bom_and_cp1252_fallback(run: Run, tmp_path: Path, page: str) -> None:
    (tmp_path / "u16.txt").write_bytes(page.encode("utf-16"))  # with its BOM
    (tmp_path / "bom.txt").write_bytes(b"\xef\xbb\xbf" + page.encode("utf-8"))
    latin = page.replace('"Mi Ecosystem"', "\u201cMi \u00c9cosyst\u00e8me\u201d")
    (tmp_path / "cp1252.txt").write_bytes(latin.encode("cp1252"))
    done = run("convert", "u16.txt", "bom.txt", "cp1252.txt")
    assert done.returncode == 0, done.stderr
    u16, bom, cp = _lines(done.stdout)
    assert u16["name"] == bom["name"] == cp["name"] == "Xiaomi"
    assert u16["description"] == bom["description"]
    assert "\u201cMi \u00c9cosyst\u00e8me\u201d" in cp["description"]
    fallback = [d for d in cp["diagnostics"] if d["code"] == "encoding.cp1252"]
    # the description's first paragraph is line 9 of the page
    assert [(d["severity"], d["line"]) for d in fallback] == [("info", 9)]
    assert not any(d["code"] == "encoding.cp1252" for d in u16["diagnostics"] + bom["diagnostics"])


def test_binary_and_missing_inputs_are_io_errors_the_rest_is_converted(
        run: Run, tmp_path: Path, dump: Path) -> None:
    (tmp_path / "image.png").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(200))
    done = run("convert", "image.png", "missing.txt", "dump.txt", "--errors", "err.jsonl")
    assert done.returncode == 2
    assert len(_lines(done.stdout)) == 3  # the good input is still converted
    assert "image.png: binary data" in done.stderr
    assert "missing.txt: No such file or directory" in done.stderr
    errors = _lines((tmp_path / "err.jsonl").read_text(encoding="utf-8"))
    assert [(e["stage"], e["source"]["path"]) for e in errors] == [
        ("input", "image.png"), ("input", "missing.txt")]


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() == 0,
                    reason="root reads a chmod 000 file anyway")
def test_unreadable_file_is_an_io_error(run: Run, tmp_path: Path, page: str) -> None:
    locked = tmp_path / "locked.txt"
    locked.write_text(page, encoding="utf-8")
    locked.chmod(0)
    try:
        done = run("convert", "locked.txt")
    finally:
        locked.chmod(0o600)
    assert done.returncode == 2 and "Permission denied" in done.stderr


def test_a_broken_page_never_stops_the_batch(run: Run, tmp_path: Path, page: str) -> None:
    # page 0: text before the first logo line, no profile at all; page 2: over the
    # size limit given below (many lines, none too long alone); pages 1 and 3 are fine
    huge = page.replace("Xiaomi logo", "Huge logo", 1) + "\n" + ("x" * 100 + "\n") * 300
    text = "\n".join(["Investor Profile", "", "nothing here", page, huge, page])
    (tmp_path / "broken.txt").write_text(text, encoding="utf-8")
    done = run("convert", "broken.txt", "--max-page-chars", "20000", "--errors", "err.jsonl")
    assert done.returncode == 1
    records = _lines(done.stdout)
    assert [r["source"]["index"] for r in records] == [1, 3]
    assert [r["source"]["first_line"] for r in records] == [4, 4 + 2 * XIAOMI_LINES + 301]
    errors = _lines((tmp_path / "err.jsonl").read_text(encoding="utf-8"))
    assert [e["source"]["index"] for e in errors] == [0, 2]
    assert "no investor profile" in errors[0]["error"]
    assert errors[0]["profile_id"] == pid("Investor Profile\n\nnothing here\n")  # its text was read
    # the size, the limit and the option that raises it, said once
    huge_size = len(huge) + 1  # and its line break
    assert errors[1]["error"] == (f"page of {huge_size:,} characters is over the limit of 20,000 "
                                  "(raise it with --max-page-chars, or max_chars= in Python)")
    assert errors[1]["profile_id"] is None  # refused unread: no text, no id
    assert f"broken.txt: page 2 (line {4 + XIAOMI_LINES}): page of {huge_size:,} characters" in done.stderr
    assert "4 pages, 2 records, 2 failed" in done.stderr


def test_one_oversized_line_is_cut_off_and_the_pages_around_it_kept(
        run: Run, tmp_path: Path, page: str) -> None:
    # issue 14: [page, one 20 MB line, page] at the default limit (5,000,000 characters)
    junk = b"j" * (20 << 20)
    first, second = numbered(page, 2)
    with (tmp_path / "junk.txt").open("wb") as out:
        out.write(first.encode() + b"\n" + junk + b"\n" + second.encode())
    done = run("convert", "junk.txt", "--errors", "err.jsonl")
    assert done.returncode == 1, done.stderr
    records = _lines(done.stdout)
    assert [(r["name"], r["source"]["index"], r["source"]["first_line"]) for r in records] == [
        ("Xiaomi0000", 0, 1), ("Xiaomi0001", 2, XIAOMI_LINES + 2)]
    assert records[0]["profile_id"] == pid(first)  # the page before the junk is whole
    (error,) = _lines((tmp_path / "err.jsonl").read_text(encoding="utf-8"))
    assert error["source"] == {"path": "junk.txt", "index": 1, "first_line": XIAOMI_LINES + 1}
    message = (f"a line of {len(junk):,} bytes is over the page limit of 5,000,000 characters "
               "(raise it with --max-page-chars, or max_chars= in Python); skipped, the pages around it kept")
    assert error["error"] == message
    assert done.stderr.count(message) == 1
    assert f"junk.txt: page 1 (line {XIAOMI_LINES + 1}): a line of" in done.stderr
