"""Dates for the v2 operators: only plausible dates, a date of birth keeps at most its year, nothing else kept.

A span that holds more than a date ("Ifeoma Nwosu, 3 September 1990") is searched for the longest
window that parses as a date; that window is re-rendered and every other letter and digit of the span
is masked. A card expiry ("09/27") gets another valid month and a nearby year.
"""
from __future__ import annotations

import calendar
import datetime as dt
import re

from pipeline.redaction.operators import date_forms, dates
from pipeline.redaction.operators.base import KeyedRng
from pipeline.redaction.operators.guard import FUNCTION_WORDS
from pipeline.redaction.operators.dates import ParsedDate
from recognizers.dates import ISO_TIME
from recognizers.start_set import compile_fast

MIN_YEAR, MAX_YEAR = 1870, 2150   # a year outside is no date we re-render (never "4102")
_TOKEN = compile_fast(r"\S+")
_TRIM = ",.;:!?)(\"'"
_ALNUM = compile_fast(r"[^\W_]+", re.UNICODE)
# Words around a date that identify nobody and may stay ("born on the ..."); never number words.
CONTEXT_WORDS = FUNCTION_WORDS | {"on", "the", "of", "in", "my", "is", "it", "at", "so", "be", "ok", "um", "uh", "er"}
EXPIRY = compile_fast(r"^(?P<lead>\s*)(?P<month>0[1-9]|1[0-2])(?P<sep>\s*/\s*|-)(?P<year>\d{2}|\d{4})(?P<trail>\s*)$")


# An ISO 8601 time of day right after a date ("2024-03-15T14:30:00.123+02:00"); ``clock`` re-draws it.
ISO_CLOCK = compile_fast(rf"(?<=\d){ISO_TIME}$")


def clock(match: re.Match[str], rng: KeyedRng) -> str:
    """Another valid time of day in the form of ``match`` (an ``ISO_CLOCK`` match), zone offset included."""
    out = f"T{rng.below(24):02d}:{rng.below(60):02d}"
    if match["second"]:
        out += f":{rng.below(60):02d}"
    if match["frac"]:
        out += match["frac"][0] + "".join(str(rng.below(10)) for _ in match["frac"][1:])
    zone = match["zone"] or ""
    if zone[:1] in ("+", "-"):  # "+05:30", "-0500", "+02": another whole-hour or half-hour offset
        hours = f"{rng.choice('+-')}{rng.below(13):02d}"
        zone = hours + (zone[3:-2] + rng.choice(("00", "30")) if len(zone) > 3 else "")
    return out + zone


def plausible(parsed: ParsedDate) -> bool:
    """True when the parsed date has a month and a plausible year (or none)."""
    return parsed.month is not None and (parsed.year is None or MIN_YEAR <= parsed.year <= MAX_YEAR)


def parse_any(text: str) -> ParsedDate | None:
    """``dates.parse_date``, then the month-as-number forms of ``date_forms``."""
    return dates.parse_date(text) or date_forms.parse_month_number_date(text)


def bare_year(value: str) -> bool:
    """True for a span that is only a plausible year: "1992", "nineteen ninety two", "two thousand and one"."""
    text = value.strip().strip(_TRIM).strip()
    if re.fullmatch(r"\d{4}", text):
        return MIN_YEAR <= int(text) <= MAX_YEAR
    words = text.lower().split()
    found = dates._spoken_year(words, 0) if words else None
    return bool(found and found[1] == len(words) and found[2] != "spoken2" and MIN_YEAR <= found[0] <= MAX_YEAR)


def locate_date(value: str, search: bool = True) -> tuple[int, int, ParsedDate] | None:
    """The longest (then first) window of whole words of ``value`` that is a plausible date.

    Args:
        value: The detected span.
        search: Look inside the span when the whole of it is no date (else None).
    """
    whole = parse_any(value)
    if whole is not None and plausible(whole):
        return 0, len(value), whole
    if not search:
        return None
    tokens = [(m.start(), m.end()) for m in _TOKEN.finditer(value)]
    for size in range(len(tokens), 0, -1):
        for i in range(len(tokens) - size + 1):
            start, end = tokens[i][0], tokens[i + size - 1][1]
            while end > start and value[end - 1] in _TRIM:
                end -= 1
            while start < end and value[start] in _TRIM:
                start += 1
            parsed = parse_any(value[start:end]) if end > start else None
            if parsed is not None and plausible(parsed):
                return start, end, parsed
    return None


def mask_outside(value: str, start: int, end: int, inner: str, mask_char: str) -> str:
    """``value`` with [start, end) replaced by ``inner`` and every other word masked (context words kept)."""
    def keep(m: re.Match) -> bool:
        word, before = m.group(), m.string[max(m.start() - 1, 0):m.start()]
        return word.casefold() in CONTEXT_WORDS or (before in "'’" and word.casefold() in ("s", "d"))

    def masked(part: str) -> str:
        return _ALNUM.sub(lambda m: m.group() if keep(m) else mask_char * len(m.group()), part)
    return masked(value[:start]) + inner + masked(value[end:])


def year_kept(value: str, parsed: ParsedDate, rng: KeyedRng) -> str:
    """The date with the same year and another month and another day (both re-drawn, valid together).

    When day and month could be read either way round ("04 11 1970"), both new numbers are at most 12.
    """
    original = parsed.as_date()
    month = parsed.month
    if month is not None:
        month = rng.choice([m for m in range(1, 13) if m != parsed.month])
    year = parsed.year or dates.REFERENCE_LEAP_YEAR
    day = parsed.day
    if day is not None:
        last = 12 if date_forms.ambiguous(parsed) else calendar.monthrange(year, month or 1)[1]
        day = rng.choice([d for d in range(1, last + 1) if d != parsed.day])
    new = dt.date(year, month or 1, day or 1)
    return date_forms.render(value, parsed, new, (new - original).days)


def expiry(value: str, rng: KeyedRng) -> str | None:
    """Another valid expiry in the same form: month 01-12 (not the original), year within -2..+3."""
    m = EXPIRY.match(value)
    if m is None:
        return None
    month = rng.choice([k for k in range(1, 13) if k != int(m.group("month"))])
    raw_year = m.group("year")
    year = int(raw_year) + rng.between(-2, 3)
    year_text = f"{year % 100:02d}" if len(raw_year) == 2 else f"{year:04d}"
    return f"{m.group('lead')}{month:02d}{m.group('sep')}{year_text}{m.group('trail')}"
