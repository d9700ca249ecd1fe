"""Whole date answers: the stretch of a turn that says a date, however it is ordered or split.

Callers answer "what's your date of birth" in many shapes: "27th of the 9th 1979", "15 10 1981",
"04 / 11 / 1970", "13 08 19 33", "1811 19-21", "the 2nd of the 3rd 2000 and 11", "0906". A *date run*
is a maximal stretch of numbers (optionally with ordinal suffixes), month names and the glue words
"of", "the", "and", separated by blanks or ``/ - . ,``. ``date_runs(text)`` yields the runs that read as
a date (day and month, month and year, or all three, in British or American order), trimmed to their
first and last number or month, so the whole answer is found, not only its year; and dates said with
"stroke" or "slash" (``recognizers.spoken.stroke_dates``).
"""
from __future__ import annotations

import calendar
import re
from typing import Iterator

from recognizers.lower_scan import ascii_lower, lower_twin
from recognizers.spoken.number_words import MONTHS, NUMBER_WORDS, ORDINALS
from recognizers.spoken.stroke_dates import stroke_dates
from recognizers.start_set import compile_fast

_MONTH = "|".join(sorted(MONTHS, key=len, reverse=True))
# Spoken numbers and ordinals the spoken view leaves as words ("19 eighty", "the fourth of the ninth").
_WORDS = "|".join(sorted(NUMBER_WORDS | set(ORDINALS), key=len, reverse=True))
_UNIT = rf"(?:\d{{1,8}}(?:st|nd|rd|th)?|(?:{_MONTH})\.?|(?:{_WORDS})|of|the|and)"
# Compiled once: a run of units joined by blanks and date separators.
RUN = compile_fast(rf"(?<![\w$£€.])(?:{_UNIT})(?:[\s/\-.,]+(?:{_UNIT}))*\b(?![%$£€]|[.,]\d)", re.IGNORECASE)
_PART = compile_fast(rf"(?P<num>\d+)(?P<ord>st|nd|rd|th)?|\b(?P<month>{_MONTH})\b|\b(?P<word>{_WORDS})\b",
                   re.IGNORECASE)
_RUN_LOWER, _PART_LOWER = lower_twin(RUN), lower_twin(_PART)  # the same spans on lower-cased ASCII text
# "2000 and 11" is the year 2011.
_YEAR_AND = compile_fast(r"\b(?P<century>20\d\d)\s+and\s+(?P<rest>\d{1,2})\b", re.IGNORECASE)


def _valid(day: int, month: int, year: int | None) -> bool:
    if not 1 <= month <= 12 or day < 1:
        return False
    return day <= calendar.monthrange(2000 if year is None else year, month)[1]


def _year_ok(text: str) -> int | None:
    if len(text) == 4 and text[:2] in ("19", "20"):
        return int(text)
    if len(text) == 2:
        return 1900 + int(text)
    return None


def reads_as_date(digits: str) -> bool:
    """True when a digit string reads as day-month(-year) or month-day(-year) (British or US order).

    ``digits`` holds 3-8 digits; the year, when present, has 2 or 4 digits (19xx/20xx).
    """
    n = len(digits)
    for first in (1, 2):
        for second in (1, 2):
            rest = digits[first + second:]
            if first + second > n or (second == 1 and digits[first] == "0" and n - first > 2):
                continue
            a, b = int(digits[:first]), int(digits[first:first + second])
            if rest:
                year = _year_ok(rest)
                if year is None:
                    continue
            else:
                if n != 4:  # day and month alone: "0906", "1007"
                    continue
                year = None
            if _valid(a, b, year) or _valid(b, a, year):
                return True
    return False


def date_runs(text: str, min_parts: int = 1) -> Iterator[tuple[int, int]]:
    """Spans of ``text`` that say a date (see module docstring), of at least ``min_parts`` numbers/months.

    Outside an answer to a date question, ``min_parts=2`` keeps "starts at 1230" a time.
    """
    low = ascii_lower(text)
    for match in (RUN.finditer(text) if low is None else _RUN_LOWER.finditer(low)):
        run = text[match.start():match.end()]
        # Parts of the lower-cased run: the same spans; ``_says_date`` reads their values case-blind.
        parts = list(_PART.finditer(run) if low is None else _PART_LOWER.finditer(match.group()))
        if len(parts) < min_parts:
            continue
        numbers = [p for p in parts if p["num"] or p["word"]]
        months = [p for p in parts if p["month"]]
        start, end = match.start() + parts[0].start(), match.start() + parts[-1].end()
        if _says_date(run, numbers, months):
            yield start, end
    yield from stroke_dates(text)  # "sixteen stroke nine nineteen sixty one": words the view leaves alone


def _says_date(run: str, numbers: list[re.Match], months: list[re.Match]) -> bool:
    if months:
        # "15th of October 81", "August 1932", "27 January": a month and a plausible day or year.
        return len(months) == 1 and 1 <= len(numbers) <= 6 and all(
            n["word"] or int(n["num"]) <= 31 or _year_ok(n["num"]) for n in numbers)
    if not numbers:
        return False
    if any(n["ord"] or (n["word"] and n["word"].lower() in ORDINALS) for n in numbers):
        # "27th of the 9th 1979", "24 6th 1940", "the fourth of the ninth": ordinals leave no doubt.
        first = numbers[0]
        return 2 <= len(numbers) <= 6 and (first["word"] is not None or int(first["num"]) <= 31)
    if any(n["word"] for n in numbers):
        return False  # spoken numbers without ordinals: the spoken view's digits decide
    digits = "".join(n["num"] for n in numbers)
    year_and = _YEAR_AND.search(run)
    if year_and:
        digits = digits.replace(year_and["century"] + year_and["rest"],
                                year_and["century"][:2] + f"{int(year_and['century'][2:]) + int(year_and['rest']):02d}")
    return 4 <= len(digits) <= 8 and reads_as_date(digits)
