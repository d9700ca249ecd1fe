"""A lower-case twin for an IGNORECASE pattern with case-sensitive parts (``(?-i:N|S|E|W)``, ``(?-i:[A-Z])``).

``lower_twin`` refuses such a pattern: the lower-cased text no longer tells "N" from "n". ``loose_twin`` writes
each case-sensitive part in lower case without the flag (it then also takes what was "n" before lower-casing):
on ASCII text the twin matches at every position where the pattern does, and maybe at a few more. ``finditer``
runs the twin over ``ascii_lower(text)`` to find where a match may start and the pattern itself (anchored, so
cheap) at each such position: the pattern's matches, exactly, at a fraction of an unanchored IGNORECASE scan.

Why the twin matches wherever the pattern does: loosening a part of a regex only adds matches unless the part is
inside a negative lookaround or the pattern has an atomic group, a possessive quantifier or a conditional; the
pattern is refused then.
"""
from __future__ import annotations

import re

from recognizers.ascii_twin import ascii_twin
from recognizers.lower_scan import lower_twin
from recognizers.start_set import compile_fast
from recognizers.word_trie import factored

# A case-sensitive part of letters only: an alternation of ASCII words or one character class.
_CASE_SENSITIVE = re.compile(r"\(\?-i:((?:[A-Za-z]+\|)*[A-Za-z]+|\[[^\]\\]+\])\)")
# Constructs under which a looser part could take a match away.
_NOT_MONOTONE = re.compile(r"\(\?>|[*+?}]\+|\(\?\(")
_ASCII = tuple(chr(code) for code in range(128))


class LooseTwin:
    """An IGNORECASE pattern and its loosened lower-case twin (module docstring); use ``finditer``."""

    __slots__ = ("pattern", "twin")

    def __init__(self, pattern: re.Pattern[str], twin: re.Pattern[str]) -> None:
        self.pattern = pattern
        self.twin = twin

    def finditer(self, text: str, low: str):
        """The matches of ``pattern.finditer(text)``; ``low`` is ``ascii_lower(text)`` (not None)."""
        search, match = self.twin.search, self.pattern.match
        pos = 0
        while (found := search(low, pos)) is not None:
            start = found.start()
            real = match(text, start)
            if real is None:
                pos = start + 1
            elif real.end() == start:  # an empty match: the pattern's own rules for what follows one
                yield from self.pattern.finditer(text, start)
                return
            else:
                yield real
                pos = real.end()


def loose_twin(pattern: re.Pattern[str]) -> LooseTwin | None:
    """A ``LooseTwin`` of ``pattern``, or None when it has no case-sensitive part this can loosen, or one under
    a negative lookaround, or a construct that makes loosening unsafe (module docstring)."""
    source = pattern.pattern
    parts = list(_CASE_SENSITIVE.finditer(source))
    if not parts or not pattern.flags & re.IGNORECASE or _NOT_MONOTONE.search(source):
        return None  # (a case-sensitive part of another form is left: lower_twin refuses the pattern)
    if any(_under_negative_lookaround(source, part.start()) for part in parts):
        return None
    twin = lower_twin(re.compile(_CASE_SENSITIVE.sub(_lowered, source), pattern.flags))
    # Only the twin's match positions are read: its word groups may be tried as tries (``word_trie``).
    if twin is None:
        return None
    factored_twin = compile_fast(factored(twin.pattern), twin.flags)
    return LooseTwin(pattern, ascii_twin(factored_twin) or factored_twin)  # (it reads ASCII text only)


def _lowered(part: re.Match[str]) -> str:
    """A case-sensitive part as a group that takes the lower case of every ASCII string it took."""
    body = part.group(1)
    if not body.startswith("["):
        return f"(?:{body.lower()})"
    taken = sorted({char.lower() for char in _ASCII if re.fullmatch(body, char)})
    return "[" + "".join(re.escape(char) for char in taken) + "]" if taken else "(?!)"


def _under_negative_lookaround(source: str, index: int) -> bool:
    """True when ``source[index]`` lies inside a ``(?!...)`` or ``(?<!...)`` group."""
    openers: list[str] = []
    k = 0
    while k < index:
        char = source[k]
        if char == "\\":
            k += 2
            continue
        if char == "[":  # a class: skip to its closing bracket (a leading "]" or "^]" is a member)
            k += 2 if source.startswith("[^", k) else 1
            k += source[k] == "]"
            while source[k] != "]":
                k += 2 if source[k] == "\\" else 1
        elif char == "(":
            openers.append(source[k:k + 4])
        elif char == ")":
            openers.pop()
        k += 1
    return any(opener.startswith(("(?!", "(?<!")) for opener in openers)
