"""A phrase said twice in a row tried only at the words said again a few words later ("Tope Udoka, Tope Udoka").

A pattern whose every match on ASCII text starts at a word (a run of ASCII letters) that comes again, case aside,
``gap`` words later (``gap`` in ``gaps``: the phrase's words and what may stand between the two sayings) can be tried
at those words only, left to right from the end of the last match: the matches of ``finditer``, at a few anchored
tries instead of a try at every character (the engine checks a backreference at each).
"""
from __future__ import annotations

import re

from recognizers.ascii_twin import AsciiFast
from recognizers.start_set import compile_fast

_LETTERS = compile_fast(r"[a-z]+")


def matches_at_repeated_words(pattern: AsciiFast | re.Pattern[str], text: str, gaps: range):
    """``pattern.finditer(text)`` for a pattern of the module's form; other than ASCII text reads as the pattern."""
    if not text.isascii():
        yield from pattern.finditer(text)
        return
    found = list(_LETTERS.finditer(text.lower()))
    words = [m.group() for m in found]
    starts = sorted({found[i].start() for gap in gaps for i in range(len(words) - gap) if words[i] == words[i + gap]})
    pos, match = 0, (pattern.for_text(text) if isinstance(pattern, AsciiFast) else pattern).match
    for start in starts:
        if start >= pos and (m := match(text, start)) is not None:
            yield m
            pos = m.end()  # (a phrase and its repeat: never empty)
