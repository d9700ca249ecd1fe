"""Names spelled right after their label: "the surname's lung that's l e un g", "the surname's wu that's w u", and typed
"surname HYL AND, first name Deirdre", "surname L. A. M.".

A label ("surname", "first name", "name") with the word and "that's" / "spelt" before a spelling says what the letters
are, so the spelling is the name however a speech engine chunked it (``recognizers.names.chunks``), and so is the word
said before it, even when it is an everyday word ("lamb", "easy"). Typed, capital chunks right after a label that end
at a comma or the line's end are the name spelled out when a piece is short or in no dictionary (not "THE BEST CAFE").
"""
from __future__ import annotations

import re

from recognizers.names.chunks import chunked_name_spans
from recognizers.names.lexicon import fold, lexicon
from recognizers.literal_anchored import LiteralAnchored
from recognizers.start_set import compile_fast

_LABEL = r"(?:sur|first |last |family |given |middle )?name"
# "the surname's lung that's ", "last name is tam, spelt ": the label, the word said, then the spelling cue.
# (Both label patterns are tried only a few characters before a "name" of ASCII text: literal_anchored.)
_SAID_THEN_SPELLED = LiteralAnchored(compile_fast(
    rf"\b{_LABEL}(?:['’]s|\s+is)\s+([^\W\d_]+)\s*,?\s+(?:that['’]?s|spelt|spelled|spelling)\s+", re.IGNORECASE))
_SINGLE_LETTERS = compile_fast(r"[^\W\d_](?:[ \t]+[^\W\d_])+\b")
# "surname HYL AND," / "surname L. A. M.": two or more capital chunks after the label, up to a comma or the line's end.
_CAPS_AFTER_LABEL = LiteralAnchored(compile_fast(
    rf"(?i:\b{_LABEL})[:\s]\s*((?:[A-Z]+\.?[ \t]+){{1,5}}[A-Z]+\.?)(?=[ \t]*(?:[,;]|$))", re.MULTILINE))
MIN_CAPS_LETTERS = 3


def labelled_spellings(text: str) -> list[tuple[int, int]]:
    """(start, end) of every spelling after a name label, and of the word it spells when one was said before it."""
    if "ame" not in text and "AME" not in text:
        return []  # (no "name", "Name" or "NAME": most turns, read in C)
    low = text.lower()
    if "name" not in low:
        return []
    spans: list[tuple[int, int]] = []
    said = ("name's" in low or "name is" in low or "name’s" in low) and ("that" in low or "spel" in low)
    for m in _SAID_THEN_SPELLED.finditer(text) if said else ():
        spelled = next((s for s in chunked_name_spans(text) if s[0] == m.end()), None)
        if spelled is None and (letters := _SINGLE_LETTERS.match(text, m.end())) is not None \
                and re.sub(r"\s", "", fold(letters.group())) == fold(m.group(1)):
            spelled = letters.span()  # "wu that's w u": two letters, exactly the word said
        if spelled is not None:
            spans += [m.span(1), spelled]
    for m in _CAPS_AFTER_LABEL.finditer(text) if not text.islower() else ():
        chunks = [fold(c.strip(".")) for c in m.group(1).split()]
        # A spelling, not words typed in capitals ("Name: THE BEST CAFE"): a short piece, or one no dictionary has.
        if sum(map(len, chunks)) >= MIN_CAPS_LETTERS and any(len(c) <= 2 or not lexicon().is_english(c) for c in chunks):
            spans.append(m.span(1))
    return spans
