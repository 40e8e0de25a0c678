"""Writers: atomic files (compressed by suffix, parents created) and atomic folders."""

from __future__ import annotations

import gzip
import os
import stat
import threading
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


def _null_device(folder: Path) -> Path:
    """A /dev/null of our own (the real one must not be at stake if this regresses)."""
    node = folder / "null"
    try:
        os.mknod(node, stat.S_IFCHR | 0o666, os.makedev(1, 3))
    except (PermissionError, AttributeError):
        pytest.skip("cannot make a device node here")
    return node


def test_a_device_is_written_in_place_never_replaced(tmp_path: Path) -> None:
    # `-o /dev/null` once renamed a regular file over the device
    null = _null_device(tmp_path)
    before = os.stat(null)
    committed = AtomicFile(str(null))
    committed.stream.write("{}\n")
    committed.commit()
    discarded = AtomicFile(str(null))
    discarded.stream.write("{}\n")
    discarded.discard()
    after = os.stat(null)
    assert stat.S_ISCHR(after.st_mode) and (after.st_ino, after.st_rdev) == (before.st_ino, before.st_rdev)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["null"]


def test_a_fifo_is_written_in_place(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    got: list[bytes] = []
    reader = threading.Thread(target=lambda: got.append(fifo.read_bytes()))
    reader.start()
    out = AtomicFile(str(fifo))
    out.stream.write("{}\n")
    out.commit()
    reader.join(timeout=10)
    assert got == [b"{}\n"] and stat.S_ISFIFO(os.stat(fifo).st_mode)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["pipe"]
