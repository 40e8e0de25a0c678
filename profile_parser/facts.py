"""Facts stated in the description prose (filled by a later issue)."""

from __future__ import annotations

from typing import Any

from .sections import Line


def find_facts(lines: list[Line]) -> list[dict[str, Any]]:
    """Amounts, counts, percents and dates the description's lines state."""
    return []
