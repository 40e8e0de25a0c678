"""Reading the HTML view of ``explain`` back, as written or as a browser's DOM dump:
its rows (fate, section, text), its marks (title, text) and what it would load; and
running headless Chromium on it, cut off from the network."""

from __future__ import annotations

import re
import subprocess
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path

_ROW_ID = re.compile(r"p(\d+)-L(\d+)")


@dataclass
class ViewRow:
    page: int
    number: int
    classes: list[str]
    text: str = ""
    margin: str = ""


class View(HTMLParser):
    """The parts of an HTML view a test looks at: its rows, every ``<mark>`` as
    (title, text inside) in document order, every tag name, every attribute
    value that could load something (``src``, an ``href`` not to ``#``), the title."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.rows: list[ViewRow] = []
        self.marks: list[tuple[str, str]] = []
        self.tags: set[str] = set()
        self.loads: list[str] = []
        self.titles: list[str] = []
        self._cell: str | None = None
        self._open: list[int] = []  # indexes into marks of the open <mark>s
        self._in_title = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {name: value or "" for name, value in attrs}
        self.tags.add(tag)
        self.loads += [value for name, value in values.items()
                       if name in ("src", "srcset", "data", "poster", "action") or
                       (name == "href" and not value.startswith("#"))]
        if tag == "tr" and (match := _ROW_ID.fullmatch(values.get("id", ""))):
            self.rows.append(ViewRow(int(match[1]), int(match[2]), values.get("class", "").split()))
        elif tag == "td" and self.rows:
            self._cell = values.get("class")
        elif tag == "mark":
            self.marks.append((values.get("title", ""), ""))
            self._open.append(len(self.marks) - 1)
        elif tag == "title":
            self._in_title = True

    def handle_endtag(self, tag: str) -> None:
        if tag == "td":
            self._cell = None
        elif tag == "mark" and self._open:
            self._open.pop()
        elif tag == "title":
            self._in_title = False

    def handle_data(self, data: str) -> None:
        if self._in_title:
            self.titles.append(data)
        if self._cell == "t":
            self.rows[-1].text += data
            for index in self._open:
                title, text = self.marks[index]
                self.marks[index] = (title, text + data)
        elif self._cell == "d":
            self.rows[-1].margin += data


def read_view(document: str) -> View:
    view = View()
    view.feed(document)
    view.close()
    return view


# ------------------------------------------------------------------ browser

#: Chromium, headless, cut off from the network: no proxy reachable, no name resolves,
#: no background fetches (the view itself loads nothing; this makes sure nothing could)
CHROMIUM_FLAGS = (
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
    "--disable-extensions", "--host-resolver-rules=MAP * ~NOTFOUND", "--proxy-server=127.0.0.1:9",
)


def chromium(binary: str, page: Path, profile: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """Run Chromium on a local file with a throw-away profile folder; its stderr
    (dbus complaints of a machine without a session bus) is kept but not judged."""
    command = [binary, *CHROMIUM_FLAGS, f"--user-data-dir={profile}", *args, page.resolve().as_uri()]
    return subprocess.run(command, capture_output=True, text=True, timeout=180, check=False)
