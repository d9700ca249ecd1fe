"""Leak guard of the v2 operators: no original word or digit run survives unless the policy keeps it by name.

An operator's output is compared with the value it replaces. A surviving word of 3+ letters is either
a structure word of a known class (a street type, a unit word, a state, a mail provider: swapped for
another word of the same class), a function word kept by name (``and``, ``dot``, ``the``), or masked.
A surviving run of 4+ digits (written or spoken: "four one five five" counts as 4155) makes the
operator re-draw; when every draw still shares a run, the run is masked.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterable

from pipeline.redaction.operators import spoken as S
from pipeline.redaction.operators.base import KeyedRng, match_case
from pipeline.redaction.operators.contact import PUBLIC_MAIL_DOMAINS
from recognizers.spoken import number_words as nw
from recognizers.ascii_twin import ascii_fast
from recognizers.start_set import compile_fast

MIN_WORD_LETTERS = 3
MIN_DIGIT_RUN = 4
_WORD = ascii_fast(r"[^\W\d_]+", re.UNICODE)
_RUN_GAP = compile_fast(r"^[\s\-]*$")

# Words with no identifying content that may stay wherever they were (kept by name).
FUNCTION_WORDS = frozenset({
    "and", "the", "of", "on", "in", "at", "dot", "dash", "hyphen", "underscore", "hash", "pound", "number",
    "ext", "extension", "plus", "point", "slash", "box", "account", "card", "code", "phone",
    "com", "net", "org", "edu", "gov", "info", "biz",                               # top-level domains
    "mrs", "miss", "mister", "missus", "madam", "sir", "prof",                      # titles
    "born", "birth", "date", "dob", "was", "its", "around", "about",               # around a date
    "yes", "yeah", "that", "okay", "sure", "erm", "umm", "uhm",                     # fillers
})
# Structure words of an address or a mail domain: swapped for another member of their class.
WORD_CLASSES: tuple[tuple[str, ...], ...] = (
    ("street", "avenue", "road", "lane", "drive", "boulevard", "court", "way", "place", "circle", "terrace",
     "parkway", "highway", "square", "trail", "loop", "alley", "row", "crescent", "close"),
    ("ave", "blvd", "pkwy", "hwy", "trl", "cir", "ter"),
    ("apt", "apartment", "suite", "unit", "floor", "building", "bldg", "ste"),
    ("north", "south", "east", "west"),
    ("alabama", "alaska", "arizona", "arkansas", "california", "colorado", "connecticut", "delaware",
     "florida", "georgia", "hawaii", "idaho", "illinois", "indiana", "iowa", "kansas", "kentucky",
     "louisiana", "maine", "maryland", "massachusetts", "michigan", "minnesota", "mississippi", "missouri",
     "montana", "nebraska", "nevada", "ohio", "oklahoma", "oregon", "pennsylvania", "tennessee", "texas",
     "utah", "vermont", "virginia", "washington", "wisconsin", "wyoming"),
    tuple(sorted(w for w in PUBLIC_MAIL_DOMAINS if len(w) >= MIN_WORD_LETTERS)),
    tuple(nw.NATO),  # spelled letters ("whiskey 2 0 alpha bravo")
    # Singapore and Malaysia: the block word, a lot, the street types written before the name.
    ("blk", "block"),
    ("lot", "plot"),
    ("jalan", "lorong", "persiaran", "lebuh", "lingkaran", "lengkok", "changkat"),
    ("jln", "lrg"),
)
_CLASS_OF = {word: members for members in WORD_CLASSES for word in members}
_NUMBER_WORDS = frozenset(S.DIGIT_WORDS) | frozenset(S.TEEN_WORDS) | frozenset(S.TENS_WORDS) \
    | frozenset(S.SCALE_WORDS) | frozenset(S.REPEAT_WORDS) | frozenset(nw.ORDINALS)
KEPT_BY_NAME = FUNCTION_WORDS | _NUMBER_WORDS


@dataclass(frozen=True, slots=True)
class Leak:
    """A part of an operator's output that repeats its original: [start, end) in the output."""

    start: int
    end: int
    kind: str  # "word" or "digits"


def original_words(value: str) -> frozenset[str]:
    """Case-folded words of 3+ letters of ``value`` that are not kept by name (number words count as digits)."""
    return frozenset(w for w in (m.group().casefold() for m in _WORD.finditer(value))
                     if len(w) >= MIN_WORD_LETTERS and w not in KEPT_BY_NAME)


def digit_runs(text: str) -> list[tuple[int, int, str]]:
    """(start, end, digits) of each run of digits, written or spoken, joined across spaces and hyphens."""
    runs: list[tuple[int, int, str]] = []
    for unit in S.parse_units(text):
        if runs and ((gap := text[runs[-1][1]:unit.start]) in ("", " ") or _RUN_GAP.match(gap)):
            start, _, digits = runs[-1]
            runs[-1] = (start, unit.end, digits + unit.digits)
        else:
            runs.append((unit.start, unit.end, unit.digits))
    return runs


def _grams(digits: str) -> set[str]:
    return {digits[i:i + MIN_DIGIT_RUN] for i in range(len(digits) - MIN_DIGIT_RUN + 1)}


def find_leaks(original: str, output: str, kept_digits: Iterable[str] = ()) -> list[Leak]:
    """Parts of ``output`` that repeat a 3+-letter word or a 4-digit run of ``original``.

    Args:
        original: The detected value.
        output: What an operator made of it.
        kept_digits: What the policy keeps by name (a date of birth's year, written or spoken): its words
            are no leak, and no 4-digit run inside it is; a run that reaches past it still is
            ("68212010" keeping "2010" does not keep "2120").
    """
    words, grams = _original_marks(original, tuple(kept_digits))
    leaks = [Leak(m.start(), m.end(), "word") for m in _WORD.finditer(output) if m.group().casefold() in words]
    if grams:
        leaks += [Leak(s, e, "digits") for s, e, d in digit_runs(output) if _grams(d) & grams]
    return sorted(leaks, key=lambda leak: leak.start)


@lru_cache(maxsize=256)
def _original_marks(original: str, kept_digits: tuple[str, ...]) -> tuple[frozenset[str], frozenset[str]]:
    """(words, 4-digit runs) of ``original`` that no output may repeat, ``kept_digits`` aside (cached: every
    draw of a value, and every value of a turn with the same others, is checked against the same original)."""
    kept_runs = [d for kept in kept_digits for _, _, d in digit_runs(kept)]
    words = original_words(original)
    for kept in kept_digits:
        words -= original_words(kept)
    grams = frozenset(g for _, _, d in digit_runs(original) for g in _grams(d) if not any(g in k for k in kept_runs))
    return words, grams


def needs_redraw(output: str, leaks: Iterable[Leak]) -> bool:
    """True when a leak is one a new draw may fix: a digit run or a word that no class swap closes."""
    return any(leak.kind == "digits" or output[leak.start:leak.end].casefold() not in _CLASS_OF for leak in leaks)


def close_leaks(output: str, leaks: Iterable[Leak], rng: KeyedRng, mask_char: str, original: str = "") -> str:
    """``output`` with every leak closed: class words swapped within their class, the rest masked.

    Args:
        output: An operator's output.
        leaks: ``find_leaks(original, output)``.
        rng: Keyed stream for the swaps.
        mask_char: Replaces the letters and digits of a leak that cannot be swapped.
        original: The replaced value: a swap never picks another of its words.
    """
    avoid = original_words(original)
    out, cursor = [], 0
    for leak in leaks:
        if leak.start < cursor:
            continue
        out.append(output[cursor:leak.start])
        part = output[leak.start:leak.end]
        members = _CLASS_OF.get(part.casefold()) if leak.kind == "word" else None
        choices = [m for m in members or () if m != part.casefold() and m not in avoid]
        if choices:
            out.append(match_case(part, rng.choice(choices)))
        else:
            out.append("".join(mask_char if c.isalnum() else c for c in part))
        cursor = leak.end
    out.append(output[cursor:])
    return "".join(out)
