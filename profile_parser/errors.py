"""The one exception the library raises on purpose."""

from __future__ import annotations

from .models import Diagnostic


class ProfileParseError(ValueError):
    """The text is no investor profile, is too large, or (strict mode) raised warnings.

    ``line`` is the 1-based line the trouble starts at, when there is one;
    ``diagnostics`` are the warnings and errors behind a strict-mode refusal.
    """

    def __init__(self, message: str, *, line: int | None = None,
                 diagnostics: list[Diagnostic] | None = None) -> None:
        super().__init__(message)
        self.line = line
        self.diagnostics = diagnostics or []
