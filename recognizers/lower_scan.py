"""Case-insensitive patterns run on lower-cased ASCII text without IGNORECASE: same spans, faster.

Python's regex engine compares every character case-insensitively under IGNORECASE, which makes long
alternations (street suffixes, number words) several times slower. On ASCII text, a pattern whose
letters are all lower case matches ``text.lower()`` without the flag exactly where it matches ``text``
with it: lower-casing ASCII keeps every offset and word boundary, and the only letters IGNORECASE
equates with ASCII ones beyond their case pairs (``ı``, ``ſ``, the Kelvin sign, ...) never occur in an
ASCII text: the twin writes such a letter of the pattern as the ASCII letter it equates with (``bulvarı`` as
``bulvari``), which matches exactly the lower-cased ASCII letters it matched. ``lower_twin`` refuses a
pattern for which that argument does not hold.
"""
from __future__ import annotations

import re
from functools import lru_cache

from recognizers.ascii_twin import ascii_twin
from recognizers.start_set import compile_fast

_ESCAPE = re.compile(r"\\.", re.DOTALL)
# Escapes that spell a character by code (``\x41`` is "A"), and inline flags that switch case handling.
_CODED_CHAR = re.compile(r"\\(?:[xuUN]|[0-7])")
_INLINE_FLAGS = re.compile(r"\(\?(?:[aiLmsux]+(?:-[imsx]+)?|-[imsx]+)[:)]")
_NON_ASCII_RANGE = re.compile(r"[^\x00-\x7f]-|-[^\x00-\x7f]")
_GROUP_NAMES = re.compile(r"\(\?P(?:<\w+>|=\w+\))")  # "(?P<month>", "(?P=sep)": names, not letters to match
_ASCII = tuple(chr(code) for code in range(128))


def lower_twin(pattern: re.Pattern[str]) -> re.Pattern[str] | None:
    """``pattern`` compiled without IGNORECASE, to run on ``ascii_lower(text)``, a non-ASCII letter that
    IGNORECASE equates with an ASCII one written as that letter (module docstring); None when it could
    match differently there (no IGNORECASE, an upper-case letter, inline flags, a character given by
    code, a non-ASCII range, or such a letter escaped or in a group name)."""
    source = pattern.pattern
    if not pattern.flags & re.IGNORECASE or not isinstance(source, str):
        return None
    if _CODED_CHAR.search(source) or _INLINE_FLAGS.search(source):
        return None
    body = _GROUP_NAMES.sub("(", _ESCAPE.sub("", source))
    if _NON_ASCII_RANGE.search(body):
        return None
    escaped = {match.group()[1] for match in _ESCAPE.finditer(source)}
    twin_source = source
    for char in set(body) | {char for char in escaped if not char.isascii()}:
        if char != char.lower():
            return None
        equal = {a.lower() for a in _ASCII if not char.isascii() and re.fullmatch(re.escape(char), a, re.IGNORECASE)}
        if len(equal) > 1 or equal and char in escaped:
            return None
        twin_source = twin_source.replace(char, *equal) if equal else twin_source
    twin = compile_fast(twin_source, pattern.flags & ~re.IGNORECASE)
    if twin.groupindex != pattern.groupindex:
        return None  # (the letter was in no group's name)
    return ascii_twin(twin) or twin  # (it reads ASCII text only: its classes as bitmaps)


@lru_cache(maxsize=1024)
def ascii_lower(text: str) -> str | None:
    """``text`` lower-cased when it is ASCII (where a ``lower_twin`` finds the same spans), else None."""
    return text.lower() if text.isascii() else None


def ascii_letters_twin(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """``pattern`` with each letter class ``[^\\W\\d_]`` as ``[A-Za-z]``: the same matches on ASCII text (where
    a word character that is no digit and no underscore is an ASCII letter), without Unicode lookups (its
    other classes too: ``ascii_twin``)."""
    twin = compile_fast(pattern.pattern.replace(r"[^\W\d_]", "[A-Za-z]"), pattern.flags)
    return ascii_twin(twin) or twin


def finditer(pattern: re.Pattern[str], twin, text: str, low: str | None):
    """Matches of ``pattern`` in ``text``: its ``twin`` (a ``lower_twin`` or a ``loose_twin.LooseTwin``) over
    ``low`` (``ascii_lower(text)``) when both exist, else ``pattern`` itself. Spans and groups are the same
    either way; read values from ``text``."""
    if twin is None or low is None:
        return pattern.finditer(text)
    return twin.finditer(low) if isinstance(twin, re.Pattern) else twin.finditer(text, low)  # (a LooseTwin)


class CaseFolded:
    """An IGNORECASE pattern that reads ASCII text through its ``lower_twin`` on ``ascii_lower(text)``: the
    same spans (module docstring), several times faster; other text, or a pattern with no twin, as written.

    ``search`` / ``match`` / ``fullmatch`` / ``finditer`` take the pattern's arguments. A match over the twin holds the
    lower-cased text: callers read spans, digits or lower-cased groups only. Other attributes (``pattern``,
    ``flags``) are the pattern's.
    """

    __slots__ = ("_pattern", "_twin")

    def __init__(self, pattern: re.Pattern[str], twin_source: str | None = None) -> None:
        """``twin_source``: the pattern written in lower case only, when its own source has capitals that
        IGNORECASE makes redundant (``[A-Za-z]`` as ``[a-z]``); it must match what ``pattern`` matches."""
        self._pattern = pattern
        self._twin = lower_twin(re.compile(twin_source, pattern.flags) if twin_source else pattern)

    @property
    def twin(self) -> re.Pattern[str] | None:
        """The lower-case twin read on ASCII text (None: the pattern reads every text)."""
        return self._twin

    def _pick(self, text: str) -> tuple[re.Pattern[str], str]:
        if self._twin is not None:
            low = ascii_lower(text)
            if low is not None:
                return self._twin, low
        return self._pattern, text

    def search(self, text: str, *span: int) -> re.Match[str] | None:
        pattern, text = self._pick(text)
        return pattern.search(text, *span)

    def match(self, text: str, *span: int) -> re.Match[str] | None:
        pattern, text = self._pick(text)
        return pattern.match(text, *span)

    def fullmatch(self, text: str, *span: int) -> re.Match[str] | None:
        pattern, text = self._pick(text)
        return pattern.fullmatch(text, *span)

    def finditer(self, text: str, *span: int):
        pattern, text = self._pick(text)
        return pattern.finditer(text, *span)

    def __getattr__(self, name: str):
        return getattr(self._pattern, name)


def case_folded(source: str, flags: int = re.IGNORECASE) -> CaseFolded:
    """``CaseFolded(compile_fast(source, flags))``."""
    return CaseFolded(compile_fast(source, flags))
