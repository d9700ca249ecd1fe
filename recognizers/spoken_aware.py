"""Shared machinery of the structured-identifier recognizers: one search, two forms of the text.

A subclass implements ``find(text)`` (and optionally ``find_answer(text, expected)``) over ONE string and
yields ``Hit``s; this base runs it on the written text and on the spoken view (``SpokenView``), maps view
hits back to original offsets, drops duplicates and builds explained Presidio results.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Iterable, NamedTuple

from presidio_analyzer import RecognizerResult

from recognizers.base import TranscriptRecognizer
from recognizers.char_classes import ClassGate
from recognizers.entities import (ACCOUNT_NUMBER, AUTH_CODE, CREDIT_CARD, IBAN_CODE, NATIONAL_ID, PHONE_NUMBER,
                                  US_SSN)
from recognizers.spoken.corrections import drop_matches, extend_through_corrections, has_pause_words, without_pauses
from recognizers.spoken.letter_runs import iban_head_before, letters_after, letters_before, suffix_letter_after
from recognizers.spoken.view import SpokenView, near_segments
from recognizers.lower_scan import CaseFolded
from recognizers.start_set import compile_fast

# Identifiers a caller may read with a pause or a self-correction inside ("seven eight hang on nine nine
# one seven"): searched with the pauses dropped too, and grown over the correction (spoken.corrections).
CORRECTABLE = frozenset({ACCOUNT_NUMBER, AUTH_CODE, CREDIT_CARD, IBAN_CODE, NATIONAL_ID, PHONE_NUMBER, US_SSN})
# Identifiers that may end with letters a caller spells ("... jay h pee"): a found one grows over them
# (spoken.letter_runs); every CORRECTABLE one grows over letters spelled before it ("dee ess pee 1895...":
# a reference read as a phone number is still redacted whole).
LETTERED = frozenset({ACCOUNT_NUMBER, AUTH_CODE, IBAN_CODE, NATIONAL_ID})
# ... and these over the country code and check digits of an IBAN before its letters ("gee bee one seven
# kay gee ex o 1208...": an IBAN read as an account number is still redacted whole).
IBAN_LIKE = frozenset({ACCOUNT_NUMBER, IBAN_CODE})


_WORD = compile_fast(r"[a-z0-9]+")
# Each ASCII character ``_WORD`` does not take, as a blank: the words of lower-cased ASCII text are then its split().
_BLANK_NOT_WORD = str.maketrans({c: " " for c in map(chr, range(128)) if not (c.isdigit() or c.islower())})

# Hesitations and discourse fillers a speaker puts between a cue and its value ("my zip is, uh, so ...");
# a regex fragment for the recognizers' filler alternations.
DISFLUENCY = r"(?:uh+|um+|uhm|er|erm|ah|hmm|em|eh|ehn|like|so|you know|i mean|well|okay|ok|yeah)"


class Hit(NamedTuple):
    """A match in the searched string (written text or spoken view)."""

    start: int
    end: int
    entity: str
    score: float
    reason: str
    detail: str = ""


def near(pattern: re.Pattern[str], text: str, start: int, end: int, before: int = 48, after: int = 24) -> bool:
    """True when ``pattern`` occurs within ``before`` chars before or ``after`` chars after ``[start, end)``."""
    return bool(pattern.search(text, max(0, start - before), start) or pattern.search(text, end, end + after))


@lru_cache(maxsize=1024)
def words_of(text: str) -> frozenset[str]:
    """Lower-case words of ``text`` (cached: recognizers gate their patterns on cue words)."""
    low = text.lower()
    return frozenset(low.translate(_BLANK_NOT_WORD).split() if low.isascii() else _WORD.findall(low))


@lru_cache(maxsize=1024)
def digit_count(text: str) -> int:
    """Number of digits in ``text`` (cached)."""
    if text.isascii():  # only 0-9 are digits there: ten scans in C instead of a call per character
        return sum(map(text.count, "0123456789"))
    return sum(map(str.isdigit, text))


@lru_cache(maxsize=1024)
def lower_text(text: str) -> str | None:
    """``text`` lower-cased when that keeps every offset (ASCII and most scripts), else None.

    Cue patterns compiled without IGNORECASE run several times faster on it (the engine can skip ahead
    on the first characters of an alternation); on None callers use their IGNORECASE twin.
    """
    low = text.lower()
    return low if len(low) == len(text) else None


# A hesitation inside a value ("nineteenth december um twenty five"): dropped by ``without_fillers``.
# A comma after it goes too ("087 492, erm, 2171" -> "087 492 2171").
_HESITATION = CaseFolded(compile_fast(r"[ ,]+(?:u+m+|u+h+|e+r+m*|h+m+|a+h+)(?:,(?=\s))?(?=[\s,.]|$)", re.IGNORECASE))


@lru_cache(maxsize=1024)
def without_fillers(text: str) -> tuple[str, tuple[int, ...]] | None:
    """``text`` without its hesitation words and, for each kept character, its offset in ``text``;
    None when there is none."""
    return drop_matches(_HESITATION, text)


def digits_of(value: str) -> str:
    """Only the digits of ``value``."""
    return "".join(filter(str.isdigit, value))


class SpokenAwareRecognizer(TranscriptRecognizer):
    """Runs ``find`` on the written text and on its spoken view; subclasses declare ANSWER_CUES."""

    # Cues (entity types or EXPECT_* names) for which ``find_answer`` accepts looser forms.
    ANSWER_CUES: frozenset[str] = frozenset()
    # Also search the text with its hesitations dropped ("december um twenty five"), in both forms, when
    # it holds one of these words (empty: never).
    READS_THROUGH_FILLERS: frozenset[str] = frozenset()

    def find(self, text: str) -> Iterable[Hit]:
        """Hits in one string (override)."""
        raise NotImplementedError

    def find_answer(self, text: str, expected: str) -> Iterable[Hit]:
        """Hits accepted only because the agent just asked for ``expected`` (override)."""
        return ()

    def analyze(self, text: str, entities: list[str] | None = None, nlp_artifacts: object = None
                ) -> list[RecognizerResult]:
        """Presidio entry point: results on the written text and the spoken view, in original offsets."""
        if not text:
            return []
        return self._run(text, self.find, entities)

    def analyze_answer(self, text: str, expected: str) -> list[RecognizerResult]:
        """Results for ``text`` given the agent asked for ``expected`` (looser rules, reason cross_turn)."""
        if not text or expected not in self.ANSWER_CUES:
            return []
        return self._run(text, lambda s: self.find_answer(s, expected), None)

    def _run(self, text: str, finder, entities: list[str] | None) -> list[RecognizerResult]:
        best: dict[tuple[int, int, str], Hit] = {}
        words = words_of(text)
        pauses = not CORRECTABLE.isdisjoint(self.ENTITIES) and has_pause_words(words)
        _search(text, finder, best, None, pauses)
        variant = without_fillers(text) if not self.READS_THROUGH_FILLERS.isdisjoint(words) else None
        if variant is not None:
            _search(variant[0], finder, best, variant[1], pauses)
        wanted = set(entities) if entities else None
        return [self.result(h.start, h.end, h.entity, h.score, h.reason, h.detail)
                for h in sorted(best.values()) if wanted is None or h.entity in wanted]


# A letter O inside a group of digits, or opening or closing one of two digits or more (same length as "0").
_LETTER_O = compile_fast(r"(?<=\d)[Oo](?=\d)|(?<![^\W\d_])[Oo](?=\d{2})|(?<=\d{2})[Oo](?![^\W\d_])")
_O_NEAR_DIGIT = ClassGate(compile_fast(r"[Oo]\d|\d[Oo]"), ["o0", "0o"])  # a cheap gate before the exact pattern


@lru_cache(maxsize=4096)  # every identifier recognizer searches the same turn
def _with_zeros(text: str) -> str | None:
    """``text`` with each letter O of a digit group as the digit 0 (same length), or None when there is none."""
    if not _O_NEAR_DIGIT.search(text) or not _LETTER_O.search(text):
        return None
    return _LETTER_O.sub("0", text)


def _same(start: int, end: int) -> tuple[int, int]:
    return start, end


def _search(text: str, finder, best: dict[tuple[int, int, str], Hit], offsets: tuple[int, ...] | None,
            pauses: bool = False) -> None:
    """Hits of ``finder`` in ``text`` and its spoken view, in the offsets of the original (``offsets``
    maps a filler-free variant back). With ``pauses``, both forms are searched with the pauses between
    numbers dropped too, and hits of CORRECTABLE types grow over a self-correction."""
    written = [(text, _same)]  # the written forms; the spoken view is searched only near its rewritten stretches
    zeros = _with_zeros(text)  # "5503 6427 O502 5583", "14O05017": a letter O typed for a zero
    if zeros is not None:
        written.append((zeros, _same))
    view = SpokenView.of(text)
    if not pauses:  # (most turns) nothing grows over a correction: each form's hits are kept as found
        for searched, to_text in written:
            _keep_all(text, searched, finder(searched), to_text, best, offsets)
        if view.changed:  # only near its rewritten stretches: elsewhere it is the written text
            hits = _near_hits(view, near_segments(text), finder)
            _keep_all(text, view.text, hits, view.to_original, best, offsets)
        return
    found: list[tuple[Hit, str, object]] = []
    for searched, to_text in written:
        found += [(hit, searched, to_text) for hit in finder(searched)]
        found += [(hit, searched, to_text) for hit in _joined_hits(searched, finder)]
    if view.changed:  # (as above: only near the rewritten stretches)
        stretches = near_segments(text)
        found += [(hit, view.text, view.to_original) for hit in _near_hits(view, stretches, finder)]
        found += [(hit, view.text, view.to_original)
                  for hit in _near_hits(view, stretches, lambda stretch: _joined_hits(stretch, finder))]
    taken = [to_text(h.start, h.end) for h, _, to_text in found]
    for hit, searched, to_text in found:
        pieces = [(hit.start, hit.end)]
        if hit.entity in CORRECTABLE:
            def free(a: int, b: int, to_text=to_text) -> bool:
                x, y = to_text(a, b)
                return not any(p < y and x < q for p, q in taken)
            pieces = extend_through_corrections(searched, hit.start, hit.end, free)
        lettered = hit.entity in CORRECTABLE and digit_count(searched[hit.start:hit.end]) > 0
        for start, end in pieces:
            _keep(best, _placed(text, hit, start, end, to_text, lettered, offsets))


def _joined_hits(searched: str, finder) -> list[Hit]:
    """Hits of ``finder`` in ``searched`` with its pauses between numbers dropped, in ``searched``'s offsets."""
    variant = without_pauses(searched)
    if variant is None:
        return []
    joined, back = variant
    return [h._replace(start=back[h.start], end=back[h.end - 1] + 1) for h in finder(joined)]


def _near_hits(view: SpokenView, stretches: tuple[tuple[int, str], ...], finder) -> list[Hit]:
    """Hits of ``finder`` in the ``stretches`` of the view around its rewritten segments (``near_segments``),
    in view offsets; from a stretch that is not the whole view only those touching a segment (the others
    are the written text's, found there)."""
    hits: list[Hit] = []
    for shift, stretch in stretches:
        found = finder(stretch)
        if stretch is view.text:
            hits += found
            continue
        hits += [Hit(h.start + shift, h.end + shift, *h[2:]) for h in found  # (``_replace``, without its Python call)
                 if any(g.start < h.end + shift and h.start + shift < g.end for g in view.segments)]
    return hits


def _keep_all(text: str, searched: str, hits: Iterable[Hit], to_text, best: dict[tuple[int, int, str], Hit],
              offsets: tuple[int, ...] | None) -> None:
    """``_keep`` each of ``hits`` (found in ``searched``) at its place in the original."""
    for hit in hits:  # (the digits of a slice: counted here, not through digit_count's cache of whole texts)
        lettered = hit.entity in CORRECTABLE and any(map(str.isdigit, searched[hit.start:hit.end]))
        if lettered or offsets is not None or to_text is not _same:
            hit = _placed(text, hit, hit.start, hit.end, to_text, lettered, offsets)
        _keep(best, hit)


def _placed(text: str, hit: Hit, start: int, end: int, to_text, lettered: bool,
            offsets: tuple[int, ...] | None) -> Hit:
    """``hit`` moved to ``[start, end)`` of the searched form, mapped to the original and grown over the
    spelled letters around it."""
    start, end = to_text(start, end)
    if lettered:
        start = letters_before(text, start)
        start = iban_head_before(text, start) if hit.entity in IBAN_LIKE else start
        end = suffix_letter_after(text, letters_after(text, end)) if hit.entity in LETTERED else end
    if offsets is not None:
        start, end = offsets[start], offsets[end - 1] + 1
    return hit if start == hit.start and end == hit.end else Hit(start, end, *hit[2:])


def _keep(best: dict[tuple[int, int, str], Hit], hit: Hit) -> None:
    key = (hit.start, hit.end, hit.entity)
    old = best.get(key)
    if old is None or hit.score > old.score:
        best[key] = hit
