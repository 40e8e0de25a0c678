"""Shared pytest fixtures."""

from __future__ import annotations

import pytest
from support import FIXTURES


@pytest.fixture
def xiaomi_text() -> str:
    return (FIXTURES / "xiaomi.txt").read_text(encoding="utf-8")
