"""Numbers read one digit at a time ("four three six four four", "7 4 7 7 1", "six won four won five").

People read identifiers (codes, references, account and card numbers) digit by digit; they say amounts,
counts, times and years as cardinals ("sixty five", "two thirty", "nineteen eighty five"). So five digits
or more said one at a time are an identifier whatever the words around them: the caller's, to redact
even when no cue names it (fail closed), also across a pause or a self-correction ("seven eight nought no
wait double seven nought nine"). Four are one too (a PIN, a one-time code, the last four of a card) unless
they end a code with letters or follow a word naming something public (a flight, a gate, an extension).
Counting ("one two three four five") is not one.

Works on the written words, not the spoken view (where a run read digit by digit and a written number
look alike).
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Sequence

from recognizers.turn_words import alnum_words
from recognizers.spoken.blanked_pauses import WORD, blank_pauses
from recognizers.spoken.corrections import PAUSE_OR_CORRECTION, PAUSE_WORDS
from recognizers.spoken.number_words import DIGIT_HOMOPHONES, FILLERS, UNITS
from recognizers.start_set import compile_fast

# Digits said one at a time, at least this many: four are a PIN, a one-time code or the last four of a card
# as often as not (a year or a time is said as a cardinal: "nineteen eighty five", "nine forty five"), unless
# they follow a code's letters or a word naming something public ("flight v s two four nine oh").
MIN_DIGITS = 4
# Five or more are an identifier wherever they are.
MIN_DIGITS_ANYWHERE = 5
_PUBLIC_BEFORE = frozenset({"flight", "gate", "platform", "room", "extension", "ext", "bus", "route", "train",
                            "model", "page", "version", "seat", "terminal", "aisle", "row", "channel", "track"})
_LETTER_BEFORE = compile_fast(r"(?:^|\s)[b-hj-z]\W*$")  # not "a", "i"
_SURE = {**{w: str(v) for w, v in UNITS.items()}, **{str(d): str(d) for d in range(10)}, "oh": "0", "o": "0"}
_REPEAT = {"double": 2, "triple": 3, "treble": 3}
_EDGE_HOMOPHONES = frozenset({"won", "ate"})
_OPENERS = (frozenset(_REPEAT) | frozenset(_SURE) | frozenset(DIGIT_HOMOPHONES)) - frozenset(FILLERS)  # open a chain
_WORD = WORD  # ("[a-z0-9]+(?:'[a-z]+)?")
# Only blanks (and a comma) between two words of one run; a full stop or a dash ends it.
_GAP = compile_fast(r"[ \t]*,?[ \t]+|[ \t]*,[ \t]*")


def _runs(low: str, matches: Sequence[re.Match[str]], words: Sequence[str]) -> list[list[tuple[int, int, str]]]:
    """Chains of (start, end, digits) for words that may be digits, broken where a word may not be
    (``matches``: the ``_WORD`` spans of ``low``, ``words``: their words)."""
    chains: list[list[tuple[int, int, str]]] = []
    chain: list[tuple[int, int, str]] = []
    repeat = 1
    last_end = -1
    # Outside a chain only a word that opens one acts (a filler or any other word changes nothing): found in C.
    next_opener = list(map(_OPENERS.__contains__, words)).index
    i, n = 0, len(words)
    while i < n:
        if not chain:
            try:
                i = next_opener(True, i)
            except ValueError:
                break
        m, word = matches[i], words[i]
        i += 1
        if chain and not _GAP.fullmatch(low, last_end, m.start()):
            chains.append(chain)
            chain, repeat = [], 1
        if word in FILLERS:
            last_end = m.end()
            continue
        if word in _REPEAT:
            repeat = _REPEAT[word]
            chain.append((m.start(), m.end(), ""))
        elif word in _SURE:
            chain.append((m.start(), m.end(), _SURE[word] * repeat))
            repeat = 1
        elif word in DIGIT_HOMOPHONES:
            chain.append((m.start(), m.end(), "?" * repeat))
            repeat = 1
        else:
            if chain:
                chains.append(chain)
            chain, repeat = [], 1
        last_end = m.end()
    if chain:
        chains.append(chain)
    return chains


def _words(low: str) -> tuple[list[re.Match[str]], list[str]]:
    matches = list(_WORD.finditer(low))
    return matches, list(map(re.Match.group, matches))


def may_read_digits(text: str) -> bool:
    """Cheap gate before ``digit_by_digit``: enough words that are digits or digit words for a run ("double"
    counts twice, so one fewer)."""
    return sum(map(_SURE.__contains__, text.lower().replace(",", " ").split())) >= MIN_DIGITS - 1


def _counting(digits: str) -> bool:
    """ "1 2 3 4 5", "9 8 7 6 5": counting, not a number."""
    steps = {int(b) - int(a) for a, b in zip(digits, digits[1:])}
    return steps in ({1}, {-1})


def _public_code(low: str, start: int) -> bool:
    """The four digits at ``start`` end a code with letters ("v s two four nine oh") or follow a word naming
    something public within three words ("flight one one seven three", "gate 4 2 1 7")."""
    before = low[max(0, start - 40):start]
    return bool(_LETTER_BEFORE.search(before)) or not _PUBLIC_BEFORE.isdisjoint(before.split()[-3:])


@lru_cache(maxsize=1024)  # the written text, its variants and its view ask for the same turn
def digit_by_digit(text: str) -> tuple[tuple[int, int, str], ...]:
    """Spans of ``text`` where four or more digits are said or typed one at a time, with those digits ("?"
    for a homophone such as "won" or "for", read as a digit inside a run only; "double"/"triple" repeat
    the next digit)."""
    low = text.lower()
    # (ASCII: the turn's words as other modules read them, the same spans and words as ``_WORD`` on ``low``)
    matches, words = alnum_words(text) if text.isascii() else _words(low)
    if not PAUSE_WORDS.isdisjoint(words):
        # A pause or a self-correction inside the run ("nought o o one sorry six four ate five"): the
        # digits on both sides were read one at a time all the same (blanked, so offsets stay).
        if text.isascii():
            low, matches, words = blank_pauses(low, matches, words)
        else:
            low = PAUSE_OR_CORRECTION.sub(lambda m: " " * len(m.group()), low)
            matches, words = _words(low)
    spans = []
    for chain in _runs(low, matches, words):
        # A run starts and ends on a sure digit, "double" or a homophone no other word sounds like ("won",
        # "ate"); "for", "to" and a lone "o" at an edge are words.
        while chain and (chain[0][2] == "?" and low[chain[0][0]:chain[0][1]] not in _EDGE_HOMOPHONES
                         or chain[0][2] == "" and (len(chain) < 2 or not chain[1][2].isdigit())
                         or low[chain[0][0]:chain[0][1]] == "o"):
            chain = chain[1:]
        while chain and (chain[-1][2] == "" or chain[-1][2] == "?" and low[chain[-1][0]:chain[-1][1]]
                         not in _EDGE_HOMOPHONES) or chain and low[chain[-1][0]:chain[-1][1]] == "o":
            chain = chain[:-1]
        digits = "".join(d for _, _, d in chain)
        sure = digits.replace("?", "")
        if len(sure) >= MIN_DIGITS and len(sure) >= 2 * digits.count("?") and not _counting(sure) \
                and (len(sure) >= MIN_DIGITS_ANYWHERE or not _public_code(low, chain[0][0])):
            spans.append((chain[0][0], chain[-1][1], digits))
    return tuple(spans)
