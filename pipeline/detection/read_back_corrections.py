"""A caller's correction of a name the agent read back is a name: "so i've got feeld is that right" / "no it's with an
i fild"; "let me just read that back wod" / "no it's double o wood"; and the agent's acknowledgement that repeats it
("sorry about that field got it now"). The agent's read-back itself is found when it reads a name found in the call
back with a slip ("i have written braum is it okay" once "braun" was found).

The corrected word is often an everyday word ("field", "wood", "hunt") that no list or model takes alone; what makes
it a name is the exchange: the agent read a name back, the caller says "no" and gives a word that sounds like it
(same first letter, most letters shared). Only that word is taken, never the caller's other words.

A plain function over findings; it never sees more than the texts and the offsets it is given and logs counts only.
"""
from __future__ import annotations

import logging
import re
from difflib import SequenceMatcher
from typing import Sequence

from pipeline.detection.name_propagation import word_key
from pipeline.records import Finding, Turn, agent_turns
from recognizers.entities import PERSON, REASON_CROSS_TURN
from recognizers.names.lexicon import FUNCTION_WORDS, frequent_words
from recognizers.names.tokens import word_matches
from recognizers.lower_scan import case_folded
from recognizers.start_set import compile_fast

logger = logging.getLogger(__name__)

RECOGNIZER_NAME = "read_back_corrections.v1"
SCORE = 0.8
# The corrected word sounds like the word read back: the same first letter, and this share of their letters in common
# (difflib's ratio: "feeld" / "fild" 0.67, "wod" / "wood" 0.86; "feeld" / "fine" 0.44) or the same consonants.
MIN_LIKENESS = 0.6
# The agent's next turn repeats the corrected name only in a short acknowledgement, not in new talk.
ACK_MAX_WORDS = 12
# A read-back is short ("i have written braum is it okay"); a name found is long enough to be read back with a slip.
READ_BACK_MAX_WORDS = 14
MIN_NAME_LETTERS = 4

_HESITATION = r"(?:(?:um|uh|er|erm|ah|oh|like|\[\w+\])\W+)"  # (a tag the texts' blanking does not know: "[breath]")
# A read-back: the agent says the name back and asks whether it is right, or the whole turn is "so <name> yes". (Two
# patterns: one alternative anchored at the start made the engine try all of them at every character; each reads
# ASCII text lower-cased, without IGNORECASE.)
_READ_BACK_ANYWHERE = case_folded(
    r"\bread(?:ing)?\W+(?:\w+\W+)?(?:it|that)\W+(?:\w+\W+)?back\b|\bis\W+(?:\w+\W+)?(?:that|it)\W+"
    r"(?:\w+\W+)?(?:right|correct|okay|ok)\b|\bhave\W+i\W+got\W+(?:that|it)\b|\bi['’]?ve\W+(?:got|put)\b")
_SO_YES_TURN = case_folded(r"\W*so\W+(?:\w+\W+){1,2}(?:so\W+)?(?:yes|right|correct)\W*$")  # (matched at the start)


class _ReadBackCue:
    """``search``: where the single pattern the two replace matched (its span: the leftmost match; at the turn's
    start the first alternative matching there, the whole-turn one last)."""

    def search(self, text: str) -> re.Match[str] | None:
        found = _READ_BACK_ANYWHERE.search(text)
        if found is not None and found.start() == 0:
            return found
        return _SO_YES_TURN.match(text) or found


_READ_BACK = _ReadBackCue()
# One letter spelled with a word for it: "n like november", "t as in tango" (a piece of the name itself).
_LETTER = r"([a-z])\W+(?:like|for|as\W+in)\W+([a-z]+)"
_SPELLED_LETTER = compile_fast(rf"(?<![\w'’]){_LETTER}(?![\w'’])", re.IGNORECASE)
# How a spelling is corrected around the name: "with an i", "double o", "two l's", "not b", "n like november".
_HINT = rf"(?:with\W+an?\W+[a-z]|double\W+[a-z]|two\W+[a-z]['’]?s|not\W+(?:an?\W+)?[a-z]|{_LETTER}|you\W+know)"
_CORRECTION = compile_fast(
    rf"\W*{_HESITATION}*(?:(?:no(?:\W+no)?|nope|nah|not\W+quite|not\W+like\W+that|close|almost|sorry\W+no)\b\W*|(?=not\W))"
    rf"{_HESITATION}*(?:no\W+)?(?:(?:so\W+)?(?:it['’]?s|it\W+is|that['’]?s)\W+{_HESITATION}*)?(?:{_HINT}(?:\W+|$))*"
    rf"(?:(?:so\W+)?(?:it['’]?s|it\W+is)\W+{_HESITATION}*)?(?:so\W+)?"
    rf"(?P<name>[^\W\d_]+(?:['’\-][^\W\d_]+)*(?:\s+[^\W\d_]+(?:['’\-][^\W\d_]+)*)?)?"
    rf"(?:\W+{_HINT})*(?:\W+slowly)?\W*", re.IGNORECASE)
# Replies that are no name however much they look like the word read back ("no that's right").
_NOT_NAMES = frozenset("right correct fine it that wrong okay ok yes yeah yep perfect good great sorry".split())


def _consonants(key: str) -> str:
    """The word's consonants, each run of one said once: "sutt" and "soot" are both "st"."""
    return "".join(c for k, c in enumerate(key) if c not in "aeiouy" and (k == 0 or key[k - 1] != c))


def _sounds_like(said: str, read: str) -> bool:
    if said[:1] != read[:1]:
        return False
    skeleton = _consonants(said)
    return SequenceMatcher(None, said, read).ratio() >= MIN_LIKENESS or len(skeleton) >= 2 and skeleton == _consonants(read)


def _read_back_keys(text: str, turn: Sequence[Finding]) -> list[str]:
    """Word keys of the PERSON findings of an agent's read-back turn, each word and each finding joined ("ben salah")."""
    if not _READ_BACK.search(text):
        return []
    keys = []
    for f in turn:
        if f.entity_type == PERSON:
            words = [word_key(m.group()) for m in word_matches(text[f.start:f.end])]
            keys += words + ["".join(words)]
    return keys


def _short_read_back(text: str) -> bool:
    return len(word_matches(text)) <= READ_BACK_MAX_WORDS and _READ_BACK.search(text) is not None


def _name_words(texts: Sequence[str], findings: Sequence[Sequence[Finding]]) -> set[str]:
    """Word keys of the PERSON findings of a conversation, long enough to be read back with a slip."""
    return {key for text, turn in zip(texts, findings) for f in turn if f.entity_type == PERSON
            for key in map(word_key, map(re.Match.group, word_matches(text[f.start:f.end])))
            if len(key) >= MIN_NAME_LETTERS}


def _read_back_slips(text: str, turn: list[Finding], names: set[str]) -> list[tuple[int, int]]:
    """Words of an agent's short read-back (``_short_read_back``) that sound like a name word found in the call without
    being it, and are no frequent word: the name read back with a slip ("i have written braum is it okay" once "braun"
    was found)."""
    spans = []
    for m in word_matches(text):
        key = word_key(m.group())
        if len(key) >= 3 and key.isalpha() and key not in names and key not in FUNCTION_WORDS \
                and key not in frequent_words() and any(_sounds_like(key, name) for name in names) \
                and not any(f.start < m.end() and m.start() < f.end for f in turn):
            spans.append(m.span())
    return spans


def _corrected_name(match: re.Match, turn: list[Finding], read: Sequence[str]) -> tuple[int, int] | None:
    """Where the name of a caller's correction (``match``: ``_CORRECTION``) stands, if it names one: words that sound
    like the name read back (PERSON findings inside them are dropped from ``turn``: the name is taken whole, "beau
    lieu"), or else a PERSON finding there already."""
    if match.group("name") is None:
        return None
    start, end = match.span("name")
    found = [f for f in turn if f.entity_type == PERSON and f.start < end and start < f.end]
    keys = [word_key(m.group()) for m in word_matches(match.group("name"))]
    if keys and not any(k in _NOT_NAMES for k in keys) and any(
            _sounds_like(s, r) for s in (*keys, "".join(keys)) for r in read):
        if all(start <= f.start and f.end <= end for f in found):
            for f in found:
                turn.remove(f)
            return start, end
    return (found[0].start, found[0].end) if found else None


def _spelled_letters(text: str) -> list[tuple[int, int]]:
    """The letters a correction spells with a word for each ("n like november"; the word starts with the letter)."""
    return [m.span() for m in _SPELLED_LETTER.finditer(text) if m.group(2).lower().startswith(m.group(1).lower())]


def _add(turn: list[Finding], start: int, end: int) -> bool:
    if any(f.start < end and start < f.end for f in turn):
        return False
    turn.append(Finding(start, end, PERSON, SCORE, RECOGNIZER_NAME, REASON_CROSS_TURN))
    turn.sort(key=lambda f: f.start)
    return True


def find_read_back_corrections(turns: Sequence[Turn], texts: Sequence[str], findings: Sequence[Sequence[Finding]],
                               agent_speakers: Sequence[str]) -> list[list[Finding]]:
    """Findings per turn, with each caller's correction of a name the agent just read back found as PERSON, and its
    repeat in the agent's short acknowledgement after it (``texts[i]``: turn i without engine tags)."""
    is_agent = agent_turns(turns, agent_speakers)
    out = [list(turn) for turn in findings]
    added = 0
    read_backs = [i for i in range(len(turns)) if is_agent[i] and _short_read_back(texts[i])]
    names = _name_words(texts, out) if read_backs else set()
    for i in read_backs if names else ():
        for start, end in _read_back_slips(texts[i], out[i], names):
            added += _add(out[i], start, end)
    for i in range(1, len(turns)):
        if is_agent[i] or not is_agent[i - 1] or not any(f.entity_type == PERSON for f in out[i - 1]):
            continue
        read = _read_back_keys(texts[i - 1], out[i - 1])
        match = _CORRECTION.fullmatch(texts[i]) if read else None
        if match is None:
            continue
        for start, end in _spelled_letters(texts[i]):
            added += _add(out[i], start, end)
        span = _corrected_name(match, out[i], read)
        if span is None:
            continue
        added += _add(out[i], *span)
        name = {word_key(m.group()) for m in word_matches(texts[i][span[0]:span[1]])}
        if i + 1 < len(turns) and is_agent[i + 1]:
            words = word_matches(texts[i + 1])
            if len(words) <= ACK_MAX_WORDS:
                for m in words:
                    if word_key(m.group()) in name:
                        added += _add(out[i + 1], m.start(), m.end())
    if added:
        logger.debug("read-back corrections: %d names added over %d turns", added, len(turns))
    return out
