"""The page header: "<Name> logo", the name line, the place line.

A name comes only from the name line (the line after the logo line, or the
line before the header's place line) or the logo line; a place only from
the header's place line. A header with a line of any other shape (a
sentence, a count, a "Label (N%)" bullet, a round) and no logo line is the
remains of a section whose page lost its top: no name or place is read from
it, and its lines go to ``unparsed``. A lone line with neither logo nor
place line beside it is a name the page does not vouch for
(``Header.vouched`` is False): the caller checks it against the question
headings.

>>> header = read(Section("header", None, [Line(1, "Xiaomi logo"), Line(3, "Xiaomi"),
...               Line(5, "Asia, Beijing, China, Beijing")]), Ledger("header"))
>>> header.name, header.location.country_code, header.vouched
('Xiaomi', 'CN', True)
>>> read(Section("header", None, [Line(1, "Xiaomi has backed 38 startups.")]), Ledger()).name is None
True
"""

from __future__ import annotations

from typing import NamedTuple

from .. import vocabulary as vocab
from ..document import Line, Section
from ..models import Location
from ..shapes import count_line, is_amount_line, is_place, is_sentence, logo_name, read_round, read_share
from .base import Ledger
from .places import read_place


class Header(NamedTuple):
    """What the header says: the name and the line it was read from, the place
    and its line, whether a logo line was there, and whether the name is vouched
    for by a logo or place line beside it."""

    name: str | None
    name_line: Line | None
    location: Location | None
    place_line: Line | None
    has_logo: bool
    vouched: bool


def looks_like_name(text: str) -> bool:
    """A line that can be a name: short, no sentence, no count, share, round or amount.

    >>> looks_like_name("Qingmei Electric"), looks_like_name("Series C (32%)"), looks_like_name("Co-Investments: 4")
    (True, False, False)
    """
    return (
        len(text) <= vocab.MAX_NAME_CHARS
        and not is_sentence(text)
        and read_share(text) is None
        and count_line(text) is None
        and not is_amount_line(text)
        and read_round(text) is None
    )


def read(section: Section, ledger: Ledger) -> Header:
    lines = section.lines
    logo = lines[0] if lines and logo_name(lines[0].text) else None
    rest = lines[1:] if logo else lines
    if logo is None and any(not looks_like_name(line.text) and not is_place(line.text, known=True) for line in rest):
        # a sentence, a count, a share, a round: the remains of a section whose
        # heading was cut off with the page's top; no name or place is here
        ledger.leave_all(rest, "line before the first heading of a page without its top")
        return Header(None, None, None, None, has_logo=False, vouched=False)
    at = next((i for i, line in enumerate(rest) if is_place(line.text, known=True)), None)
    place = rest[at] if at is not None else None
    if at is not None:
        candidate = rest[at - 1] if at > 0 else None
    else:
        candidate = rest[0] if rest else None
    name = candidate if candidate is not None and looks_like_name(candidate.text) else None
    if name is not None and at is None and logo is None and len(rest) > 1:
        name = None  # several lines and no place line: the remains of a cut page
    ledger.place([logo, place])  # the name line is placed by the caller, who may refuse it
    ledger.leave_all([line for line in rest if line is not name and line is not place],
                     "header line that is neither name nor place")
    location = read_place(place, ledger) if place is not None else None
    logo_text = logo_name(logo.text) if logo is not None else None
    return Header(
        name=name.text if name is not None else logo_text,
        name_line=name or logo,
        location=location,
        place_line=place,
        has_logo=logo is not None,
        vouched=logo is not None or place is not None,
    )
