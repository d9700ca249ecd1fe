"""Patterns tried only a few characters before a literal every match holds: the matches of ``finditer``, not a scan.

``literal_anchor`` reads from a parsed pattern a literal of three characters or more that every match holds at a
known distance from its start: the elements before it have a finite set of widths (``\\b(?:sur|first )?name``:
0, 3 or 6 characters before "name"). On ASCII text a match can then only start at an occurrence of the literal
(compared with the text lower-cased) minus one of those widths; ``LiteralAnchored.finditer`` tries the pattern
there only, left to right from the end of the last match (as ``digit_groups.matches_before_digits``), and reads
other text as the pattern does. Elements it cannot measure (a backreference, an open repeat) end the reading.
"""
from __future__ import annotations

import re

from recognizers.ascii_twin import ascii_twin
from recognizers.start_set import _SUPPORTED

if _SUPPORTED:  # (the engine's parser: checked on CPython 3.11 and 3.12)
    from re import _compiler, _parser
    from re._constants import (ANY, ASSERT, ASSERT_NOT, AT, ATOMIC_GROUP, BRANCH, IN, LITERAL, MAX_REPEAT, MIN_REPEAT,
                               NOT_LITERAL, POSSESSIVE_REPEAT, SRE_FLAG_ASCII, SRE_FLAG_IGNORECASE, SRE_FLAG_LOCALE,
                               SUBPATTERN)

MIN_LITERAL = 3    # a shorter run is measured as part of the prefix
_MAX_WIDTHS = 16   # a prefix of more possible widths is "unknown"


def literal_anchor(pattern: re.Pattern[str]) -> tuple[str, frozenset[int]] | None:
    """(a lower-case literal, the distances from a match's start at which every match holds it), or None."""
    if not _SUPPORTED or not isinstance(pattern.pattern, str) or pattern.flags & (SRE_FLAG_ASCII | SRE_FLAG_LOCALE):
        return None
    parsed = _parser.parse(pattern.pattern, pattern.flags)
    widths: set[int] = {0}
    run = ""
    for op, av, flags in _flattened(list(parsed.data), parsed.state.flags | pattern.flags):
        char = _literal_char(op, av)
        if char is not None:
            run += char
            continue
        if len(run) >= MIN_LITERAL:
            break
        widths = _plus(widths, {len(run)})
        run = ""
        step = _widths(op, av) if op is not None else None
        widths = _plus(widths, step) if step is not None else None
        if widths is None:
            return None
    if len(run) < MIN_LITERAL:
        return None
    return run, frozenset(widths)


def _flattened(items: list, flags: int):
    """(op, av, flags) of the top-level elements, groups opened into their elements; (None, None, flags) ends it
    where a group changes the ASCII / LOCALE flags."""
    for op, av in items:
        if op is SUBPATTERN:
            _, add, remove, sub = av
            if (add | remove) & (SRE_FLAG_ASCII | SRE_FLAG_LOCALE):
                yield None, None, flags
                return
            yield from _flattened(list(sub.data), _compiler._combine_flags(flags, add, remove))
        else:
            yield op, av, flags


def _literal_char(op, av) -> str | None:
    """The lower-case ASCII character a LITERAL element takes (under IGNORECASE, on ASCII text: its two cases)."""
    if op is not LITERAL or av >= 128:
        return None
    return chr(av).lower()


def _widths(op, av) -> set[int] | None:
    """The widths the element may consume, or None (unknown, or too many)."""
    if op in (AT, ASSERT, ASSERT_NOT):
        return {0}
    if op in (LITERAL, NOT_LITERAL, IN, ANY):
        return {1}
    if op is SUBPATTERN:
        return _sequence_widths(av[3].data)
    if op is ATOMIC_GROUP:
        return _sequence_widths(av.data)
    if op is BRANCH:
        found: set[int] = set()
        for alternative in av[1]:
            widths = _sequence_widths(alternative.data)
            if widths is None:
                return None
            found |= widths
        return found if len(found) <= _MAX_WIDTHS else None
    if op in (MAX_REPEAT, MIN_REPEAT, POSSESSIVE_REPEAT):
        low, high, sub = av
        one = _sequence_widths(sub.data)
        if one is None or high > 8:
            return None
        found, widths = set(), {0}
        for count in range(high + 1):
            if count >= low:
                found |= widths
            widths = _plus(widths, one)
            if widths is None:
                return None
        return found if len(found) <= _MAX_WIDTHS else None
    return None  # GROUPREF, GROUPREF_EXISTS, ...


def _sequence_widths(items) -> set[int] | None:
    widths: set[int] | None = {0}
    for op, av in items:
        step = _widths(op, av)
        widths = _plus(widths, step) if step is not None and widths is not None else None
        if widths is None:
            return None
    return widths


def _plus(left: set[int] | None, right: set[int]) -> set[int] | None:
    if left is None:
        return None
    sums = {a + b for a in left for b in right}
    return sums if len(sums) <= _MAX_WIDTHS else None


class LiteralAnchored:
    """A pattern tried on ASCII text only before the occurrences of its ``literal_anchor`` (its ``ascii_twin``
    there); other text, or a pattern with no anchor, reads as the pattern. Use ``finditer``."""

    __slots__ = ("pattern", "ascii", "literal", "offsets")

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern
        self.ascii = ascii_twin(pattern) or pattern
        anchor = literal_anchor(pattern)
        self.literal, self.offsets = anchor if anchor is not None else (None, ())

    def finditer(self, text: str):
        """``self.pattern.finditer(text)``."""
        if self.literal is None or not text.isascii():
            yield from self.pattern.finditer(text)
            return
        low, literal = text.lower(), self.literal
        starts: set[int] = set()
        at = low.find(literal)
        while at >= 0:
            starts.update(at - k for k in self.offsets if at >= k)
            at = low.find(literal, at + 1)
        pos, match = 0, self.ascii.match
        for start in sorted(starts):
            if start >= pos and (found := match(text, start)) is not None:
                yield found
                pos = found.end()  # (every match holds the literal: never empty)
