"""Tests for date parsing, shifting, DOB handling and fallbacks."""
from __future__ import annotations

import datetime as dt
import re

import pytest

from pipeline.privacy.keys import PseudonymKey
from pipeline.redaction.operators import RedactionPolicy, ValueToReplace, plan_replacements
from pipeline.redaction.operators import date_render as R, dates as D, guard, safe_dates

KEY = PseudonymKey(b"\x04" * 32)


@pytest.mark.parametrize("value, ymd", [
    ("03/15/1985", (1985, 3, 15)), ("3/5/85", (1985, 3, 5)), ("2024-03-15", (2024, 3, 15)),
    ("15.03.1985", (1985, 3, 15)), ("March 15th, 2024", (2024, 3, 15)), ("mon, mar 3", (None, 3, 3)),
    ("march third eighty five", (1985, 3, 3)), ("the twenty-first of june nineteen ninety", (1990, 6, 21)),
    ("march nineteen eighty five", (1985, 3, None)), ("Jan. 5, '99", (1999, 1, 5)),
    ("march fifteenth two thousand and three", (2003, 3, 15)), ("december thirty first twenty twenty four",
                                                                (2024, 12, 31)),
    ("15 March 1985", (1985, 3, 15)), ("Sept 9th 2020", (2020, 9, 9)), ("February 29", (None, 2, 29)),
])
def test_parse_date_reads_written_and_spoken(value, ymd):
    p = D.parse_date(value)
    assert p is not None and (p.year, p.month, p.day) == ymd


@pytest.mark.parametrize("value", ["yesterday", "next tuesday", "13/45/2020", "02/30/2021", "the third", "1985",
                                   "march of the penguins", ""])
def test_parse_date_rejects_non_dates(value):
    assert D.parse_date(value) is None


@pytest.mark.parametrize("value, days, expected", [
    ("03/15/1985", 37, "04/21/1985"), ("3/5/85", 37, "4/11/85"), ("2024-03-15", -15, "2024-02-29"),
    ("15.03.1985", 37, "21.04.1985"), ("March 15th, 2024", 37, "April 21st, 2024"),
    ("mon, mar 3", 37, "wed, apr 9"), ("march third eighty five", 37, "april ninth eighty five"),
    ("Monday March 3rd", 1, "Tuesday March 4th"), ("MARCH 3", 30, "APRIL 2"),
    ("the twenty-first of june nineteen ninety", 11, "the second of july nineteen ninety"),
    ("december thirty first twenty twenty four", 1, "january first twenty twenty five"),
    ("12/31/99", 1, "01/01/00"), ("march fifteen", 2, "march seventeen"),
])
def test_render_date_keeps_format(value, days, expected):
    p = D.parse_date(value)
    assert R.render_date(value, p, D.shift(p, days), days) == expected


def plan(values, policy=None, conv="c1", customer=None):
    items = [ValueToReplace(v, t, 0) for v, t in values]
    return plan_replacements(items, policy or RedactionPolicy(), KEY, conv, customer)


def test_date_shift_keeps_intervals_in_a_conversation():
    out = plan([("03/15/2024", "DATE"), ("march twentieth twenty twenty four", "DATE"), ("2024-04-01", "DATE")],
               RedactionPolicy(date="shift"))
    a = dt.datetime.strptime(out[0].text, "%m/%d/%Y").date()
    c = dt.date.fromisoformat(out[2].text)
    assert (c - a).days == 17 and a != dt.date(2024, 3, 15)
    b = D.parse_date(out[1].text)
    assert (b.as_date() - a).days == 5 and all(r.operator == "date_shift.v2" for r in out)


@pytest.mark.parametrize("max_days", [1, 7, 90])
def test_date_offset_is_nonzero_and_bounded(max_days):
    pol = RedactionPolicy(date="shift", date_shift={"max_days": max_days})
    for i in range(40):
        new = dt.date.fromisoformat(plan([("2024-06-15", "DATE")], pol, conv=f"c{i}")[0].text)
        assert 1 <= abs((new - dt.date(2024, 6, 15)).days) <= max_days


def test_date_offset_per_customer_links_conversations_of_one_customer():
    pol = RedactionPolicy(date="shift", date_shift={"per": "customer"})
    a = plan([("2024-06-15", "DATE")], pol, conv="c1", customer="cust-9")[0].text
    b = plan([("2024-06-15", "DATE")], pol, conv="c2", customer="cust-9")[0].text
    assert a == b
    conv_only = {plan([("2024-06-15", "DATE")], RedactionPolicy(date="shift"), conv=f"c{i}")[0].text
                 for i in range(10)}
    assert len(conv_only) > 1


@pytest.mark.parametrize("value, mode, check", [
    ("03/15/1985", "year_only", lambda s: s == "1985"),
    ("3/5/85", "year_only", lambda s: s == "1985"),
    ("march third eighty five", "year_only", lambda s: s == "eighty five"),
    ("03/15/1985", "year", lambda s: s.endswith("/1985") and s != "03/15/1985"),
    ("march third nineteen eighty five", "year", lambda s: s.endswith("nineteen eighty five")),
    ("03/15/1985", "shift", lambda s: s != "03/15/1985" and len(s) == 10),
])
def test_date_of_birth_modes(value, mode, check):
    (r,) = plan([(value, "DATE_OF_BIRTH")], RedactionPolicy(date_of_birth=mode))
    assert check(r.text), r.text


def test_dob_year_only_without_year_falls_back_to_tag():
    (r,) = plan([("march third", "DATE_OF_BIRTH")], RedactionPolicy(date_of_birth="year_only"))
    assert r.text == "<DATE_OF_BIRTH_1>"


@pytest.mark.parametrize("value, fallback, expected_op", [
    ("yesterday", "surrogate", "tag.v1"), ("yesterday", "tag", "tag.v1"),
    ("Q3 2024", "surrogate", "tag.v1"), ("Q3 2024", "tag", "tag.v1"),
])
def test_unparseable_date_is_never_left_as_is(value, fallback, expected_op):
    (r,) = plan([(value, "DATE")], RedactionPolicy(date_fallback=fallback))
    assert r.text != value and r.operator == expected_op


def test_surrogate_operator_on_dates_shifts_them():
    pol = RedactionPolicy(operators={"DATE": "surrogate"})
    (r,) = plan([("2024-06-15", "DATE")], pol)
    assert r.operator == "date_shift.v2" and D.parse_date(r.text) is not None


# --- a full date without birth context (DATE) keeps its year only by default (``date: year``) -------------
_MONTH_WORDS = re.compile(r"[A-Za-z]{3,}")


@pytest.mark.parametrize("value", [
    "7-Aug-2016", "14.9.07", "2026/02/28", "2026.02.28", "11-23-2022", "23/11/22", "Nov 23 2022",
    "23 November 2022", "Nov. 23, 2022", "Friday, 4 February 2011", "Wednesday the 9th of March 2011",
    "2026-2-8", "march third eighty five", "the 3rd of the 4th 2015",
])
def test_date_keeps_only_its_year_by_default(value):
    (r,) = plan([(value, "DATE")])
    (_, _, before), located = safe_dates.locate_date(value), safe_dates.locate_date(r.text)
    assert r.operator == "date_shift.v2" and located is not None, r.text
    after = located[2]
    assert after.year == before.year and after.month != before.month and after.day != before.day, r.text
    kept = {s.source for s in before.slots if s.field == "year"}
    assert not guard.find_leaks(value, r.text, kept), r.text
    words = {w.casefold() for w in _MONTH_WORDS.findall(value)} & {w.casefold() for w in _MONTH_WORDS.findall(r.text)}
    assert words <= {"the", "of"} | set(D.WEEKDAYS) | {w.casefold() for y in kept for w in y.split()}, r.text
    weekday = next((s for s in after.slots if s.field == "weekday"), None)
    if weekday is not None:  # re-rendered for the new date, never left contradicting it
        assert D.WEEKDAY_BY_WORD[weekday.source.lower().rstrip(".,")] == after.as_date().weekday(), r.text


@pytest.mark.parametrize("value", ["03/04/2021", "3.4.2021", "04-11-70", "12/1/2020"])
def test_date_readable_either_way_stays_valid_either_way(value):
    (r,) = plan([(value, "DATE")])
    after = safe_dates.parse_any(r.text)
    assert after is not None and after.month <= 12 and after.day <= 12, r.text


@pytest.mark.parametrize("value, year, zone, fraction", [
    ("2022-11-23T08:05:59Z", "2022", "Z", 0), ("2022-11-23T08:05:59.25+01:00", "2022", r"[+-]\d\d:[03]0", 2),
    ("1999-01-31T23:59-0500", "1999", r"[+-]\d\d[03]0", 0), ("2024-06-05T09:15:30.500-07:00", "2024",
                                                              r"[+-]\d\d:[03]0", 3),
])
def test_date_with_a_time_of_day_gets_a_valid_time_and_keeps_its_year(value, year, zone, fraction):
    (r,) = plan([(value, "DATE")])
    m = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d+))?)?(.*)", r.text)
    assert m is not None and r.operator == "date_shift.v2", r.text
    new = dt.date(int(m[1]), int(m[2]), int(m[3]))
    assert m[1] == year and new != dt.date.fromisoformat(value[:10]) and int(m[4]) < 24 and int(m[5]) < 60
    assert int(m[6] or 0) < 60 and len(m[7] or "") == fraction
    assert re.fullmatch(zone, m[8]), r.text  # a zone offset of the same form
    assert not guard.find_leaks(value, r.text, (year,)), r.text


@pytest.mark.parametrize("mode, value, expected", [
    ("year_only", "23 November 2022", "2022"), ("year_only", "2022-11-23T08:05Z", "2022T"),
    ("shift", "2024-06-15", None),
])
def test_date_policy_modes(mode, value, expected):
    (r,) = plan([(value, "DATE")], RedactionPolicy(date=mode))
    if expected is None:  # shifted by the keyed offset
        assert 1 <= abs((dt.date.fromisoformat(r.text) - dt.date(2024, 6, 15)).days) <= 90
    else:
        assert r.text.startswith(expected)


@pytest.mark.parametrize("value", ["2022-13-01T08:05Z", "31/02/2020", "4102-01-02"])
def test_date_impossible_dates_are_never_rendered(value):
    (r,) = plan([(value, "DATE")])
    assert r.text == "<DATE_1>"
