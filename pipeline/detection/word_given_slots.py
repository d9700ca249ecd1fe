"""A given name that is an everyday word, taken with the words of the name slot it opens.

"Patience", "Mercy", "Knowledge", "Praise" are given names (``recognizers/data/word_given_names.txt``) and
English words, so no recognizer takes one alone; the surname after it is often a word no list holds or an
everyday word too ("bourne", "batten", "field"), so nothing in the pair looks like a name by itself. Where the
pair fills a name slot -- after "under", "with" a chat, "thank you", "me and", at a turn's start before
"calling" -- and a phrase closes the slot ("... the parcel i mean", "... and nothing changed", "... have a good
one"), the slot is the name: "it's under [patience brain] the parcel", "thank you [precious willetts] have a good
one". A word given name alone in a slot adds nothing and stays a word ("thank you patience is a virtue"). Logs
nothing.
"""
from __future__ import annotations

import re
from functools import lru_cache
from operator import attrgetter
from typing import Sequence

from pipeline.detection.name_slots import name_slot
from pipeline.records import Finding
from recognizers.entities import PERSON, REASON_CONTEXT
from recognizers.lower_scan import CaseFolded
from recognizers.names.lexicon import lexicon
from recognizers.names.tokens import Token, keys_of, positions
from recognizers.spoken_aware import words_of
from recognizers.start_set import compile_fast

SLOT_SCORE = 0.65


@lru_cache(maxsize=1)
def _word_given_pattern() -> CaseFolded:
    words = sorted(lexicon().word_given, key=lambda w: (-len(w), w))
    return CaseFolded(compile_fast(r"\b(?:" + "|".join(map(re.escape, words)) + r")\b", re.IGNORECASE))


@lru_cache(maxsize=1)
def _plain_words() -> frozenset[str] | None:
    """The word given names when all are ASCII letters (then a whole-word match is a word of ``words_of``)."""
    words = lexicon().word_given
    return words if all(w.isascii() and w.isalpha() and w.islower() for w in words) else None


def may_hold_word_given(text: str) -> bool:
    """Cheap test: ``text`` holds a word given name (``word_given_slots`` may add a finding). On ASCII text with
    no "_", a whole word of ``\\b(?:names)\\b`` is a whole run of letters and digits: one of ``words_of(text)``
    (cached: the identifier recognizers read it), no scan."""
    plain = _plain_words()
    if plain is not None and text.isascii() and "_" not in text:
        return not plain.isdisjoint(words_of(text))
    return _word_given_pattern().search(text) is not None


def word_given_slots(text: str, tokens: Sequence[Token], findings: Sequence[Finding]) -> list[Finding]:
    """``findings`` of ``text`` and a PERSON finding for each name slot a word given name opens that no finding
    touches and that holds at least one more word."""
    word_given = lexicon().word_given
    out = list(findings)
    for i in positions(keys_of(tokens), word_given):
        tok = tokens[i]
        if tok.possessive or any(f.start < tok.end and tok.start < f.end for f in out):
            continue
        slot = name_slot(text, tokens, i, i)
        if slot is None or slot[0] != i:
            continue  # a word before the given name is no part of this rule ("... with mr [precious] ...")
        start, end = tokens[slot[0]].start, tokens[slot[1]].end
        if not any(f.start < end and start < f.end for f in out):
            out.append(Finding(start, end, PERSON, SLOT_SCORE, "word_given_slots.v1", REASON_CONTEXT))
    return sorted(out, key=attrgetter("start", "end", "recognizer"))
