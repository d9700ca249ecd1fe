"""Dates read from digit strings: month, day and year checks, two-digit years, and runs of digits that read
as month-day-year ("31585" = 3/15/85) or day-month-yyyy ("1082025")."""
from __future__ import annotations

import calendar


def valid_date(month: int, day: int | None, year: int | None) -> bool:
    """True when ``month`` (and ``day``, when given) exist (in ``year``; a leap year when none)."""
    if not 1 <= month <= 12:
        return False
    if day is None:
        return True
    leap_year = 2000 if year is None else year
    return 1 <= day <= calendar.monthrange(leap_year, month)[1]


def year_of(text: str | None) -> int | None:
    """The year a written year says ("1985", "85", "'07" -> 2007), None for none."""
    if not text:
        return None
    value = int(text.lstrip("'"))
    return value if value >= 100 else (1900 + value if value > 30 else 2000 + value)


def reads_as_mdy(run: str) -> bool:
    """True when a 4-8 digit run reads as a month-day-year ("31585" = 3/15/85, "8361" = 8/3/61).

    Several readings ("1271948": 1/27/1948 or 12/7/1948) are fine: any of them is a date of birth.
    """
    for m_len in (1, 2):
        for d_len in (1, 2):
            y_text = run[m_len + d_len:]
            if len(y_text) not in (2, 4) or (len(y_text) == 4 and y_text[:2] not in ("19", "20")):
                continue
            month, day = int(run[:m_len]), int(run[m_len:m_len + d_len])
            if run[m_len] == "0" and d_len == 1:
                continue
            if valid_date(month, day, year_of(y_text)):
                return True
    return False


def reads_as_dmyyyy(run: str) -> bool:
    """True when a 6-8 digit run is a day and month (either order) and a four-digit year ("1082025")."""
    year, head = run[-4:], run[:-4]
    if not 2 <= len(head) <= 4 or year[:2] not in ("19", "20"):
        return False
    for cut in (1, 2):
        a, b = head[:cut], head[cut:]
        if 1 <= len(b) <= 2 and (valid_date(int(b), int(a), int(year)) or valid_date(int(a), int(b), int(year))):
            return True
    return False
