"""Property: under the default policy no original 3+-letter word and no run of 4+ digits survives an operator.

Values are random spans of every entity type: random letters, digits and words, written and spoken
numbers, mixed spans, and the shapes each type usually has (with the wrong type too: an address typed
PERSON, a name inside a date of birth). The leak check here is written independently of
``operators.guard``: spoken digits are normalized with the recognizers' number-word table, runs are joined
across spaces and hyphens. Kept by name: the policy's function words (``guard.KEPT_BY_NAME``), the year
of a date (every date keeps its year only, ``date_of_birth: year``, ``date: year``) and its weekday name
(re-rendered for the new date, it may coincide).
"""
from __future__ import annotations

import re

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from pipeline.privacy.keys import PseudonymKey
from pipeline.redaction.operators import RedactionPolicy, ValueToReplace, plan_replacements
from pipeline.redaction.operators.guard import KEPT_BY_NAME
from recognizers.spoken import number_words as nw

KEY = PseudonymKey(b"\x11" * 32)
POLICY = RedactionPolicy()
ETYPES = ("PERSON", "PHONE_NUMBER", "EMAIL_ADDRESS", "CREDIT_CARD", "US_SSN", "DATE", "DATE_OF_BIRTH",
          "STREET_ADDRESS", "ZIP_CODE", "ACCOUNT_NUMBER", "AUTH_CODE", "IBAN_CODE", "IP_ADDRESS", "OTHER_TYPE")
MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
          "november", "december")
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
DIGIT_WORDS = ("zero", "oh", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
_TAG = re.compile(r"<[A-Z_]+?(?:_\d+)?>")
_TOKENS = re.compile(r"\d+|[^\W\d_]+|[^\w]+", re.UNICODE)

# --- an independent leak check --------------------------------------------------------------------------


def _digit_runs(text: str) -> list[str]:
    """Runs of digits, written or spoken, joined across spaces and hyphens."""
    runs, current, tokens = [], "", [t for t in _TOKENS.findall(text)]
    i = 0
    while i < len(tokens):
        tok, low = tokens[i], tokens[i].casefold()
        nxt = tokens[i + 2].casefold() if i + 2 < len(tokens) and not tokens[i + 1].strip(" -") else ""
        if tok.isdigit():
            current += tok
        elif low in nw.UNITS or low in nw.AMBIGUOUS_ZERO:
            current += str(nw.UNITS.get(low, 0))
        elif low in nw.TEENS:
            current += str(nw.TEENS[low])
        elif low in nw.TENS:
            unit = nw.UNITS.get(nxt)
            current += str(nw.TENS[low] // 10) + (str(unit) if unit else "0")
            i += 2 if unit else 0
        elif low in nw.MULTIPLIERS and (nxt in nw.UNITS or nxt in nw.AMBIGUOUS_ZERO):
            current += str(nw.UNITS.get(nxt, 0)) * nw.MULTIPLIERS[low]
            i += 2
        elif not tok.strip(" -") and current:
            pass
        else:
            if current:
                runs.append(current)
            current = ""
        i += 1
    return runs + ([current] if current else [])


def _grams(text: str) -> set[str]:
    return {run[i:i + 4] for run in _digit_runs(text) for i in range(len(run) - 3)}


def _words(text: str) -> set[str]:
    return {w.casefold() for w in re.findall(r"[^\W\d_]+", text) if len(w) >= 3}


def surviving(value: str, etype: str, output: str) -> tuple[set[str], set[str]]:
    """(original words, original 4-digit runs) found in ``output`` that the policy does not keep by name."""
    output = _TAG.sub(" ", output)
    kept_words = set(KEPT_BY_NAME) | (set(WEEKDAYS) if etype in ("DATE", "DATE_OF_BIRTH") else set())
    words = (_words(value) & _words(output)) - kept_words - {w for w in nw.UNITS} - set(nw.AMBIGUOUS_ZERO)
    grams = _grams(value) & _grams(output)
    if etype in ("DATE", "DATE_OF_BIRTH"):  # the year is kept by name
        years = {y for y in re.findall(r"\d{4}", output) if 1870 <= int(y) <= 2150}
        grams = {g for g in grams if not any(g in y or y in g for y in years)}
        grams = {g for g in grams if not any(g in run and any(y in run for y in years)
                                             for run in _digit_runs(output))}
    return words, grams


# --- random spans -----------------------------------------------------------------------------------------

word = st.from_regex(r"[A-Za-z][a-z]{2,9}", fullmatch=True)
cap_word = word.map(str.capitalize)
digits = st.from_regex(r"[0-9]{1,9}", fullmatch=True)
spoken = st.lists(st.sampled_from(DIGIT_WORDS + ("double five", "triple two")), min_size=4, max_size=16).map(" ".join)
mixed = st.lists(st.one_of(word, digits, spoken), min_size=1, max_size=6).map(" ".join)
names = st.tuples(cap_word, st.sampled_from(["", "J. ", "Mr ", "de "]), cap_word).map(lambda t: f"{t[1]}{t[0]} {t[2]}")
street = st.sampled_from(["Street", "Court", "Avenue", "Ave", "Road", "Lane", "Blvd"])
addresses = st.tuples(st.integers(1, 99999), cap_word, street, st.integers(1, 99), cap_word,
                      st.sampled_from(["CA", "NY", "TX", "Texas"]), st.from_regex(r"\d{5}", fullmatch=True)).map(
    lambda t: f"{t[0]} {t[1]} {t[2]}, Apt {t[3]}B, {t[4]}, {t[5]} {t[6]}")
written_dates = st.tuples(st.integers(1, 28), st.sampled_from(MONTHS), st.integers(1900, 2030)).flatmap(
    lambda t: st.sampled_from([f"{t[0]} {t[1].capitalize()} {t[2]}", f"{t[1]} {t[0]}, {t[2]}",
                               f"{MONTHS.index(t[1]) + 1:02d}/{t[0]:02d}/{t[2]}", f"{t[0]}th of {t[1]} {t[2]}",
                               f"{t[2]}-{MONTHS.index(t[1]) + 1:02d}-{t[0]:02d}"]))
dates_with_names = st.tuples(names, written_dates).map(", ".join)
phones = st.from_regex(r"\(?[2-9]\d{2}\)?[ -.]?\d{3}[ -.]\d{4}|\+44 \d{2} \d{4} \d{4}", fullmatch=True)
cards = st.from_regex(r"(4|5[1-5]|6011|37)\d{2}( ?\d{4}){3}", fullmatch=True)
emails = st.tuples(word, word, st.sampled_from(["gmail", "acme", "yahoo", "example"]), digits).map(
    lambda t: f"{t[0].lower()}.{t[1].lower()}{t[3]}@{t[2]}.com")
codes = st.from_regex(r"[A-Z]{0,3}\d{4,10}|\d{2}/\d{2}|[A-Z]{2}\d{2}[A-Z0-9]{10,20}", fullmatch=True)
ips = st.tuples(*[st.integers(0, 255)] * 4).map(lambda t: ".".join(map(str, t)))
any_span = st.one_of(word, digits, spoken, mixed, names, addresses, written_dates, dates_with_names, phones,
                     cards, emails, codes, ips)


@pytest.mark.parametrize("etype", ETYPES)
@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(value=any_span, conv=st.text(min_size=1, max_size=6))
def test_default_policy_output_keeps_no_original_word_or_digit_run(etype, value, conv):
    (r,) = plan_replacements([ValueToReplace(value, etype, 0)], POLICY, KEY, conv)
    words, grams = surviving(value, etype, r.text)
    assert not words and not grams, (value, etype, r.text)


@settings(max_examples=80, deadline=None)
@given(value=st.one_of(phones, cards, spoken, addresses, names), conv=st.text(min_size=1, max_size=6))
def test_default_policy_value_written_twice_keeps_nothing_either_time(value, conv):
    items = [ValueToReplace(value, t, 0) for t in ("PHONE_NUMBER", "PERSON", "STREET_ADDRESS")]
    for item, r in zip(items, plan_replacements(items, POLICY, KEY, conv)):
        assert surviving(value, item.entity_type, r.text) == (set(), set()), (value, r.text)


@pytest.mark.parametrize("value, etype, output, leaked", [
    ("four one five five", "PHONE_NUMBER", "it was 4155", (set(), {"4155"})),
    ("415-555", "PHONE_NUMBER", "five five five", (set(), set())),
    ("415 5", "PHONE_NUMBER", "one 4155", (set(), {"4155"})),
    ("John Smith", "PERSON", "Smith Doe", ({"smith"}, set())),
    ("3 March 1990", "DATE_OF_BIRTH", "7 June 1990", (set(), set())),
    ("3 March 1990", "DATE_OF_BIRTH", "7 March 1990", ({"march"}, set())),
    ("3 March 1990", "DATE", "7 March 1990", ({"march"}, set())),
    ("twenty three oh five", "ACCOUNT_NUMBER", "2305", (set(), {"2305"})),
    ("Main Street", "STREET_ADDRESS", "<STREET_ADDRESS_1>", (set(), set())),
])
def test_leak_check_itself_finds_words_and_runs(value, etype, output, leaked):
    assert surviving(value, etype, output) == leaked
