"""Deciding the ambiguous words of a spoken run from their neighbours ("oh" / "o", "a" / "i", "mike", "double",
"hundred"), for ``recognizers.spoken.tokens.find_runs`` (runs of its tokens, changed in place)."""
from __future__ import annotations

from recognizers.spoken import number_words as nw
from recognizers.spoken.kinds import (ASIN, LETTER, LETTERISH, MULT, NATO, NUMERIC, SCALE, TEEN, TENS, UNIT, WDIGITS,
                                      WORD, ZERO)


def resolve(run: list) -> None:
    """Decide the ambiguous tokens of a run from their neighbours (in place)."""
    n = len(run)
    if n == 1:  # no neighbours (most runs: a lone "a" or "i"): the rules below, decided directly
        tok = run[0]
        if tok.kind == ZERO:
            tok.kind, tok.value = (LETTER, "o") if tok.low == "o" else (WORD, None)
        kind = tok.kind
        if (kind == LETTER and tok.low in nw.AMBIGUOUS_LETTERS or kind == NATO and tok.low in nw.AMBIGUOUS_NATO
                or kind == MULT or kind == SCALE):
            tok.kind = WORD
        return

    # "oh" / "o" are zero next to a sure number or a confirmed zero ("oh oh oh seven"): sweep until
    # confirmation has propagated through every chain of zeros (a run without "oh" / "o" has none).
    kinds = {t.kind for t in run}
    zeros: set[int] = set()
    changed = sweep = ZERO in kinds or LETTER in kinds
    while changed:
        changed = False
        for i, tok in enumerate(run):
            if i not in zeros and (tok.kind == ZERO or (tok.kind == LETTER and tok.low == "o")):
                if any(run[j].kind in NUMERIC and run[j].kind != ZERO or j in zeros for j in (i - 1, i + 1)
                       if 0 <= j < n):
                    zeros.add(i)
                    changed = True
    for i, tok in enumerate(run if sweep else ()):
        if i in zeros:
            tok.kind, tok.value = ZERO, 0
        elif tok.kind == ZERO:
            tok.kind = LETTER if tok.low == "o" else WORD
            tok.value = "o" if tok.low == "o" else None
    kinds = {t.kind for t in run} if sweep else kinds
    if kinds.isdisjoint((LETTER, NATO, MULT, SCALE)):  # the only kinds decided below
        return
    # In a run that surely spells letters ("s w one a one a a"), "a"/"i" next to digits are letters too.
    spelled = not kinds.isdisjoint(LETTERISH) and any(_is_letter(t) for t in run)
    code = NATO in kinds and _nato_code(run)  # (a code holds two NATO words)
    for i, tok in enumerate(run):
        if tok.kind == LETTER and tok.low in nw.AMBIGUOUS_LETTERS:
            if not any(_is_letter(t) or spelled and (t.kind in NUMERIC or t.kind == LETTER)
                       for t in run[max(0, i - 1):i] + run[i + 1:i + 2]):
                tok.kind = WORD
        elif tok.kind == NATO and tok.low in nw.AMBIGUOUS_NATO:
            if not code and not any(_is_letter(t) for t in run[max(0, i - 1):i] + run[i + 1:i + 2]) \
                    and not _three_nato(run, i):
                tok.kind = WORD
        elif tok.kind == MULT and not (i + 1 < n and run[i + 1].kind in (UNIT, ZERO)):
            tok.kind = WORD
        elif tok.kind == SCALE and not (i > 0 and run[i - 1].kind in (UNIT, TEEN, TENS)):
            tok.kind = WORD


def _is_letter(tok) -> bool:
    if tok.kind == ASIN:
        return True
    if tok.kind == LETTER:
        return tok.low not in nw.AMBIGUOUS_LETTERS
    return tok.kind == NATO and tok.low not in nw.AMBIGUOUS_NATO


def _nato_code(run: list) -> bool:
    """Whether a run is a code read with NATO words and digits ("hotel six delta mike nine november",
    "november hotel 823874"): four or more characters, at least two NATO words and a digit, nothing else
    but letters."""
    nato = sum(t.kind == NATO for t in run)
    numbers = sum(len(t.low) if t.kind == WDIGITS else t.kind in NUMERIC for t in run)  # "823874" is six
    return nato + numbers >= 4 and nato >= 2 and numbers >= 1 and all(
        t.kind in NUMERIC or t.kind in LETTERISH for t in run)


def _three_nato(run: list, i: int) -> bool:
    lo, hi = i, i
    while lo > 0 and run[lo - 1].kind == NATO:
        lo -= 1
    while hi + 1 < len(run) and run[hi + 1].kind == NATO:
        hi += 1
    return hi - lo >= 2
