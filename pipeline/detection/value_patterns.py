"""The text patterns value propagation follows a value by, found without compiling a regex per value where they can be.

A conversation's every text value ("jo.li@x.com") and short code ("G4 9DS", "golf four nine delta sierra" -> "g49ds")
is searched for in every turn; compiling one IGNORECASE regex per value cost more than the searches. On ASCII text
the same spans come from plain string scans:

* ``text_pattern(value)``: ``re.escape(value)`` under IGNORECASE; for an ASCII value the occurrences of the value
  lower-cased in the turn lower-cased (IGNORECASE pairs only an ASCII letter's two cases there), non-overlapping,
  left to right, as ``finditer`` gives them;
* ``code_pattern(code)``: the code's characters with at most one blank, dash or slash between two of them, no letter
  or digit before or after, under IGNORECASE; for a code of lower-case ASCII letters and digits the match is forced
  character by character (a separator is never a code character), so a scan from each start finds it.

Non-ASCII text is read by the regex itself (IGNORECASE pairs "k" with the Kelvin sign there), compiled when first needed.
"""
from __future__ import annotations

import re
from functools import cached_property

_SEPARATORS = "-/"  # and blanks (``str.isspace`` on ASCII is ``\s``)


class _Literal:
    """``re.compile(re.escape(value), re.IGNORECASE)`` for an ASCII ``value``."""

    __slots__ = ("low", "__dict__")

    def __init__(self, value: str) -> None:
        self.low = value.lower()

    @cached_property
    def regex(self) -> re.Pattern[str]:
        return re.compile(re.escape(self.low), re.IGNORECASE)

    def spans(self, text: str) -> list[tuple[int, int]]:
        if not text.isascii():
            return [m.span() for m in self.regex.finditer(text)]
        low, n, out = text.lower(), len(self.low), []
        at = low.find(self.low)
        while at >= 0:
            out.append((at, at + n))
            at = low.find(self.low, at + n)
        return out


class _Code:
    """``re.compile(r"(?<![^\\W_])" + r"[\\s\\-/]?".join(code) + r"(?![^\\W_])", re.IGNORECASE)`` for a ``code`` of
    lower-case ASCII letters and digits."""

    __slots__ = ("code", "__dict__")

    def __init__(self, code: str) -> None:
        self.code = code

    @cached_property
    def regex(self) -> re.Pattern[str]:
        return _code_regex(self.code)

    def spans(self, text: str) -> list[tuple[int, int]]:
        if not text.isascii():
            return [m.span() for m in self.regex.finditer(text)]
        low, code, out = text.lower(), self.code, []
        n, end = len(low), 0
        at = low.find(code[0])
        while at >= 0:
            if at >= end and (at == 0 or not low[at - 1].isalnum()):
                i = at + 1
                for char in code[1:]:
                    if i < n and low[i] != char and (low[i] in _SEPARATORS or low[i].isspace()):
                        i += 1  # (one separator, then the character must follow)
                    if i >= n or low[i] != char:
                        break
                    i += 1
                else:
                    if i == n or not low[i].isalnum():
                        out.append((at, i))
                        end = i
            at = low.find(code[0], at + 1)
        return out


def _code_regex(code: str) -> re.Pattern[str]:
    return re.compile(r"(?<![^\W_])" + r"[\s\-/]?".join(code) + r"(?![^\W_])", re.IGNORECASE)


def text_pattern(value: str) -> _Literal | re.Pattern[str]:
    """What ``spans`` follows the text value ``value`` by (module docstring)."""
    return _Literal(value) if value.isascii() else re.compile(re.escape(value), re.IGNORECASE)


def code_pattern(code: str) -> _Code | re.Pattern[str]:
    """What ``spans`` follows the compact code ``code`` by (module docstring)."""
    if code and code.isascii() and code.isalnum() and code == code.lower():
        return _Code(code)
    return _code_regex(code)


def spans(pattern: _Literal | _Code | re.Pattern[str], text: str) -> list[tuple[int, int]]:
    """The spans of the pattern's ``finditer(text)``."""
    if isinstance(pattern, re.Pattern):
        return [m.span() for m in pattern.finditer(text)]
    return pattern.spans(text)
