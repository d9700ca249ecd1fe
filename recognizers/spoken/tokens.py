"""Tokenizing and classifying words for the spoken view; resolving spoken digit / letter runs.

A *run* is a maximal sequence of digit words, number words, spelled letters and written digits separated
only by blanks, commas, dashes, dots and fillers ("uh"). Ambiguous words ("oh", "o", "a", "i", "mike",
"one" on its own) are resolved from their neighbours inside the run. See ``recognizers.spoken.view`` for the public API.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from operator import attrgetter

from recognizers.spoken import number_words as nw
from recognizers.spoken.foreign_digits import foreign_digits
from recognizers.spoken.homophones import digits_read_as_words
from recognizers.spoken.kinds import (AND, ASIN, EMAILISH, FILLER, FUNIT, HOST, LETTER, LETTERISH, MULT, NATO, NUMERIC,
                                      ORD, SCALE, SPOKEN_NUMERIC, TEEN, TENS, UNIT, WDIGITS, WORD, ZERO)
from recognizers.spoken.run_resolution import resolve as _resolve
from recognizers.spoken.token_words import token_words
from recognizers.start_set import compile_fast

XRAY = "x ray"
CHAINABLE = NUMERIC | LETTERISH

# Word tables in the order a word is tried against them (before the single-letter rule).
_TABLES_BEFORE_LETTER = (
    (UNIT, nw.UNITS), (ZERO, {w: 0 for w in nw.AMBIGUOUS_ZERO}), (TEEN, nw.TEENS), (TENS, nw.TENS),
    (SCALE, nw.SCALES), (MULT, nw.MULTIPLIERS), (ORD, nw.ORDINALS), (FUNIT, nw.FOREIGN_UNITS))
_RUN_GAP = compile_fast(r"[\s,.;\-\u2026]{0,6}")  # between two words of one spoken run: blanks, commas, dots ...
_LETTERS = compile_fast(r"[A-Za-z]+")
_KIND = attrgetter("kind")


@dataclass(slots=True)
class Token:
    """A word of the source text with its classification (mutable while runs are resolved)."""

    start: int
    end: int
    low: str
    kind: str
    value: object = None


def tokenize(text: str) -> list[Token]:
    """Split ``text`` into classified tokens; composite "k as in kilo" and "twenty third" are merged."""
    raw: list[Token] = []
    new = object.__new__  # (fields set here: no ``__init__`` call per word of a long turn)
    for m, low in token_words(text):
        tok = new(Token)
        tok.start, tok.end = m.span()
        tok.low = low
        tok.kind, tok.value = _CLASSES[low]
        raw.append(tok)
    return foreign_digits(text, digits_read_as_words(text, _merge_composites(text, raw)))


class _Classes(dict):
    """``_classify`` by word, read as ``_CLASSES[low]`` (no call per word); a transcript reuses a small vocabulary."""

    def __missing__(self, low: str) -> tuple[str, object]:
        if len(self) >= MAX_CLASSIFIED:  # (at most this many words, then it starts again)
            self.clear()
        kind_value = self[low] = _classify(low)
        return kind_value


MAX_CLASSIFIED, _CLASSES = 1 << 16, _Classes()


def _classify(low: str) -> tuple[str, object]:
    """(kind, value) of a lower-cased word (``_CLASSES`` keeps the answers)."""
    if "@" in low:
        return EMAILISH, None
    if "." in low:
        return HOST, None
    if low.isdigit():
        return WDIGITS, low
    for kind, table in _TABLES_BEFORE_LETTER:
        if low in table:
            return kind, table[low]
    if len(low) == 1 and low.isalpha():
        return LETTER, low
    if low in nw.NATO:
        return NATO, nw.NATO[low]
    if low in nw.FILLERS:
        return FILLER, None
    return WORD, None


_COMPOSITE_HEADS = frozenset({LETTER, TENS})  # what opens a composite: "k as in kilo", "x ray", "twenty third"


def _merge_composites(text: str, toks: list[Token]) -> list[Token]:
    out: list[Token] = []
    next_head = [t.kind in _COMPOSITE_HEADS or t.low == "and" for t in toks].index  # others: kept, skipped in C
    i, n = 0, len(toks)
    while True:
        try:
            k = next_head(True, i)
        except ValueError:
            break
        out.extend(toks[i:k])
        i = k
        tok = toks[i]
        # "k as in kilo" / "b for bravo": the letter, spanning the whole phrase.
        if tok.kind == LETTER and i + 2 < n and toks[i + 1].low in nw.AS_IN_WORDS:
            j = i + 2 if toks[i + 1].low != "as" else i + 3
            if (j < n and (toks[i + 1].low != "as" or toks[i + 2].low == "in")
                    and len(toks[j].low) > 1 and toks[j].low[0] == tok.low and toks[j].low.isalpha()):
                out.append(Token(tok.start, toks[j].end, tok.low, ASIN, tok.low))
                i = j + 1
                continue
        # "x ray" said as two words is the NATO word for x (decided by its neighbours, like "delta").
        if tok.kind == LETTER and tok.low == "x" and i + 1 < n and toks[i + 1].low == "ray" \
                and not text[tok.end:toks[i + 1].start].strip(" -"):
            out.append(Token(tok.start, toks[i + 1].end, XRAY, NATO, "x"))
            i += 2
            continue
        # "twenty third" is one ordinal.
        if (tok.kind == TENS and i + 1 < n and toks[i + 1].kind == ORD and toks[i + 1].value < 10
                and not text[tok.end:toks[i + 1].start].strip(" -")):
            nxt = toks[i + 1]
            out.append(Token(tok.start, nxt.end, tok.low + " " + nxt.low, ORD, tok.value + nxt.value))
            i += 2
            continue
        if tok.low == "and":
            tok.kind = AND
        out.append(tok)
        i += 1
    out.extend(toks[i:])
    return out


def find_runs(text: str, toks: list[Token]) -> list[list[Token]]:
    """Maximal connected runs of chainable tokens, ambiguities resolved; runs worth rewriting only."""
    raw_runs: list[list[Token]] = []
    current: list[Token] = []
    prev_end = -1
    pending_ok = True  # only fillers (or "and" after a scale) seen since the last chainable token
    for tok in toks:
        if tok.kind in CHAINABLE:
            if current and pending_ok and (text[prev_end:tok.start] == " " or _RUN_GAP.fullmatch(
                    _gap_without_fillers(text, prev_end, tok.start))):
                current.append(tok)
            else:
                if current:
                    raw_runs.append(current)
                current = [tok]
            prev_end, pending_ok = tok.end, True
        elif tok.kind == FILLER or (tok.kind == AND and current and current[-1].kind == SCALE):
            continue
        else:
            pending_ok = False
    if current:
        raw_runs.append(current)
    runs: list[list[Token]] = []
    for run in raw_runs:
        if len(run) > 1:
            _resolve(run)
            runs.extend(r for r in _split_words(run) if _worth_rewriting(text, r))
            continue
        tok = run[0]  # (most runs: one word, decided here)
        if tok.low in nw.AMBIGUOUS_ZERO and _next_to_point(text, tok):
            tok.kind, tok.value = ZERO, 0  # "two oh three dot oh dot one": an octet
            runs.append(run)
            continue
        _resolve(run)
        # ``_worth_rewriting`` of one word: a spoken number ("one" only beside "dot" / "point") or "k as in kilo"; a
        # plain word (``_split_words``) is none
        if tok.kind in SPOKEN_NUMERIC and (tok.low != "one" or _next_to_point(text, tok)) or tok.kind == ASIN:
            runs.append(run)
    return runs


def _gap_without_fillers(text: str, start: int, end: int) -> str:
    gap = text[start:end]
    if gap.isspace() or not gap:
        return gap
    # Fillers and "and" were skipped as tokens; drop their letters so only punctuation decides.
    return _LETTERS.sub("", gap)


def _split_words(run: list[Token]) -> list[list[Token]]:
    if WORD not in map(_KIND, run):  # (most runs: no word to split at, found in C)
        return [run]
    parts: list[list[Token]] = [[]]
    for tok in run:
        if tok.kind == WORD:
            parts.append([])
        else:
            parts[-1].append(tok)
    return [p for p in parts if p]


_POINT_BEFORE = compile_fast(r"\b(?:dot|point)\s+$", re.IGNORECASE)
_POINT_AFTER = compile_fast(r"\s+(?:dot|point)\b", re.IGNORECASE)

# What may separate written digit groups that are one value read out ("4 5 6 7", "45 67 89 12", "4, 5, 6"),
# once fillers are dropped ("3 0 9 2 er 2 7").
_SPACED_GAP = compile_fast(r" +|, ?")


def spaced_digits(text: str, run: list[Token]) -> bool:
    """Whether ``run`` is written digit groups that ASR or a typist spaced out: blanks or commas between
    them, and three or more groups or two single digits ("4 5 6 7 8 9 1 2", "45 67 89 12", "4 2").
    Two longer groups ("10 30", "june 5 10 am", "1985 1986") or groups joined by dots ("12.99") stay apart."""
    if len(run) < 2 or any(t.kind != WDIGITS for t in run):
        return False
    if len(run) == 2 and max(len(t.low) for t in run) > 1:
        return False
    return all(_SPACED_GAP.fullmatch(_gap_without_fillers(text, a.end, b.start)) for a, b in zip(run, run[1:]))


def _worth_rewriting(text: str, run: list[Token]) -> bool:
    kinds = list(map(_KIND, run))
    letters = 2 if not SPOKEN_NUMERIC.isdisjoint(kinds) else sum(map(LETTERISH.__contains__, kinds))  # (counted if read)
    if letters < 2:  # no spoken number and fewer than two letters
        # Written digits alone are rewritten only when spaced out; one stray letter never, unless it is
        # spelled out ("f as in foxtrot dot rahal at ...": the e-mail starts with that letter).
        return (letters == 0 and spaced_digits(text, run)) or (len(run) == 1 and run[0].kind == ASIN)
    # "one" on its own is a pronoun far more often than a number ("the one on the left").
    # Next to "dot"/"point" it is part of a number ("one nine two dot one dot ...").
    if len(run) == 1 and run[0].low == "one":
        return _next_to_point(text, run[0])
    return True


def _next_to_point(text: str, tok: Token) -> bool:
    return bool(_POINT_BEFORE.search(text, max(0, tok.start - 8), tok.start) or _POINT_AFTER.match(text, tok.end))
