"""Writers: atomic files (compressed by suffix, parents created) and atomic folders."""

from __future__ import annotations

import gzip
import os
from pathlib import Path

import pytest

from profile_parser.export.writers import AtomicFile, AtomicFolder


def _write(folder: AtomicFolder, name: str, text: str) -> None:
    out = AtomicFile(folder.path(name))
    out.stream.write(text)
    out.commit()


def test_a_new_folder_appears_whole_at_the_commit(tmp_path: Path) -> None:
    folder = AtomicFolder(str(tmp_path / "a" / "out"))
    _write(folder, "x.json", "{}")
    assert not (tmp_path / "a" / "out").exists()
    assert [p.name for p in (tmp_path / "a").iterdir()] == [f".out.{os.getpid()}.part"]
    folder.commit()
    assert [p.name for p in (tmp_path / "a").iterdir()] == ["out"]
    assert (tmp_path / "a" / "out" / "x.json").read_text() == "{}"


def test_an_existing_folder_gets_the_new_files_and_keeps_the_others(tmp_path: Path) -> None:
    (tmp_path / "out").mkdir()
    (tmp_path / "out" / "old.json").write_text("old")
    (tmp_path / "out" / "x.json").write_text("stale")
    folder = AtomicFolder(str(tmp_path / "out"))
    _write(folder, "x.json", "new")
    folder.commit()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out"]
    assert {p.name: p.read_text() for p in (tmp_path / "out").iterdir()} == {"old.json": "old", "x.json": "new"}


def test_a_discarded_folder_leaves_nothing(tmp_path: Path) -> None:
    folder = AtomicFolder(str(tmp_path / "out"))
    _write(folder, "x.json", "{}")
    folder.discard()
    assert list(tmp_path.iterdir()) == []


def test_a_file_where_the_folder_should_be_is_refused(tmp_path: Path) -> None:
    (tmp_path / "out").write_text("")
    with pytest.raises(NotADirectoryError):
        AtomicFolder(str(tmp_path / "out"))


def test_an_atomic_file_compressed_by_its_suffix(tmp_path: Path) -> None:
    out = AtomicFile(str(tmp_path / "deep" / "a.jsonl.gz"))
    out.stream.write("{}\n")
    assert not (tmp_path / "deep" / "a.jsonl.gz").exists()
    out.commit()
    assert gzip.decompress((tmp_path / "deep" / "a.jsonl.gz").read_bytes()) == b"{}\n"
    assert [p.name for p in (tmp_path / "deep").iterdir()] == ["a.jsonl.gz"]


def test_a_discarded_file_leaves_nothing(tmp_path: Path) -> None:
    out = AtomicFile(str(tmp_path / "a.jsonl.xz"))
    out.stream.write("{}\n")
    out.discard()
    assert list(tmp_path.iterdir()) == []
