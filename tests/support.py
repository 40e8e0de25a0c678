"""Test helpers: fixture paths and the comparison used for expected JSON."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

FIXTURES = Path(__file__).parent / "fixtures"


def load_expected(path: Path) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return data


def comparable(record: dict[str, Any], *, keep_facts: bool = True) -> dict[str, Any]:
    """A record with diagnostic messages blanked (they are free text)."""
    record = dict(record)
    record["diagnostics"] = [{**d, "message": ""} for d in record["diagnostics"]]
    if not keep_facts:
        record.pop("facts", None)
    return record
