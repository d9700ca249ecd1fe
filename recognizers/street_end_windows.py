"""The street "spoken" pattern tried only in the stretches before a street word: the same matches, without a scan
that tries its number words at every word of a long turn.

A match of ``StreetAddressRecognizer``'s "spoken" pattern, ``\\b(label house,?|house)\\s+(name\\s+){1,3}?street_end``,
reads as whitespace-separated chunks: the chunk it starts in, chunks made wholly of house-number vocabulary
(``HOUSE_CHUNK``: number words, "double", "and", a house letter, label words, digits, "#", ".", ",", "-"), one to
three name chunks (a name word holds no blank), then the street end, which opens a chunk (it follows ``\\s+``) with
a street word, "nagar" / "marg" / "vihar" or a nameable word (``STREET_END_OPENER``). So a match starts at or after
the start of the last chunk that is not a house chunk among those at or before the fourth chunk before such an
opener, and before the opener; and it starts at a word boundary with a label or number word (``HOUSE_OPENER``).
``WindowedTwin.finditer`` tries the pattern's loose twin anchored at those places only, then the pattern itself
(as ``LooseTwin.finditer`` does at each place its twin finds): the pattern's matches, in order.
"""
from __future__ import annotations

import hashlib
import re

from recognizers.ascii_twin import ascii_twin
from recognizers.loose_twin import LooseTwin
from recognizers.lower_scan import lower_twin
from recognizers.start_set import compile_fast
from recognizers.street_types import SUFFIXES
from recognizers.street_words import _NAMEABLE, _NUMBER_WORDS
from recognizers.word_trie import factored

# The words a label or a spoken house number can open with (``_NUMBER_LABEL``, ``_SPOKEN_HOUSE``).
_LABEL_WORDS = "house|plot|lot|stand|erf|no|number|blk|block"
# Everything a chunk inside the label and house number can be made of (``_NUMBER_LABEL``, ``_BLOCK``,
# ``_SPOKEN_NUM``: "[\\s-]+" between number words, "double|triple|treble|slash", "and" after a scale word; the
# house letter; ",?" after it; a block's "13a"). Single characters are pieces one way only (a chunk of digits
# is one parse: its test does not backtrack over ways to split it).
_HOUSE_PIECE = rf"{_NUMBER_WORDS}|and|double|triple|treble|slash|{_LABEL_WORDS}|[a-h]|[0-9#.,\-]|(?<=\d)[i-z]"
# Names between the house number and the street end: at most this many chunks.
MAX_NAME_CHUNKS = 3
# SHA-256 of the "spoken" pattern's source this module was written for (its number words, in set order, as
# "{_NUMBER_WORDS}"): a change to the pattern or its pieces (``street_words``) turns the windows off until read again.
SPOKEN_FINGERPRINT = "740675b94ea2774a0a0e35d570008d804e99460a32c26e352fc74304bd62b4d2"


def _lower_fast(source: str) -> re.Pattern[str]:
    """``source`` (IGNORECASE) as a pattern for lower-cased ASCII text: its lower twin, word groups as tries."""
    twin = lower_twin(re.compile(source, re.IGNORECASE))
    factored_twin = compile_fast(factored(twin.pattern), twin.flags)
    return ascii_twin(factored_twin) or factored_twin


HOUSE_CHUNK = _lower_fast(rf"(?:{_HOUSE_PIECE})+")
# A blank, then a street end's first word: the blank is consumed (a search skips to blanks), the word starts after.
STREET_END_OPENER = _lower_fast(rf"\s(?:nagar|marg|vihar|{_NAMEABLE}|{SUFFIXES})")
HOUSE_OPENER = _lower_fast(rf"\b(?:{_LABEL_WORDS}|{_NUMBER_WORDS})")
_CHUNK = compile_fast(r"\S+")
_FIRST_LOOK = 64  # characters read back from a street end at first (four times as many each time more are needed)


def match_windows(low: str) -> list[tuple[int, int]]:
    """The stretches ``[start, end)`` of ``low`` (a lower-cased ASCII text) where a match can start, in order."""
    windows: list[tuple[int, int]] = []
    for found in STREET_END_OPENER.finditer(low):
        opener = found.start() + 1
        start = _window_start(low, opener)
        if windows and start <= windows[-1][1]:
            windows[-1] = (windows[-1][0], opener)
        else:
            windows.append((start, opener))
    return windows


def _window_start(low: str, opener: int) -> int:
    """The start of the last chunk that is no house chunk at or before the fourth chunk before ``opener`` (0 if
    none), read from a stretch before ``opener`` that grows until it holds that chunk whole."""
    fullmatch = HOUSE_CHUNK.fullmatch
    look = _FIRST_LOOK
    while True:
        lo = max(0, opener - look)
        chunks = [m.span() for m in _CHUNK.finditer(low, lo, opener)]  # (low[opener - 1] is a blank)
        whole = 1 if lo > 0 and not low[lo - 1].isspace() else 0  # the first chunk may be cut at lo
        j = len(chunks) - 1 - MAX_NAME_CHUNKS
        while j >= whole and fullmatch(low, *chunks[j]) is not None:
            j -= 1
        if j >= whole:
            return chunks[j][0]
        if lo == 0:
            return 0
        look *= 4


class WindowedTwin(LooseTwin):
    """A ``LooseTwin`` of the "spoken" street pattern whose ``finditer`` tries only ``match_windows``."""

    __slots__ = ()

    def finditer(self, text: str, low: str):
        """The matches of ``pattern.finditer(text)``; ``low`` is ``ascii_lower(text)`` (not None)."""
        twin_match, match = self.twin.match, self.pattern.match
        pos = 0
        for start, end in match_windows(low):
            for opener in HOUSE_OPENER.finditer(low, max(start, pos), end):
                place = opener.start()
                if place < pos or twin_match(low, place) is None:
                    continue
                real = match(text, place)
                if real is not None:
                    yield real
                    pos = real.end()


def windowed_spoken(twins: dict) -> dict:
    """``twins`` (pattern name -> twin) with the "spoken" pattern's ``LooseTwin`` as a ``WindowedTwin`` when the
    pattern is the one the module docstring reads (``SPOKEN_FINGERPRINT``); else unchanged (exact, slower)."""
    loose = twins["spoken"]
    source = loose.pattern.pattern.replace(_NUMBER_WORDS, "{_NUMBER_WORDS}")
    if hashlib.sha256(source.encode()).hexdigest() != SPOKEN_FINGERPRINT:
        return twins
    return {**twins, "spoken": WindowedTwin(loose.pattern, loose.twin)}
