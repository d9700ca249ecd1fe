"""Postcodes as callers say them: runs of code units in a transcript.

A *unit* is a word that stands for postcode characters: a letter or digit, a NATO or letter-sound word
("tango", "tee"), a digit homophone inside a code ("won", "for"), "double"/"triple" with what follows,
"k for kilo", "x ray", a teen or tens number. ``code_runs(text)`` gives every maximal run of units (glue
words such as "uh" or "then" may sit inside); joined, a run's characters are the code.
"""
from __future__ import annotations

import re
from functools import lru_cache
from itertools import repeat
from operator import is_not, itemgetter

from recognizers.turn_words import alnum_words
from recognizers.postcode_shapes import is_postcode, mixed
from recognizers.start_set import compile_fast
from recognizers.spoken.letter_runs import as_in_end
from recognizers.spoken.number_words import (DIGIT_HOMOPHONES, FILLERS, LETTER_SOUNDS, MULTIPLIERS, NATO, TEENS,
                                             TENS, UNITS)

TOKEN = compile_fast(r"x-ray|[A-Za-z0-9]+(?:['’][A-Za-z]+)?", re.IGNORECASE)
_TOKEN_ASCII = compile_fast(r"[Xx]-[Rr][Aa][Yy]|[A-Za-z0-9]+(?:'[A-Za-z]+)?")  # its matches on ASCII text, faster
GAP = compile_fast(r"[\s,.\-]{0,4}")
# Words that may sit inside a spoken code without being part of it ("W is 0 J B", "uh").
_GLUE = frozenset({"is", "uh", "um", "er", "erm", "then", "space", "right"})
_MULTI_WORD_UNITS = frozenset(MULTIPLIERS) | frozenset(TEENS) | frozenset(TENS)  # the words ``_tokens`` may rewrite
# Two-letter words that are words, not letter pairs ("so", "my"), unless written in capitals.
_WORDS2 = frozenset("am an as at be by do go he hi if in is it me my no of oh ok on or so to up us we ya ye yo".split())


def _words_shared(text: str) -> bool:
    """Whether the words of ``text`` are its ``alnum_words`` (on ASCII text with no "x-ray" written those are
    ``_TOKEN_ASCII``'s, span for span)."""
    return text.isascii() and ("-" not in text or "x-ray" not in text.lower())


@lru_cache(maxsize=1 << 14)
def _unit(word: str) -> str | None:
    """The code characters one word stands for, or None (upper case; "oh" stands for "0")."""
    low = word.lower()
    if low in NATO or low in LETTER_SOUNDS:
        return (NATO.get(low) or LETTER_SOUNDS[low]).upper()
    if low in DIGIT_HOMOPHONES or low in UNITS or low == "oh":  # "won" 1, "ate" 8, "for" 4 inside a code
        return str(DIGIT_HOMOPHONES.get(low, UNITS.get(low, 0)))
    if len(low) > 8 or not low.isalnum() or low in FILLERS:
        return None
    if low.isdigit():
        return low if len(low) <= 4 else None
    if len(low) > 4:
        # A whole postcode typed as one word ("sw1a1aa", "k4n4ya"); any other long word is no unit.
        return low.upper() if mixed(low) and is_postcode(low.upper()) else None
    if low.isalpha() and len(low) > 2:
        return None
    if len(low) == 2 and low.isalpha() and low in _WORDS2 and not word.isupper():
        return None
    return low.upper()


Unit = tuple[int, int, str]  # start, end, code characters
_CHARS = itemgetter(2)


@lru_cache(maxsize=1024)
def code_runs(text: str) -> tuple[tuple[Unit, ...], ...]:
    """Every maximal run of code units in ``text``, each unit as (start, end, characters) (cached)."""
    runs: list[tuple[Unit, ...]] = []
    run: list[Unit] = []
    cursor = -1  # end of the run's last token (glue words too)
    glued = False
    tokens = _tokens(text)
    units = list(map(_unit, map(_CHARS, tokens)))
    is_unit = list(map(is_not, units, repeat(None))).index  # (most words: no unit; skipped in C outside a run)
    i, n = 0, len(tokens)
    while i < n:
        if not run:
            try:
                i = is_unit(True, i)
            except ValueError:
                break
        start, end, word = tokens[i]
        unit = units[i]
        i += 1
        joined = bool(run) and GAP.fullmatch(text[cursor:start]) is not None
        if unit is None and joined and not glued and word.lower() in _GLUE:
            cursor, glued = end, True
            continue
        if run and (unit is None or not joined):
            runs.append(tuple(run))
            run = []
        if unit is not None:
            run.append((start, end, unit))
            cursor, glued = end, False
    if run:
        runs.append(tuple(run))
    return tuple(runs)


def _tokens(text: str) -> list[tuple[int, int, str]]:
    """Words of ``text``; "double you" is one word (W), "double a" / "triple 7" one repeated unit,
    "x ray" one NATO word."""
    if _words_shared(text):  # (the turn's words as other modules read them)
        matches, lows = alnum_words(text)
        words = list(zip(map(re.Match.start, matches), map(re.Match.end, matches), map(re.Match.group, matches)))
    else:
        words = [(m.start(), m.end(), m.group()) for m in (_TOKEN_ASCII if text.isascii() else TOKEN).finditer(text)]
        lows = list(map(str.lower, map(_CHARS, words)))
    # An ordinary word is kept as it is (the rules below): only the others are visited (found in C).
    next_special = [len(low) == 1 or low in _MULTI_WORD_UNITS for low in lows].index
    out = []
    i = 0
    while i < len(words):
        try:
            k = next_special(True, i)
        except ValueError:
            out += words[i:]
            break
        out += words[i:k]
        i = k
        start, end, word = words[i]
        low = lows[i]
        if low in MULTIPLIERS and i + 1 < len(words) and GAP.fullmatch(text[end:words[i + 1][0]]):
            nxt = words[i + 1]
            unit = "w" if nxt[2].lower() in ("you", "u") and low == "double" else _unit(nxt[2])
            if unit is not None and len(unit) == 1:
                out.append((start, nxt[1], unit * (1 if unit == "w" else MULTIPLIERS[low])))
                i += 2
                continue
        if low == "x" and i + 1 < len(words) and words[i + 1][2].lower() == "ray" \
                and GAP.fullmatch(text[end:words[i + 1][0]]):
            out.append((start, words[i + 1][1], "xray"))  # "x ray": the NATO word, said as two
            i += 2
            continue
        spelled = as_in_end(text, words, i) if len(low) == 1 and low.isalpha() else 0  # "j for juliet": j
        if spelled:
            out.append((start, words[spelled - 1][1], low))
            i = spelled
            continue
        if low in TEENS:
            out.append((start, end, str(TEENS[low])))
            i += 1
            continue
        if low in TENS:  # "b sixty eight h b": a tens word and the digit after it are one number
            if i + 1 < len(words) and words[i + 1][2].lower() in UNITS and UNITS[words[i + 1][2].lower()] \
                    and GAP.fullmatch(text[end:words[i + 1][0]]):
                out.append((start, words[i + 1][1], str(TENS[low] + UNITS[words[i + 1][2].lower()])))
                i += 2
                continue
            out.append((start, end, str(TENS[low])))
            i += 1
            continue
        out.append((start, end, word))
        i += 1
    return out


def word_count(text: str) -> int:
    """How many ``TOKEN`` words ``text`` holds (on ASCII text read by the faster ``_TOKEN_ASCII``)."""
    if _words_shared(text):
        return len(alnum_words(text)[0])
    return len((_TOKEN_ASCII if text.isascii() else TOKEN).findall(text))


def code_of(units: tuple[Unit, ...]) -> str:
    return "".join(map(_CHARS, units))
