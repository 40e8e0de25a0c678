"""What became of each line of a page: the view to open when a page parses wrong.

:func:`explain` reads a page with source spans and tells, line by line, its
fate, its section, the field paths read from it with their columns, and its
diagnostics. The fates:

* ``field``: values were read from the line (or it is one more paragraph of
  a value read from several, ``part_of``, such as the description);
* ``heading``: a section's heading, or the page's logo line: the page's structure
  (a name read from one is a field of it all the same);
* ``chrome``: a line the site prints around the sections ("FAQ"), skipped;
* ``unparsed``: a line no rule could read, kept in the record's ``unparsed``
  with a ``line.unparsed`` diagnostic saying why;
* ``blank``: nothing left once repaired (spaces, a lone bullet).

:func:`render_text` prints that for a terminal (each line in its section's
colour, or plain text), :func:`render_html` writes one self-contained HTML
file: the page with every read span highlighted (the field path on hover),
unparsed lines marked, diagnostics in a margin beside their lines, and no
script or resource from anywhere.

>>> report = explain("Acme logo\\n\\nAcme\\nFAQ\\nStage Focus\\nSeed (100%)\\nLoves sailing.")
>>> [(line.number, line.fate, line.section) for line in report.lines]
... # doctest: +NORMALIZE_WHITESPACE
[(1, 'heading', 'header'), (2, 'blank', None), (3, 'field', 'header'), (4, 'chrome', None),
 (5, 'heading', 'stage_focus'), (6, 'field', 'stage_focus'), (7, 'unparsed', 'stage_focus')]
>>> [pointer for pointer, _ in report.lines[5].fields]
['/stage_focus/0/label', '/stage_focus/0/code', '/stage_focus/0/percent']
>>> [d.code for d in report.lines[6].diagnostics]
['line.unparsed']
"""

from __future__ import annotations

import html
import re
import unicodedata
from collections.abc import Iterable, Iterator, Sequence
from typing import Final, Literal, NamedTuple

from .api import parse_page_read, parse_read
from .models import Diagnostic, InvestorProfile, Span
from .pages import RawPage
from .shapes import logo_name

__all__ = [
    "FATES", "SECTIONS", "Explanation", "Fate", "LineReport", "PageError", "compact", "explain",
    "html_parts", "render_html", "render_text", "summary",
]

Fate = Literal["field", "heading", "chrome", "unparsed", "blank"]
#: the fates, in the order the views count them
FATES: Final[tuple[Fate, ...]] = ("field", "heading", "chrome", "unparsed", "blank")
#: section kind -> how the views name it, in page order
SECTIONS: Final[dict[str, str]] = {
    "header": "Header", "description": "Description", "profile": "Investor Profile",
    "highlights": "Highlights", "stage_focus": "Stage Focus", "country_focus": "Country Focus",
    "industry_focus": "Industry Focus", "co_investors": "Co-investors", "angels": "Angels",
    "deals": "Recent deals", "unknown": "Unknown section",
}
_NEWLINE = re.compile(r"\r\n|\r|\n")


class LineReport(NamedTuple):
    """One line of the page as given, and what became of it: its fate, the kind
    of the section it stands in (None outside sections), the field paths read
    from it with their spans, its diagnostics, and the value it is one more
    paragraph of (``part_of``, a pointer) when it has no span of its own."""

    number: int
    text: str
    fate: Fate
    section: str | None
    fields: list[tuple[str, Span]]
    diagnostics: list[Diagnostic]
    part_of: str | None = None


class Explanation(NamedTuple):
    """A page's record (with its ``spans``) and the fate of each of its lines."""

    profile: InvestorProfile
    lines: list[LineReport]

    def counts(self) -> dict[Fate, int]:
        """How many lines met each fate.

        >>> explain("Acme logo\\nAcme\\nFAQ").counts()
        {'field': 1, 'heading': 1, 'chrome': 1, 'unparsed': 0, 'blank': 0}
        """
        counts = dict.fromkeys(FATES, 0)
        for line in self.lines:
            counts[line.fate] += 1
        return counts

    def page_diagnostics(self) -> list[Diagnostic]:
        """The diagnostics of the page as a whole (no line of their own)."""
        numbers = {line.number for line in self.lines}
        return [d for d in self.profile.diagnostics if d.line not in numbers]


class PageError(NamedTuple):
    """A page that could not be explained (no profile), for the views of a dump."""

    label: str
    message: str


def explain(page: str | RawPage) -> Explanation:
    """Each line of a page (a text, or a page cut from a dump with its source and
    the reader's notes) with its fate, section, fields and diagnostics.

    Raises :class:`~profile_parser.ProfileParseError` when the text is no profile.
    """
    if isinstance(page, RawPage):
        profile, read = parse_page_read(page, spans=True)
        text = page.text or ""
    else:
        profile, read = parse_read(page, spans=True)
        text = page
    document = read.document
    sections = {line.number: s.kind for s in document.sections for line in s.all_lines}
    headings = {s.heading.number for s in document.sections if s.heading is not None and s.kind != "unknown"}
    header = next((s for s in document.sections if s.kind == "header"), None)
    if header is not None and header.lines and logo_name(header.lines[0].text):
        headings.add(header.lines[0].number)
    unparsed = {item.line for item in profile.unparsed}
    fields: dict[int, list[tuple[str, Span]]] = {}
    for pointer, span in (profile.spans or {}).items():
        fields.setdefault(span.line, []).append((pointer, span))
    diagnostics: dict[int, list[Diagnostic]] = {}
    for diagnostic in profile.diagnostics:
        if diagnostic.line is not None:
            diagnostics.setdefault(diagnostic.line, []).append(diagnostic)
    paragraphs = read.reading.description[1]
    part_of = {line.number: "/description" for line in paragraphs[1:]} if profile.description else {}
    repaired = document.text.split("\n")  # as many lines as the text given
    given = _NEWLINE.split(text)
    if len(given) > 1 and not given[-1]:  # a final line break ends the last line, it starts none
        given.pop()
    reports = []
    for number, raw in enumerate(given, start=1):
        fate: Fate
        if number not in sections:
            fate = "chrome" if repaired[number - 1] else "blank"
        elif number in unparsed:
            fate = "unparsed"
        elif number in headings:
            fate = "heading"
        else:
            fate = "field"
        reports.append(LineReport(number, raw, fate, sections.get(number), fields.get(number, []),
                                  diagnostics.get(number, []), part_of.get(number)))
    return Explanation(profile, reports)


def compact(pointers: Iterable[str]) -> list[str]:
    """Pointers side by side with the same parent, written once: ``/parent/{a,b}``.

    >>> compact(["/name", "/location/raw", "/location/city", "/stage_focus/0/label", "/industry_focus/3"])
    ['/name', '/location/{raw,city}', '/stage_focus/0/label', '/industry_focus/3']
    """
    groups: list[tuple[str, list[str]]] = []
    for pointer in pointers:
        parent, _, leaf = pointer.rpartition("/")
        if groups and groups[-1][0] == parent:
            groups[-1][1].append(leaf)
        else:
            groups.append((parent, [leaf]))
    return [f"{parent}/{leaves[0]}" if len(leaves) == 1 else f"{parent}/{{{','.join(leaves)}}}"
            for parent, leaves in groups]


def _source(profile: InvestorProfile) -> str:
    """Where the page came from, when it came from a file or a dump."""
    source = profile.source
    if source is None or source.path is None:
        return ""
    return f"{source.path}, page {source.index}, from line {source.first_line}"


def _plural(count: int, word: str) -> str:
    """A count and its noun.

    >>> _plural(1, "line"), _plural(2, "value")
    ('1 line', '2 values')
    """
    return f"{count:,} {word}{'' if count == 1 else 's'}"


def _values(explanation: Explanation) -> str:
    """How many values were read, from how many lines."""
    lines = sum(bool(line.fields) for line in explanation.lines)
    return f"{_plural(len(explanation.profile.spans or {}), 'value')} from {_plural(lines, 'line')}"


def summary(explanation: Explanation) -> str:
    """One line: the page's name, where it came from, and its counts.

    >>> summary(explain("Acme logo\\nAcme\\nFAQ\\nStage Focus\\nSeed (100%)"))
    'Acme: 5 lines: 4 values from 2 lines, 2 headings (#), 1 chrome (~), 0 unparsed (!), 0 blank; 0 diagnostics'
    """
    counts = explanation.counts()
    where = _source(explanation.profile)
    return (f"{explanation.profile.name}{f' ({where})' if where else ''}: {_plural(len(explanation.lines), 'line')}: "
            f"{_values(explanation)}, "
            f"{_plural(counts['heading'], 'heading')} (#), {counts['chrome']:,} chrome (~), "
            f"{counts['unparsed']:,} unparsed (!), {counts['blank']:,} blank; "
            f"{_plural(len(explanation.profile.diagnostics), 'diagnostic')}")


# ------------------------------------------------------------------ terminal

#: ANSI colours (SGR parameters) per section; unparsed lines are bold red, chrome dim
ANSI: Final[dict[str, str]] = {
    "header": "1;34", "description": "37", "profile": "35", "highlights": "33", "stage_focus": "32",
    "country_focus": "34", "industry_focus": "92", "co_investors": "95", "angels": "93", "deals": "36",
    "unknown": "90",
}
_ANSI_FATE = {"unparsed": "1;31", "chrome": "2"}
_ANSI_SEVERITY = {"info": "36", "warning": "33", "error": "1;31"}
_MARKS: Final[dict[Fate, str]] = {"field": " ", "heading": "#", "chrome": "~", "unparsed": "!", "blank": " "}


def _sgr(code: str, text: str) -> str:
    return f"\x1b[{code}m{text}\x1b[0m" if text else ""


def _underlined(text: str, spans: Sequence[tuple[str, Span]], base: str) -> str:
    """The line in its colour, the columns some value was read from underlined."""
    read = bytearray(len(text))
    for _, span in spans:
        read[span.start:span.end] = b"\x01" * len(read[span.start:span.end])
    out, at = [], 0
    for match in re.finditer(rb"\x01+|\x00+", bytes(read)):
        start, end = match.span()
        out.append(_sgr(f"{base};4" if match.group()[0] else base, text[start:end]))
        at = end
    return "".join(out) + _sgr(base, text[at:])


def render_text(explanation: Explanation, *, colour: bool = False) -> str:
    """The page line by line: number, fate mark (``#`` heading, ``~`` chrome, ``!``
    unparsed), the text as given, then the field paths read from it; each
    diagnostic on a row of its own under its line. A summary line comes first.
    With ``colour``, ANSI colours: each line in its section's colour with the
    read columns underlined, unparsed lines bold red, chrome dim.

    >>> print(render_text(explain("Acme logo\\nAcme\\nStage Focus\\nSeed (100%)\\nLoves sailing.")), end="")
    ... # doctest: +NORMALIZE_WHITESPACE
    Acme: 5 lines: 6 values from 3 lines, 2 headings (#), 0 chrome (~), 1 unparsed (!), 0 blank; 1 diagnostic
       1 # Acme logo
       2   Acme  <- /name
       3 # Stage Focus
       4   Seed (100%)  <- /stage_focus/0/{label,code,percent}
       5 ! Loves sailing.  <- /unparsed/0/{line,text}
           warning line.unparsed: line 5: not a '<label> (N%)' bullet: 'Loves sailing.'
    """
    paint = _sgr if colour else (lambda code, text: text)
    out = [paint("1", summary(explanation))]
    out += [f"     {paint(_ANSI_SEVERITY[d.severity], d.severity)} {d.code}: {d.message}"
            for d in explanation.page_diagnostics()]
    for line in explanation.lines:
        text = line.text
        if colour and line.fate != "blank":
            base = _ANSI_FATE.get(line.fate) or ANSI.get(line.section or "", "0")
            text = _underlined(text, line.fields, base)
        row = f"{line.number:4d} {_MARKS[line.fate]} {text}"
        paths = compact(pointer for pointer, _ in line.fields)
        if line.part_of:
            paths.append(f"(part of {line.part_of})")
        if paths:
            row += "  " + paint("2", "<- " + ", ".join(paths))
        out.append(row.rstrip())
        out += [f"     {paint(_ANSI_SEVERITY[d.severity], d.severity)} {d.code}: {d.message}"
                for d in line.diagnostics]
    return "\n".join(out) + "\n"


# ---------------------------------------------------------------------- HTML

#: section kind -> its colour in the HTML view
COLOURS: Final[dict[str, str]] = {
    "header": "#3b5bdb", "description": "#7048e8", "profile": "#d6336c", "highlights": "#f76707",
    "stage_focus": "#2f9e44", "country_focus": "#1c7ed6", "industry_focus": "#74b816",
    "co_investors": "#ae3ec9", "angels": "#f59f00", "deals": "#1098ad", "unknown": "#868e96",
}
_SECTION_CSS = "\n".join(f".s-{kind} {{ --c: {colour}; --h: {colour}33; }}" for kind, colour in COLOURS.items())
_STYLE = """
:root { color-scheme: light; }
* { box-sizing: border-box; }
body { margin: 0; background: #f8f9fa; color: #212529;
  font: 14px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; }
code, .t, .n, .m, .ptr { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, "DejaVu Sans Mono", monospace; }
.top { padding: 14px 20px 10px; background: #fff; border-bottom: 1px solid #dee2e6; }
.top h1 { font-size: 15px; margin: 0 0 6px; color: #495057; font-weight: 600; }
.legend { display: flex; flex-wrap: wrap; gap: 6px 14px; font-size: 12px; color: #495057; align-items: center; }
.legend .k { font-weight: 600; color: #868e96; text-transform: uppercase; letter-spacing: .04em; font-size: 11px; }
.chip { display: inline-flex; align-items: center; gap: 5px; }
.sw { display: inline-block; width: 12px; height: 12px; border-radius: 3px; background: var(--c);
  vertical-align: -1px; }
.page { margin: 16px 20px 28px; background: #fff; border: 1px solid #dee2e6; border-radius: 8px; overflow: hidden; }
.page > header { padding: 12px 16px; border-bottom: 1px solid #dee2e6; }
.page h2 { margin: 0; font-size: 20px; }
.page .src { color: #868e96; font-size: 12px; margin-top: 2px; }
.counts { display: flex; flex-wrap: wrap; gap: 6px; list-style: none; margin: 8px 0 0; padding: 0; font-size: 12px; }
.counts li { padding: 2px 8px; border-radius: 10px; background: #f1f3f5; color: #495057; }
.counts li b { color: #212529; }
.counts li.bad { background: #ffe3e3; color: #c92a2a; } .counts li.bad b { color: #c92a2a; }
.pagewide { margin: 8px 0 0; padding: 0; list-style: none; }
table { border-collapse: collapse; width: 100%; table-layout: fixed; }
col.n { width: 52px; } col.m { width: 22px; } col.d { width: 36%; }
td { vertical-align: top; padding: 1px 8px; }
tr:hover td { background: #f8f9fa; }
td.n { text-align: right; color: #adb5bd; font-size: 12px; padding-top: 3px; user-select: none; }
td.n a { color: inherit; text-decoration: none; }
td.m { padding: 1px 0; text-align: center; color: #868e96; user-select: none;
  border-left: 4px solid var(--c, transparent); }
td.t { white-space: pre-wrap; overflow-wrap: anywhere; tab-size: 4; font-size: 13px; }
td.d { font-size: 12px; color: #495057; border-left: 1px solid #e9ecef; }
tr.blank td { padding-top: 0; padding-bottom: 0; height: 10px; }
tr.heading td.t { font-weight: 700; color: var(--c); }
tr.chrome td.t { color: #adb5bd; text-decoration: line-through #ced4da; }
tr.chrome td.d { color: #adb5bd; font-style: italic; }
tr.unparsed td { background: #fff5f5; }
tr.unparsed td.t { color: #c92a2a; }
tr.unparsed mark { background: transparent; border-bottom: 2px dotted #fa5252; }
tr.unparsed td.m { color: #fff; background: #fa5252; font-weight: 700; border-left-color: #c92a2a; }
mark, .demo { color: inherit; background: var(--h); border-bottom: 2px solid var(--c); padding: 0 0 3px;
  border-radius: 2px; }
mark mark { padding-bottom: 0; }
mark:hover { outline: 2px solid var(--c); outline-offset: 1px; }
.ptr { display: block; color: #495057; overflow-wrap: anywhere; }
.part { display: block; color: #868e96; font-style: italic; }
.sec { display: inline-block; color: #fff; background: var(--c); border-radius: 3px; padding: 0 6px; font-size: 11px;
  font-weight: 600; }
.dg { display: block; margin: 2px 0; padding: 3px 7px; border-radius: 4px; border-left: 3px solid; }
.dg b { font-weight: 700; margin-right: 4px; } .dg code { font-size: 11px; }
.dg.info { background: #e7f5ff; border-color: #339af0; }
.dg.warning { background: #fff9db; border-color: #fcc419; }
.dg.error { background: #ffe3e3; border-color: #fa5252; }
.inv { background: #ffec99; border-radius: 2px; }
.inv::before { content: attr(data-show); color: #e67700; font-size: 10px; }
.failed { padding: 12px 16px; color: #c92a2a; }
"""
# Characters that do not show, shown: their code in a tooltip and a visible mark
# (a CSS pseudo-element, so the text of the page stays exactly as given).
_INVISIBLE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\xa0\xad\u180e\u200b-\u200f\u2028-\u202f"
                        "\u205f-\u206f\u3000\ufeff]")


def _show(match: re.Match[str]) -> str:
    char = match.group()
    name = unicodedata.name(char, "CONTROL")
    mark = "\u2423" if char in "\xa0\u202f\u3000" or name.endswith(" SPACE") else "\u00b7"
    return f'<span class="inv" title="U+{ord(char):04X} {name}" data-show="{mark}">{html.escape(char)}</span>'


def _text(text: str) -> str:
    """Page text as HTML: escaped (``<``, ``&``, quotes), invisible characters shown."""
    return _INVISIBLE.sub(_show, html.escape(text))


def _marked(text: str, spans: Sequence[tuple[str, Span]]) -> str:
    """The line's text with one ``<mark>`` per span, the field path as its title;
    a span inside another is a mark inside its mark, and a span crossing an open
    one is cut at that one's end (so each span keeps exactly one mark).

    >>> _marked("Series C (32%)", [("/label", Span(line=1, start=0, end=8)),
    ...                            ("/code", Span(line=1, start=0, end=8)), ("/pct", Span(line=1, start=10, end=12))])
    '<mark title="/label"><mark title="/code">Series C</mark></mark> (<mark title="/pct">32</mark>%)'
    """
    ordered = sorted(((span.start, -span.end, order, pointer) for order, (pointer, span) in enumerate(spans)))
    out: list[str] = []
    ends: list[int] = []  # the ends of the open marks, innermost last
    at = 0
    for start, negative_end, _, pointer in ordered:
        while ends and ends[-1] <= start:
            at = _close(out, text, at, ends.pop())
        out.append(_text(text[at:start]))
        at = start
        out.append(f'<mark title="{html.escape(pointer)}">')
        ends.append(min(-negative_end, ends[-1]) if ends else -negative_end)
    while ends:
        at = _close(out, text, at, ends.pop())
    out.append(_text(text[at:]))
    return "".join(out)


def _close(out: list[str], text: str, at: int, end: int) -> int:
    out.append(_text(text[at:end]) + "</mark>")
    return max(at, end)


def _diagnostic(diagnostic: Diagnostic) -> str:
    return (f'<span class="dg {diagnostic.severity}"><b>{diagnostic.severity}</b><code>'
            f"{html.escape(diagnostic.code)}</code><br>{html.escape(diagnostic.message)}</span>")


def _margin(line: LineReport) -> str:
    """The right margin of a line: its section at a heading, the field paths read
    from it, what it is part of, chrome said as such, its diagnostics."""
    parts = []
    if line.fate == "heading" and line.section:
        parts.append(f'<span class="sec">{html.escape(SECTIONS.get(line.section, line.section))}</span>')
    parts += [f'<span class="ptr">{html.escape(path)}</span>' for path in compact(p for p, _ in line.fields)]
    if line.part_of:
        parts.append(f'<span class="part">part of {html.escape(line.part_of)}</span>')
    if line.fate == "chrome":
        parts.append("chrome: page furniture, skipped")
    parts += [_diagnostic(d) for d in line.diagnostics]
    return "".join(parts)


def _legend() -> str:
    fates = (
        '<span class="chip s-stage_focus"><span class="demo">value</span> read from these columns '
        "(hover: its field path)</span>"
        '<span class="chip"><b>#</b> heading</span>'
        '<span class="chip" style="color:#adb5bd;text-decoration:line-through">~ chrome</span>'
        '<span class="chip" style="color:#c92a2a"><b>!</b> unparsed</span>'
    )
    sections = "".join(f'<span class="chip s-{kind}"><span class="sw"></span>{html.escape(label)}</span>'
                       for kind, label in SECTIONS.items())
    severities = "".join(f'<span class="dg {s}" style="display:inline-block;margin:0">{s}</span>'
                         for s in ("info", "warning", "error"))
    return (f'<div class="legend"><span class="k">lines</span>{fates}'
            f'<span class="k">diagnostics</span>{severities} in the margin, beside their lines</div>'
            f'<div class="legend" style="margin-top:6px"><span class="k">sections</span>{sections}</div>')


def _counts(explanation: Explanation) -> str:
    counts = explanation.counts()
    diagnostics = explanation.profile.diagnostics
    by_severity = ", ".join(_plural(n, s) if s != "info" else f"{n} info" for s in ("error", "warning", "info")
                            if (n := sum(d.severity == s for d in diagnostics)))
    items = [
        ("", _plural(len(explanation.lines), "line")),
        ("", _values(explanation)),
        ("", _plural(counts["heading"], "heading")),
        ("", f"{counts['chrome']:,} chrome"),
        ("bad" if counts["unparsed"] else "", f"{counts['unparsed']:,} unparsed"),
        ("", f"{counts['blank']:,} blank"),
        ("bad" if any(d.severity != "info" for d in diagnostics) else "",
         _plural(len(diagnostics), "diagnostic") + (f" ({by_severity})" if by_severity else "")),
    ]
    return "".join(f'<li class="{kind}">{_bold_number(text)}</li>' for kind, text in items)


def _bold_number(text: str) -> str:
    """A count's number in bold.

    >>> _bold_number("3 lines")
    '<b>3</b> lines'
    """
    number, _, rest = text.partition(" ")
    return f"<b>{html.escape(number)}</b> {html.escape(rest)}"


def _page(explanation: Explanation, anchor: str) -> str:
    profile = explanation.profile
    where = _source(profile)
    rows = []
    for line in explanation.lines:
        section = f" s-{line.section}" if line.section else ""
        row_id = f"{anchor}L{line.number}"
        rows.append(
            f'<tr class="{line.fate}{section}" id="{row_id}"><td class="n"><a href="#{row_id}">{line.number}</a></td>'
            f'<td class="m">{_MARKS[line.fate].strip()}</td><td class="t">{_marked(line.text, line.fields)}</td>'
            f'<td class="d">{_margin(line)}</td></tr>'
        )
    page_wide = "".join(f"<li>{_diagnostic(d)}</li>" for d in explanation.page_diagnostics())
    return (
        f'<section class="page" id="{anchor}"><header><h2>{html.escape(profile.name)}</h2>'
        + (f'<div class="src">{html.escape(where)}</div>' if where else "")
        + f'<ul class="counts">{_counts(explanation)}</ul>'
        + (f'<ul class="pagewide">{page_wide}</ul>' if page_wide else "")
        + '</header><table><colgroup><col class="n"><col class="m"><col class="t"><col class="d"></colgroup>'
        + "".join(rows) + "</table></section>\n"
    )


def _failed(error: PageError, anchor: str) -> str:
    return (f'<section class="page" id="{anchor}"><header><h2>{html.escape(error.label)}</h2></header>'
            f'<div class="failed">{html.escape(error.message)}</div></section>\n')


def html_parts(pages: Iterable[Explanation | PageError], *, title: str) -> Iterator[str]:
    """The HTML view of pages as consecutive parts (the head, one part per page,
    the end), to write a view of a large dump without holding it whole."""
    yield (
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">"
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{html.escape(title)}</title><style>{_STYLE}{_SECTION_CSS}</style></head><body>\n"
        f'<div class="top"><h1>profile-parser explain: what became of each line</h1>{_legend()}</div>\n'
    )
    for number, page in enumerate(pages):
        anchor = f"p{number}-"
        yield _failed(page, anchor) if isinstance(page, PageError) else _page(page, anchor)
    yield "</body></html>\n"


def render_html(explanation: Explanation, *, title: str | None = None) -> str:
    """One self-contained HTML page (no script, nothing loaded from anywhere: a
    Content-Security-Policy forbids it): a legend of the fates and the section
    colours, the page's name and counts, then each line as given, every read
    span a ``<mark>`` titled with its field path (spans nest as they nest on
    the page), unparsed lines marked, and in a right margin beside each line its
    section, field paths and diagnostics.

    >>> view = render_html(explain("Acme logo\\nAcme & Co"))
    >>> '<mark title="/name">Acme &amp; Co</mark>' in view, "<script" in view
    (True, False)
    """
    return "".join(html_parts([explanation], title=title or f"{explanation.profile.name}: profile-parser explain"))
