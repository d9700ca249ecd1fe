"""Tests for recognizers.zip_code."""
from __future__ import annotations

import pytest

from recognizers.entities import ZIP_CODE
from recognizers.zip_code import ZipCodeRecognizer

RECOGNIZER = ZipCodeRecognizer()


def found(text: str) -> list[str]:
    return [text[r.start:r.end] for r in RECOGNIZER.analyze(text, None) if r.score >= 0.5]


@pytest.mark.parametrize("text, value", [
    ("my zip is 90210", "90210"),
    ("zip code: 94105-1234", "94105-1234"),
    ("my zip is nine oh two one oh", "nine oh two one oh"),
    ("the postal code is uh one two three four five", "one two three four five"),
    ("Springfield, IL 62704", "62704"),
    ("Austin, Texas 78701", "78701"),
    ("ZIP: 394 13", "394 13"),
    ("ZIP: 75534-030", "75534-030"),
    # a ZIP+4 read aloud with one digit lost: eight digits after the cue
    ("zip is four eighty one two six thirty three eleven", "four eighty one two six thirty three eleven"),
    ("zip code 55104-271", "55104-271"),
    ("and the postcode for that is 4-0-7-1.", "4-0-7-1"),        # four digits after the cue, dashed or spaced
    ("The postcode, uh, for that is 3 9 6 2.", "3 9 6 2"),
    ("| Postcode/ZIP | 30301 |", "30301"),                         # a pasted table's cell border
    ("postal code: 560034", "560034"),                             # an Indian PIN: six digits
    ("pin code = 110 001", "110 001"),
    ("my pincode is 411014", "411014"),
])
def test_zip_code_finds_digit_zips_and_postal_codes(text, value):
    assert value in found(text)


@pytest.mark.parametrize("text", [
    "it costs 12345 dollars",
    "order 90210 shipped",
    "we have 12345 customers",
    "call 415-555-0132",
    "in 2023 i moved",
    "i paid $90210",
    "my flight is ua 1234",
    "it costs forty nine ninety nine",
    "London SW1A 1AA",                  # letters: a POSTCODE (recognizers.postcode), not a ZIP
    "order 12345678 shipped",           # eight digits without a cue
    "zip is 1234567890",                # ten digits: not a ZIP
    "pin code 4821",                    # four digits after "pin code": a card or app PIN
    "pin code: 012345",                 # no Indian PIN starts with 0
    "my pin is 560034",                 # "pin" alone names a secret, not a postal code
])
def test_zip_code_ignores_bare_numbers(text):
    assert found(text) == []


@pytest.mark.parametrize("text, values", [
    ("yeah nine oh two one oh", ["nine oh two one oh"]),
    ("it's 94105-1234", ["94105-1234"]),
    ("about $12345", []),
    ("1234", ["1234"]),            # the whole answer: a four-digit postcode (Australia, Denmark, ...)
    ("12 34", []),
])
def test_zip_code_answer_accepts_bare_five_digits(text, values):
    assert [text[r.start:r.end] for r in RECOGNIZER.analyze_answer(text, ZIP_CODE)] == values


@pytest.mark.parametrize("text, value", [
    ("okay one four three eight two two four three five", "one four three eight two two four three five"),
    ("seven five four six five, seven zero seven nine", "seven five four six five, seven zero seven nine"),
    ("It's 94103 1234.", "94103 1234"),
])
def test_zip_code_answer_accepts_zip_plus_four_without_dash(text, value):
    assert value in [text[r.start:r.end] for r in RECOGNIZER.analyze_answer(text, ZIP_CODE)]


@pytest.mark.parametrize("text, value", [
    ("2794", "2794"), ("it's 6453", "6453"), ("six three one three", "six three one three"),
    ("Right, the code there is 5180, yeah. And my son says hi.", "5180"),  # the answer's first number
    ("Sorry? 7-2-2-6.", "7-2-2-6"),
])
def test_zip_code_answer_accepts_a_four_digit_postcode_alone(text, value):
    assert [text[r.start:r.end] for r in RECOGNIZER.analyze_answer(text, ZIP_CODE)] == [value]


@pytest.mark.parametrize("text", ["it's $12345", "about 1234 people", "12345.67", "i have 2794 items",
                                  "there's a charge of 2950 i don't know", "I've been with you since 2019"])
def test_zip_code_answer_rejects_money_and_short_numbers(text):
    assert RECOGNIZER.analyze_answer(text, ZIP_CODE) == []


@pytest.mark.parametrize("text, value", [
    ("the zip there is five four three one eight", "five four three one eight"),
    ("my zip code like is uh one one seven double six", "one one seven double six"),
    ("postal code so is uh seven seven five five two", "seven seven five five two"),
    ("zip's 62704-1234", "62704-1234"),
])
def test_zip_code_finds_zips_shortly_after_a_cue(text, value):
    assert value in found(text)


@pytest.mark.parametrize("text", [
    "the zip tie costs $12345",
    "my zip code is the same, the order was 12345.67",
    "my zip code changed when i moved here twelve years ago to a place with 45000 people",
])
def test_zip_code_near_cue_rejects_money_and_distant_numbers(text):
    assert found(text) == []
