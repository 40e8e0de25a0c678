"""Cutting dumps into pages: boundaries, line numbers, size limits, sources."""

from __future__ import annotations

import io
from pathlib import Path

from support import FIXTURES

from profile_parser import iter_pages, iter_profiles

SEED = (FIXTURES / "xiaomi.txt").read_text(encoding="utf-8")
SEED_LINES = SEED.count("\n") + 1  # 193: the page has no final newline


def test_pages_start_at_their_logo_lines() -> None:
    dump = SEED + "\n" + SEED + "\n" + SEED
    pages = list(iter_pages(dump))
    assert [(p.index, p.first_line) for p in pages] == [(0, 1), (1, 194), (2, 387)]
    assert all(p.text is not None and p.text.startswith("Xiaomi logo") for p in pages)


def test_a_page_without_its_logo_line_starts_at_its_name_and_place() -> None:
    second = SEED.replace("Xiaomi logo\n\n", "", 1)  # name, place, Description
    pages = list(iter_pages(SEED + "\n" + second))
    assert [p.first_line for p in pages] == [1, 194]
    assert pages[1].text is not None and pages[1].text.startswith("Xiaomi\n\nAsia, Beijing")


def test_crlf_dump_counts_lines_like_the_text_given() -> None:
    dump = (SEED + "\n" + SEED).replace("\n", "\r\n")
    assert [p.first_line for p in iter_pages(dump)] == [1, 194]


def test_a_page_over_the_limit_comes_back_without_text_and_the_next_is_intact() -> None:
    huge = "Huge logo\nDescription\n" + ("x" * 100 + "\n") * 300
    dump = SEED + "\n" + huge + SEED
    pages = list(iter_pages(dump, max_chars=20_000))
    assert [(p.first_line, p.text is None) for p in pages] == [
        (1, False), (194, True), (194 + 302, False),
    ]
    assert pages[2].text == SEED


def test_records_carry_their_source(tmp_path: Path) -> None:
    path = tmp_path / "dump.txt"
    path.write_text(SEED + "\n" + SEED, encoding="utf-8")
    sources = [(r.source.path, r.source.index, r.source.first_line)
               for r in iter_profiles(path) if r.source is not None]
    assert sources == [(str(path), 0, 1), (str(path), 1, SEED_LINES + 1)]


def test_a_text_stream_is_read_line_by_line() -> None:
    stream = io.StringIO(SEED + "\n" + SEED)
    assert [r.name for r in iter_profiles(stream)] == ["Xiaomi", "Xiaomi"]


def test_utf16_file_with_bom_is_read(tmp_path: Path) -> None:
    path = tmp_path / "page.txt"
    path.write_bytes(SEED.encode("utf-16"))
    assert [r.name for r in iter_profiles(path)] == ["Xiaomi"]
