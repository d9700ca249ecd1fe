"""Strict recall and the output leak rate on hand-made tables."""
import pytest

from benchmarks.leak_units import normalize, surviving, units
from benchmarks.scoring import Tally, covered_mask, entity_leak, is_strictly_protected

TEXT = "this is Richard J. Leary calling"
NAME = (8, 24)


@pytest.mark.parametrize("predicted, expected", [
    ([(8, 24)], True),              # whole name
    ([(8, 18)], False),             # "Richard J." only: Leary left
    ([(8, 15), (19, 24)], False),   # the initial is a word too
    ([(8, 16), (16, 24)], True),    # two pieces cover every word
    ([(0, 32)], True),
    ([(8, 23)], False),             # "Lear": one letter of a word left is a word not covered
])
def test_is_strictly_protected_every_word(predicted, expected):
    assert is_strictly_protected(TEXT, NAME, covered_mask(len(TEXT), predicted)) is expected


@pytest.mark.parametrize("text, nato, expected", [
    ("g o n z a l e z", False, ["gonzalez"]),
    ("four one five five double five oh", False, ["4155550"]),
    ("two five oh treble two six", False, ["2502226"]),          # British "treble": three of the digit
    ("twenty seven", False, ["27"]),
    ("27th of the 9th 1979", False, ["27", "of", "the", "9", "1979"]),
    ("Tango Sierra 8 3 Juliet Papa", True, ["ts83jp"]),
    ("Tango Sierra 8 3 Juliet Papa", False, ["tango", "sierra", "83", "juliet", "papa"]),
    ("González", False, ["gonzalez"]),
])
def test_normalize_joins_spelled_and_spoken(text, nato, expected):
    assert normalize(text, nato=nato) == expected


@pytest.mark.parametrize("value, sanitized, expected", [
    # (surviving units, units)
    ("Richard J. Leary", "hi <PERSON> Leary here", (1, 2)),          # half-redacted name
    ("Richard J. Leary", "hi <PERSON> here", (0, 2)),
    ("g o n z a l e z", "it is Gonzalez", (1, 1)),                  # spelled vs written: same unit
    ("Gonzalez", "i am a g o n z a l e z", (1, 1)),                 # joined with a spelled article
    ("415 555 0132", "call 0132", (1, 1)),                          # 4 digits in a row survive
    ("415 555 0132", "call 415 555 9876", (0, 1)),                   # 3-digit groups are no unit
    ("four one five five", "at 4155", (1, 1)),                      # spoken vs written
    ("4155550132", "number 7415550000", (1, 1)),                    # kept inside a surrogate
    ("1842 Lotus Court, Apt 5B, San Jose, CA 95112",
     "1842 Bazam Shohei, Teddy 5M, Victoria Tao, OLMO 95112", (2, 5)),  # street type and state no unit
    ("whiskey 2 0 alpha bravo", "w20ab please", (1, 4)),            # NATO view: w20ab; raw: 3 words
    ("CM6 7FY", "postcode cm6 <ZIP>", (1, 2)),                       # mixed tokens
    ("the 14th of January 1942", "the 12th of January 1942", (2, 2)),  # month and year kept
])
def test_surviving_units(value, sanitized, expected):
    assert surviving(value, sanitized) == expected


@pytest.mark.parametrize("label, sanitized, leaked", [
    ("DATE_OF_BIRTH", "born 3 March 1990", False),      # year kept by policy, day and month re-drawn
    ("DATE_OF_BIRTH", "born 3 September 1990", True),   # month kept: leak
    ("US_SSN", "ssn 1990", True),                       # the exemption is for dates of birth only
])
def test_entity_leak_exempts_only_the_year_of_a_date_of_birth(label, sanitized, leaked):
    value = "14 September 1990" if label == "DATE_OF_BIRTH" else "1990"
    assert entity_leak(value, label, sanitized).leaked is leaked


@pytest.mark.parametrize("value, words", [
    ("j dot smith at gmail dot com", {"smith", "gmail"}),               # glue words and the generic TLD
    ("maria.vance@northwind-legal.net", {"maria", "vance", "northwind", "legal"}),
    ("PSC 4115, Box 7815, APO AA 41945", {"psc", "apo"}),              # "box" is glue; digits count apart
    ("Mr&nbsp;Omar Haddad", {"omar", "haddad"}),                       # an HTML entity is markup, no word
    ("Jan \\u015awi\\u0105tek", {"jan", "swiatek"}),                      # a JSON escape is the character it writes
])
def test_units_skip_glue_words_and_generic_tlds(value, words):
    assert units(value).words == frozenset(words)


def test_tally_leak_rates_and_partial_names():
    tally = Tally()
    text = "I am Ana Lee Park and my code is 4821 9932"
    gold = [{"start": 5, "end": 17, "label": "PERSON"}, {"start": 33, "end": 42, "label": "AUTH_CODE"}]
    tally.add(text, gold, [(5, 12)], sanitized="I am <PERSON> Park and my code is 4821 9932")
    assert tally.leak_rate == 1.0 and tally.partial_name_leak_rate == 1.0
    assert tally.strict_recall == 0.0
    tally.add(text, gold, [(5, 17), (33, 42)], sanitized="I am <PERSON> and my code is <CODE>")
    assert tally.leak_rate == 0.5 and tally.partial_name_leak_rate == 0.5 and tally.strict_recall == 0.5
    assert tally.as_dict()["leak_rate_by_label"] == {"AUTH_CODE": 0.5, "PERSON": 0.5}


def test_tally_without_sanitized_text_reports_no_leak_rate():
    tally = Tally()
    tally.add("Ana Lee", [{"start": 0, "end": 7, "label": "PERSON"}], [(0, 7)])
    assert tally.leak_rate is None and "leak_rate" not in tally.as_dict()


@pytest.mark.parametrize("value, sanitized, leaked", [
    # Ordinal days never join the spoken year; the kept year is no leak, a kept day alone neither.
    ("may second nineteen sixty five", "march first nineteen sixty five", False),
    ("february twenty fifth nineteen ninety five", "december twenty sixth nineteen ninety five", False),
    ("the 3rd of march 1985", "the 3rd of june 1985", False),
    ("may second nineteen sixty five", "may ninth nineteen sixty five", True),   # month kept
    ("fourteen oh three nineteen eighty", "fourteen oh three nineteen eighty", True),  # 1403 kept
])
def test_entity_leak_spoken_dates_of_birth(value, sanitized, leaked):
    assert entity_leak(value, "DATE_OF_BIRTH", sanitized).leaked is leaked


@pytest.mark.parametrize("value, sanitized, leaked", [
    ("seven three nought seven", "the one ending eight two nought five", False),  # "nought" is a digit
    ("seven three nought seven", "the one ending seven three nought seven", True),
])
def test_nought_is_a_digit_word(value, sanitized, leaked):
    from benchmarks.scoring import entity_leak

    assert entity_leak(value, "CREDIT_CARD", sanitized).leaked is leaked


@pytest.mark.parametrize("value, sanitized, leaked", [
    # the words of a self-correction inside a labelled value are no part of it
    ("oh one three five one sorry oh one three five nine", "four two seven sorry nine one one", False),
    ("oh seven nine i mean oh seven eight", "six six two i mean four one one", False),
    ("oh seven nine i mean oh seven eight", "oh seven nine i mean", True),   # digits survive: a leak
    ("hang li", "hang on a second", True),                                  # "hang" can be a name
])
def test_entity_leak_ignores_self_correction_words(value, sanitized, leaked):
    assert entity_leak(value, "PHONE_NUMBER" if "oh" in value else "PERSON", sanitized).leaked is leaked


@pytest.mark.parametrize("value, sanitized, leaked", [
    ("Jan \\u015awi\\u0105tek", 'dzie\\u0144 dobry, Ola Nowak', False),   # "0144" is an escape, no digits of a value
    ("Jan \\u015awi\\u0105tek", "dzień dobry, Jan Kowal", True),
    ("0485\\/484367", "mobile 0485\\/484367", True),
])
def test_entity_leak_reads_json_escapes_as_characters(value, sanitized, leaked):
    assert entity_leak(value, "PERSON", sanitized).leaked is leaked
