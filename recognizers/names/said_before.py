"""The word said before a spelling cue that ends a stretch of text ("watson, that's " before "w a t s o n").

``said_before`` searches the stretch with ``SAID_BEFORE`` only when it ends with the cue: on ASCII text the cue is read
from the stretch's end with string methods first (the pattern, anchored at the end, is tried at every word of the
stretch and backtracks through each), so most stretches cost no regex at all; the result is the pattern's.
"""
from __future__ import annotations

import re

from recognizers.ascii_twin import ascii_fast

SAID_BEFORE = ascii_fast(r"([^\W\d_]+)[\s,:.\-]*(?:that['’]?s|it['’]?s|spelled|spelt|so)[\s,:.\-]*$", re.IGNORECASE)
_TRAIL = " \t\n\r\x0b\x0c\x1c\x1d\x1e\x1f,:.-"  # the ASCII characters ``[\s,:.\-]`` takes
_CUES = ("that's", "thats", "it's", "its", "spelled", "spelt", "so")  # the cue's ASCII spellings


def said_before(stretch: str) -> re.Match[str] | None:
    """``SAID_BEFORE.search(stretch)``."""
    if stretch.isascii() and not stretch.rstrip(_TRAIL).lower().endswith(_CUES):
        return None  # (a match ends with a cue, then only characters of ``_TRAIL``)
    return SAID_BEFORE.search(stretch)
