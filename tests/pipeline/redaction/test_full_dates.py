"""End to end through the default policy: a full calendar date anywhere in a turn keeps only its year;
times, amounts, order and version numbers and phone-like digit groups are no dates."""
from __future__ import annotations

import re

import pytest

WEEKDAYS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}


@pytest.mark.parametrize("text, date, year", [
    ("Your replacement was booked for 7-Aug-2016, right?", "7-Aug-2016", "2016"),
    ("The warranty started 14.9.07 according to the receipt", "14.9.07", "07"),
    ("I moved in on 2026/02/28 and the meter was read then", "2026/02/28", "2026"),
    ("The first charge was on 11-23-2022 and the second a week later", "11-23-2022", "2022"),
    ("I spoke to someone on Nov 23 2022 about the refund", "Nov 23 2022", "2022"),
    ("The policy lapsed on Friday, 4 February 2011.", "Friday, 4 February 2011", "2011"),
    ("The upload log says 2022-11-23T08:05:59.25+01:00 for that file", "2022-11-23T08:05:59.25+01:00", "2022"),
])
def test_full_date_keeps_only_its_year(redactor, text, date, year):
    out = redactor.redact(text)
    assert date not in out.text and year in out.text
    assert any(text[f.start:f.end] == date and f.entity_type == "DATE" for f in out.findings)
    words = {w.casefold() for w in re.findall(r"[A-Za-z]{3,}", date)} - WEEKDAYS
    assert words.isdisjoint(w.casefold() for w in re.findall(r"[A-Za-z]{3,}", out.text))  # the month re-drawn


@pytest.mark.parametrize("text", [
    "The store opens at 09:45 and we close at 17:30:00.",
    "That came to 14.99 plus 2.50 shipping, 12.5% more than in 2022.",
    "Order 2022-118734 shipped, call 412-55-2022 about version 10.4.12 of the app.",
    "The calendar build 2022.3.1 fixed it.",
    "see you june 5 10 am with 3/4 of the forms",
])
def test_full_date_forms_leave_times_amounts_and_numbers(redactor, text):
    assert not [f for f in redactor.detect(text) if f.entity_type in ("DATE", "DATE_OF_BIRTH")]
