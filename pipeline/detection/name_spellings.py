"""A name found once is found again when it is spelled: in irregular chunks ("murata :) M UR ATA", "ferreira
F ERREIR A", "Al-Qahtani. ALQ-A-HTANI") or letter by letter ("H-O-S-H-I-N-O") once the name was found, and
as a plain word once its spelling was found ("hoshino ... H-O-S-H-I-N-O" spelled and found: "hoshino" too).

Runs after name propagation; adds PERSON findings (reason ``propagation``) that never overlap other findings;
a PERSON finding of a piece of the mention grows into it ("it's ose hobo, osehobo ize-iyamu": "ose" grows to "ose
hobo"; "i've put taka hashi" once "takahashi" was found: "hashi" grows to "taka hashi").
"""
from __future__ import annotations

import re
from typing import Sequence

from pipeline.records import Finding
from recognizers.entities import PERSON, REASON_PROPAGATION
from recognizers.lower_scan import ascii_letters_twin
from recognizers.names.lexicon import FUNCTION_WORDS, fold, frequent_words, lexicon
from recognizers.spoken.number_words import NATO
from recognizers.spoken.view import SpokenView
from recognizers.start_set import compile_fast

RECOGNIZER_NAME = "name_spellings.v1"
SCORE = 0.7
# A spelled name this short ("li", "ng") matches too many letter runs.
MIN_LETTERS = 4
# A chunk of a spelled name is short ("M", "UR", "ATA", "ERREIR"); a longer word is a word.
MAX_CHUNK = 6
_LETTERS = compile_fast(r"[^\W\d_]+")
_LETTERS_ASCII = ascii_letters_twin(_LETTERS)  # the same words on ASCII text, faster
# Between the chunks of one spelling: a blank, a dash or a dot (and blanks around them).
_CHUNK_GAP = compile_fast(r"\s?[\-.]?\s?")


def name_letter_seeds(texts: Sequence[str], findings: Sequence[Sequence[Finding]]) -> tuple[set[str], set[str]]:
    """Letters a spelling of a found name spells (every word of a PERSON finding, and all its letters:
    "Al-Qahtani" -> "alqahtani"), and the words that spelled findings spell ("H-O-S-H-I-N-O" -> "hoshino"),
    found again as plain words unless they are everyday words."""
    spelled_as: set[str] = set()
    words_of_spellings: set[str] = set()
    for text, turn in zip(texts, findings):
        for f in turn:
            if f.entity_type != PERSON:
                continue
            words = [fold(m.group()) for m in _LETTERS.finditer(text, f.start, f.end)]
            spelled_as.update(w for w in words if len(w) >= MIN_LETTERS)
            joined = "".join(words)
            said = _said_spelling(text[f.start:f.end]) if len(words) > 1 else ""
            if len(said) >= MIN_LETTERS and said not in FUNCTION_WORDS and said not in frequent_words():
                # "bravo r a s h i for india echo romeo" spells "brashier": a name, even if a rare word too.
                spelled_as.add(said)
                words_of_spellings.add(said)
            if len(words) > 1 and len(joined) >= MIN_LETTERS:
                spelled_as.add(joined)
                if all(len(w) <= MAX_CHUNK for w in words) and joined not in lexicon().common:
                    words_of_spellings.add(joined)
    return spelled_as, words_of_spellings


def _said_spelling(value: str) -> str:
    """The word a name spelled with NATO words and "x for xray" spells (the spoken view's letters, a NATO
    word it left at the end read as its letter), or "" when ``value`` is no such spelling."""
    view = SpokenView.of(value)
    if not view.changed:
        return ""
    parts = fold(view.text).split()
    letters = [parts[0]] + [NATO.get(p, p) for p in parts[1:]]
    return "".join(letters) if all(map(str.isalpha, letters)) and all(len(p) == 1 for p in letters[1:]) else ""


def _mentions(text: str, seeds: set[str], words_seeds: set[str], prefixes: set[str]) -> list[tuple[int, int]]:
    """Spans of runs of two or more letter chunks whose letters spell one of ``seeds``, or of one word in
    ``words_seeds`` (``prefixes``: every prefix of both, so a run stops as soon as it spells none)."""
    ascii_text = text.isascii()
    words = list((_LETTERS_ASCII if ascii_text else _LETTERS).finditer(text))
    keys = list(map(str.lower, map(re.Match.group, words))) if ascii_text else [fold(w.group()) for w in words]
    next_start = list(map(prefixes.__contains__, keys)).index  # (a run starts only where its letters may: found in C)
    spans = []
    i = 0
    while True:
        try:
            i = next_start(True, i)
        except ValueError:
            break
        letters, hit = "", None
        for j in range(i, len(words)):
            chunk = keys[j]
            if j > i and (len(chunk) > MAX_CHUNK or not _CHUNK_GAP.fullmatch(text, words[j - 1].end(), words[j].start())):
                break
            letters += chunk
            if letters not in prefixes:
                break
            if j > i and letters in seeds or j == i and letters in words_seeds:
                hit = j
        if hit is not None:
            spans.append((words[i].start(), words[hit].end()))
            i = hit + 1
        else:
            i += 1
    return spans


def _words(text: str, start: int, end: int) -> tuple[str, ...]:
    return tuple(fold(m.group()) for m in _LETTERS.finditer(text, start, end))


def find_spelled_mentions(texts: Sequence[str], findings: Sequence[Sequence[Finding]]) -> list[list[Finding]]:
    """Findings per turn plus the spellings (and plain mentions of spelled names) of names found."""
    out = [list(turn) for turn in findings]
    seeds, words_seeds = name_letter_seeds(texts, findings)
    if not seeds:
        return out
    prefixes = {seed[:k] for seed in seeds | words_seeds for k in range(1, len(seed) + 1)}
    said: set[tuple[str, ...]] | None = None  # the words of every PERSON finding (read when first needed)
    for i, text in enumerate(texts):
        for start, end in _mentions(text, seeds, words_seeds, prefixes):
            inside = [f for f in out[i] if start < f.end and f.start < end]
            if inside and said is None:
                said = {_words(t, f.start, f.end) for t, turn in zip(texts, findings) for f in turn
                        if f.entity_type == PERSON}
            if not inside or (all(f.entity_type == PERSON and start <= f.start and f.end <= end for f in inside)
                              and (start, end) not in [(f.start, f.end) for f in inside]
                              and _words(text, start, end) not in said):
                # "it's ose hobo, osehobo ..." found "ose", "i've put taka hashi" found "hashi": the mention split
                # into chunks that spell a name found takes the piece found in it (the same words as a finding's are
                # name propagation's to judge: "add the Gift Aid" once "Gift Aid" was found).
                out[i] = [f for f in out[i] if f not in inside]
                out[i].append(Finding(start, end, PERSON, max([SCORE] + [f.score for f in inside]),
                                      RECOGNIZER_NAME, REASON_PROPAGATION))
    return [sorted(turn, key=lambda f: f.start) for turn in out]
