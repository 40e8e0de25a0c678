"""profile_id: defined once (profile_parser.ids), from the page's decoded text alone."""

from __future__ import annotations

import hashlib

from support import FIXTURES

from profile_parser import iter_pages
from profile_parser.ids import profile_id

SEED = (FIXTURES / "xiaomi.txt").read_text(encoding="utf-8")


def test_the_definition_by_hand() -> None:
    expected = hashlib.sha256(b"profile-parser profile_id v1\x00Acme logo\nAcme").hexdigest()[:16]
    assert profile_id("Acme logo\nAcme") == expected == "ab339e532b963613"


def test_line_breaks_bom_and_edges_do_not_change_it() -> None:
    same = {profile_id(t) for t in ("Acme logo\nAcme", "Acme logo\r\nAcme\r\n", "Acme logo\rAcme",
                                    "\ufeffAcme logo\nAcme\n\n\n", "\n\nAcme logo\nAcme")}
    assert len(same) == 1


def test_any_other_change_does() -> None:
    ids = {profile_id(t) for t in ("Acme logo\nAcme", "Acme logo\nAcme ", "Acme logo\n\nAcme", "acme logo\nAcme")}
    assert len(ids) == 4


def test_a_page_has_one_id_wherever_it_stands_in_a_dump() -> None:
    other = SEED.replace("Xiaomi", "Mi")
    first = [p.text for p in iter_pages(SEED + "\n" + other + "\n\n")]
    last = [p.text for p in iter_pages(other + "\n" + SEED)]
    assert first[0] != last[1]  # the texts differ: a line break, and the end of the dump
    assert profile_id(first[0] or "") == profile_id(last[1] or "")
