"""One handler module per section of the page.

Each module has a ``read`` function (``focus`` and ``entries`` one per list)
that takes the :class:`~profile_parser.document.Section` the grammar found,
reports to a :class:`~.base.Ledger`, and returns the section's typed values;
:mod:`profile_parser.api` builds the record from them, field by field.
"""

from __future__ import annotations

from .base import Ledger, PageContext

__all__ = ["Ledger", "PageContext"]
