"""Compressed inputs and outputs: real gzip, bzip2, xz and zstd files written here with
the standard library (zstd with the zstandard package), found by their first bytes."""

from __future__ import annotations

import bz2
import gzip
import json
import lzma
import sys
from pathlib import Path
from typing import Any

import pytest
from cli_support import Run, numbered, pid

from profile_parser.cli import main

zstandard = pytest.importorskip("zstandard")

COMPRESS = {
    "gz": gzip.compress,
    "bz2": bz2.compress,
    "xz": lzma.compress,
    "zst": lambda data: zstandard.ZstdCompressor().compress(data),
}
DECOMPRESS = {
    "gz": gzip.decompress,
    "bz2": bz2.decompress,
    "xz": lzma.decompress,
    "zst": lambda data: zstandard.ZstdDecompressor().decompressobj().decompress(data),
}


def _records(text: str) -> list[dict[str, Any]]:
    return [json.loads(line) for line in text.splitlines()]


@pytest.fixture
def pages(page: str) -> list[str]:
    return numbered(page, 3)


@pytest.mark.parametrize("kind", sorted(COMPRESS))
def test_a_compressed_dump_gives_the_records_of_the_plain_one(run: Run, tmp_path: Path, pages: list[str],
                                                              kind: str) -> None:
    data = "\n".join(pages).encode()
    (tmp_path / "dump.txt").write_bytes(data)
    (tmp_path / f"dump.txt.{kind}").write_bytes(COMPRESS[kind](data))
    plain, packed = run("convert", "dump.txt"), run("convert", f"dump.txt.{kind}")
    assert plain.returncode == packed.returncode == 0, packed.stderr
    got = _records(packed.stdout)
    assert [r["source"]["path"] for r in got] == [f"dump.txt.{kind}"] * 3
    assert [{**r, "source": None} for r in got] == [{**r, "source": None} for r in _records(plain.stdout)]
    assert [r["profile_id"] for r in got] == [pid(p) for p in pages]


def test_compression_is_found_by_magic_bytes_not_by_name(run: Run, tmp_path: Path, pages: list[str]) -> None:
    (tmp_path / "gzipped.txt").write_bytes(gzip.compress(pages[0].encode()))  # no .gz in the name
    (tmp_path / "plain.txt.gz").write_text(pages[1], encoding="utf-8")  # .gz, but plain text
    done = run("convert", "gzipped.txt", "plain.txt.gz")
    assert done.returncode == 0, done.stderr
    assert [r["name"] for r in _records(done.stdout)] == ["Xiaomi0000", "Xiaomi0001"]


def test_a_directory_of_compressed_dumps_and_stdin(run: Run, tmp_path: Path, pages: list[str]) -> None:
    # issue 14: a directory of .txt.gz converted to "0 pages" with exit 0
    (tmp_path / "in").mkdir()
    for name, text, kind in [("a.txt.gz", pages[0], "gz"), ("b.txt.xz", pages[1], "xz"), ("c.txt", pages[2], "")]:
        (tmp_path / "in" / name).write_bytes(COMPRESS[kind](text.encode()) if kind else text.encode())
    done = run("convert", "in")
    assert done.returncode == 0, done.stderr
    assert [r["name"] for r in _records(done.stdout)] == ["Xiaomi0000", "Xiaomi0001", "Xiaomi0002"]
    piped = run("convert", "-", stdin=gzip.compress("\n".join(pages).encode()))
    assert [r["name"] for r in _records(piped.stdout)] == ["Xiaomi0000", "Xiaomi0001", "Xiaomi0002"]


def test_compressed_json_lines(run: Run, tmp_path: Path, pages: list[str]) -> None:
    lines = "".join(json.dumps({"text": p, "url": f"u{k}"}) + "\n" for k, p in enumerate(pages))
    (tmp_path / "scraped.jsonl.bz2").write_bytes(bz2.compress(lines.encode()))
    done = run("convert", "scraped.jsonl.bz2")
    assert done.returncode == 0, done.stderr
    assert [r["source"]["fields"] for r in _records(done.stdout)] == [{"url": "u0"}, {"url": "u1"}, {"url": "u2"}]


def test_a_truncated_or_corrupt_file_is_an_input_error(run: Run, tmp_path: Path, pages: list[str]) -> None:
    whole = gzip.compress("\n".join(pages).encode())
    (tmp_path / "cut.txt.gz").write_bytes(whole[: len(whole) // 2])
    (tmp_path / "bad.txt.xz").write_bytes(lzma.compress(b"A logo\n")[:12] + b"garbage" * 10)
    (tmp_path / "good.txt").write_text(pages[0], encoding="utf-8")
    done = run("convert", "cut.txt.gz", "bad.txt.xz", "good.txt")
    assert done.returncode == 2
    assert ("cut.txt.gz: corrupt or truncated gzip data: Compressed file ended before the "
            "end-of-stream marker was reached (after line") in done.stderr
    assert "bad.txt.xz: corrupt or truncated xz data: " in done.stderr
    assert "Traceback" not in done.stderr
    assert _records(done.stdout)[-1]["source"]["path"] == "good.txt"  # the rest is converted


@pytest.mark.parametrize("kind", sorted(COMPRESS))
def test_output_compressed_by_its_suffix(run: Run, tmp_path: Path, pages: list[str], kind: str) -> None:
    (tmp_path / "dump.txt").write_text("\n".join(pages), encoding="utf-8")
    plain = run("convert", "dump.txt").stdout
    done = run("convert", "dump.txt", "-o", f"out.jsonl.{kind}", "--errors", f"errors.jsonl.{kind}")
    assert done.returncode == 0, done.stderr
    packed = (tmp_path / f"out.jsonl.{kind}").read_bytes()
    assert packed != plain.encode() and DECOMPRESS[kind](packed).decode() == plain
    assert DECOMPRESS[kind]((tmp_path / f"errors.jsonl.{kind}").read_bytes()) == b""


def test_gzip_output_is_reproducible(run: Run, tmp_path: Path, pages: list[str]) -> None:
    (tmp_path / "dump.txt").write_text("\n".join(pages), encoding="utf-8")
    run("convert", "dump.txt", "-o", "one.jsonl.gz")
    run("convert", "dump.txt", "-o", "two.jsonl.gz")
    assert (tmp_path / "one.jsonl.gz").read_bytes() == (tmp_path / "two.jsonl.gz").read_bytes()


def test_zstd_without_the_package_names_the_extra(capsys: pytest.CaptureFixture[str],
                                                  monkeypatch: pytest.MonkeyPatch, tmp_path: Path,
                                                  pages: list[str]) -> None:
    (tmp_path / "dump.txt.zst").write_bytes(COMPRESS["zst"](pages[0].encode()))
    (tmp_path / "dump.txt").write_text(pages[0], encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    monkeypatch.setitem(sys.modules, "zstandard", None)  # as if the extra were not installed
    assert main(["convert", "dump.txt.zst", "-o", "out.jsonl"]) == 2
    assert ("dump.txt.zst: zstd-compressed data needs the zstandard package: "
            "pip install 'profile-parser[zstd]'") in capsys.readouterr().err
    assert main(["convert", "dump.txt", "-o", "out.jsonl.zst"]) == 2
    err = capsys.readouterr().err
    assert "usage: profile-parser convert" in err
    assert "writing .zst needs the zstandard package: pip install 'profile-parser[zstd]'" in err
    assert main(["convert", "dump.txt", "-o", "out.jsonl", "--errors", "errors.jsonl.zst"]) == 2
    assert "usage: profile-parser convert" in capsys.readouterr().err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["dump.txt", "dump.txt.zst", "out.jsonl"]
