"""Digit patterns tried only where a group of digits starts: one scan of a text shared by many patterns.

A pattern ``(?<![\\w\\-.])P`` whose every match starts with a digit (P opens with ``\\d``, ``[0-9]``, a digit,
or an optional group of them before one) can match only at a digit with no letter, digit, "_", "-" or "."
right before it. ``group_starts`` finds those positions once per text (cached: every digit scheme of a turn
reads them); ``GroupAnchored.finditer`` tries the pattern anchored at each, left to right, from the end of
the last match: the matches of ``pattern.finditer(text)``, without one scan of the whole text per pattern.
"""
from __future__ import annotations

import re
from functools import lru_cache

from recognizers.ascii_twin import AsciiFast, ascii_fast, ascii_twin
from recognizers.start_set import _SUPPORTED

if _SUPPORTED:
    from re import _parser
    from re._constants import (ASSERT_NOT, BRANCH, CATEGORY, CATEGORY_DIGIT, IN, LITERAL, MAX_REPEAT, MIN_REPEAT,
                               POSSESSIVE_REPEAT, RANGE, SUBPATTERN)

    from recognizers.start_set import _first

LOOKBEHIND = r"(?<![\w\-.])"
_GROUP_START = ascii_fast(LOOKBEHIND + r"\d")
_ASCII_DIGITS = range(ord("0"), ord("9") + 1)


@lru_cache(maxsize=64)
def group_starts(text: str) -> tuple[int, ...]:
    """Offsets of the digits of ``text`` with no letter, digit, "_", "-" or "." before them."""
    return tuple(m.start() for m in _GROUP_START.finditer(text))


class GroupAnchored:
    """A pattern of the module's form; ``finditer`` as the pattern's, other attributes the pattern's. ASCII text
    is read by the pattern's ``ascii_twin`` (the same matches there, faster)."""

    __slots__ = ("pattern_object", "ascii")

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern_object = pattern
        self.ascii = ascii_twin(pattern) or pattern

    def __getattr__(self, name: str):
        return getattr(self.pattern_object, name)

    def finditer(self, text: str):
        match, pos = (self.ascii if text.isascii() else self.pattern_object).match, 0
        for start in group_starts(text):
            if start >= pos and (found := match(text, start)) is not None:
                yield found
                pos = found.end()


_DIGIT_RUN = ascii_fast(r"(?<!\d)\d")


@lru_cache(maxsize=64)
def digit_run_starts(text: str) -> tuple[int, ...]:
    """Offsets of the digits of ``text`` with no digit before them (cached: several patterns of a turn read them)."""
    return tuple(m.start() for m in _DIGIT_RUN.finditer(text))


def matches_before_digits(pattern, text: str, offsets: tuple[int, ...]):
    """``pattern.finditer(text)`` for a pattern whose every match starts ``k`` characters before a digit that starts
    a run of digits, ``k`` one of ``offsets``: tried only there, left to right from the end of the last match."""
    starts = sorted({s - k for s in digit_run_starts(text) for k in offsets if s >= k})
    if isinstance(pattern, AsciiFast):
        pattern = pattern.for_text(text)  # (picked once, not per start)
    pos, match = 0, pattern.match
    for start in starts:
        if start >= pos and (found := match(text, start)) is not None:
            if found.end() == start:  # an empty match: the pattern's own rules for what follows one
                yield from pattern.finditer(text, start)
                return
            yield found
            pos = found.end()


def group_anchored(pattern: re.Pattern[str]) -> GroupAnchored | re.Pattern[str]:
    """``pattern`` as a ``GroupAnchored`` when it has the module's form, else ``pattern`` itself."""
    if not _SUPPORTED or not pattern.pattern.startswith(LOOKBEHIND):
        return pattern
    items = list(_parser.parse(pattern.pattern, pattern.flags).data)
    if not items or items[0][0] is not ASSERT_NOT:  # (a top-level "|": the lookbehind is one branch's only)
        return pattern
    first = _first(items[1:], pattern.flags)
    return GroupAnchored(pattern) if first and all(map(_digit_item, first)) else pattern


def _digit_item(item) -> bool:
    """Whether a set item of ``start_set._first`` takes digits only."""
    op, av = item
    if op is LITERAL:
        return av in _ASCII_DIGITS
    if op is RANGE:
        return av[0] in _ASCII_DIGITS and av[1] in _ASCII_DIGITS
    return op is CATEGORY and av == CATEGORY_DIGIT


def fewest_digits(pattern) -> int:
    """The fewest digits any match of ``pattern`` (a compiled pattern or one of this module's) holds, read from its
    parsed form: a text with fewer digits (``str.isdigit`` characters) cannot hold a match. 0 when unsupported."""
    if not _SUPPORTED:
        return 0
    pattern = getattr(pattern, "pattern_object", pattern)
    return _fewest(_parser.parse(pattern.pattern, pattern.flags).data)


def _fewest(items) -> int:
    total = 0
    for op, av in items:
        if op is LITERAL:
            total += av in _ASCII_DIGITS
        elif op is IN:
            total += all(map(_digit_item, av))
        elif op in (MAX_REPEAT, MIN_REPEAT, POSSESSIVE_REPEAT):
            total += av[0] * _fewest(av[2].data)
        elif op is SUBPATTERN:
            total += _fewest(av[3].data)
        elif op is BRANCH:
            total += min(_fewest(alternative.data) for alternative in av[1])
    return total  # (lookarounds, boundaries, back-references, atomic groups, ...: counted as none)
