"""The order of located items (diagnostics, unparsed lines): by line, unlocated last.

One key function for every place that sorts them, so the library and the
command line can never order them differently.

>>> items = [{"line": None}, {"line": 9}, {"line": 2}]
>>> [item["line"] for item in sorted(items, key=line_order)]
[2, 9, None]
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any


def line_order(item: Mapping[str, Any] | Any) -> tuple[bool, int]:
    """Sort key: items with a ``line`` (a key, or an attribute such as
    ``Diagnostic.line``) by that line, then the ones without (``None``).

    >>> line_order({"line": 3}), line_order({"line": None})
    ((False, 3), (True, 0))
    """
    line = item["line"] if isinstance(item, Mapping) else item.line
    return line is None, line or 0
