"""Values said with a pause or a self-correction inside ("seven eight hang on nine nine one seven",
"oh one three five one sorry oh one three five nine oh eight ...").

Two helpers for the identifier recognizers (``recognizers.spoken_aware``):

* ``without_pauses(text)``: the text without the pause phrases between two numbers ("let me see", "hang
  on", "uh"), with an offset map, so a number read in two goes is searched as one ("3456891579 let me see
  28593" is one card number);
* ``extend_through_corrections(s, start, end)``: a found value grown over a self-correction or pause and
  the digits on its other side, so the whole stretch is redacted: the digits a caller took back are theirs
  too (a wrong digit or two of the same number).

Both work on digits (the written text or the spoken view, where "nine nine one seven" is "9917"), so
they add nothing to a turn without such a phrase: callers gate on ``has_pause_words``.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Callable

from recognizers.lower_scan import CaseFolded
from recognizers.start_set import compile_fast

# A pause while reading a number: the digits on both sides belong to one value. "right": a caller ticking off the
# groups they read ("2773 right 1294"); "then": one code read in two groups ("9339 then 9041"; "82-36-50 and then
# 6179-0691" is two values).
_PAUSE = (r"(?:u+h+|u+m+|uhm|e+r+m*|h+m+|a+h+|let me (?:just )?(?:see|check|think|look)|(?:hang|hold) on(?: a sec(?:ond)?)?|"
          r"(?:just |give me )?(?:a|one) (?:sec(?:ond)?|moment|minute)|sec(?! code)|bear with me|where was i|wait|"
          r"right|(?<!and )then)")
# A self-correction: the digits after it replace some of those before it.
_CORRECT = (r"(?:sorry|i mean|i meant|(?:oh )?wait,? no|oh wait|oh no|no wait|no sorry|no no|no|scratch that|actually|oops|correction|"
            r"or rather|rather|my bad|ay|pala|" + _PAUSE[3:-1] + r")")  # Tagalog "ay" (oops), "pala" (it turns out)
# Words whose presence lets a turn hold either phrase (a cheap gate on the turn's word set).
PAUSE_WORDS = frozenset({"uh", "um", "er", "erm", "hmm", "ah", "let", "hang", "hold", "sec", "second", "wait",
                         "sorry", "mean", "meant", "no", "scratch", "actually", "oops", "correction", "rather",
                         "bad", "uhm", "umm", "uhh", "hm", "right", "sec", "moment", "minute", "bear", "where", "then",
                         "ay", "pala"})

# Either phrase as a word group of its own ("seven eight nought no wait double seven nought nine").
PAUSE_OR_CORRECTION = compile_fast(r"\b" + _CORRECT + r"\b", re.IGNORECASE)

_SEP = r"[\s,.;:\-]+"
# A pause phrase between two digits (written or in the view), dropped by ``without_pauses``; two digits
# must follow (a lone one is a count: "33164457 um 2 of them").
_PAUSE_BETWEEN = CaseFolded(compile_fast(r"(?<=\d)" + _SEP + r"(?:" + _PAUSE + _SEP + r")*" + _PAUSE + r"(?=" + _SEP + r"\d[ \-]?\d)",
                            re.IGNORECASE))
# ``_PAUSE_BETWEEN`` with its digit consumed instead of looked behind: it matches somewhere exactly when
# ``_PAUSE_BETWEEN`` does, and its search skips ahead to the digits (a cheap test before dropping pauses).
_PAUSE_BETWEEN_GATE = CaseFolded(compile_fast(_PAUSE_BETWEEN.pattern.replace(r"(?<=\d)", r"\d", 1), re.IGNORECASE))
# What may follow a value: correction and pause phrases, then digits (groups spaced or dashed).
_DIGITS = r"\d(?:\d|[ \-](?=\d))*"
_FORWARD = CaseFolded(compile_fast(r"(?:" + _SEP + _CORRECT + r")+" + _SEP + r"(?P<digits>" + _DIGITS + r")(?![\w\-]|[.,]\d)",
                      re.IGNORECASE))
_BACKWARD = compile_fast(r"(?<![\w\-])(?P<digits>" + _DIGITS + r")(?:" + _SEP + _CORRECT + r")+" + _SEP + r"$",
                       re.IGNORECASE)
# A gap of pauses only: the digits on both sides are one value.
_PAUSE_ONLY = CaseFolded(compile_fast(r"(?:" + _SEP + _PAUSE + r")+" + _SEP, re.IGNORECASE))
# Digits on the other side are a count, a price or a time, not part of the value, when a unit follows.
_UNIT_AFTER = CaseFolded(compile_fast(r"\s*(?:%|dollars?|bucks|cents|euros?|pounds|quid|percent|items?|pieces?|minutes?|"
                         r"mins?|hours?|days?|weeks?|months?|years?|seconds?|secs?|am|pm|o'?clock)\b",
                         re.IGNORECASE))
# At least this many digits on the other side: "sorry 2" is a count or a word, not a piece of the value.
MIN_PIECE_DIGITS = 2
# How far back a head of the value may start (characters of the searched string).
BACK_REACH = 60
# How many corrections one value may hold.
MAX_PIECES = 4


def has_pause_words(words: frozenset[str]) -> bool:
    """Cheap gate: can a turn with these (lower-case) words hold a pause or a correction?"""
    return not PAUSE_WORDS.isdisjoint(words)


def drop_matches(pattern: re.Pattern[str], text: str) -> tuple[str, tuple[int, ...]] | None:
    """``text`` without the matches of ``pattern`` and, for each kept character, its offset in ``text``;
    None when nothing matches."""
    if not pattern.search(text):
        return None
    out: list[str] = []
    offsets: list[int] = []
    pos = 0
    for m in pattern.finditer(text):
        out.append(text[pos:m.start()])
        offsets.extend(range(pos, m.start()))
        pos = m.end()
    out.append(text[pos:])
    offsets.extend(range(pos, len(text)))
    return "".join(out), tuple(offsets)


@lru_cache(maxsize=1024)
def without_pauses(text: str) -> tuple[str, tuple[int, ...]] | None:
    """``text`` without the pause phrases between two written digits (``drop_matches``)."""
    if not _PAUSE_BETWEEN_GATE.search(text):
        return None
    return drop_matches(_PAUSE_BETWEEN, text)


def _count(digits: str) -> int:
    return sum(map(str.isdigit, digits))


def extend_through_corrections(s: str, start: int, end: int,
                               free: Callable[[int, int], bool] = lambda a, b: True) -> list[tuple[int, int]]:
    """The value at ``[start, end)`` of ``s`` and the digits said around it across pauses and
    self-corrections, on either side: the value grown over a pause ("7833 hang on 9917" is one value),
    and each piece beyond a correction as a value of its own ("01351 sorry 01359082937": the caller's
    first try is theirs too, but the correction words are nobody's). Digits beyond a correction where
    ``free(start, end)`` is False are a value found already: no second piece there."""
    spans: list[tuple[int, int]] = []
    for _ in range(MAX_PIECES):
        m = _FORWARD.match(s, end)
        if m is None or _count(m["digits"]) < MIN_PIECE_DIGITS or _UNIT_AFTER.match(s, m.end()):
            break
        if _PAUSE_ONLY.fullmatch(s, m.start(), m.start("digits")):
            end = m.end()  # one value, even when its rest was found on its own
        elif not free(m.start("digits"), m.end()):
            break
        else:
            spans.append((start, end))
            start, end = m.start("digits"), m.end()
    spans.append((start, end))
    first = 0  # the span the backward search grows
    start, end = spans[first]
    for _ in range(MAX_PIECES):
        lo = max(0, start - BACK_REACH)
        m = _BACKWARD.search(s[lo:start])
        if m is None or _count(m["digits"]) < MIN_PIECE_DIGITS:
            break
        if _PAUSE_ONLY.fullmatch(s, lo + m.end("digits"), start):
            start = lo + m.start()
            spans[first] = (start, spans[first][1])
        elif not free(lo + m.start(), lo + m.end("digits")):
            break
        else:
            start, end = lo + m.start(), lo + m.end("digits")
            spans.insert(0, (start, end))
    return spans
