"""The rest of a code read out character by character, after the part a recognizer took: "g r e e n six five seven
one four eight a delta | nine h c", "eight three c u u | oh lima". A speech engine writes each character as a word; a
recognizer that reads a value's known shape stops where the shape ends, so the last letters and digits of a longer
code were left in the output. The words right after an identifier finding that are all spelled characters (single
letters, NATO words, digit words) and run to the end of the turn, or are two or more with a NATO or digit word among
them, belong to it (fail closed: a code's characters are never kept).

A plain function over one turn's findings; it logs nothing.
"""
from __future__ import annotations

from dataclasses import replace

from pipeline.records import Finding
from recognizers.entities import ACCOUNT_NUMBER, NATIONAL_ID
from recognizers.spoken.number_words import AMBIGUOUS_ZERO, NATO, UNITS
from recognizers.start_set import compile_fast

_CODES = frozenset((ACCOUNT_NUMBER, NATIONAL_ID))
_SPELLED_WORDS = frozenset(NATO) | frozenset(UNITS) | AMBIGUOUS_ZERO  # "delta", "nine", "oh"
_WORD = compile_fast(r"[ ,]+([a-z]+|\d)(?=[ ,.?!]|$)")
_END = compile_fast(r"[\s.?!,]*$")


def extend_code_tails(text: str, findings: list[Finding]) -> list[Finding]:
    """``findings`` with each identifier finding in a lower-case spoken ``text`` grown over the spelled characters
    right after it (see the module's docstring); never over another finding."""
    if not text.islower() or not any(f.entity_type in _CODES for f in findings):
        return findings
    out = []
    for f in findings:
        end = _tail_end(text, f.end) if f.entity_type in _CODES else f.end
        if end > f.end and not any(g is not f and g.start < end and f.end < g.end for g in findings):
            f = replace(f, end=end)
        out.append(f)
    return out


def _tail_end(text: str, pos: int) -> int:
    """Where the spelled characters right after ``pos`` end, or ``pos`` when they do not count as a code's rest."""
    end, words, spoken = pos, 0, False
    while (match := _WORD.match(text, end)) is not None:
        word = match.group(1)
        if len(word) > 1 and word not in _SPELLED_WORDS:
            break
        words, end = words + 1, match.end()
        spoken = spoken or len(word) > 1 or word.isdigit()
    if not words or not (_END.match(text, end) or (words >= 2 and spoken)):
        return pos
    return end

