"""Source spans: every value read from a page knows where it was read.

For every fixture page: every non-null leaf value read from the page has a
span; the span's text supports the value (a name or label appears in it, an
amount's digits appear in it, a date's year appears in it); on the dirty
pages the spans point at the right columns of the text as given; and
``spans=False`` gives the same JSON as before.
"""

from __future__ import annotations

import html
import re
from pathlib import Path
from typing import Any

import pytest
from support import FIXTURES

from profile_parser import parse
from profile_parser.models import Span

PAGES = sorted(FIXTURES.glob("**/*.txt"))
SEED = FIXTURES / "xiaomi.txt"
NOT_READ = ("schema_version", "kind", "source", "diagnostics", "spans")
#: leaves derived from other text: the span must only be non-empty
DERIVED = re.compile(r"/(code|country_code|qualifier|kind|unit|currency|company_inferred)$")
_DIGITS = re.compile(r"[0-9]")


def read(path: Path) -> str:
    return path.read_bytes().decode("utf-8")


def leaves(value: Any, pointer: str = "") -> dict[str, Any]:
    """Every non-null leaf of a JSON value, by JSON Pointer."""
    if isinstance(value, dict):
        return {p: v for key, item in value.items() for p, v in leaves(item, f"{pointer}/{key}").items()}
    if isinstance(value, list):
        return {p: v for i, item in enumerate(value) for p, v in leaves(item, f"{pointer}/{i}").items()}
    return {} if value is None else {pointer: value}


def span_text(text: str, span: Span) -> str:
    return re.split(r"\r\n|\r|\n", text)[span.line - 1][span.start:span.end]


def _clean(text: str) -> str:
    """A span's text as a reader sees it: entities and cp1252-read UTF-8 undone,
    case, spaces and punctuation aside (independent of the parser's repair)."""
    text = html.unescape(text)
    try:
        text = text.encode("cp1252").decode("utf-8")
    except UnicodeError:
        pass
    return re.sub(r"[\W_]+", "", text).casefold()


def supports(pointer: str, value: Any, text: str) -> bool:
    """Whether the span's text supports the value."""
    if DERIVED.search(pointer) or pointer.endswith("/line"):
        return bool(text)
    if pointer.endswith("/date") or pointer.endswith("/date_text"):
        return str(value)[:4] in text
    if isinstance(value, bool):
        return bool(text)
    if isinstance(value, (int, float)):
        digits = "".join(_DIGITS.findall(html.unescape(text))).lstrip("0")
        number = "".join(_DIGITS.findall(f"{value:f}" if isinstance(value, float) else str(value))).lstrip("0")
        return bool(digits) and number.startswith(digits.rstrip("0") or "0")
    return _clean(str(value))[:12] in _clean(text) or _clean(text)[:12] in _clean(str(value))


@pytest.mark.parametrize("path", PAGES, ids=lambda p: p.stem)
def test_every_value_has_a_span_whose_text_supports_it(path: Path) -> None:
    text = read(path)
    profile = parse(text, spans=True)
    assert profile.spans is not None
    values = leaves(profile.model_dump(mode="json", exclude=set(NOT_READ)))
    assert sorted(set(values) - set(profile.spans)) == []
    assert sorted(set(profile.spans) - set(values)) == []
    wrong = {pointer: (values[pointer], span_text(text, span)) for pointer, span in profile.spans.items()
             if not supports(pointer, values[pointer], span_text(text, span))}
    assert wrong == {}


@pytest.mark.parametrize("path", sorted((FIXTURES / "dirty_seed").glob("*.txt")), ids=lambda p: p.stem)
def test_a_dirty_page_points_where_the_clean_page_points(path: Path) -> None:
    """The same value is read from the same text, wherever the noise put it."""
    clean = parse(read(SEED), spans=True)
    dirty_text = read(path)
    dirty = parse(dirty_text, spans=True)
    assert clean.spans is not None and dirty.spans is not None
    seed_text = read(SEED)
    for pointer, span in clean.spans.items():
        if pointer.startswith("/facts/") or pointer not in dirty.spans:
            continue
        assert _clean(span_text(dirty_text, dirty.spans[pointer])) == _clean(span_text(seed_text, span)), pointer


def test_spans_off_gives_the_same_json_as_before() -> None:
    text = read(SEED)
    plain = parse(text).model_dump_json()
    assert '"spans"' not in plain
    with_spans = parse(text, spans=True)
    assert with_spans.model_copy(update={"spans": None}).model_dump_json() == plain


def test_a_span_points_at_the_columns_of_the_text_as_given() -> None:
    text = "Acme logo\r\n\r\nAcme &amp; Co\r\n\r\nStage Focus\r\n  \u2022 Caf\u00c3\u00a9 Round (100%)\r\n"
    profile = parse(text, spans=True)
    assert profile.spans is not None
    assert profile.name == "Acme & Co"
    assert profile.spans["/name"] == Span(line=3, start=0, end=13)  # "Acme &amp; Co"
    assert profile.stage_focus[0].label == "Café Round"
    label = profile.spans["/stage_focus/0/label"]
    assert (label.line, label.start, label.end) == (6, 4, 15)
    assert profile.spans["/stage_focus/0/percent"] == Span(line=6, start=17, end=20)
