"""``digit_by_digit``'s lower-cased ASCII turn with its pauses and self-corrections blanked, and its words then.

Blanking (each ``PAUSE_OR_CORRECTION`` match turned into as many blanks) only turns letters and blanks into blanks,
so the words (``WORD``) change only in the *chunks* (maximal runs of ``[a-z0-9']``, which no word crosses) that hold a
blanked character: every other chunk is the same text, scanned the same. Those chunks are scanned again; the turn's
other words are kept (the words of the blanked text, match for match, in fewer steps than scanning it all again).
"""
from __future__ import annotations

import re
from typing import Sequence

from recognizers.lower_scan import lower_twin
from recognizers.spoken.corrections import PAUSE_OR_CORRECTION
from recognizers.start_set import compile_fast

WORD = compile_fast(r"[a-z0-9]+(?:'[a-z]+)?")
_PAUSE_OR_CORRECTION_LOWER = lower_twin(PAUSE_OR_CORRECTION)  # the same spans on lower-cased ASCII text
_CHUNK = frozenset("abcdefghijklmnopqrstuvwxyz0123456789'")


def blank_pauses(low: str, matches: Sequence[re.Match[str]], words: Sequence[str]
                 ) -> tuple[str, Sequence[re.Match[str]], Sequence[str]]:
    """(``low`` blanked, its ``WORD`` matches, their words), given ``low`` (lower-cased ASCII) and its ``WORD``
    spans (``matches``, of ``low`` or of the text it lowers) and words."""
    blanks = [m.span() for m in _PAUSE_OR_CORRECTION_LOWER.finditer(low)]
    if not blanks:
        return low, matches, words
    pieces, pos = [], 0
    for start, end in blanks:
        pieces += (low[pos:start], " " * (end - start))
        pos = end
    pieces.append(low[pos:])
    blanked = "".join(pieces)
    # The chunks of ``low`` that hold a blanked character (each grown to its chunk, then merged).
    regions: list[list[int]] = []
    n = len(low)
    for start, end in blanks:
        while start and low[start - 1] in _CHUNK:
            start -= 1
        while end < n and low[end] in _CHUNK:
            end += 1
        if regions and start <= regions[-1][1]:
            regions[-1][1] = max(end, regions[-1][1])
        else:
            regions.append([start, end])
    out_matches: list[re.Match[str]] = []
    out_words: list[str] = []
    i, count = 0, len(matches)
    for start, end in regions:
        k = i
        while k < count and matches[k].end() <= start:
            k += 1
        out_matches += matches[i:k]
        out_words += words[i:k]
        found = list(WORD.finditer(blanked, start, end))
        out_matches += found
        out_words += map(re.Match.group, found)
        while k < count and matches[k].start() < end:
            k += 1  # (a word of the chunk: scanned again above)
        i = k
    out_matches += matches[i:]
    out_words += words[i:]
    return blanked, out_matches, out_words
