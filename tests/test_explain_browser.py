"""The HTML view of ``explain`` in a real browser: headless Chromium (the Debian
package; ``.ci/run`` installs it when missing) loads the seed page's view from a
file, cut off from the network, and its rendered DOM has one ``<mark>`` per span
with the field path as its title; a screenshot of it is a real PNG.

Skipped only where Chromium is missing and ``CI`` is not set: in CI it must run.
"""

from __future__ import annotations

import os
import re
import shutil
import struct
from collections import Counter
from pathlib import Path

import pytest
from explain_dom import chromium, read_view
from support import FIXTURES

from profile_parser import explain
from profile_parser.explain import render_html

BINARY = shutil.which("chromium") or "/usr/bin/chromium"
if not os.path.exists(BINARY) and not os.environ.get("CI"):
    pytest.skip("headless Chromium is not installed (apt-get install chromium); CI installs it and runs this",
                allow_module_level=True)

SEED = (FIXTURES / "xiaomi.txt").read_text(encoding="utf-8")
#: anything that names a place to load from
EXTERNAL = re.compile(r"(?i)\b(?:https?|ftp|wss?|file|data):|//[a-z0-9.-]+\.[a-z]{2,}|url\(|@import|\bsrc=")


@pytest.fixture(scope="module")
def view(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("view") / "xiaomi.html"
    path.write_text(render_html(explain(SEED)), encoding="utf-8")
    return path


def test_the_view_names_no_external_resource(view: Path) -> None:
    assert not EXTERNAL.search(view.read_text(encoding="utf-8"))


def test_the_rendered_dom_has_one_mark_per_span(view: Path, tmp_path: Path) -> None:
    done = chromium(BINARY, view, tmp_path / "profile", "--dump-dom")
    assert done.returncode == 0, done.stderr[-2000:]
    dom = read_view(done.stdout)
    spans = explain(SEED).profile.spans
    assert spans is not None and len(spans) > 300
    assert Counter(title for title, _ in dom.marks) == Counter(list(spans))
    lines = SEED.split("\n")
    assert {title: text for title, text in dom.marks} == {
        pointer: lines[span.line - 1][span.start:span.end] for pointer, span in spans.items()}
    assert [row.text for row in dom.rows] == lines  # the page as given, line for line
    assert not dom.tags & {"script", "img", "link", "iframe"}


def test_a_screenshot_of_the_view(view: Path, tmp_path: Path) -> None:
    shot = tmp_path / "xiaomi.png"
    done = chromium(BINARY, view, tmp_path / "profile", "--window-size=1400,1800", f"--screenshot={shot}")
    assert done.returncode == 0, done.stderr[-2000:]
    data = shot.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n" and data[12:16] == b"IHDR"
    assert struct.unpack(">II", data[16:24]) == (1400, 1800)
    assert len(data) > 50_000  # a page of text and colours, not a blank window
