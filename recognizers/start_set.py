"""Regex patterns that skip ahead to the characters a match can start with: same matches, faster search.

Python's regex engine jumps to the next possible first character of a match only when the pattern opens
with a literal or a character class. Most of ours open with a boundary or a lookbehind (``\\b(?:zip|...)``,
``(?<![\\w.\\-])\\d{9}``) or a repeat (``\\d{4}[A-Za-z]``), so a search tries the whole pattern at every
position of a turn. ``start_set`` recompiles such a pattern with the set of characters its first consumed
element accepts, found past leading zero-width assertions (which still run in full at every candidate
position): a match can only start at such a character, so the matches are the same. The set is kept as a
bitmap of its ASCII members plus every other character (a superset, read without Unicode lookups).
Patterns it cannot read (case-insensitive letters, a first element that may be empty, ...) or other
Python versions than the ones it was checked on come back unchanged.
"""
from __future__ import annotations

import re
import sys

try:  # the engine's compiler internals; checked on CPython 3.11 and 3.12
    import _sre
    from re import _compiler, _parser
    from re._constants import (ASSERT, ASSERT_NOT, AT, BRANCH, CATEGORY, CHARSET, IN, INFO, LITERAL, MAX_REPEAT,
                               MIN_REPEAT, NEGATE, POSSESSIVE_REPEAT, RANGE, SRE_FLAG_LOCALE, SRE_INFO_CHARSET,
                               SUBPATTERN, SUCCESS)
    _SUPPORTED = sys.implementation.name == "cpython" and sys.version_info[:2] in ((3, 11), (3, 12))
except ImportError:  # pragma: no cover - another interpreter
    _SUPPORTED = False


def start_set(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """``pattern`` compiled with the set of its possible first characters (module docstring), or
    ``pattern`` itself when the engine already knows it or it cannot be read."""
    if not _SUPPORTED or not isinstance(pattern.pattern, str) or pattern.flags & SRE_FLAG_LOCALE:
        return pattern
    parsed = _parser.parse(pattern.pattern, pattern.flags)
    return compile_parsed(pattern.pattern, parsed, parsed.state.flags | pattern.flags, plain=False) or pattern


def compile_parsed(source: str, parsed, flags: int, plain: bool = True, shown_flags: int | None = None
                   ) -> re.Pattern[str] | None:
    """The parsed pattern ``parsed`` (of ``source``) compiled under ``flags`` with its start set when it has
    one; without it (as ``re.compile`` would) when ``plain``, else None. ``shown_flags``: its ``flags``
    attribute when not ``flags`` (the engine reads only the compiled code)."""
    code = _compiler._code(parsed, flags)
    # [INFO, skip, mask, min, max, ...]: a mask says the engine found a prefix or a set; min 0 may match empty.
    chars = None if code[0] != INFO or code[2] != 0 or code[3] == 0 else _first(parsed.data, flags)
    if chars:
        chars, cased = _compiler._optimize_charset(chars)
        if not cased:
            info = [INFO, 0, SRE_INFO_CHARSET, code[3], code[4]]
            _compiler._compile_charset(_bitmap(chars, flags), flags, info)
            info[1] = len(info) - 1
            code = info + code[1 + code[1]:]
            plain = True
    if not plain:
        return None
    groups = parsed.state.groupdict
    names = [None] * parsed.state.groups
    for name, index in groups.items():
        names[index] = name
    return _sre.compile(source, flags if shown_flags is None else shown_flags, code, parsed.state.groups - 1, groups,
                        tuple(names))


def compile_fast(source: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile(source, flags)`` through ``start_set``."""
    return start_set(re.compile(source, flags))


def _bitmap(chars: list, flags: int) -> list:
    """A superset of the set ``chars`` that the engine reads with one bit test per character: its ASCII
    members (a probe pattern tells them; a class like ``\\d`` would cost a Unicode lookup) and all others."""
    probe = [INFO, 4, 0, 1, 1, IN, 0]
    _compiler._compile_charset(chars, flags, probe)
    probe[6] = len(probe) - 6
    member = _sre.compile("", flags, probe + [SUCCESS], 0, {}, ()).match
    charmap = bytearray(code >= 128 or member(chr(code)) is not None for code in range(256))
    return [(CHARSET, _compiler._mk_bitmap(charmap)), (RANGE, (256, sys.maxunicode))]


def _first(items, flags: int) -> list | None:
    """The set items every match of the sequence ``items`` starts with, past zero-width assertions
    (also groups of them) and through optional elements (``(?:of your )?account``: o or a)."""
    union: list = []
    for op, av in items:
        if _zero_width(op, av):
            continue
        optional = op in (MAX_REPEAT, MIN_REPEAT, POSSESSIVE_REPEAT) and av[0] == 0
        chars = _first(av[2].data, flags) if optional else _first_of(op, av, flags)
        # A negated set is its own whole: it cannot be joined with another element's items.
        if chars is None or (union and any(item is NEGATE for item, _ in union + chars)):
            return None
        union += chars
        if not optional:
            return union
    return None  # every element may be empty


def _zero_width(op, av) -> bool:
    """Whether an element only asserts: a boundary, a lookaround, or a group or branch of them alone."""
    if op in (AT, ASSERT, ASSERT_NOT):
        return True
    if op is SUBPATTERN:
        return all(_zero_width(*item) for item in av[3].data)
    if op is BRANCH:
        return all(_zero_width(*item) for alternative in av[1] for item in alternative.data)
    return False


def _first_of(op, av, flags: int) -> list | None:
    cased = _compiler._get_iscased(flags)  # None unless IGNORECASE: letters would need their other case
    if op is LITERAL:
        return None if cased and cased(av) else [(LITERAL, av)]
    if op is IN:
        for item, arg in av:
            if item not in (LITERAL, RANGE, CATEGORY, NEGATE):
                return None
            if cased and (item is LITERAL and cased(arg) or item is RANGE and (
                    arg[1] > 0xffff or any(map(cased, range(arg[0], arg[1] + 1))))):
                return None
        return list(av)
    if op is SUBPATTERN:
        _, add, remove, sub = av
        flags = _compiler._combine_flags(flags, add, remove)
        return None if flags & SRE_FLAG_LOCALE else _first(sub.data, flags)
    if op in (MAX_REPEAT, MIN_REPEAT, POSSESSIVE_REPEAT):
        low, _, sub = av
        return _first(sub.data, flags) if low >= 1 else None
    if op is BRANCH:
        union: list = []
        for alternative in av[1]:
            chars = _first(alternative.data, flags)
            # A negated set is its own whole: it cannot be joined with another alternative's items.
            if chars is None or (len(av[1]) > 1 and any(item is NEGATE for item, _ in chars)):
                return None
            union += chars
        return union
    return None
