"""What became of each line of a page: the view to open when a page parses wrong.

:func:`explain` reads a page with source spans and tells, line by line, its
fate (a field, a heading, chrome, unparsed, blank), its section, the field
paths read from it with their columns, and its diagnostics.
:func:`render_text` prints that for a terminal (colours per section, or
plain text), :func:`render_html` writes one self-contained HTML file: the
page with every read span highlighted (the field path on hover), unparsed
lines marked, diagnostics in a margin beside their lines.

>>> report = explain("Acme logo\\n\\nAcme\\nFAQ\\nStage Focus\\nSeed (100%)\\nLoves sailing.")
>>> [(line.number, line.fate, line.section) for line in report.lines]
... # doctest: +NORMALIZE_WHITESPACE
[(1, 'field', 'header'), (2, 'blank', None), (3, 'field', 'header'), (4, 'chrome', None),
 (5, 'heading', 'stage_focus'), (6, 'field', 'stage_focus'), (7, 'unparsed', 'stage_focus')]
>>> [pointer for pointer, _ in report.lines[5].fields]
['/stage_focus/0/label', '/stage_focus/0/code', '/stage_focus/0/percent']
"""

from __future__ import annotations

import html
import re
from typing import Literal, NamedTuple

from .api import build_profile, read_page
from .models import Diagnostic, InvestorProfile, Span

Fate = Literal["field", "heading", "chrome", "unparsed", "blank"]
_NEWLINE = re.compile(r"\r\n|\r|\n")


class LineReport(NamedTuple):
    """One line of the page as given, and what became of it."""

    number: int
    text: str
    fate: Fate
    section: str | None
    fields: list[tuple[str, Span]]
    diagnostics: list[Diagnostic]


class Explanation(NamedTuple):
    """A page's record and the fate of each of its lines."""

    profile: InvestorProfile
    lines: list[LineReport]


def explain(text: str) -> Explanation:
    """Each line of a page with its fate, section, fields and diagnostics.

    Raises :class:`~profile_parser.ProfileParseError` when the text is no profile.
    """
    page = read_page(text)
    profile = build_profile(text, page, spans=True)
    sections = {line.number: s.kind for s in page.document.sections for line in s.all_lines}
    headings = {s.heading.number for s in page.document.sections if s.heading is not None and s.kind != "unknown"}
    unparsed = {item.line for item in profile.unparsed}
    fields: dict[int, list[tuple[str, Span]]] = {}
    for pointer, span in (profile.spans or {}).items():
        fields.setdefault(span.line, []).append((pointer, span))
    diagnostics: dict[int, list[Diagnostic]] = {}
    for diagnostic in profile.diagnostics:
        if diagnostic.line is not None:
            diagnostics.setdefault(diagnostic.line, []).append(diagnostic)
    repaired = page.document.text.split("\n")  # as many lines as the text given
    reports = []
    for number, raw in enumerate(_NEWLINE.split(text), start=1):
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
                                  diagnostics.get(number, [])))
    return Explanation(profile, reports)


# ------------------------------------------------------------------ terminal

_COLOURS = {  # ANSI colours per section
    "header": "1;36", "description": "37", "profile": "35", "highlights": "33", "stage_focus": "32",
    "country_focus": "32", "industry_focus": "32", "co_investors": "34", "angels": "34", "deals": "36",
    "unknown": "31",
}
_MARKS = {"field": " ", "heading": "#", "chrome": "~", "unparsed": "!", "blank": " "}


def render_text(explanation: Explanation, *, colour: bool = False) -> str:
    """The page line by line: number, fate mark, text, then the fields read from it
    and its diagnostics; with ``colour``, each line in its section's ANSI colour and
    unparsed lines in red.

    >>> print(render_text(explain("Acme logo\\nAcme\\nStage Focus\\nSeed (100%)")).splitlines()[3])
       4   Seed (100%)  <- /stage_focus/0/label, /stage_focus/0/code, /stage_focus/0/percent
    """
    out = []
    for line in explanation.lines:
        text = line.text
        if colour and line.fate != "blank":
            code = "1;31" if line.fate == "unparsed" else "2" if line.fate == "chrome" else _COLOURS.get(
                line.section or "", "0")
            text = f"\x1b[{code}m{text}\x1b[0m"
        row = f"{line.number:4d} {_MARKS[line.fate]} {text}"
        if line.fields:
            row += "  <- " + ", ".join(pointer for pointer, _ in line.fields)
        for diagnostic in line.diagnostics:
            row += f"  [{diagnostic.severity} {diagnostic.code}]"
        out.append(row.rstrip())
    return "\n".join(out) + "\n"


# ---------------------------------------------------------------------- HTML

_STYLE = """
body { font: 14px/1.45 ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; margin: 0; color: #1d1d1f; }
header { padding: 12px 16px; background: #f4f4f6; border-bottom: 1px solid #ddd; font-family: system-ui, sans-serif; }
header h1 { font-size: 16px; margin: 0 0 4px; } header p { margin: 0; color: #555; }
table { border-collapse: collapse; width: 100%; }
td { vertical-align: top; padding: 1px 8px; }
td.n { color: #999; text-align: right; user-select: none; width: 3em; }
td.t { white-space: pre-wrap; word-break: break-word; }
td.d { width: 30%; font-family: system-ui, sans-serif; font-size: 12px; color: #a33; }
tr.unparsed td.t { background: #ffe3e3; text-decoration: underline wavy #d33; }
tr.chrome td.t { color: #aaa; } tr.heading td.t { font-weight: bold; }
mark.span { background: rgba(255, 214, 0, 0.35); border-bottom: 2px solid rgba(200, 150, 0, 0.8); padding: 0; }
mark.span mark.span { background: rgba(0, 160, 255, 0.22); border-bottom-color: rgba(0, 110, 200, 0.8); }
mark.span:hover { outline: 1px solid #333; }
.sec { font-family: system-ui, sans-serif; font-size: 11px; color: #777; }
"""


def _nested(spans: list[tuple[str, Span]]) -> list[tuple[str, int, int]]:
    """Spans as nestable ranges, outer before inner; a span crossing an open one is
    cut at that one's end (each span keeps one highlight)."""
    ordered = sorted(((pointer, span.start, span.end) for pointer, span in spans), key=lambda s: (s[1], -s[2]))
    result: list[tuple[str, int, int]] = []
    open_ends: list[int] = []
    for pointer, start, end in ordered:
        while open_ends and open_ends[-1] <= start:
            open_ends.pop()
        if open_ends and end > open_ends[-1]:
            end = open_ends[-1]
        result.append((pointer, start, end))
        open_ends.append(end)
    return result


def _marked(text: str, spans: list[tuple[str, Span]]) -> str:
    """The line's text with one <mark> per span, the field path as its title."""
    # (position, closes first, outer opens first / inner closes first, tag)
    events: list[tuple[int, int, int, str]] = []
    for order, (pointer, start, end) in enumerate(_nested(spans)):
        title = html.escape(pointer, quote=True)
        events.append((start, 1, order, f'<mark class="span" title="{title}" data-pointer="{title}">'))
        events.append((end, 0, -order, "</mark>"))
    events.sort()
    out, at = [], 0
    for position, _, _, tag in events:
        out.append(html.escape(text[at:position], quote=False))
        out.append(tag)
        at = position
    out.append(html.escape(text[at:], quote=False))
    return "".join(out)


def render_html(explanation: Explanation, *, title: str = "profile-parser explain") -> str:
    """One self-contained HTML page (no scripts, no network): the page's lines with
    every read span highlighted, unparsed lines marked, diagnostics in the margin."""
    profile = explanation.profile
    counts = {fate: sum(line.fate == fate for line in explanation.lines) for fate in ("field", "unparsed")}
    rows = []
    for line in explanation.lines:
        notes = "<br>".join(html.escape(f"{d.severity} {d.code}: {d.message}") for d in line.diagnostics)
        section = f'<span class="sec">{html.escape(line.section)}</span>' if line.section else ""
        rows.append(
            f'<tr class="{line.fate}" id="L{line.number}"><td class="n">{line.number}</td>'
            f'<td class="t">{_marked(line.text, line.fields)}</td><td class="d">{section} {notes}</td></tr>'
        )
    return (
        "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
        f"<title>{html.escape(title)}</title><style>{_STYLE}</style></head><body>"
        f"<header><h1>{html.escape(profile.name)}</h1><p>{len(profile.spans or {})} values read from "
        f"{counts['field']} lines; {counts['unparsed']} unparsed lines; {len(profile.diagnostics)} diagnostics. "
        "Hover a highlight for its field path.</p></header>"
        f"<table>{''.join(rows)}</table></body></html>\n"
    )
