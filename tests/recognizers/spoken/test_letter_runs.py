"""Tests for recognizers.spoken.letter_runs and its use by the identifier recognizers."""
from __future__ import annotations

import pytest

from recognizers.account_number import AccountNumberRecognizer
from recognizers.spoken.letter_runs import iban_head_before, letters_after, letters_before, suffix_letter_after

ACCOUNT = AccountNumberRecognizer()


def _before(text: str) -> str:
    first_digit = next(i for i, c in enumerate(text) if c.isdigit())
    return text[letters_before(text, first_digit):]


def _after(text: str, value: str) -> str:
    return text[:letters_after(text, text.index(value) + len(value))]


@pytest.mark.parametrize("text, kept", [
    ("the code is kay zed 550192", "kay zed 550192"),
    ("member aitch vee 77120934", "aitch vee 77120934"),
    ("it's why em 4410", "why em 4410"),                      # a common word beside a sure letter
    ("ref b for bravo q 8812", "b for bravo q 8812"),
    ("ref x as in xray 8812", "x as in xray 8812"),
    ("id double you gee 30918", "double you gee 30918"),
    ("uid kilo 90211", "kilo 90211"),
    ("member id uniform 55013842", "uniform 55013842"),      # a label before a lone NATO word
    ("the app says quote hotel 70042196", "hotel 70042196"),
    ("it's victor 4410 2291", "victor 4410 2291"),
    ("funeral plan are 00127606", "are 00127606"),          # a letter name after a label
    ("it's pee are and then 653483", "pee are and then 653483"),  # "and then" between letters and digits
])
def test_letters_before_grows_over_spelled_letters(text, kept):
    assert _before(text) == kept


@pytest.mark.parametrize("text, kept", [
    ("i'll see 44120933", "44120933"),                        # a common word alone is no letter
    ("it's a 44120933", "44120933"),
    ("reference 44120933", "44120933"),
    ("my 44120933", "44120933"),
    ("paid 4412 yesterday", "4412 yesterday"),
    ("call mike 07700900123", "07700900123"),               # a lone NATO word that is a word or a name
    ("ring the hotel 02079460000", "02079460000"),
    ("text oscar 07700900123", "07700900123"),
    ("the mike is 3 metres away", "3 metres away"),
])
def test_letters_before_leaves_words_alone(text, kept):
    assert _before(text) == kept


@pytest.mark.parametrize("text, value, kept", [
    ("code 661204 jay em pee thanks", "661204", "code 661204 jay em pee"),
    ("code 661204 el h queue", "661204", "code 661204 el h queue"),
    ("code 661204 zed", "661204", "code 661204 zed"),
    ("code 661204 are you there", "661204", "code 661204"),
    ("code 661204 i think", "661204", "code 661204"),
    ("code 661204 x", "661204", "code 661204"),               # a chat kiss
    ("code 661204 and done", "661204", "code 661204"),
])
def test_letters_after_grows_over_sure_letters_only(text, value, kept):
    assert _after(text, value) == kept


@pytest.mark.parametrize("text, value", [
    ("my policy number is tee gee four four one nine two zero", "tee gee four four one nine two zero"),
    ("the reference is em en 55120967", "em en 55120967"),
])
def test_account_found_with_its_spelled_letters(text, value):
    assert value in [text[r.start:r.end] for r in ACCOUNT.analyze(text, None)]


@pytest.mark.parametrize("text, letters_start, kept", [
    ("send it to en el nine one aitch em 55120967", "aitch", "en el nine one aitch em 55120967"),
    ("to d as in delta e twenty two um kay 5512", "kay", "d as in delta e twenty two um kay 5512"),
    ("to gee bee 17 dee ess 4401", "dee", "gee bee 17 dee ess 4401"),
])
def test_iban_head_before_takes_country_code_and_check_digits(text, letters_start, kept):
    assert text[iban_head_before(text, text.index(letters_start)):] == kept


@pytest.mark.parametrize("text, letters_start", [
    ("i paid twenty two pounds kay 5512", "kay"),     # words, not two spelled letters, before the digits
    ("it's nine one aitch em 5512", "aitch"),
])
def test_iban_head_before_needs_two_letters_and_two_digits(text, letters_start):
    start = text.index(letters_start)
    assert iban_head_before(text, start) == start


def test_letters_before_skips_a_pause_before_the_value():
    text = "to y q b k right 98735154"
    assert text[letters_before(text, text.index("98")):] == "y q b k right 98735154"


@pytest.mark.parametrize("text, value, kept", [
    ("it's why h two five nine oh", "h two", "why h two five nine oh"),   # the value opens with a letter
    ("so see dee 4471", "dee", "see dee 4471"),
    ("i see two five nine oh", "two", "two five nine oh"),               # digits first: "see" is a word
])
def test_letters_before_a_common_letter_next_to_a_spelled_one(text, value, kept):
    assert text[letters_before(text, text.index(value)):] == kept


@pytest.mark.parametrize("text, value, grown", [
    ("it's jay kay one two three four five six see", "jay kay one two three four five six",
     "jay kay one two three four five six see"),
    ("ok 448812 dee.", "448812", "448812 dee"),
    ("sure 448812 a", "448812", "448812 a"),
    # not the last word of the turn, or not a check letter: unchanged
    ("448812 see you soon", "448812", "448812"),
    ("448812 see what i mean", "448812", "448812"),
    ("448812 tea", "448812", "448812"),
])
def test_suffix_letter_after_takes_a_lone_check_letter_ending_the_turn(text, value, grown):
    start = text.index(value)
    assert text[start:suffix_letter_after(text, start + len(value))] == grown
