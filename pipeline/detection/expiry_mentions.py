"""Card expiry mentions: once a conversation holds a card expiry, its other month-and-year mentions are one.

An agent checks the expiry back in another shape and often with no expiry word ("let me check, it shows
december 2033 here" after "12 33, no hang on, one two thirty four"), and a caller corrects it the same
way; value propagation cannot match those (the digits differ). In a conversation where a CARD_EXPIRY was
found, or where someone asked when a card expires (the answer may have been taken whole as another
identifier: "oh nine two 6 no hang on 0 nine slash 27"), a month named with a year from 2020 to 2049,
written or said ("september 2026", "nov thirty two", "february twenty thirty"), or a month and a year written
with a slash or a dash ("12/34", "11-2026"), or a year answering "which year is that", up to three turns away,
is another mention of a card expiry. A plain function over
findings; it logs nothing.
"""
from __future__ import annotations

import re
from typing import Sequence

from pipeline.records import Finding
from recognizers.entities import CARD_EXPIRY, DATE_OF_BIRTH, REASON_PROPAGATION
from recognizers.spoken.number_words import MONTHS, UNITS
from recognizers.lower_scan import CaseFolded
from recognizers.start_set import compile_fast

RECOGNIZER_NAME = "expiry_mentions.v1"
SCORE = 0.6
# A mention counts this many turns from an expiry or a question about one (a check-back is close by; a
# month and year further away is a booking or a move).
NEAR_TURNS = 3
_MONTH = "|".join(sorted(MONTHS, key=len, reverse=True))
_UNIT = "|".join(w for w in UNITS if w not in ("zero", "nought"))
_ORDINAL = ("first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|[a-z]+teenth|twentieth|"
            "thirtieth")  # "may twenty first" is a day
# A year said 2020-2049: "twenty thirty two", "thirty two", "twenty twenty", "forty".
_SAID_YEAR = rf"(?:twenty\s+)?(?:twenty|thirty|forty)(?:[\s\-]+(?:{_UNIT}))?"
MONTH_YEAR = CaseFolded(compile_fast(rf"\b(?:end\s+of\s+)?(?:{_MONTH})\.?,?\s+(?:of\s+|in\s+)?(?:20[2-4]\d|{_SAID_YEAR})\b(?![\s\-]+(?:{_UNIT}|{_ORDINAL})\b)"
                        r"|(?<![\d/\-.])(?:0?[1-9]|1[0-2])\s?[/\-]\s?(?:20)?[2-4]\d(?![\d/\-]|\.\d)", re.IGNORECASE))

# Someone asking when a card expires, or what its expiry says ("my card expires in eleven", "which year").
EXPIRY_QUESTION = CaseFolded(re.compile(r"\b(?:when|what|card)\b[^.?!]{0,30}\b(?:expire|expires|expiry|expiration|valid until|"
                             r"valid thru|valid through)\b", re.IGNORECASE))

# "which year is that" (the line cut out after the month), and the year said at the start of the answer.
YEAR_QUESTION = CaseFolded(compile_fast(r"\b(?:which|what)\s+year\b", re.IGNORECASE))
YEAR_ANSWER = CaseFolded(compile_fast(rf"\W*(?:(?:it's|its|it is|that's|thats|um|uh|er|erm|oh|so|yeah|yes|sorry)\s+)*"
                           rf"(?P<year>20[2-4]\d|{_SAID_YEAR})\b(?![\s\-]+(?:{_UNIT}|{_ORDINAL}|twenty|thirty|forty)\b)",
                           re.IGNORECASE))


def find_expiry_mentions(texts: Sequence[str], findings: Sequence[Sequence[Finding]]) -> list[list[Finding]]:
    """``findings`` per turn, with month-and-year mentions added near a card expiry or a question about one."""
    out = [list(f) for f in findings]
    anchors = [i for i, (text, turn) in enumerate(zip(texts, findings))
               if any(f.entity_type == CARD_EXPIRY for f in turn) or EXPIRY_QUESTION.search(text)]
    if not anchors:
        return out
    for i, (text, turn) in enumerate(zip(texts, out)):
        if min(abs(i - a) for a in anchors) > NEAR_TURNS:
            continue
        spans = [m.span() for m in MONTH_YEAR.finditer(text)]
        answer = YEAR_ANSWER.match(text) if i and YEAR_QUESTION.search(texts[i - 1]) else None
        if answer:
            start, end = answer.span("year")  # a birth year would keep its year: this one is the card's
            turn[:] = [f for f in turn if not (f.entity_type == DATE_OF_BIRTH and f.start < end and start < f.end)]
            spans.append((start, end))
        for start, end in spans:
            if not any(f.start < end and start < f.end for f in turn):
                turn.append(Finding(start, end, CARD_EXPIRY, SCORE, RECOGNIZER_NAME, REASON_PROPAGATION))
    return out
