"""Reading comma lists in prose: "China, India and United States".

>>> split_list("Series C, Series B, and Series A")
['Series C', 'Series B', 'Series A']
"""

from __future__ import annotations

import re

_SEPARATORS = re.compile(r"\s*,\s*(?:and\s+|&\s+)?|\s+and\s+|\s*&\s*|\s*;\s*")


def split_list(text: str) -> list[str]:
    """The items of a comma/and list, trimmed, empty ones dropped."""
    return [item.strip(" .") for item in _SEPARATORS.split(text) if item.strip(" .")]
