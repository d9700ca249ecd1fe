"""Cue patterns tried only where one of their first words stands: the matches of ``finditer``, not a scan of every position.

A pattern whose every match starts at a word of lower-cased text -- the start of a ``[a-z0-9]+`` run (a
``\\b`` before a letter is one) that is one of ``first``, or at one of ``literals`` -- can be tried only at
those places, left to right, each from the end of the last match: the matches ``pattern.finditer(low)``
gives. The places come from ``str.find`` for the few first words the text holds (``words_of``), so a long
turn costs a handful of anchored tries instead of a try at every character.
"""
from __future__ import annotations

import re

from recognizers.ascii_twin import ascii_twin
from recognizers.start_set import _SUPPORTED

if _SUPPORTED:  # (the engine's parser: checked on CPython 3.11 and 3.12)
    from re import _parser
    from re._constants import (ASSERT, ASSERT_NOT, AT, AT_BOUNDARY, BRANCH, CATEGORY, CATEGORY_DIGIT, CATEGORY_NOT_DIGIT,
                               CATEGORY_NOT_SPACE, CATEGORY_NOT_WORD, CATEGORY_SPACE, CATEGORY_WORD, IN, LITERAL,
                               MAX_REPEAT, MAXREPEAT, MIN_REPEAT, NEGATE, POSSESSIVE_REPEAT, RANGE, SUBPATTERN)

_WORD_CHARS = frozenset("abcdefghijklmnopqrstuvwxyz0123456789")


class WordAnchored:
    """``pattern`` (compiled for lower-cased text) with the words its matches can start with."""

    __slots__ = ("pattern", "first", "literals", "ascii")

    def __init__(self, pattern: re.Pattern[str], first: frozenset[str], literals: tuple[str, ...] = ()) -> None:
        assert isinstance(pattern, re.Pattern) and all(word and _WORD_CHARS.issuperset(word) for word in first)
        self.pattern, self.first, self.literals = pattern, first, literals
        self.ascii = ascii_twin(pattern) or pattern  # reads ASCII text: the same matches, faster

    @classmethod
    def of(cls, pattern: re.Pattern[str]) -> "WordAnchored | None":
        """``pattern`` anchored at its ``first_words``, or None when they cannot be told."""
        words = first_words(pattern)
        return cls(pattern, words) if words else None

    def finditer(self, low: str, words: frozenset[str]):
        """``self.pattern.finditer(low)``; ``words``: the ``[a-z0-9]+`` words of ``low`` (``words_of``)."""
        starts: set[int] = set()
        for needle in (*self.first.intersection(words), *(lit for lit in self.literals if lit in low)):
            at = low.find(needle)
            while at >= 0:
                if not at or low[at - 1] not in _WORD_CHARS:  # (a word character before: no word starts here)
                    starts.add(at)
                at = low.find(needle, at + 1)
        pos, match = 0, (self.ascii if low.isascii() else self.pattern).match
        for start in sorted(starts):
            if start >= pos and (found := match(low, start)) is not None:
                yield found
                pos = found.end()  # (every match holds its first word: never empty)


def first_words(pattern: re.Pattern[str]) -> frozenset[str] | None:
    """The words (``[a-z0-9]+`` runs) every match of ``pattern`` starts with, read from its parsed form; None when
    that cannot be told: a case-insensitive part, a first word that may run on past the pattern's letters
    ("plan" then ``\\w*``), a match that may start inside a word (no ``\\b`` or lookbehind of word characters
    before its first letter) or with another character, or too many ways to spell it."""
    if not _SUPPORTED or pattern.flags & re.IGNORECASE:
        return None
    found: set[str] = set()
    stack = [("", list(_parser.parse(pattern.pattern, pattern.flags).data), False)]
    for _ in range(_MAX_STEPS):
        if not stack:
            return frozenset(found) if found else None
        prefix, rest, bounded = stack.pop()
        if not rest:
            return None  # the match may end with its first word still running on in the text
        (op, av), tail = rest[0], rest[1:]
        if op is AT and av is AT_BOUNDARY:
            if prefix:
                found.add(prefix)  # a boundary after letters: the word ends here
            else:
                stack.append((prefix, tail, True))
        elif op is ASSERT_NOT and av[0] == -1 and not prefix and _takes_every_word_char(av[1]):
            stack.append((prefix, tail, True))  # (?<![\w...]): no word character before the match
        elif op is ASSERT_NOT and av[0] == 1 and prefix and _takes_every_word_char(av[1]):
            found.add(prefix)  # (?![\w...]) after letters: the word ends here
        elif op in (ASSERT, ASSERT_NOT):
            stack.append((prefix, tail, bounded))  # zero width: no character of the word
        elif op is SUBPATTERN:
            if av[1] & re.IGNORECASE:
                return None
            stack.append((prefix, list(av[3].data) + tail, bounded))
        elif op is BRANCH:
            stack.extend((prefix, list(branch.data) + tail, bounded) for branch in av[1])
        elif op in (MAX_REPEAT, MIN_REPEAT, POSSESSIVE_REPEAT):
            low, high, sub = av
            if prefix and _opens_with_other(list(sub.data)):  # (blanks after the word, however many): it ends there
                if high:
                    found.add(prefix)
                if not low:
                    stack.append((prefix, tail, bounded))
                continue
            if high is MAXREPEAT or high > 4:
                return None
            stack.extend((prefix, list(sub.data) * n + tail, bounded) for n in range(low, high + 1))
        elif op in (LITERAL, IN):
            members = _set_of([(op, av)] if op is LITERAL else av)
            if members is None:
                return None
            word_chars, other = members
            if other:  # a character no word holds: the word ends before it
                if not prefix:
                    return None
                found.add(prefix)
            if word_chars and not (bounded or prefix):
                return None  # the match may start inside a word
            stack.extend((prefix + char, tail, True) for char in sorted(word_chars))
        else:
            return None
    return None


_MAX_STEPS = 20_000


def _opens_with_other(items: list) -> bool:
    """Whether every way through ``items`` starts with a character no word holds (zero-width parts aside)."""
    for op, av in items:
        if op is AT or op in (ASSERT, ASSERT_NOT):
            continue
        if op in (LITERAL, IN):
            members = _set_of([(op, av)] if op is LITERAL else av)
            return members is not None and not members[0]
        if op is SUBPATTERN:
            return _opens_with_other(list(av[3].data))
        if op is BRANCH:
            return all(_opens_with_other(list(branch.data)) for branch in av[1])
        return op in (MAX_REPEAT, MIN_REPEAT, POSSESSIVE_REPEAT) and av[0] >= 1 and _opens_with_other(list(av[2].data))
    return False


def _takes_every_word_char(body) -> bool:
    """Whether a lookaround's body is one character that may be any word character."""
    items = list(body.data)
    if len(items) != 1 or items[0][0] not in (IN, LITERAL):
        return False
    members = _set_of(items[0][1] if items[0][0] is IN else items)
    return members is not None and members[0] == _WORD_CHARS


def _set_of(items) -> tuple[frozenset[str], bool] | None:
    """(the word characters a set item list takes, whether it takes any other character), or None."""
    negate = bool(items) and items[0][0] is NEGATE
    chars, other = set(), False
    for op, av in items[negate:]:
        if op is LITERAL:
            if chr(av) in _WORD_CHARS:
                chars.add(chr(av))
            else:
                other = True
        elif op is RANGE:
            chars |= {c for c in _WORD_CHARS if av[0] <= ord(c) <= av[1]}
            other = other or av[1] - av[0] + 1 > len({chr(c) for c in range(av[0], av[1] + 1)} & _WORD_CHARS)
        elif op is CATEGORY and av in _CATEGORIES:
            taken, others = _CATEGORIES[av]
            chars |= taken
            other = other or others
        else:
            return None
    if negate:
        return frozenset(_WORD_CHARS - chars), True
    return frozenset(chars), other


if _SUPPORTED:
    _CATEGORIES = {CATEGORY_DIGIT: (frozenset("0123456789"), False), CATEGORY_NOT_DIGIT: (_WORD_CHARS - set("0123456789"), True),
                   CATEGORY_SPACE: (frozenset(), True), CATEGORY_NOT_SPACE: (_WORD_CHARS, True),
                   CATEGORY_WORD: (_WORD_CHARS, True), CATEGORY_NOT_WORD: (frozenset(), True)}

