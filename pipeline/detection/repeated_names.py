"""A name found whole in one turn is found whole where it is said again: once "joy m tablac" was found, the repeat
"joy m tablac it's been under that name" is taken whole, not only the part name propagation finds ("tablac": "joy"
is an everyday word and "m" a letter, found again only beside a name).

Only a PERSON finding already in the turn grows, over the words that with it repeat a found name word for word
(nothing but blanks, or an initial's dot, between them); it never grows into another finding.
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import replace
from operator import methodcaller
from typing import Sequence

from pipeline.detection.name_propagation import word_key
from pipeline.records import Finding
from recognizers.entities import PERSON
from recognizers.names.lexicon import TITLES, lexicon
from recognizers.lower_scan import ascii_lower
from recognizers.names.tokens import word_matches

# A name said whole is a seed when found at least this certainly (as name propagation seeds).
MIN_SEED_SCORE = 0.5
MAX_NAME_WORDS = 5
_START, _END = methodcaller("start"), methodcaller("end")


def _inside(words: Sequence, finding: Finding) -> tuple[int, int]:
    """Indices of the first and last of ``words`` (a turn's ``word_matches``) inside ``finding`` (first > last: none)."""
    return bisect_left(words, finding.start, key=_START), bisect_right(words, finding.end, key=_END) - 1


def _joined(text: str, words: Sequence, first: int, last: int) -> bool:
    """Nothing but blanks, or an initial's dot, between the words ``first`` .. ``last``."""
    for k in range(first, last):
        gap = text[words[k].end():words[k + 1].start()]
        if gap.strip() not in ("", ".") or "\n" in gap:
            return False
    return True


def _full_names(texts: Sequence[str], findings: Sequence[Sequence[Finding]]) -> set[tuple[str, ...]]:
    """Word keys of every PERSON finding of two to ``MAX_NAME_WORDS`` words found at least ``MIN_SEED_SCORE``, a name
    word among them (listed or in no list, and no everyday word); titles left out."""
    names, lex = set(), lexicon()
    for text, turn in zip(texts, findings):
        people = [f for f in turn if f.entity_type == PERSON and f.score >= MIN_SEED_SCORE]
        words = word_matches(text) if people else ()
        for f in people:
            first, last = _inside(words, f)
            keys = tuple(word_key(m.group()) for m in words[first:last + 1])
            while keys and keys[0] in TITLES:
                keys = keys[1:]  # "ms kane": the name without its title
            if 2 <= len(keys) <= MAX_NAME_WORDS and any(
                    len(k) >= 3 and k not in lex.common and (lex.is_name(k) or lex.is_unknown(k)) for k in keys):
                names.add(keys)  # (not "gift aid", "a family counselor": no name word)
    return names


def _grow_turn(text: str, turn: list[Finding], names: set[tuple[str, ...]]) -> list[Finding]:
    low = ascii_lower(text)
    if low is not None:  # an ASCII word's key is a prefix of it lower-cased: a name not all in the text is not said
        names = {name for name in names if all(key in low for key in name)}
        if not names:
            return turn
    words = word_matches(text)
    out = list(turn)
    for n, f in enumerate(out):
        if f.entity_type != PERSON:
            continue
        first_in, last_in = _inside(words, f)
        for name in names if first_in <= last_in else ():
            size = len(name)
            # Every place the name starts that puts a word of it on a word of the finding.
            for first in range(max(0, first_in - size + 1), min(last_in, len(words) - size) + 1):
                last = first + size - 1
                if any(word_key(words[first + j].group()) != part for j, part in enumerate(name)) \
                        or not _joined(text, words, first, last):
                    continue
                start, end = min(f.start, words[first].start()), max(f.end, words[last].end())
                if (start, end) != (f.start, f.end) and not any(
                        g is not f and g.start < end and start < g.end for g in out):
                    out[n] = f = replace(f, start=start, end=end)
                    first_in, last_in = min(first_in, first), max(last_in, last)
    return out


def grow_repeated_names(texts: Sequence[str], findings: Sequence[Sequence[Finding]]) -> list[list[Finding]]:
    """Findings per turn, each PERSON finding grown over the words that with it say a name found whole elsewhere in
    the conversation (``texts[i]``: turn i; ``findings[i]``: its findings)."""
    names = _full_names(texts, findings)
    if not names:
        return [list(turn) for turn in findings]
    return [_grow_turn(text, list(turn), names) if any(f.entity_type == PERSON for f in turn) else list(turn)
            for text, turn in zip(texts, findings)]
