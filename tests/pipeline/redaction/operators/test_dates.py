"""Tests for date parsing, shifting, DOB handling and fallbacks."""
from __future__ import annotations

import datetime as dt

import pytest

from pipeline.privacy.keys import PseudonymKey
from pipeline.redaction.operators import RedactionPolicy, ValueToReplace, plan_replacements
from pipeline.redaction.operators import date_render as R, dates as D

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
    out = plan([("03/15/2024", "DATE"), ("march twentieth twenty twenty four", "DATE"), ("2024-04-01", "DATE")])
    a = dt.datetime.strptime(out[0].text, "%m/%d/%Y").date()
    c = dt.date.fromisoformat(out[2].text)
    assert (c - a).days == 17 and a != dt.date(2024, 3, 15)
    b = D.parse_date(out[1].text)
    assert (b.as_date() - a).days == 5 and all(r.operator == "date_shift.v2" for r in out)


@pytest.mark.parametrize("max_days", [1, 7, 90])
def test_date_offset_is_nonzero_and_bounded(max_days):
    pol = RedactionPolicy(date_shift={"max_days": max_days})
    for i in range(40):
        new = dt.date.fromisoformat(plan([("2024-06-15", "DATE")], pol, conv=f"c{i}")[0].text)
        assert 1 <= abs((new - dt.date(2024, 6, 15)).days) <= max_days


def test_date_offset_per_customer_links_conversations_of_one_customer():
    pol = RedactionPolicy(date_shift={"per": "customer"})
    a = plan([("2024-06-15", "DATE")], pol, conv="c1", customer="cust-9")[0].text
    b = plan([("2024-06-15", "DATE")], pol, conv="c2", customer="cust-9")[0].text
    assert a == b
    conv_only = {plan([("2024-06-15", "DATE")], conv=f"c{i}")[0].text for i in range(10)}
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
