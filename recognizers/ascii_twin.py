"""Twins of patterns for ASCII text whose character tests are bit tests: the same matches there, faster.

On a str pattern Python's engine answers ``\\w``, ``\\d``, ``\\s`` and ``\\b`` with Unicode database
lookups (several per character for ``\\w``) and IGNORECASE with Unicode case mapping. On ASCII text
only the ASCII members of a class matter: ``ascii_twin`` recompiles a pattern with each character class
written out as the ASCII characters it takes under the pattern's own rules (Unicode ``\\s`` keeps
``\\x1c``-``\\x1f``; IGNORECASE and ``ſ``-like equivalences included), which the engine reads as one
bitmap, and with the ASCII flag, whose ``\\b`` and case folding agree with Unicode's on ASCII characters.
Every other element is kept. On ASCII text the twin matches exactly where the pattern does; it must
never read other text. A pattern it cannot prove that for comes back as None.
"""
from __future__ import annotations

import re
from functools import lru_cache

from recognizers.start_set import compile_fast, compile_parsed

try:  # the engine's compiler internals; checked on CPython 3.11 and 3.12 (as recognizers.start_set)
    import _sre
    from re import _compiler, _parser
    from re._constants import (ANY, ASSERT, ASSERT_NOT, AT, ATOMIC_GROUP, BRANCH, GROUPREF, GROUPREF_EXISTS, IN,
                               LITERAL, MAX_REPEAT, MIN_REPEAT, NOT_LITERAL, POSSESSIVE_REPEAT, RANGE,
                               SRE_FLAG_ASCII, SRE_FLAG_IGNORECASE, SRE_FLAG_LOCALE, SRE_FLAG_UNICODE, SUBPATTERN)
    from recognizers.start_set import _SUPPORTED
except ImportError:  # pragma: no cover - another interpreter
    _SUPPORTED = False

_ASCII = tuple(map(chr, range(128)))
_KEPT = frozenset() if not _SUPPORTED else frozenset({ANY, AT, GROUPREF})  # no character test of their own


class _Refused(Exception):
    """An element whose ASCII behaviour the twin could not keep."""


def ascii_twin(pattern: re.Pattern[str]) -> re.Pattern[str] | None:
    """The ASCII twin of ``pattern`` (module docstring), or None (not a Unicode str pattern, an inline
    ASCII / LOCALE / UNICODE flag, a non-ASCII letter that IGNORECASE equates with an ASCII one, an
    element this does not know)."""
    if not _SUPPORTED or not isinstance(pattern.pattern, str) or pattern.flags & (SRE_FLAG_ASCII | SRE_FLAG_LOCALE):
        return None
    parsed = _parser.parse(pattern.pattern, pattern.flags)
    flags = parsed.state.flags | pattern.flags
    try:
        parsed.data = _converted(parsed.data, flags)
    except _Refused:
        return None
    parsed.state.flags = ascii_flags = flags & ~SRE_FLAG_UNICODE | SRE_FLAG_ASCII
    # Its ``flags`` stay the pattern's: a pattern compiled again from ``pattern`` and ``flags`` is the original.
    return compile_parsed(pattern.pattern, parsed, ascii_flags, shown_flags=pattern.flags)


def _converted(items: list, flags: int) -> list:
    out = []
    for op, av in items:
        if op is IN:
            av = _runs(_members(tuple(av), flags))
        elif op in (LITERAL, NOT_LITERAL):
            if av >= 128 and flags & SRE_FLAG_IGNORECASE and _equates_ascii(av):
                raise _Refused
        elif op is SUBPATTERN:
            group, add, remove, sub = av
            if (add | remove) & (SRE_FLAG_ASCII | SRE_FLAG_LOCALE | SRE_FLAG_UNICODE):
                raise _Refused
            sub.data = _converted(sub.data, _compiler._combine_flags(flags, add, remove))
        elif op in (MAX_REPEAT, MIN_REPEAT, POSSESSIVE_REPEAT):
            av[2].data = _converted(av[2].data, flags)
        elif op is BRANCH:
            for alternative in av[1]:
                alternative.data = _converted(alternative.data, flags)
        elif op in (ASSERT, ASSERT_NOT):
            av[1].data = _converted(av[1].data, flags)
        elif op is ATOMIC_GROUP:
            av.data = _converted(av.data, flags)
        elif op is GROUPREF_EXISTS:
            for branch in av[1:]:
                if branch is not None:
                    branch.data = _converted(branch.data, flags)
        elif op not in _KEPT:
            raise _Refused
        out.append((op, av))
    return out


def _members(items: tuple, flags: int) -> list[int]:
    """The ASCII codes the class ``items`` takes under ``flags`` (read from the compiled class itself); with
    IGNORECASE both cases of each letter (checked: ``_runs`` is then compiled with ASCII case folding)."""
    probe = _parser.SubPattern(_parser.State(), [(IN, list(items))])  # (a fresh state: ``_code`` adds its flags)
    probe.state.flags = flags
    code = _compiler._code(probe, flags)
    match = _sre.compile("", flags, code, 0, {}, ()).fullmatch
    codes = [code for code, char in enumerate(_ASCII) if match(char) is not None]
    if flags & SRE_FLAG_IGNORECASE and {ord(chr(code).swapcase()) for code in codes} != set(codes):
        raise _Refused
    return codes


def _runs(codes: list[int]) -> list:
    """``codes`` (ascending) as class items: a literal or a range per run of consecutive codes."""
    items: list = []
    for code in codes:
        if items and items[-1][0] is RANGE and items[-1][1][1] == code - 1:
            items[-1] = (RANGE, (items[-1][1][0], code))
        elif items and items[-1][0] is LITERAL and items[-1][1] == code - 1:
            items[-1] = (RANGE, (code - 1, code))
        else:
            items.append((LITERAL, code))
    return items


@lru_cache(maxsize=None)
def _equates_ascii(code: int) -> bool:
    """Whether IGNORECASE makes the non-ASCII character ``code`` match an ASCII one (``ſ`` and ``s``)."""
    literal = re.compile(re.escape(chr(code)), re.IGNORECASE).fullmatch
    return any(literal(char) is not None for char in _ASCII)


class AsciiFast:
    """A pattern that reads ASCII text through its ``ascii_twin`` (the same matches, faster) and other text,
    or everything when it has no twin, as itself. ``search`` / ``match`` / ``fullmatch`` / ``finditer`` /
    ``findall`` / ``sub`` take the pattern's arguments; other attributes (``pattern``, ``flags``) are the
    pattern's. Worth its one Python call per use on patterns that scan whole turns."""

    __slots__ = ("_pattern", "_twin")

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self._pattern = pattern
        self._twin = ascii_twin(pattern) or pattern

    def for_text(self, text: str) -> re.Pattern[str]:
        """The compiled pattern that reads ``text``: the twin when it is ASCII."""
        return self._twin if text.isascii() else self._pattern

    def search(self, text: str, *span: int) -> re.Match[str] | None:
        return (self._twin if text.isascii() else self._pattern).search(text, *span)

    def match(self, text: str, *span: int) -> re.Match[str] | None:
        return (self._twin if text.isascii() else self._pattern).match(text, *span)

    def fullmatch(self, text: str, *span: int) -> re.Match[str] | None:
        return (self._twin if text.isascii() else self._pattern).fullmatch(text, *span)

    def finditer(self, text: str, *span: int):
        return (self._twin if text.isascii() else self._pattern).finditer(text, *span)

    def findall(self, text: str, *span: int) -> list:
        return (self._twin if text.isascii() else self._pattern).findall(text, *span)

    def sub(self, repl, text: str, count: int = 0) -> str:
        return (self._twin if text.isascii() else self._pattern).sub(repl, text, count)

    def __getattr__(self, name: str):
        return getattr(self._pattern, name)


def ascii_fast(source: str, flags: int = 0) -> AsciiFast:
    """``AsciiFast(compile_fast(source, flags))``."""
    return AsciiFast(compile_fast(source, flags))
