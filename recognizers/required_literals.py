"""The literal strings of which every match of a pattern holds one, read from its parsed form.

``required_literals(pattern)`` gives lower-case strings such that on ASCII text every match of ``pattern``
consumes one of them (compared with the text lower-cased): a text whose lower-cased form holds none of them
has no match. The derivation is conservative: an element it cannot read (a backreference, a conditional,
``.``, a large class, an optional part) consumes "something unknown" and adds no requirement, zero-width
assertions consume nothing, an alternation requires what each alternative requires. Only ASCII text may be
judged by the result: a non-ASCII letter can match an ASCII one under IGNORECASE (the Kelvin sign, ``ſ``).
"""
from __future__ import annotations

import re
from itertools import product

from recognizers.start_set import _SUPPORTED

if _SUPPORTED:  # (the engine's parser and compiler: checked on CPython 3.11 and 3.12)
    import _sre
    from re import _compiler, _parser
    from re._constants import (ASSERT, ASSERT_NOT, AT, ATOMIC_GROUP, BRANCH, IN, LITERAL, MAX_REPEAT, MIN_REPEAT,
                               POSSESSIVE_REPEAT, SRE_FLAG_ASCII, SRE_FLAG_IGNORECASE, SRE_FLAG_LOCALE, SUBPATTERN)

_ASCII = tuple(map(chr, range(128)))
_MAX_CLASS = 4     # a class of more ASCII members (lower-cased) is "some character"
_MAX_STRINGS = 64  # an element spelled more ways than this is "some string"
_UNKNOWN = (None, None)  # (no finite spelling, no requirement)


def required_literals(pattern: re.Pattern[str]) -> frozenset[str] | None:
    """Lower-case strings every match of ``pattern`` on ASCII text holds one of (compared with the lower-cased
    text), or None when no such set is known (module docstring). Never holds the empty string."""
    if not _SUPPORTED or not isinstance(pattern.pattern, str) or pattern.flags & SRE_FLAG_LOCALE:
        return None
    parsed = _parser.parse(pattern.pattern, pattern.flags)
    _, required = _sequence(list(parsed.data), parsed.state.flags | pattern.flags)
    return required


def _sequence(items: list, flags: int) -> tuple:
    """(the strings the sequence spells, or None; the best requirement of it, or None). A run of elements
    with finite spellings is joined into the strings the run spells (zero-width elements spell "")."""
    spelled: set[str] | None = {""}  # the whole sequence so far
    run: set[str] | None = {""}      # the current run of spelled elements
    candidates = []
    for op, av in items:
        strings, required = _element(op, av, flags)
        if required:
            candidates.append(required)
        if strings is None:
            candidates.append(_nonempty(run))
            run, spelled = {""}, None
            continue
        joined = _joined(run, strings)
        if joined is None:  # too many spellings: a new run starts at this element
            candidates.append(_nonempty(run))
            joined = set(strings)
        run = joined
        spelled = None if spelled is None else _joined(spelled, strings)
    candidates.append(_nonempty(run))
    if spelled is not None:
        candidates.append(_nonempty(spelled))
    return spelled, _best(candidates)


def _element(op, av, flags: int) -> tuple:
    """(the strings the element spells, or None; its own requirement, or None)."""
    if op in (AT, ASSERT, ASSERT_NOT):
        return {""}, None  # consumes nothing (a lookaround's literals need not be in the match)
    if op is LITERAL or op is IN:
        chars = _members(op, av, flags)
        return (chars if chars is not None and len(chars) <= _MAX_CLASS else None), None
    if op is SUBPATTERN:
        _, add, remove, sub = av
        if (add | remove) & (SRE_FLAG_ASCII | SRE_FLAG_LOCALE):
            return _UNKNOWN
        return _sequence(list(sub.data), _compiler._combine_flags(flags, add, remove))
    if op is ATOMIC_GROUP:
        return _sequence(list(av.data), flags)
    if op is BRANCH:
        results = [_sequence(list(alternative.data), flags) for alternative in av[1]]
        strings = None if any(s is None for s, _ in results) else set().union(*(s for s, _ in results))
        if strings is not None and len(strings) > _MAX_STRINGS:
            strings = None
        required = []
        for s, r in results:
            own = _best([r, _nonempty(s)])
            if own is None:
                return strings, None  # an alternative without a requirement
            required.append(own)
        return strings, frozenset().union(*required)
    if op in (MAX_REPEAT, MIN_REPEAT, POSSESSIVE_REPEAT):
        low, high, sub = av
        strings, required = _sequence(list(sub.data), flags)
        if low == 0:
            return (None, None) if high or strings != {""} else ({""}, None)
        if low == high and strings is not None:
            joined: set[str] | None = {""}
            for _ in range(low):
                joined = _joined(joined, strings) if joined is not None else None
            return joined, _best([required, _nonempty(strings)])
        return None, _best([required, _nonempty(strings)])
    return _UNKNOWN  # ANY, NOT_LITERAL, GROUPREF, GROUPREF_EXISTS, ...


def _members(op, av, flags: int) -> set[str] | None:
    """The ASCII characters (lower-cased) a LITERAL or IN element takes under ``flags``, or None."""
    probe = _parser.SubPattern(_parser.State(), [(op, av if op is LITERAL else list(av))])
    probe.state.flags = flags
    try:
        code = _compiler._code(probe, flags)
    except Exception:  # pragma: no cover - an element the compiler wants in context
        return None
    match = _sre.compile("", flags, code, 0, {}, ()).fullmatch
    chars = {char.lower() for char in _ASCII if match(char) is not None}
    return chars or None  # (none: it can only take a non-ASCII character -- "unknown" keeps this simple)


def _joined(left: set[str] | None, right: set[str]) -> set[str] | None:
    if left is None or len(left) * len(right) > _MAX_STRINGS:
        return None
    return {a + b for a, b in product(left, right)}


def _nonempty(strings: set[str] | None) -> frozenset[str] | None:
    """``strings`` as a requirement: None when one of them is empty (a match may hold none)."""
    return None if not strings or "" in strings else frozenset(strings)


def _best(candidates: list) -> frozenset[str] | None:
    """The most selective requirement: the longest shortest string, then the fewest strings."""
    known = [c for c in candidates if c]
    return max(known, key=lambda c: (min(map(len, c)), -len(c))) if known else None


def holds_one(text: str, literals: frozenset[str] | None) -> bool:
    """False only when ``text`` is ASCII and holds none of ``literals`` (a pattern's ``required_literals``,
    compared with the text lower-cased): the pattern then finds nothing in it. True otherwise."""
    if literals is None or not text.isascii():
        return True
    if any(char.isalpha() for literal in literals for char in literal):
        text = text.lower()
    return any(map(text.__contains__, literals))
