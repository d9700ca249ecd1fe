"""A text's characters by class, as bytes: a gate that looks for a few characters of fixed classes in a row is then
a handful of substring tests in C instead of a regex scan of the whole turn.

On ASCII text a digit is "0", the letter o or O is "o", any other letter "a", and " ", "-" and "/" stand for
themselves; every other character is ".". ``ClassGate(pattern, shapes)`` answers ``pattern.search(text)`` (found or
not) from the text's classes when it is ASCII: ``shapes`` spell, in classes, exactly the strings ``pattern`` matches;
with ``exact=False`` they spell a superset of them ("." for "+", any letter for "st") and ``pattern`` decides
where one occurs.
Only the last few texts' classes are kept: the recognizers of one turn ask in a row.
"""
from __future__ import annotations

import re
import string
from functools import lru_cache

_TABLE = bytearray(b"." * 256)
for _c in string.digits:
    _TABLE[ord(_c)] = ord("0")
for _c in string.ascii_letters:
    _TABLE[ord(_c)] = ord("a")
for _c in "oO":
    _TABLE[ord(_c)] = ord("o")
for _c in " -/":
    _TABLE[ord(_c)] = ord(_c)
_CLASSES = bytes(_TABLE)
LETTER = ("a", "o")  # the classes of a letter


@lru_cache(maxsize=4)
def char_classes(text: str) -> bytes | None:
    """The class of each character of ``text`` (module docstring), or None when ``text`` is not ASCII."""
    return text.encode("ascii").translate(_CLASSES) if text.isascii() else None


class ClassGate:
    """Whether ``pattern`` occurs in a text, read from its ``char_classes`` when it is ASCII."""

    __slots__ = ("pattern", "shapes", "exact")

    def __init__(self, pattern: re.Pattern[str], shapes: list[str], exact: bool = True) -> None:
        self.pattern, self.shapes, self.exact = pattern, tuple(shape.encode("ascii") for shape in shapes), exact

    def search(self, text: str) -> object:
        """Truthy (a match or True) when ``pattern`` occurs in ``text``, else None."""
        classes = char_classes(text)
        if classes is None:
            return self.pattern.search(text)
        if not any(map(classes.__contains__, self.shapes)):
            return None
        return True if self.exact else self.pattern.search(text)


def shapes(*parts: tuple[str, ...] | str) -> list[str]:
    """Every string of classes made of one choice from each part in order ("0000" or ("a", "o") ...)."""
    out = [""]
    for part in parts:
        out = [head + choice for head in out for choice in ((part,) if isinstance(part, str) else part)]
    return out
