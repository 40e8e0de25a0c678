"""``profile_id``: the one definition of a page's stable key (schema 1.1).

The id is the first 16 hex digits (64 bits) of the SHA-256 of a fixed prefix
and the page's text as decoded, with its line breaks normalized (``\\r\\n``
and a lone ``\\r`` become ``\\n``) and the line breaks and BOM at its two ends
dropped. It depends on nothing else: not on the path (however it is typed),
the working directory, the machine, the page's position in its dump, the
file's encoding or compression, or ``--jobs``. So a rerun gives the same ids,
and two spellings of one path give one id. Identical page texts share an id:
the same page is the same record, so loading by ``profile_id`` (upsert) stays
idempotent. A page whose text is changed (re-scraped, corrected) gets a new id.

64 bits make an accidental collision unlikely below billions of distinct
pages (about n²/2⁶⁵: 3 % at a billion).

>>> profile_id("Acme logo\\nAcme\\n") == profile_id("Acme logo\\r\\nAcme")
True
>>> profile_id("Acme logo\\nAcme\\n")
'ab339e532b963613'
"""

from __future__ import annotations

import hashlib
from typing import Final

#: hashed before the text: the id names its own scheme, so a future scheme cannot collide with it
PREFIX: Final = b"profile-parser profile_id v1\0"
_EDGES = "\n\ufeff"


def profile_id(text: str) -> str:
    """The stable key of a page from its decoded text (see the module's docstring).

    >>> profile_id("\\ufeffA logo\\rA\\n\\n") == profile_id("A logo\\nA")
    True
    >>> profile_id("A logo\\nA") == profile_id("A logo\\nB")
    False
    """
    normalized = text.replace("\r\n", "\n").replace("\r", "\n").strip(_EDGES)
    return hashlib.sha256(PREFIX + normalized.encode("utf-8", "surrogatepass")).hexdigest()[:16]
