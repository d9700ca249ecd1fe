"""Dates said with "stroke" or "slash" between day and month, the British way to say "/": "sixteen stroke
nine nineteen sixty one", "six teen stroke 10 19 82", "fourteen stroke 8 eighty", "20 slash 5 slash 1972".

``stroke_dates(text)`` yields the span of each such date whose day and month (either order) and year are
valid; a day and month without a year ("two stroke three instalments") is no date.
"""
from __future__ import annotations

from typing import Iterator

from recognizers.spoken.digit_dates import valid_date
from recognizers.spoken.number_words import TEENS, TENS, UNITS
from recognizers.start_set import compile_fast

SEPARATORS = frozenset({"stroke", "slash", "/"})
_WORD = compile_fast(r"[a-z]+|\d+|/")
CENTURY_WORDS = frozenset({"nineteen", "twenty", "19", "20"})


def _said_number(words: list[str], i: int) -> tuple[int, int] | None:
    """(value, words used) of a number said at ``words[i]``: digits, "nine", "six teen", "sixteen",
    "twenty one"."""
    if i >= len(words):
        return None
    w = words[i]
    nxt = words[i + 1] if i + 1 < len(words) else ""
    if w.isdigit():
        return int(w), 1
    if w in UNITS:
        return (UNITS[w] + 10, 2) if nxt == "teen" else (UNITS[w], 1)
    if w in TEENS:
        return TEENS[w], 1
    if w in TENS:
        return (TENS[w] + UNITS[nxt], 2) if nxt in UNITS and UNITS[nxt] else (TENS[w], 1)
    return None


def _small(words: list[str], i: int) -> tuple[int, int] | None:
    """(value 1-31, words used) of a day or month said at ``words[i]``: "9", "sixteen", "six teen",
    "twenty one"."""
    w = words[i] if i < len(words) else ""
    if (w.isdigit() and len(w) > 2) or (w in TENS and TENS[w] > 30):
        return None
    return _said_number(words, i)


def _year(words: list[str], i: int) -> tuple[int, int] | None:
    """(year, words used) said at ``words[i]``: "1961", "82", "nineteen sixty one", "19 82", "eighty one"."""
    if i >= len(words):
        return None
    w = words[i]
    if w.isdigit() and len(w) == 4 and w[:2] in ("19", "20"):
        return int(w), 1
    if w in CENTURY_WORDS:
        rest = _two_digits(words, i + 1)
        if rest is not None:
            century = int(w) if w.isdigit() else TEENS.get(w, TENS.get(w, 0))
            return century * 100 + rest[0], 1 + rest[1]
    two = _two_digits(words, i)
    return (1900 + two[0], two[1]) if two is not None else None


def _two_digits(words: list[str], i: int) -> tuple[int, int] | None:
    """The two-digit part of a year: "61", "sixty one", "nineteen" (no lone unit: "five" is no year)."""
    w = words[i] if i < len(words) else ""
    if (w.isdigit() and len(w) != 2) or w in UNITS:
        return None
    return _said_number(words, i)


def stroke_dates(text: str) -> Iterator[tuple[int, int]]:
    """Spans of ``text`` that say day (stroke) month (stroke) year, in either order of day and month."""
    low = text.lower()
    if "stroke" not in low and "slash" not in low:
        return
    matches = list(_WORD.finditer(low))
    words = [m.group() for m in matches]
    for k, word in enumerate(words):
        if word not in SEPARATORS or k == 0:
            continue
        # The number before the separator, two words ("six teen") before one.
        first = next((said for n in (2, 1) if k >= n and (said := _small(words, k - n)) and said[1] == n), None)
        second = _small(words, k + 1)
        if first is None or second is None:
            continue
        after = k + 1 + second[1]
        if after < len(words) and words[after] in SEPARATORS:
            after += 1
        year = _year(words, after)
        if year is None or not (valid_date(second[0], first[0], year[0]) or valid_date(first[0], second[0], year[0])):
            continue
        yield matches[k - first[1]].start(), matches[after + year[1] - 1].end()
