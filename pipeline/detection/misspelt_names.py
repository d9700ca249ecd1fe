"""A name found in the conversation is found again where it is written or heard one letter off: "siindhu" once
"sindhu" was found, "vihsnu" once "vishnu", "parwathy" and "parvaty" once "parvathy", "Jannne" once "Janne".

One letter off is a Damerau-Levenshtein distance of one (a letter added, dropped, changed, or two neighbours
swapped; jellyfish) from a word of a PERSON finding elsewhere in the conversation, with the same first letter, both
at least ``MIN_LETTERS`` long. Only words no dictionary holds and no frequent word ("marian" may be a name,
"master" is a word) and words outside every finding are tried. Runs after name propagation; logs nothing.
"""
from __future__ import annotations

from typing import Sequence

import jellyfish

from pipeline.records import Finding
from recognizers.ascii_twin import ascii_fast
from recognizers.entities import PERSON, REASON_PROPAGATION
from recognizers.names.lexicon import FUNCTION_WORDS, fold, frequent_words, lexicon

RECOGNIZER_NAME = "misspelt_names.v1"
MIN_LETTERS = 6  # shorter words are one letter from too many names ("rana", "rena"; "reais" of "reis", "luego" of "lugo")
SCORE = 0.6
_WORD = ascii_fast(r"[^\W\d_]+")
# On ASCII text a word's key is the word lower-cased, as long: only the words of ``MIN_LETTERS`` or more can be
# tried, and they are exactly these matches (a run of letters that long matches from its first letter, whole).
_LONG_WORD = ascii_fast(r"[^\W\d_]{%d,}" % MIN_LETTERS)
_POSSESSIVE = ("'s", "’s")


def _seeds(seeds: set[str]) -> dict[str, list[str]]:
    """First letter -> the seeds long enough to be told apart, no everyday word."""
    by_letter: dict[str, list[str]] = {}
    for seed in seeds:
        if len(seed) >= MIN_LETTERS and seed.isalpha() and seed not in frequent_words():
            by_letter.setdefault(seed[0], []).append(seed)
    return by_letter


def _one_off(key: str, candidates: list[str]) -> bool:
    """``key`` (no seed itself) is one edit from a seed."""
    return any(abs(len(key) - len(seed)) <= 1 and jellyfish.damerau_levenshtein_distance(key, seed) == 1
               for seed in candidates)


def find_misspelt_mentions(texts: Sequence[str], findings: Sequence[Sequence[Finding]],
                           seeds: set[str]) -> list[list[Finding]]:
    """``findings`` with a PERSON finding added on every word one letter off a found name word (``seeds``)."""
    by_letter = _seeds(seeds)
    if not by_letter:
        return [list(f) for f in findings]
    lex = lexicon()
    frequent = frequent_words()
    out = []
    for text, turn in zip(texts, findings):
        added = []
        for match in (_LONG_WORD if text.isascii() else _WORD).finditer(text):
            key = fold(match.group())
            candidates = by_letter.get(key[:1])
            if not candidates or len(key) < MIN_LETTERS or key in frequent or key in FUNCTION_WORDS \
                    or key in seeds or lex.is_english(key) or not _one_off(key, candidates):
                continue
            start, end = match.span()
            if text.startswith(_POSSESSIVE, end):
                end += 2
            if any(f.start < end and start < f.end for f in turn):
                continue
            added.append(Finding(start, end, PERSON, SCORE, RECOGNIZER_NAME, REASON_PROPAGATION))
        out.append(sorted(list(turn) + added, key=lambda f: (f.start, f.end)) if added else list(turn))
    return out
