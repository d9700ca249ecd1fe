"""Digits said in the caller's own language inside an English call ("tre due due", "drei zwei acht"), resolved on the
spoken view's tokens (``recognizers.spoken.tokens``)."""
from __future__ import annotations

from operator import attrgetter

from recognizers.spoken.kinds import FUNIT, UNIT, WDIGITS, WORD, ZERO
from recognizers.start_set import compile_fast

_RUN_GAP = compile_fast(r"[\s,.;\-\u2026]{0,6}")  # as between the words of one spoken run
# A word of a run of digits read out: a digit word, a written digit, or one said in another language.
_DIGIT_KINDS = frozenset({UNIT, ZERO, FUNIT})
FOREIGN_RUN_MIN, FOREIGN_WORDS_MIN = 3, 2
_KIND = attrgetter("kind")


def foreign_digits(text: str, toks: list) -> list:
    """Digits said in another language ("tre due due", "drei zwei acht"): digits (UNIT) in a run of at least three
    digit words with at least two of them foreign; elsewhere words ("due", "sept", "sex" alone). In place."""
    if FUNIT not in map(_KIND, toks):  # (most texts: none, found in C)
        return toks
    i, n = 0, len(toks)
    while i < n:
        if toks[i].kind not in _DIGIT_KINDS and not (toks[i].kind == WDIGITS and len(toks[i].low) == 1):
            i += 1
            continue
        j = i + 1
        while j < n and (toks[j].kind in _DIGIT_KINDS or toks[j].kind == WDIGITS and len(toks[j].low) == 1) \
                and _RUN_GAP.fullmatch(text, toks[j - 1].end, toks[j].start):
            j += 1
        run = toks[i:j]
        foreign = sum(t.kind == FUNIT for t in run)
        digits = len(run) >= FOREIGN_RUN_MIN and foreign >= FOREIGN_WORDS_MIN
        for tok in run:
            if tok.kind == FUNIT:
                tok.kind = UNIT if digits else WORD
        i = j
    return toks
