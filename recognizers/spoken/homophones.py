"""Digit words a speech engine wrote as other words, inside a read-out number: homophones ("seven won four
ate too five" is 7148 25), "(and) then" between digits ("six then two then three" is 623) and a teen written
as two words ("seven teen" is 17, "eigh teen" 18).

Runs on the spoken view's tokens before runs are found (``recognizers.spoken.tokens``); changes kinds in
place so the run finder reads the words as digits or as a filler.
"""
from __future__ import annotations

from itertools import compress
from operator import attrgetter

from recognizers.spoken import number_words as nw
from recognizers.spoken.kinds import ASIN, FILLER, LETTER, MULT, NATO, TEEN, TENS, UNIT, WDIGITS, ZERO
from recognizers.start_set import compile_fast

# Digits a speech engine wrote as their homophones inside a read-out number ("seven won four ate too
# five", "o o to nine six"): digits only inside a long run of digit words, at its edge only the words
# that are no function words.
HOMOPHONES = nw.DIGIT_HOMOPHONES
_LOW = attrgetter("low")
_HOMOPHONE_AT_EDGE = frozenset({"won", "too", "free", "ate"})
# A run needs this many words, this many of them sure digit words (and no more homophones than those,
# unless the run is long: "won won six for seven ate").
MIN_RUN_WORDS = 4
MIN_SURE_DIGITS = 2
# A run this long reads any homophone at its edges as a digit too ("the code is for four won four to eight").
LONG_RUN_SURE_DIGITS = 5
LONG_RUN_WORDS = 6
_SURE_LETTER_KINDS = frozenset({LETTER, NATO, ASIN})
# Right after a word that announces a number ("sort code for to one", "it begins to two to won", "ends in
# won three too") a shorter chain is read as digits too: two words, one of them a sure digit word, or three.
_CUE_LEAD_INS = nw.CUE_LEAD_INS | nw.FILLERS
# Blanks, commas and hesitations between two words of one read-out number ("two o won erm for five").
_DIGIT_GAP = compile_fast(r"[\s,]{1,3}(?:(?:" + "|".join(sorted(nw.FILLERS)) + r")[\s,]{1,3})*")


_SURE_KINDS = frozenset({UNIT, ZERO, TEEN, TENS, MULT})
_LINK_KINDS = _SURE_KINDS | {LETTER, WDIGITS}


def _sure_digit(tok) -> bool:
    return tok.kind in _SURE_KINDS or (tok.kind == LETTER and tok.low == "o") or (
        tok.kind == WDIGITS and len(tok.low) <= 2)


def _single_digit(tok) -> bool:
    return tok.kind in (UNIT, ZERO) or (tok.kind == WDIGITS and len(tok.low) == 1)


def _then_between_digits(toks: list) -> None:
    """ "six then two then three", "oh six and then six": "(and) then" between two digit words is a pause
    inside one value (a filler of the run), not a word that ends it."""
    for k, tok in enumerate(toks):
        if tok.low != "then" or k == 0 or k + 1 >= len(toks):
            continue
        before = k - 1 - (toks[k - 1].low == "and" and k >= 2)
        if _single_digit(toks[before]) and _single_digit(toks[k + 1]):
            for j in range(before + 1, k + 1):
                toks[j].kind = FILLER


def _after_number_cue(toks: list, i: int) -> bool:
    """Whether the word before ``toks[i]`` (past "is", "in", "with" and hesitations) announces a number."""
    k = i - 1
    while k >= 0 and toks[k].low in _CUE_LEAD_INS and i - k <= 3:
        k -= 1
    return k >= 0 and toks[k].low in nw.NUMBER_CUES


# The first half of a teen a speech engine split in two: its stem ("eigh teen", "fif teen") or the unit ("eight teen").
_TEEN_HEADS = {teen[:-4]: value for teen, value in nw.TEENS.items() if teen.endswith("teen")} | {
    unit: value + 10 for unit, value in nw.UNITS.items() if 3 <= value <= 9}


def _joined_teens(text: str, toks: list) -> list:
    """``toks`` with each "<head> teen" (one blank between) read as one teen token spanning both words."""
    out = []
    for tok in toks:
        prev = out[-1] if out else None
        if tok.low == "teen" and prev is not None and prev.low in _TEEN_HEADS and tok.start - prev.end == 1 \
                and text[prev.end] == " ":
            prev.end, prev.low, prev.kind, prev.value = tok.end, prev.low + "teen", TEEN, _TEEN_HEADS[prev.low]
            continue
        out.append(tok)
    return out


def _link(tok) -> bool:
    """Whether ``tok`` may join a chain below: a homophone or a sure digit word."""
    return tok.low in HOMOPHONES or tok.kind in _LINK_KINDS and _sure_digit(tok)


def _homophone_beside_link(toks: list) -> bool:
    """Whether a homophone has a word that may join its chain right before or after it (past hesitations): a chain
    of one word changes nothing, so without one no word changes."""
    n = len(toks)
    for i in compress(range(n), map(HOMOPHONES.__contains__, map(_LOW, toks))):  # (the homophones, found in C)
        for step in (-1, 1):
            k = i + step
            while 0 <= k < n and toks[k].kind == FILLER:
                k += step
            if 0 <= k < n and _link(toks[k]):
                return True
    return False


def digits_read_as_words(text: str, toks: list) -> list:
    """Homophones read as digits inside a run of digit words, "then" between digit words a pause, a split teen
    one teen (in place but for the teens; returns the tokens)."""
    if "teen" in text:
        toks = _joined_teens(text, toks)
    lows = set(map(_LOW, toks))
    if "then" in lows:
        _then_between_digits(toks)
    if lows.isdisjoint(HOMOPHONES) or not _homophone_beside_link(toks):
        return toks
    links = list(map(_link, toks))  # which tokens may join a chain (only tokens of a finished chain change below)
    next_link = links.index
    i, n = 0, len(toks)
    while True:
        try:
            i = next_link(True, i)  # (found in C: most words are no link)
        except ValueError:
            break
        j = i  # the chain toks[i..j]: digit words and homophones with blanks, commas or hesitations between
        while True:
            k = j + 1
            while k < n and toks[k].kind == FILLER:
                k += 1
            if not (k < n and links[k] and _DIGIT_GAP.fullmatch(text, toks[j].end, toks[k].start)):
                break
            j = k
        if j == i:  # one word alone: no chain below is shorter than two words
            i += 1
            continue
        chain = [t for t in toks[i:j + 1] if t.kind != FILLER]
        homophones = [t for t in chain if t.low in HOMOPHONES and not _sure_digit(t)]
        if not homophones:  # digit words only ("four one five"): nothing to read
            i = j + 1
            continue
        sure = sum(_sure_digit(t) for t in chain)
        after_cue = _after_number_cue(toks, i)
        if homophones and (len(chain) >= MIN_RUN_WORDS and sure >= MIN_SURE_DIGITS
                           and len(homophones) <= max(sure, len(chain) - MIN_SURE_DIGITS)
                           or after_cue and (len(chain) >= 3 or len(chain) == 2 and sure >= 1)):
            # At the chain's edge only a word that is no function word, or any after a spelled letter
            # ("see e to five six seven": the code's letters, then its digits).
            before = toks[i - 1] if i > 0 else None
            after_letter = before is not None and before.kind in _SURE_LETTER_KINDS \
                and before.low not in nw.AMBIGUOUS_LETTERS
            long_run = sure >= LONG_RUN_SURE_DIGITS or len(chain) >= LONG_RUN_WORDS or after_cue
            for t in homophones:
                inner = t is not chain[0] and t is not chain[-1]
                if inner or long_run or t.low in _HOMOPHONE_AT_EDGE or (t is chain[0] and after_letter):
                    t.kind, t.value = UNIT, HOMOPHONES[t.low]
        i = j + 1
    return toks
