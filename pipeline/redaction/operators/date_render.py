"""Rendering a shifted date in the form it was written or spoken ("march third eighty five", "03/03/85").

Parsing is in ``pipeline.redaction.operators.dates``; each ``Slot`` of a parsed date is re-rendered in its
own style (digits, ordinal words, month names, two- or four-digit years, matching case).
"""
from __future__ import annotations

import datetime as dt

from pipeline.redaction.operators.base import match_case
from pipeline.redaction.operators.dates import MONTHS, ORDINAL_BY_VALUE, WEEKDAY_BY_WORD, WEEKDAYS, ParsedDate, Slot
from pipeline.redaction.operators.spoken import NAMES_BY_DIGIT, say_two


def _say_ordinal(n: int) -> str:
    if n in ORDINAL_BY_VALUE:
        return ORDINAL_BY_VALUE[n]
    tens, unit = divmod(n, 10)
    return f"{'twenty' if tens == 2 else 'thirty'} {ORDINAL_BY_VALUE[unit]}"


def _say_cardinal(n: int) -> str:
    return NAMES_BY_DIGIT[n] if n < 10 else say_two(f"{n:02d}", "oh")


def _ordinal_suffix(n: int) -> str:
    return "th" if 11 <= n % 100 <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")


def _say_year(year: int, style: str) -> str:
    if style == "spoken2":
        return say_two(f"{year % 100:02d}", "oh")
    if style.startswith("spoken_thousand"):
        head = f"{NAMES_BY_DIGIT[year // 1000]} thousand"
        rest = year % 1000
        if rest == 0:
            return head
        if rest >= 100:
            return f"{say_two(f'{year // 100:02d}', 'oh')} {say_two(f'{year % 100:02d}', 'oh')}"
        joiner = " and " if style == "spoken_thousand_and" else " "
        return head + joiner + (_say_cardinal(rest) if rest < 10 else say_two(f"{rest:02d}", "oh"))
    if year % 100 == 0:
        return f"{say_two(f'{year // 100:02d}', 'oh')} hundred"
    return f"{say_two(f'{year // 100:02d}', 'oh')} {say_two(f'{year % 100:02d}', 'oh')}"


def _render_slot(slot: Slot, date: dt.date, weekday: int) -> str:
    style, f = slot.style, slot.field
    if f == "weekday":
        word = WEEKDAYS[weekday]
        return match_case(slot.source, word if style == "full" else word[:3] + slot.source[3:4] * (
            slot.source.endswith(".")))
    if f == "month":
        word = MONTHS[date.month - 1]
        if style == "abbr":
            word = ("sept" if slot.source.lower().startswith("sept") and date.month == 9 else word[:3]) + (
                "." if slot.source.endswith(".") else "")
        return match_case(slot.source, word)
    if f == "day":
        d = date.day
        if style == "digits2":
            return f"{d:02d}"
        if style == "ordinal_suffix":
            return match_case(slot.source[-2:], f"{d}{_ordinal_suffix(d)}")
        if style == "spoken_ordinal":
            return match_case(slot.source, _say_ordinal(d).replace(" ", "-" if "-" in slot.source else " "))
        if style == "spoken_cardinal":
            return match_case(slot.source, _say_cardinal(d))
        return str(d)
    if f == "month_digits":
        return str(date.month)
    # year
    if style == "year4":
        return f"{date.year:04d}"
    if style == "year2":
        return f"{date.year % 100:02d}"
    if style == "year_apos":
        return f"{slot.source[0]}{date.year % 100:02d}"
    return match_case(slot.source, _say_year(date.year, style))


def render_date(value: str, parsed: ParsedDate, new: dt.date, weekday_shift: int) -> str:
    """``value`` with every slot showing ``new`` (weekday moved by ``weekday_shift`` days)."""
    out, cursor = [], 0
    for slot in sorted(parsed.slots, key=lambda s: s.start):
        out.append(value[cursor:slot.start])
        if slot.field == "month" and slot.style in ("digits", "digits2"):
            out.append(f"{new.month:02d}" if slot.style == "digits2" else str(new.month))
        elif slot.field == "weekday":
            old = WEEKDAY_BY_WORD[slot.source.lower().rstrip(".")]
            out.append(_render_slot(slot, new, (old + weekday_shift) % 7))
        else:
            out.append(_render_slot(slot, new, 0))
        cursor = slot.end
    out.append(value[cursor:])
    return "".join(out)


def render_year_only(parsed: ParsedDate, value: str) -> str | None:
    """Just the year, in the style the value wrote it ("1985", "nineteen eighty five"); None without a year."""
    year_slot = next((s for s in parsed.slots if s.field == "year"), None)
    if year_slot is None or parsed.year is None:
        return None
    if year_slot.style in ("year2", "year_apos"):
        return f"{parsed.year:04d}"  # a bare "85" would not read as a year
    return _render_slot(year_slot, dt.date(parsed.year, 1, 1), 0)
