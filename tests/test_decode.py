"""The one decoder, seen from the library: iter_profiles(Path) reads what the command
line reads (compressed files, cp1252 with its diagnostic), an over-long line is cut off
on its own, a str that names a file gets a hint."""

from __future__ import annotations

import bz2
import gzip
import io
import json
import lzma
import os
import subprocess
import sys
from pathlib import Path
from typing import IO, Any

import pytest
from support import FIXTURES

from profile_parser import ProfileParseError, iter_pages, iter_profiles
from profile_parser.decode import DecodedLines, InputError, decompressed, head_of

ROOT = Path(__file__).resolve().parent.parent
SEED = (FIXTURES / "xiaomi.txt").read_text(encoding="utf-8")
LATIN = SEED.replace('"Mi Ecosystem"', "\u201cMi \u00c9cosyst\u00e8me\u201d")


def _cli_records(path: Path) -> list[dict[str, Any]]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    done = subprocess.run([sys.executable, "-m", "profile_parser", "convert", str(path)],
                          capture_output=True, env=env, check=True, timeout=120)
    return [json.loads(line) for line in done.stdout.splitlines()]


def test_library_and_command_line_read_cp1252_alike(tmp_path: Path) -> None:
    # issue 14: iter_profiles(Path) turned these bytes into U+FFFD without a diagnostic
    path = tmp_path / "page_cp1252.txt"
    path.write_bytes(LATIN.encode("cp1252"))
    (record,) = [r.model_dump(mode="json") for r in iter_profiles(path)]
    assert "\u201cMi \u00c9cosyst\u00e8me\u201d" in record["description"]
    assert "\ufffd" not in json.dumps(record)
    notes = [d for d in record["diagnostics"] if d["code"] == "encoding.cp1252"]
    assert [(d["severity"], d["line"]) for d in notes] == [("info", 9)]  # the description's first line
    (cli,) = _cli_records(path)
    del cli["profile_id"]
    assert cli == record  # the same record, diagnostics and their order included


@pytest.mark.parametrize("compress", [gzip.compress, bz2.compress, lzma.compress], ids=["gz", "bz2", "xz"])
def test_iter_profiles_reads_compressed_files(tmp_path: Path, compress: Any) -> None:
    path = tmp_path / "dump.txt.anything"  # the bytes say what it is, not the name
    path.write_bytes(compress((SEED + "\n" + SEED).encode()))
    assert [(r.name, r.source.first_line if r.source else 0) for r in iter_profiles(path)] == [
        ("Xiaomi", 1), ("Xiaomi", 194)]


def test_iter_profiles_reads_zstd(tmp_path: Path) -> None:
    zstandard = pytest.importorskip("zstandard")
    path = tmp_path / "dump.txt.zst"
    path.write_bytes(zstandard.ZstdCompressor().compress(SEED.encode()))
    assert [r.name for r in iter_profiles(path)] == ["Xiaomi"]


def test_zstd_without_the_package_names_the_extra(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "dump.txt.zst"
    path.write_bytes(b"\x28\xb5\x2f\xfd" + bytes(20))  # a zstd magic number is enough to ask for it
    monkeypatch.setitem(sys.modules, "zstandard", None)
    with pytest.raises(InputError, match=r"needs the zstandard package: pip install 'profile-parser\[zstd\]'"):
        list(iter_profiles(path))


def test_a_binary_file_is_refused_not_garbled(tmp_path: Path) -> None:
    path = tmp_path / "image.png"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(200))
    with pytest.raises(InputError, match="binary data"):
        list(iter_profiles(path))


class _Trickle(io.RawIOBase):
    """A pipe that hands out one byte per read: a peek sees almost nothing."""

    def __init__(self, data: bytes) -> None:
        self.data = data

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        if not self.data:
            return 0
        buffer[0], self.data = self.data[0], self.data[1:]
        return 1


def test_magic_bytes_are_found_on_a_trickling_pipe() -> None:
    stream: IO[bytes] = io.BufferedReader(_Trickle(gzip.compress(b"A logo\nCaf\xe9\n")))
    assert len(stream.peek(6)) == 1  # what a peek sees: too little to know the magic number
    lines = DecodedLines(decompressed(stream), limit=100)
    assert list(lines) == ["A logo\n", "Café\n"] and lines.fallback == [2]


def test_head_of_replays_what_it_read() -> None:
    head, stream = head_of(io.BufferedReader(_Trickle(b"abcdefgh")), 6)
    assert head == b"abcdef" and stream.read() == b"abcdefgh"


def test_one_oversized_line_costs_only_itself() -> None:
    # issue 14: [page, one long junk line, page] gave only the second page
    dump = SEED + "\n" + "j" * 6_000_000 + "\n" + SEED.replace("Xiaomi", "Mi")
    pages = list(iter_pages(dump))
    assert [(p.index, p.first_line, p.text is None) for p in pages] == [(0, 1, False), (1, 194, True), (2, 195, False)]
    assert pages[0].text == SEED + "\n"
    assert pages[1].error == ("a line of 6,000,000 characters is over the page limit of 5,000,000 characters "
                              "(raise it with --max-page-chars, or max_chars= in Python); "
                              "skipped, the pages around it kept")
    assert [r.name for r in iter_profiles(dump, errors="skip")] == ["Xiaomi", "Mi"]
    with pytest.raises(ProfileParseError, match=r"^a line of 6,000,000 characters"):
        list(iter_profiles(dump))


def test_an_oversized_line_in_a_file_tells_its_size_in_bytes(tmp_path: Path) -> None:
    path = tmp_path / "junk.txt"
    path.write_bytes(SEED.encode() + b"\n" + b"j" * 5_000 + b"\n" + SEED.encode())
    pages = list(iter_pages(path, max_chars=1_000))  # 1,000 characters: at most 4,000 bytes a line
    junk = [p for p in pages if p.error and p.error.startswith("a line")]
    assert [(p.first_line, p.error.split(" is ")[0]) for p in junk if p.error] == [(194, "a line of 5,000 bytes")]


def test_a_str_that_names_a_file_gets_a_hint(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)
    with pytest.raises(ProfileParseError, match=r"did you mean Path\('examples/xiaomi.txt'\)\?"):
        list(iter_profiles("examples/xiaomi.txt"))
    with pytest.raises(ProfileParseError) as plain:
        list(iter_profiles("no such file.txt"))
    assert "did you mean" not in str(plain.value)
