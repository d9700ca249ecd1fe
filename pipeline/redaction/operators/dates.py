"""Parse written and spoken dates into slots and move them (rendering: ``date_render``).

"03/15/1985", "2024-03-15", "March 15th, 2024", "mon, mar 3", "march third eighty five",
"the twenty-first of june nineteen ninety" all parse; each slot (weekday, month, day, year) keeps its
style (digits, ordinal suffix, spoken ordinal, abbreviation, 2- or 4-digit or spoken year, letter case).
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, replace

from pipeline.redaction.operators.spoken import DIGIT_WORDS, TEEN_WORDS, TENS_WORDS
from recognizers.spoken import number_words as nw
from recognizers.start_set import compile_fast

MONTHS = nw.MONTH_NAMES
WEEKDAYS = nw.WEEKDAY_NAMES
MONTH_BY_WORD = nw.MONTHS
WEEKDAY_BY_WORD = {**{d: i for i, d in enumerate(WEEKDAYS)}, **{d[:3]: i for i, d in enumerate(WEEKDAYS)},
                   "tues": 1, "thur": 3, "thurs": 3}
ORDINAL_UNITS = {word: value for word, value in nw.ORDINALS.items() if value < 10}
ORDINAL_TEENS = {word: value for word, value in nw.ORDINALS.items() if value >= 10}
ORDINAL_BY_VALUE = {v: k for k, v in nw.ORDINALS.items()}
FILLERS = frozenset({"the", "of", "on", "and"})
REFERENCE_LEAP_YEAR = 2000  # a date without a year is computed in a leap year so "february 29th" parses
_NUMERIC = compile_fast(r"^(?P<a>\d{1,4})(?P<sep>[/\-.])(?P<b>\d{1,2})(?:(?P=sep)(?P<c>\d{2,4}))?$")
_TOKEN = compile_fast(r"[A-Za-z]+\.?|'?\d+(?:st|nd|rd|th)?", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Slot:
    """A date part inside the text: [start, end), which field, and how it is written."""

    start: int
    end: int
    field: str   # weekday | month | day | year
    style: str   # digits, digits2, ordinal_suffix, spoken_ordinal, spoken_cardinal, full, abbr, year4, ...
    source: str


@dataclass(frozen=True, slots=True)
class ParsedDate:
    """A parsed date and where its parts are in the text (missing parts are None)."""

    year: int | None
    month: int | None
    day: int | None
    slots: tuple[Slot, ...]

    def as_date(self) -> dt.date:
        """The date; a missing year is taken from a leap reference year (rendering omits it anyway)."""
        return dt.date(self.year or REFERENCE_LEAP_YEAR, self.month or 1, self.day or 1)


def _numeric(value: str) -> ParsedDate | None:
    text = value.strip()
    m = _NUMERIC.match(text)
    if not m:
        return None
    off = value.index(text)
    a, b, c = m.group("a"), m.group("b"), m.group("c")
    spans = {k: (m.start(k) + off, m.end(k) + off) for k in ("a", "b", "c") if m.group(k)}
    if len(a) == 4:  # ISO year-month-day
        order = ("year", "month", "day")
        if c is None or len(c) > 2:
            return None
    elif c is None:
        order = ("month", "day") if int(a) <= 12 else ("day", "month")
    else:
        order = ("month", "day", "year") if int(a) <= 12 else ("day", "month", "year")
    fields = dict(zip(order, (a, b, c)))
    slots = []
    for key, name in zip(("a", "b", "c"), order):
        if key not in spans:
            continue
        raw = m.group(key)
        style = ("year4" if len(raw) == 4 else "year2") if name == "year" else (
            "digits2" if len(raw) == 2 else "digits")
        slots.append(Slot(*spans[key], name, style, raw))
    year = int(fields["year"]) if fields.get("year") else None
    if year is not None and len(fields["year"]) == 2:
        year = _expand_year2(year)
    return _checked(year, int(fields["month"]), int(fields["day"]), slots)


def _expand_year2(yy: int) -> int:
    return 2000 + yy if yy < 30 else 1900 + yy


def _checked(year: int | None, month: int | None, day: int | None, slots: list[Slot]) -> ParsedDate | None:
    try:
        dt.date(year or REFERENCE_LEAP_YEAR, month or 1, day or 1)
    except ValueError:
        return None
    return ParsedDate(year, month, day, tuple(slots))


def _spoken_day(words: list[tuple[int, int, str]], i: int) -> tuple[int, int, str] | None:
    """(day, tokens used, style) for a spoken day at words[i]: "third", "twenty first", "fifteen"."""
    w = words[i][2].lower()
    nxt = words[i + 1][2].lower() if i + 1 < len(words) else ""
    if w in ORDINAL_UNITS:
        return ORDINAL_UNITS[w], 1, "spoken_ordinal"
    if w in ORDINAL_TEENS:
        return ORDINAL_TEENS[w], 1, "spoken_ordinal"
    if w in ("twenty", "thirty") and nxt in ORDINAL_UNITS:
        return TENS_WORDS[w] * 10 + ORDINAL_UNITS[nxt], 2, "spoken_ordinal"
    if w in ("twenty", "thirty") and nxt in DIGIT_WORDS and DIGIT_WORDS[nxt] and nxt not in ("o", "oh"):
        return TENS_WORDS[w] * 10 + DIGIT_WORDS[nxt], 2, "spoken_cardinal"
    if w in TEEN_WORDS:
        return TEEN_WORDS[w], 1, "spoken_cardinal"
    if w in ("twenty", "thirty"):
        return TENS_WORDS[w] * 10, 1, "spoken_cardinal"
    if w in DIGIT_WORDS and DIGIT_WORDS[w] and w not in ("o", "oh"):
        return DIGIT_WORDS[w], 1, "spoken_cardinal"
    return None


def _two_digit_words(words: list[str], i: int) -> tuple[int, int] | None:
    """(value 0-99, tokens used) for "eighty five", "oh five", "nineteen", "twenty"."""
    w = words[i] if i < len(words) else ""
    nxt = words[i + 1] if i + 1 < len(words) else ""
    if w in TENS_WORDS:
        if nxt in DIGIT_WORDS and DIGIT_WORDS[nxt] and nxt not in ("o", "oh"):
            return TENS_WORDS[w] * 10 + DIGIT_WORDS[nxt], 2
        return TENS_WORDS[w] * 10, 1
    if w in TEEN_WORDS:
        return TEEN_WORDS[w], 1
    if w in ("oh", "o") and nxt in DIGIT_WORDS and DIGIT_WORDS[nxt]:
        return DIGIT_WORDS[nxt], 2
    return None


def _spoken_year(words: list[str], i: int) -> tuple[int, int, str] | None:
    """(year, tokens used, style) for "nineteen eighty five", "two thousand and three", "eighty five"."""
    if i < len(words) and words[i] in DIGIT_WORDS and i + 1 < len(words) and words[i + 1] == "thousand":
        base, j = DIGIT_WORDS[words[i]] * 1000, i + 2
        style = "spoken_thousand"
        if j < len(words) and words[j] == "and":
            j, style = j + 1, "spoken_thousand_and"
        rest = _two_digit_words(words, j)
        if rest is None and j < len(words) and words[j] in DIGIT_WORDS and DIGIT_WORDS[words[j]]:
            rest = (DIGIT_WORDS[words[j]], 1)
        if rest is None:
            return (base, 2, "spoken_thousand") if style == "spoken_thousand" else None
        return base + rest[0], j - i + rest[1], style
    head = _two_digit_words(words, i)
    if head is None:
        return None
    tail = _two_digit_words(words, i + head[1])
    if tail is not None and head[0] in (19, 20):
        return head[0] * 100 + tail[0], head[1] + tail[1], "spoken_pair"
    if head[0] >= 10 or words[i] in ("oh", "o"):
        return _expand_year2(head[0]), head[1], "spoken2"
    return None


def _named(value: str) -> ParsedDate | None:
    tokens = [(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(value)]
    lowered = [t[2].lower().rstrip(".") for t in tokens]
    slots: list[Slot] = []
    year = month = day = None
    i = 0
    while i < len(tokens):
        start, end, text = tokens[i]
        low = lowered[i]
        if low in MONTH_BY_WORD and month is None:
            month = MONTH_BY_WORD[low]
            slots.append(Slot(start, end, "month", "full" if low in MONTHS else "abbr", text))
        elif low in WEEKDAY_BY_WORD and month is None and day is None:
            slots.append(Slot(start, end, "weekday", "full" if low in WEEKDAYS else "abbr", text))
        elif re.fullmatch(r"\d{1,2}(st|nd|rd|th)?", low) and day is None and 1 <= int(re.match(r"\d+", low).group()) <= 31:
            day = int(re.match(r"\d+", low).group())
            slots.append(Slot(start, end, "day", "ordinal_suffix" if not low.isdigit() else (
                "digits2" if len(low) == 2 and low[0] == "0" else "digits"), text))
        elif re.fullmatch(r"'?\d{2}|\d{4}", low) and year is None:
            digits = low.lstrip("'")
            year = int(digits) if len(digits) == 4 else _expand_year2(int(digits))
            slots.append(Slot(start, end, "year", "year4" if len(digits) == 4 else (
                "year_apos" if low.startswith("'") else "year2"), text))
        elif low in FILLERS:
            pass
        else:
            spoken = None
            if day is None:
                spoken = _spoken_day(tokens, i)
                if spoken and spoken[2] == "spoken_cardinal" and month is None:
                    spoken = None
            year_words = (_spoken_year(lowered, i) if year is None and (day is not None or month is not None)
                          else None)
            if (spoken and year_words and spoken[2] == "spoken_cardinal" and year_words[2] == "spoken_pair"
                    and i + year_words[1] == len(tokens)):
                spoken = None  # "march nineteen eighty five" is March 1985, not the 19th of '85
            if spoken:
                day = spoken[0]
                last = tokens[i + spoken[1] - 1]
                slots.append(Slot(start, last[1], "day", spoken[2], value[start:last[1]]))
                i += spoken[1]
                continue
            if year_words:
                year = year_words[0]
                last = tokens[i + year_words[1] - 1]
                slots.append(Slot(start, last[1], "year", year_words[2], value[start:last[1]]))
                i += year_words[1]
                continue
            return None  # an unknown word: not a date we can re-render safely
        i += 1
    if month is None or (day is None and year is None):
        return None
    return _checked(year, month, day, slots)


def parse_date(value: str) -> ParsedDate | None:
    """Parse a written or spoken date; None when it is not a full enough date to re-render."""
    return _numeric(value) or _named(value)


def shift(parsed: ParsedDate, days: int) -> dt.date:
    """The parsed date moved by ``days``."""
    return parsed.as_date() + dt.timedelta(days=days)


def with_month_day(parsed: ParsedDate, month: int, day: int) -> dt.date:
    """The parsed date's year with another month and day."""
    return replace(parsed, month=month, day=day).as_date()
