"""Tests for recognizers.spoken.stroke_dates: dates said with "stroke" or "slash"."""
from __future__ import annotations

import pytest

from recognizers.spoken.stroke_dates import stroke_dates


def said(text: str) -> list[str]:
    return [text[a:b] for a, b in stroke_dates(text)]


@pytest.mark.parametrize("text, date", [
    ("it's twelve stroke four nineteen fifty", "twelve stroke four nineteen fifty"),
    ("born on 3 stroke 11 1988 yes", "3 stroke 11 1988"),
    ("seven teen stroke 2 19 71", "seven teen stroke 2 19 71"),          # a teen heard in two words
    ("twenty one slash 6 slash 2001", "twenty one slash 6 slash 2001"),
    ("it was nine stroke twenty five sixty", "nine stroke twenty five sixty"),  # US order, two-digit year
    ("Five Stroke Eight Eighty Two", "Five Stroke Eight Eighty Two"),
])
def test_stroke_dates_find_day_month_and_year(text, date):
    assert said(text) == [date]


@pytest.mark.parametrize("text", [
    "pay it in two stroke three instalments",     # no year
    "thirty one stroke 2 1990",                   # no 31st of February
    "the a1 slash m25 junction",
    "he had a stroke in 1990",                    # no day and month
    "fourteen stroke 13 1980 stroke",             # month 13 either way round? 14/13 and 13/14: no
    "it's twelve stroke four",
])
def test_stroke_dates_leave_other_strokes(text):
    assert said(text) == []
