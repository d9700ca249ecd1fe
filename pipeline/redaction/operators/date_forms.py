"""Date forms the v2 date operators read beyond ``dates.parse_date``: the month said or written as a number.

"ten ten fifty one", "twelve four eighty one", "four twenty seven ninety three" (month, day, year spoken),
"15 10 1981" / "04 11 1970" (written with spaces), "7th of the 8th 1992", "2020-1-5" (year first, a
one-digit day); also a spoken cardinal day
before a month name ("five September 1964"). The order is month first
unless the first number cannot be a month; when both could be the month the order is ``ambiguous`` and a
re-drawn date keeps both numbers at most 12, so it reads as a real date either way. (``dates`` is shared
with the published v1 operators and stays as it is.)
"""
from __future__ import annotations

import datetime as dt
import re

from pipeline.redaction.operators import date_render, dates
from pipeline.redaction.operators.base import match_case
from pipeline.redaction.operators.dates import ParsedDate, Slot
from recognizers.start_set import compile_fast

MONTH_CARDINAL = "month_spoken_cardinal"
MONTH_DIGITS = "month_plain_digits"
MONTH_ORDINAL = "month_ordinal_suffix"
SPECIAL_MONTH_STYLES = frozenset({MONTH_CARDINAL, MONTH_DIGITS, MONTH_ORDINAL})
_SPACED = compile_fast(r"^(?P<a>\d{1,2})\s+(?P<b>\d{1,2})\s+(?P<c>\d{4}|\d{2})$")
_YEAR_FIRST = compile_fast(r"^(?P<c>\d{4})(?P<sep>[\-/.])(?P<a>\d{1,2})(?P=sep)(?P<b>\d{1,2})$")
_OF_THE = compile_fast(r"^(?P<a>\d{1,2}(?:st|nd|rd|th))\s+of\s+the\s+(?P<b>\d{1,2}(?:st|nd|rd|th)),?\s+(?P<c>\d{4})$",
                     re.IGNORECASE)
_WORD = compile_fast(r"[A-Za-z]+")


def ambiguous(parsed: ParsedDate) -> bool:
    """True when day and month could swap (both at most 12) in a month-as-number form.

    "03/04/2021" and "3.4.2021" are read month first but may be day first; a year-first date
    ("2021-03-04") is not ambiguous.
    """
    slots = sorted(parsed.slots, key=lambda s: s.start)
    numeric = any(s.field == "month" and s.style in ("digits", "digits2") for s in slots) and (
        not slots or slots[0].field != "year")
    special = numeric or any(s.style in SPECIAL_MONTH_STYLES for s in slots)
    return special and parsed.day is not None and parsed.day <= 12 and (parsed.month or 0) <= 12


def _build(year: int | None, first: int, second: int, slots: list[Slot], day_first: bool = False
           ) -> ParsedDate | None:
    """Month first unless the form says otherwise or the first number cannot be a month (British order)."""
    if day_first or first > 12:
        first, second = second, first
        styles = (_DAY_STYLE.get(slots[0].style, slots[0].style), _MONTH_STYLE.get(slots[1].style))
        fields = ("day", "month")
    else:
        styles = (_MONTH_STYLE.get(slots[0].style), _DAY_STYLE.get(slots[1].style, slots[1].style))
        fields = ("month", "day")
    if None in styles:
        return None
    slots[0], slots[1] = (Slot(s.start, s.end, f, st, s.source) for s, f, st in zip(slots[:2], fields, styles))
    slots = [Slot(s.start, s.end, s.field, "digits2", s.source) if s.style == "digits" and s.source.startswith("0")
             else s for s in slots]
    try:
        dt.date(year or dates.REFERENCE_LEAP_YEAR, first, second)
    except ValueError:
        return None
    return ParsedDate(year, first, second, tuple(slots))


# how a number written in a month slot reads as a day, and the other way round
_DAY_STYLE = {MONTH_CARDINAL: "spoken_cardinal", MONTH_DIGITS: "digits", MONTH_ORDINAL: "ordinal_suffix"}
_MONTH_STYLE = {MONTH_CARDINAL: MONTH_CARDINAL, "spoken_cardinal": MONTH_CARDINAL, MONTH_DIGITS: MONTH_DIGITS,
                "digits": MONTH_DIGITS, MONTH_ORDINAL: MONTH_ORDINAL, "ordinal_suffix": MONTH_ORDINAL}


def _written(value: str) -> ParsedDate | None:
    text = value.strip()
    off = value.index(text) if text else 0
    m = _SPACED.match(text) or _OF_THE.match(text) or _YEAR_FIRST.match(text)
    if m is None:
        return None
    if m.re is _YEAR_FIRST and int(m.group("a")) > 12:
        return None  # year, month, day: never year, day, month
    style = MONTH_ORDINAL if m.re is _OF_THE else MONTH_DIGITS
    raw_year = m.group("c")
    year = int(raw_year) if len(raw_year) == 4 else dates._expand_year2(int(raw_year))
    slots = [Slot(m.start(k) + off, m.end(k) + off, "month", style, m.group(k)) for k in ("a", "b")]
    slots.append(Slot(m.start("c") + off, m.end("c") + off, "year", "year4" if len(raw_year) == 4 else "year2",
                      raw_year))
    first, second = (int(re.match(r"\d+", m.group(k)).group()) for k in ("a", "b"))
    return _build(year, first, second, slots, day_first=style == MONTH_ORDINAL)


def _spoken(value: str) -> ParsedDate | None:
    tokens = [(m.start(), m.end(), m.group()) for m in _WORD.finditer(value)]
    words = [t[2].lower() for t in tokens]
    if not words or "".join(_WORD.sub("", value).split()):
        return None
    first = dates._spoken_day(tokens, 0)
    if first is None or first[2] != "spoken_cardinal" or first[1] >= len(words):
        return None
    second = dates._spoken_day(tokens, first[1])
    if second is None:
        return None
    year = dates._spoken_year(words, first[1] + second[1]) if first[1] + second[1] < len(words) else None
    if year is None or first[1] + second[1] + year[1] != len(words):
        return None
    spans = [(0, first[1]), (first[1], first[1] + second[1]), (first[1] + second[1], len(words))]
    slots = []
    # the first two fields are settled by _build (month first or day first)
    for (i, j), field, style in zip(spans, ("month", "month", "year"), (MONTH_CARDINAL, second[2], year[2])):
        start, end = tokens[i][0], tokens[j - 1][1]
        slots.append(Slot(start, end, field, style, value[start:end]))
    return _build(year[0], first[0], second[0], slots)


def _cardinal_day_first(value: str) -> ParsedDate | None:
    """ "five September 1964": a spoken cardinal day before a month name (``dates`` reads it after one only)."""
    tokens = [(m.start(), m.end(), m.group()) for m in _WORD.finditer(value)]
    day = dates._spoken_day(tokens, 0) if tokens and not value[:tokens[0][0]].strip() else None
    if day is None or day[2] != "spoken_cardinal" or day[1] >= len(tokens):
        return None
    cut = tokens[day[1] - 1][1]
    rest = dates.parse_date(value[cut:])
    if rest is None or rest.day is not None or rest.month is None:
        return None
    slots = [Slot(tokens[0][0], cut, "day", "spoken_cardinal", value[tokens[0][0]:cut])]
    slots += [Slot(s.start + cut, s.end + cut, s.field, s.style, s.source) for s in rest.slots]
    return dates._checked(rest.year, rest.month, day[0], slots)


def parse_month_number_date(value: str) -> ParsedDate | None:
    """A date whose month is a number (spoken or written), or a spoken day before a month name; else None."""
    return _written(value) or _spoken(value) or _cardinal_day_first(value)


def render(value: str, parsed: ParsedDate, new: dt.date, weekday_shift: int) -> str:
    """``value`` showing ``new``: month-as-number slots here, the others by ``date_render``."""
    if not any(s.style in SPECIAL_MONTH_STYLES for s in parsed.slots):
        return date_render.render_date(value, parsed, new, weekday_shift)
    out, cursor = [], 0
    for slot in sorted(parsed.slots, key=lambda s: s.start):
        out.append(value[cursor:slot.start])
        if slot.style == MONTH_CARDINAL:
            out.append(match_case(slot.source, date_render._say_cardinal(new.month)))
        elif slot.style == MONTH_DIGITS:
            out.append(f"{new.month:02d}" if slot.source.startswith("0") else str(new.month))
        elif slot.style == MONTH_ORDINAL:
            out.append(match_case(slot.source[-2:], f"{new.month}{date_render._ordinal_suffix(new.month)}"))
        else:
            out.append(date_render._render_slot(slot, new, 0))
        cursor = slot.end
    out.append(value[cursor:])
    return "".join(out)
