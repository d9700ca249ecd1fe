"""Card expiry mentions: once a conversation holds a card expiry, its other month-and-year mentions are one.

An agent checks the expiry back in another shape and often with no expiry word ("let me check, it shows
december 2033 here" after "12 33, no hang on, one two thirty four"), and a caller corrects it the same
way; value propagation cannot match those (the digits differ). In a conversation where a CARD_EXPIRY was
found, a month named with a year from 2020 to 2049, or a month and a year written with a slash or a dash
("12/34", "11-2026"), is another mention of a card expiry. A plain function over findings; it logs nothing.
"""
from __future__ import annotations

import re
from typing import Sequence

from pipeline.records import Finding
from recognizers.entities import CARD_EXPIRY, REASON_PROPAGATION
from recognizers.spoken.number_words import MONTHS
from recognizers.start_set import compile_fast

RECOGNIZER_NAME = "expiry_mentions.v1"
SCORE = 0.6
_MONTH = "|".join(sorted(MONTHS, key=len, reverse=True))
MONTH_YEAR = compile_fast(rf"\b(?:{_MONTH})\.?,?\s+(?:of\s+|in\s+)?20[2-4]\d\b"
                        r"|(?<![\d/\-.])(?:0?[1-9]|1[0-2])\s?[/\-]\s?(?:20)?[2-4]\d(?![\d/\-]|\.\d)", re.IGNORECASE)


def find_expiry_mentions(texts: Sequence[str], findings: Sequence[Sequence[Finding]]) -> list[list[Finding]]:
    """``findings`` per turn, with month-and-year mentions added when the conversation holds a card expiry."""
    out = [list(f) for f in findings]
    if not any(f.entity_type == CARD_EXPIRY for turn in findings for f in turn):
        return out
    for text, turn in zip(texts, out):
        for match in MONTH_YEAR.finditer(text):
            if not any(f.start < match.end() and match.start() < f.end for f in turn):
                turn.append(Finding(match.start(), match.end(), CARD_EXPIRY, SCORE, RECOGNIZER_NAME,
                                    REASON_PROPAGATION))
    return out
