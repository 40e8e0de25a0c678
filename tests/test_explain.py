"""explain(): what became of each line of a page, and its text and HTML views.

The fates of the seed page's lines are read off the page by hand (tests/fixtures/
xiaomi.txt): its logo line and nine section headings, the four lines of site chrome
between Industry Focus and the co-investors, its blank lines, and fields everywhere
else. The HTML view is read back with the standard library's parser (tests/explain_dom.py).
"""

from __future__ import annotations

import re
from collections import Counter

import pytest
from explain_dom import read_view
from support import FIXTURES

import profile_parser
from profile_parser import ProfileParseError
from profile_parser.explain import Explanation, LineReport, explain, render_html, render_text
from profile_parser.models import Span
from profile_parser.pages import RawPage

SEED = (FIXTURES / "xiaomi.txt").read_text(encoding="utf-8")
#: the logo line, then Description, Investor Profile, Investment Focus Highlights, Stage
#: Focus, Country Focus, Industry Focus and the three question headings
SEED_HEADINGS = {1, 7, 17, 21, 29, 41, 50, 69, 102, 111}
#: circle-line, FAQ, Frequently Asked Questions, "Learn who this investor regularly partners with…"
SEED_CHROME = {62, 63, 65, 67}
#: a page with a line the Stage Focus list cannot read (no "(N%)"), and a final line break
UNREAD = "Acme logo\nAcme\nStage Focus\n  \u2022 Seed (100%)\n  \u2022 this is not a share\n"
ANSI = re.compile(r"\x1b\[[0-9;]*m")


def lines_of(text: str) -> list[str]:
    return re.split(r"\r\n|\r|\n", text)


def span_text(text: str, span: Span) -> str:
    return lines_of(text)[span.line - 1][span.start:span.end]


# ------------------------------------------------------------------ fates


def test_the_fates_of_the_seed_page() -> None:
    report = explain(SEED)
    assert [line.number for line in report.lines] == list(range(1, 194))  # 193 lines, none lost
    assert [line.text for line in report.lines] == lines_of(SEED)
    fates = {line.number: line.fate for line in report.lines}
    assert {n for n, fate in fates.items() if fate == "heading"} == SEED_HEADINGS
    assert {n for n, fate in fates.items() if fate == "chrome"} == SEED_CHROME
    blank = {n for n, fate in fates.items() if fate == "blank"}
    assert blank == {n for n, line in enumerate(lines_of(SEED), start=1) if not line.strip()}
    assert len(blank) == 54  # 25 between the sections, 3 in each of nine deals, 2 in the last
    assert {fate for n, fate in fates.items() if n not in SEED_HEADINGS | SEED_CHROME | blank} == {"field"}
    assert report.counts() == {"field": 193 - 10 - 4 - 54, "heading": 10, "chrome": 4, "unparsed": 0, "blank": 54}


def test_the_seed_page_line_by_line() -> None:
    lines = {line.number: line for line in explain(SEED).lines}
    sections = {3: "header", 9: "description", 19: "profile", 23: "highlights", 31: "stage_focus",
                43: "country_focus", 52: "industry_focus", 71: "co_investors", 104: "angels",
                113: "deals", 193: "deals", 62: None, 64: None}
    assert {n: lines[n].section for n in sections} == sections
    assert lines[3].fields == [("/name", Span(line=3, start=0, end=6))]
    # "  • Series C (32%)": the label (and the code read from it) after the bullet, the number
    assert lines[31].fields == [("/stage_focus/0/label", Span(line=31, start=4, end=12)),
                                ("/stage_focus/0/code", Span(line=31, start=4, end=12)),
                                ("/stage_focus/0/percent", Span(line=31, start=14, end=16))]
    # "Series BJul 31, 2025": the round's label runs into its date
    assert lines[120].fields == [("/recent_deals/0/round/label", Span(line=120, start=0, end=8)),
                                 ("/recent_deals/0/round/code", Span(line=120, start=0, end=8)),
                                 ("/recent_deals/0/date", Span(line=120, start=8, end=20))]
    # the last deal has no name line: its company comes from its description, and says so
    assert [pointer for pointer, _ in lines[189].fields][:2] == ["/recent_deals/9/company",
                                                                 "/recent_deals/9/company_inferred"]
    assert span_text(SEED, lines[189].fields[0][1]) == "Atech Automotive Electronics"
    assert {(d.code, d.severity) for d in lines[189].diagnostics} == {
        ("deal.company_inferred", "warning"), ("deal.location_missing", "warning")}
    # the description is read from four paragraphs and points at the first
    assert [pointer for pointer, _ in lines[9].fields] == ["/description"]
    assert [(n, lines[n].part_of) for n in (9, 11, 13, 15)] == [
        (9, None), (11, "/description"), (13, "/description"), (15, "/description")]
    assert lines[62].fields == [] and lines[62].diagnostics == []


def test_an_unparsed_line_comes_with_its_diagnostic() -> None:
    report = explain(UNREAD)
    assert [(line.number, line.fate, line.section) for line in report.lines] == [
        (1, "heading", "header"), (2, "field", "header"), (3, "heading", "stage_focus"),
        (4, "field", "stage_focus"), (5, "unparsed", "stage_focus")]  # the final line break starts no line
    unread = report.lines[4]
    assert [(d.code, d.severity, d.line) for d in unread.diagnostics] == [("line.unparsed", "warning", 5)]
    assert "this is not a share" in unread.diagnostics[0].message
    assert [pointer for pointer, _ in unread.fields] == ["/unparsed/0/line", "/unparsed/0/text"]
    assert report.profile.unparsed[0].text == "this is not a share"


def test_a_page_from_a_dump_keeps_its_source_and_the_readers_notes() -> None:
    note = ("encoding.cp1252", "info", "1 line(s) not valid UTF-8, read as cp1252", 2)
    report = explain(RawPage("Acme logo\nAcme\nDescription\nAcme backs robots.", 2, 40, "dump.txt", notes=(note,)))
    assert report.profile.source is not None and report.profile.source.first_line == 40
    assert [d.code for d in report.lines[1].diagnostics] == ["encoding.cp1252"]
    assert render_text(report).startswith("Acme (dump.txt, page 2, from line 40): 4 lines:")


def test_a_page_that_is_no_profile_is_refused() -> None:
    with pytest.raises(ProfileParseError, match="no investor profile found"):
        explain("just a line of prose\nand another one\n")


def test_explain_is_exported() -> None:
    assert profile_parser.explain is explain and "explain" in profile_parser.__all__


# ------------------------------------------------------------------- text


def test_the_text_view() -> None:
    assert render_text(explain(UNREAD)) == (
        "Acme: 5 lines: 6 values from 3 lines, 2 headings (#), 0 chrome (~), 1 unparsed (!), 0 blank; 1 diagnostic\n"
        "   1 # Acme logo\n"
        "   2   Acme  <- /name\n"
        "   3 # Stage Focus\n"
        "   4     \u2022 Seed (100%)  <- /stage_focus/0/{label,code,percent}\n"
        "   5 !   \u2022 this is not a share  <- /unparsed/0/{line,text}\n"
        "     warning line.unparsed: line 5: not a '<label> (N%)' bullet: 'this is not a share'\n"
    )


def test_the_text_view_in_colour() -> None:
    plain, coloured = render_text(explain(UNREAD)), render_text(explain(UNREAD), colour=True)
    assert "\x1b" not in plain
    assert ANSI.sub("", coloured) == plain  # colour adds escapes, nothing else
    rows = coloured.splitlines()
    # Stage Focus in green (SGR 32), what was read from it underlined (SGR 4)
    assert "\x1b[32;4mSeed\x1b[0m" in rows[4] and "\x1b[32;4m100\x1b[0m" in rows[4]
    assert "\x1b[32mStage Focus\x1b[0m" in rows[3]
    assert "\x1b[1;31m" in rows[5]  # the unparsed line in bold red
    assert "\x1b[33mwarning\x1b[0m" in rows[6]  # a warning in yellow


# ------------------------------------------------------------------- HTML

ESCAPED = 'A&B <Fund> "Q" logo\n\nA&B <Fund> "Q"\n\nDescription\n\nWe back <script>alert("x")</script> & more.'


def test_the_html_view_escapes_the_page_text() -> None:
    view_html = render_html(explain(ESCAPED))
    assert "<script" not in view_html and "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in view_html
    assert "A&amp;B &lt;Fund&gt; &quot;Q&quot;" in view_html
    view = read_view(view_html)
    assert "script" not in view.tags
    assert [row.text for row in view.rows] == lines_of(ESCAPED)  # the text as given, character for character
    assert view.marks == [("/name", 'A&B <Fund> "Q"'), ("/description", 'We back <script>alert("x")</script> & more.')]
    assert view.titles == ['A&B <Fund> "Q": profile-parser explain']


def test_the_html_view_loads_nothing_and_runs_nothing() -> None:
    view_html = render_html(explain(SEED))
    view = read_view(view_html)
    assert not view.tags & {"script", "link", "img", "iframe", "object", "embed", "base", "form"}
    assert view.loads == []
    assert not re.search(r"(?i)https?:|ftp:|url\(|@import|<script", view_html)
    assert "default-src 'none'" in view_html  # and a Content-Security-Policy forbids it all the same


def test_the_html_view_marks_every_span_once() -> None:
    profile, lines = explain(SEED)
    view = read_view(render_html(Explanation(profile, lines)))
    assert profile.spans is not None
    assert Counter(title for title, _ in view.marks) == Counter(list(profile.spans))  # one mark per span
    # nothing crosses on the seed page: each mark holds exactly its span's text
    assert {title: text for title, text in view.marks} == {p: span_text(SEED, s) for p, s in profile.spans.items()}
    assert [(row.number, row.classes[0]) for row in view.rows] == [(line.number, line.fate) for line in lines]
    assert [row.text for row in view.rows] == lines_of(SEED)
    unread = read_view(render_html(explain(UNREAD)))
    assert unread.rows[4].classes == ["unparsed", "s-stage_focus"]
    assert "line.unparsed" in unread.rows[4].margin and "this is not a share" in unread.rows[4].margin


@pytest.mark.parametrize("name", ["xiaomi_crlf", "xiaomi_mojibake_cp1252", "xiaomi_nbsp_zero_width", "xiaomi_tabs"])
def test_the_html_view_of_a_dirty_page_marks_the_text_as_given(name: str) -> None:
    text = (FIXTURES / "dirty_seed" / f"{name}.txt").read_bytes().decode("utf-8")
    profile = explain(text).profile
    view = read_view(render_html(explain(text)))
    assert [row.text for row in view.rows] == lines_of(text)[: len(view.rows)]
    assert profile.spans is not None and len(view.marks) == len(profile.spans)
    assert {title: mark for title, mark in view.marks} == {p: span_text(text, s) for p, s in profile.spans.items()}


def _one_line(spans: list[tuple[str, Span]]) -> Explanation:
    profile = explain("Acme logo\nAcme").profile
    return Explanation(profile, [LineReport(1, "abcdefgh", "field", "header", spans, [])])


def test_marks_nest_where_spans_nest_and_a_crossing_span_is_cut() -> None:
    nested = _one_line([("/outer", Span(line=1, start=0, end=6)), ("/inner", Span(line=1, start=2, end=4))])
    assert read_view(render_html(nested)).marks == [("/outer", "abcdef"), ("/inner", "cd")]
    crossing = _one_line([("/a", Span(line=1, start=0, end=5)), ("/b", Span(line=1, start=3, end=8))])
    assert read_view(render_html(crossing)).marks == [("/a", "abcde"), ("/b", "de")]
    empty_at_an_end = _one_line([("/a", Span(line=1, start=0, end=3)), ("/z", Span(line=1, start=3, end=3))])
    html_text = render_html(empty_at_an_end)
    assert '<mark title="/a">abc</mark><mark title="/z"></mark>defgh' in html_text
