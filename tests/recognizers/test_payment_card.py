"""Tests for recognizers.payment_card."""
from __future__ import annotations

import pytest

from recognizers.entities import ACCOUNT_NUMBER, CREDIT_CARD
from recognizers.payment_card import PaymentCardRecognizer, brand_ok, luhn_ok

RECOGNIZER = PaymentCardRecognizer()


def found(text: str) -> list[tuple[str, str]]:
    return [(text[r.start:r.end], r.analysis_explanation.pattern_name)
            for r in RECOGNIZER.analyze(text, None) if r.score >= 0.5]


@pytest.mark.parametrize("digits, ok", [
    ("4111111111111111", True), ("4111111111111112", False), ("378282246310005", True),
    ("6011111111111117", True), ("0", True), ("79927398713", True), ("79927398710", False),
])
def test_luhn_ok_checks_the_checksum(digits, ok):
    assert luhn_ok(digits) is ok


@pytest.mark.parametrize("digits, ok", [
    ("4111111111111111", True), ("5555555555554444", True), ("378282246310005", True),
    ("6011111111111117", True), ("4111111111111", True), ("9111111111111111", False),
    ("37828224631000", False), ("1234567890123456", False),
])
def test_brand_ok_checks_prefix_and_length(digits, ok):
    assert brand_ok(digits) is ok


@pytest.mark.parametrize("text, value, detail", [
    ("What is the limit for card 4454794511390933?", "4454794511390933", "card_number"),
    ("visa 4111 1111 1111 1111 please", "4111 1111 1111 1111", "card_number"),
    ("amex 3782-822463-10005", "3782-822463-10005", "card_number"),
    ("my card is 4111.1111.1111.1111", "4111.1111.1111.1111", "card_number"),      # groups joined by dots
    ("amex 3782.822463.10005 thanks", "3782.822463.10005", "card_number"),         # ... in Amex groups
    ("visa 4000 0O00 0000 0002 thanks", "4000 0O00 0000 0002", "card_number"),     # a letter O for a zero
    ("the number on the card is four one one one one one one one one one one one one one one one",
     "four one one one one one one one one one one one one one one one", "card_number"),
    ("card is forty two forty two, forty two forty two, forty two forty two, forty two forty two",
     "forty two forty two, forty two forty two, forty two forty two, forty two forty two", "card_number"),
    ("expiration date is 04/27", "04/27", "card_expiry"),
    ("it expires oh four twenty seven", "oh four twenty seven", "card_expiry"),
    ("it expires four twenty nine", "four twenty nine", "card_expiry"),      # M YY, spoken
    ("exp 04 29", "04 29", "card_expiry"),
    ("expiry date is april twenty nine", "april twenty nine", "card_expiry"),
    ("and the cvv is 123", "123", "card_cvv"),
    ("the security code is seven three one", "seven three one", "card_cvv"),
    ("the card ending in 4242", "4242", "card_last4"),
    ("exp = 06/29", "06/29", "card_expiry"),                                  # "=" labels a value as ":" does
    ("cvc=318", "318", "card_cvv"),
    ("my visa last 4 = 9031", "9031", "card_last4"),
])
def test_payment_card_finds_numbers_and_card_details(text, value, detail):
    assert (value, detail) in found(text)


@pytest.mark.parametrize("text", [
    "order 4111111111111111 has shipped",      # Luhn-valid but an order number
    "tracking number 1Z999AA10123456784",
    "that will be forty nine ninety nine",
    "call 415-555-0132",
    "it was 04/27 when we spoke",              # a bare date, no card words
    "my code is 123",
    "we have 1111111111111111 reasons",        # one repeated digit
    "the ending in 4242 of the story",         # no card word
    "the trial expires in 30 days",
    "it expires in two weeks",
])
def test_payment_card_ignores_non_cards(text):
    assert found(text) == []


def test_payment_card_answer_accepts_digits_failing_luhn():
    text = "yeah it's four one one one one one one one one one one one one one one two"
    results = RECOGNIZER.analyze_answer(text, CREDIT_CARD)
    assert [text[r.start:r.end] for r in results] == [text[len("yeah it's "):]]


@pytest.mark.parametrize("text, value", [
    ("my credit card number is 4012-8888-8888-1882", "4012-8888-8888-1882"),
    ("card number 4111 1111 1111 1112 please", "4111 1111 1111 1112"),
    ("4111111111111112 is my card", "4111111111111112"),
    ("the card number is four one one one one one one one one one one one one one one two",
     "four one one one one one one one one one one one one one one two"),    # one misheard digit
    ("my visa is 4111 1111 1111 111", "4111 1111 1111 111"),                  # one digit lost
])
def test_payment_card_flags_luhn_failures_after_card_words_as_account_numbers(text, value):
    results = [r for r in RECOGNIZER.analyze(text, None) if r.score >= 0.5]
    assert [(text[r.start:r.end], r.entity_type) for r in results] == [(value, ACCOUNT_NUMBER)]
    assert results[0].score < 0.7 and results[0].analysis_explanation.textual_explanation == "context"


@pytest.mark.parametrize("text", [
    "order 4111111111111112 paid by card",           # another identifier named right before
    "we have 1111111111111111 reasons to use the card",
    "my card was charged 1299 dollars",
    "they charged 1000 0000 0000 0000 by mistake",   # an amount after a money verb
])
def test_payment_card_does_not_flag_luhn_failures_of_other_kinds(text):
    assert found(text) == []


@pytest.mark.parametrize("text, value", [
    ("4012888888881882", "4012888888881882"),        # fails Luhn, no card words: still some identifier
    ("4111111111111112 is the number", "4111111111111112"),
    ("ok 5412 7512 3456 7890", "5412 7512 3456 7890"),
    ("five four one two seven five one two three four five six seven eight nine zero",
     "five four one two seven five one two three four five six seven eight nine zero"),
    ("1234 5678 9012 8", "1234 5678 9012 8"),          # valid Luhn, no brand, no card words
])
def test_payment_card_flags_any_long_number_as_an_identifier(text, value):
    results = [r for r in RECOGNIZER.analyze(text, None) if r.score >= 0.5]
    assert [(text[r.start:r.end], r.entity_type) for r in results] == [(value, ACCOUNT_NUMBER)]
    assert results[0].analysis_explanation.pattern_name == "long_number"


@pytest.mark.parametrize("text, value", [
    ("122000000000003", "122000000000003"),           # UATP: prefix 1, 15 digits
    ("4012 8888 8888 1881", "4012 8888 8888 1881"),
])
def test_payment_card_finds_valid_brands_without_context(text, value):
    assert found(text) == [(value, "card_number")]


@pytest.mark.parametrize("text, part", [
    ("okay the first bit is 5412 7534", "5412 7534"),
    ("then 0921-3370", "0921-3370"),
    ("right so 33017755", "33017755"),
    ("um fifty four twelve seventy five thirty four", "fifty four twelve seventy five thirty four"),
])
def test_payment_card_answer_accepts_part_of_a_number_read_in_two_goes(text, part):
    results = RECOGNIZER.analyze_answer(text, CREDIT_CARD)
    assert [text[r.start:r.end] for r in results] == [part]


@pytest.mark.parametrize("text", [
    "it came to 1250 pounds",
    "I think it was 2021 when I opened it and then I moved banks the year after",
    "no idea sorry",
])
def test_payment_card_answer_part_needs_a_short_answer_without_units(text):
    assert RECOGNIZER.analyze_answer(text, CREDIT_CARD) == []


def test_payment_card_a_mistyped_card_after_phone_words_is_not_left_in_clear():
    text = "no that's my old phone, use +44 717 903 6214 its 4213 8457 9553 0250, wait sorry"
    assert ("4213 8457 9553 0250", ACCOUNT_NUMBER) in [(text[r.start:r.end], r.entity_type)
                                                        for r in RECOGNIZER.analyze(text, None) if r.score >= 0.5]


@pytest.mark.parametrize("text, values", [
    ("card 4111 1111 1111 1111 or 4111.1111.1111.1111", ["4111 1111 1111 1111", "4111.1111.1111.1111"]),
    ("ref a4111111111111111 or 12.4111111111111111", []),   # a letter or a dot before the digits: no match
])
def test_number_tried_at_digit_runs_only(text, values):
    from recognizers.digit_groups import matches_before_digits
    from recognizers.payment_card import PaymentCardRecognizer
    pattern = PaymentCardRecognizer.NUMBER
    assert [m.group() for m in matches_before_digits(pattern, text, (0,))] == values == \
        [m.group() for m in pattern.finditer(text)]
