"""Tests for recognizers.ssn."""
from __future__ import annotations

import pytest

from recognizers.entities import EXPECT_SSN_LAST4, REASON_CROSS_TURN, US_SSN
from recognizers.ssn import SsnRecognizer, ssn_plausible

RECOGNIZER = SsnRecognizer()


def found(text: str) -> list[str]:
    return [text[r.start:r.end] for r in RECOGNIZER.analyze(text, None) if r.score >= 0.5]


@pytest.mark.parametrize("digits, ok", [
    ("853371694", True), ("000123456", False), ("666123456", False), ("923456789", False),
    ("123004567", False), ("123450000", False), ("111111111", False), ("12345678", False),
])
def test_ssn_plausible_applies_ssa_rules(digits, ok):
    assert ssn_plausible(digits) is ok


@pytest.mark.parametrize("text, value", [
    ("His social security number is 853-37-1694", "853-37-1694"),
    ("ssn 853 37 1694", "853 37 1694"),
    ("my social is 853371694", "853371694"),
    ("social is one two three four five six seven eight nine", "one two three four five six seven eight nine"),
    ("it's 853-37-1694", "853-37-1694"),
    ("the last four of my social are six seven eight nine", "six seven eight nine"),
    ("last 4 of ssn: 6789", "6789"),
    ("social ending in 6789", "6789"),
    ("6789 is the last four of my social", "6789"),
    ("noted as ***-**-5521 on the form", "***-**-5521"),          # masked but for the last four
    ("on file: XXX-XX-5521", "XXX-XX-5521"),
])
def test_ssn_finds_full_numbers_and_last_four(text, value):
    assert value in found(text)


@pytest.mark.parametrize("text", [
    "it's 123-45-6789",                        # the textbook example without context
    "call 415-555-0132",
    "order 853371694 shipped",                 # bare nine digits without context
    "the last four of my card are 4242",
    "we sold 1234 units",
    "social media posts 1234",
    "666-12-3456 is invalid",
    "it costs forty nine ninety nine",
])
def test_ssn_ignores_non_ssns(text):
    assert found(text) == []


@pytest.mark.parametrize("text, expected, value", [
    ("yeah six seven eight nine", EXPECT_SSN_LAST4, "six seven eight nine"),
    ("sure, 6789", EXPECT_SSN_LAST4, "6789"),
    ("it's one two three four five six seven eight nine", US_SSN,
     "one two three four five six seven eight nine"),
])
def test_ssn_answer_accepts_loose_forms(text, expected, value):
    results = RECOGNIZER.analyze_answer(text, expected)
    assert [(text[r.start:r.end], r.analysis_explanation.textual_explanation) for r in results] == [
        (value, REASON_CROSS_TURN)]


@pytest.mark.parametrize("text", ["it costs $1234.50", "about 12345 of them", "no idea"])
def test_ssn_answer_last4_needs_exactly_four_digits(text):
    assert RECOGNIZER.analyze_answer(text, EXPECT_SSN_LAST4) == []


@pytest.mark.parametrize("text, expected, value", [
    # Asked for the last four, the caller reads the whole number (spoken in groups with pauses).
    ("okay five oh seven double eight seven two three four", EXPECT_SSN_LAST4,
     "five oh seven double eight seven two three four"),
    ("sure four nine oh, four seven, nine double zero seven", EXPECT_SSN_LAST4,
     "four nine oh, four seven, nine double zero seven"),
    # Asked for the whole number, the caller only gives the last four, as pairs.
    ("um it's seventy ninety four", US_SSN, "seventy ninety four"),
    ("i only know the last four, 6789", US_SSN, "6789"),
])
def test_ssn_answer_accepts_either_form_for_either_cue(text, expected, value):
    assert value in [text[r.start:r.end] for r in RECOGNIZER.analyze_answer(text, expected)]


@pytest.mark.parametrize("text, expected", [
    ("it was $1234.50", US_SSN),
    ("i don't have it on me", US_SSN),
    ("about 20 minutes ago", EXPECT_SSN_LAST4),
    ("111-11-1111", US_SSN),                   # one repeated digit is a placeholder, not a number
])
def test_ssn_answer_rejects_non_numbers_for_either_cue(text, expected):
    assert RECOGNIZER.analyze_answer(text, expected) == []


@pytest.mark.parametrize("text, value", [
    ("my social is eight five six one", "eight five six one"),
    ("for the social it's twenty six ninety", "twenty six ninety"),
    ("it's ninety four eighty eight that's my social", "ninety four eighty eight"),
    ("last four like of my like ssn one nine five one", "one nine five one"),
    ("the uh last four um digits um of my social security number uh are nine six, four seven",
     "nine six, four seven"),
    ("my tax id ends with 4821", "4821"),
    ("It's 897711580 that's my social.", "897711580"),
])
def test_ssn_finds_last_four_and_full_numbers_near_a_social_cue(text, value):
    assert value in found(text)


@pytest.mark.parametrize("text", [
    "my social security check was 1200 dollars",
    "i have 2500 followers on social media",
    "my social worker called 3 times",
    "the social security office opens at 9",
])
def test_ssn_near_cue_rejects_amounts_and_other_socials(text):
    assert found(text) == []


@pytest.mark.parametrize("text, value, score", [
    ("my social is 078-051121", "078-051121", 0.9),             # odd grouping after the cue
    ("ssn 07805-1121", "07805-1121", 0.9),
    ("078-051121 is what I have", "078-051121", 0.5),         # no cue: weak
    ("it's 07805-1121", "07805-1121", 0.5),
    ("078051121", "078051121", 0.5),                          # bare nine digits: weak
])
def test_ssn_finds_odd_groupings_and_bare_numbers(text, value, score):
    assert [(text[r.start:r.end], r.score) for r in RECOGNIZER.analyze(text, None)] == [(value, score)]


@pytest.mark.parametrize("text", [
    "routing number 021000021",          # another identifier named before it
    "order 123456789 shipped",
    "my zip is 07805-1121",
    "078051120",                         # the well-known example number
    "987654321",                         # area 9xx is never an SSN
    "666-123456",                        # area 666
    "078-05112",                         # eight digits
    "1234-56789",                        # 4-5 grouping
    "that's 123456789 dollars",          # an amount
    "it went up $123456789",
    "we have 123456789 followers",
])
def test_ssn_weak_rejects_other_identifiers_and_impossible_numbers(text):
    assert found(text) == []
