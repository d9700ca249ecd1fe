"""Value forms the dev_c split exposed (issue 12): booking codes, year-first dates with slashes, card last
four answering "which card", phone read-backs and references asked for as "reference". Own sentences."""
from __future__ import annotations

import pytest

from recognizers.account_number import AccountNumberRecognizer, looks_like_id
from recognizers.dates import TranscriptDateRecognizer
from recognizers.entities import ACCOUNT_NUMBER, CREDIT_CARD, DATE_OF_BIRTH, PHONE_NUMBER
from recognizers.payment_card import PaymentCardRecognizer
from recognizers.phone import TranscriptPhoneRecognizer
from recognizers.question_cues import expected_entities

ACCOUNT, DATES, CARDS, PHONES = (AccountNumberRecognizer(), TranscriptDateRecognizer(), PaymentCardRecognizer(),
                                 TranscriptPhoneRecognizer())


def spans(recognizer, text: str, entity: str | None = None) -> list[str]:
    return [text[r.start:r.end] for r in recognizer.analyze(text, None)
            if r.score >= 0.5 and (entity is None or r.entity_type == entity)]


@pytest.mark.parametrize("value, ok", [
    ("QT7LX2", True), ("9KDW4M", True), ("AB12", False), ("HELLO", False), ("A1", False),
    ("COVID19X", True), ("ABCDEFGHI9", False),
])
def test_booking_code_shape_counts_as_an_id(value, ok):
    assert looks_like_id(value) is ok


@pytest.mark.parametrize("text, value", [
    ("your reservation is W4PK9Z, see you friday", "W4PK9Z"),
    ("i put it on booking ref 7HQ2MV yesterday", "7HQ2MV"),
    ("the confirmation is k two t d nine p", "k two t d nine p"),
])
def test_booking_codes_after_a_cue(text, value):
    assert value in spans(ACCOUNT, text)


@pytest.mark.parametrize("text", [
    "the reservation is for 4 people",
    "my booking was for the Galaxy A54",
    "booking reference please",
])
def test_no_booking_code_without_one(text):
    assert spans(ACCOUNT, text) == []


@pytest.mark.parametrize("text, values", [
    ("PWXRTB", ["PWXRTB"]),
    ("I think it's MQZLKD.", ["MQZLKD"]),
    ("NOT SURE SORRY", []),
    ("hold on", []),
    ("Yes, 1998/332211.", ["1998/332211"]),  # one reference of two groups no date has
])
def test_reference_answers_in_capitals_or_with_slash(text, values):
    assert [text[r.start:r.end] for r in ACCOUNT.analyze_answer(text, ACCOUNT_NUMBER)] == values


@pytest.mark.parametrize("question, expected", [
    ("What's your booking reference?", {ACCOUNT_NUMBER}),
    ("could you give me the claim ref", {ACCOUNT_NUMBER}),
    ("Which card would you like to use?", {CREDIT_CARD}),
    ("and what card did you pay with", {CREDIT_CARD}),
])
def test_reference_and_card_questions(question, expected):
    assert expected <= expected_entities(question)


@pytest.mark.parametrize("question", ["thanks for your patience", "did you get a reference from your doctor"])
def test_no_reference_question(question):
    assert ACCOUNT_NUMBER not in expected_entities(question)


@pytest.mark.parametrize("text, value", [
    ("the visa one ending in 6620", "6620"),
    ("the one that ends in 1109", "1109"),
    ("the debit one, last four 3321", "3321"),
])
def test_card_last_four_answers(text, value):
    assert [text[r.start:r.end] for r in CARDS.analyze_answer(text, CREDIT_CARD)] == [value]


@pytest.mark.parametrize("text, value", [
    ("born 1969/04/23 in a small town, my birthday", "1969/04/23"),
    ("dob 2003.12.01", "2003.12.01"),
    ("date of birth: 1951-7-9", "1951-7-9"),
])
def test_year_first_birth_dates_with_any_separator(text, value):
    assert value in spans(DATES, text, DATE_OF_BIRTH)


@pytest.mark.parametrize("text", ["release 2024.10.3 is out", "see folder 2019/07/12/raw"])
def test_year_first_shapes_that_are_not_dates(text):
    assert spans(DATES, text, DATE_OF_BIRTH) == []


@pytest.mark.parametrize("text, value", [
    ("ok so reading that back 07911 204 336", "07911 204 336"),
    ("let me repeat it back oh eight five two two one nine nine three four", "oh eight five two two one nine nine three four"),
    ("is 02089 771 203 uh still the um best number", "02089 771 203"),
])
def test_phone_read_backs_and_fillers_before_best_number(text, value):
    assert value in spans(PHONES, text, PHONE_NUMBER)


def test_read_back_of_a_price_is_no_phone():
    assert spans(PHONES, "let me read that back, it comes to 129 dollars 99") == []


# -- postcodes (recognizers.postcode) --------------------------------------------------------------------
from recognizers.entities import POSTCODE, ZIP_CODE  # noqa: E402
from recognizers.postcode import PostcodeRecognizer  # noqa: E402

POSTCODES = PostcodeRecognizer()


@pytest.mark.parametrize("text, value", [
    ("ok it's l thirty two k p", "l thirty two k p"),          # L3 2KP with "thirty two" as one number
    ("twenty one forty eight s t", "twenty one forty eight s t"),  # Dutch 2148 ST in pairs
    ("e c one a nine g x", "e c one a nine g x"),
    ("k1a0b1", "k1a0b1"),
])
def test_postcode_answers_with_tens_words_and_compact_forms(text, value):
    assert [text[r.start:r.end] for r in POSTCODES.analyze_answer(text, ZIP_CODE)] == [value]


@pytest.mark.parametrize("text, value", [
    ("please post it to 4 Mill Rise, ec1a9gx, thanks", "ec1a9gx"),
    ("new flat is in halifax b3h4r2 now", "b3h4r2"),
    ("eircode a65f4e2 for the delivery", "a65f4e2"),
])
def test_compact_lowercase_postcodes_without_cue(text, value):
    assert {text[r.start:r.end] for r in POSTCODES.analyze(text, None) if r.entity_type == POSTCODE} == {value}


@pytest.mark.parametrize("text", [
    "we sold sixty eight of them",
    "i updated to mp3s and b2b2b",
    "the model is a5x3z plus",
    "my password is abc123",
])
def test_no_postcode_in_numbers_and_codes(text):
    assert POSTCODES.analyze(text, None) == []


@pytest.mark.parametrize("text, value", [
    ("we're at 14 castle mews, n one seven r p", "n one seven r p"),
    ("it's nine harbour road h three b two x seven", "h three b two x seven"),
    ("ship to 2 Tannery Row, EH3 9QP", "EH3 9QP"),
])
def test_postcode_right_after_a_street_name(text, value):
    assert value in {text[r.start:r.end] for r in POSTCODES.analyze(text, None)}


@pytest.mark.parametrize("text", [
    "we live on church road two doors down",
    "it's on station road a five minute walk",
    "turn left at the high street then second right",
])
def test_no_postcode_after_a_street_name_without_one(text):
    assert POSTCODES.analyze(text, None) == []


# -- street names with a possessive (recognizers.street_address) ---------------------------------------
from recognizers.street_address import StreetAddressRecognizer  # noqa: E402

STREETS = StreetAddressRecognizer()


@pytest.mark.parametrize("text, value", [
    ("it's 7 King's Terrace, by the river", "7 King's Terrace"),
    ("forty one saint mary's close", "forty one saint mary's close"),
    ("ship to 310 Saint Giles's Road please", "310 Saint Giles's Road"),
])
def test_possessive_street_names(text, value):
    assert value in {text[r.start:r.end] for r in STREETS.analyze(text, ["STREET_ADDRESS"])}


@pytest.mark.parametrize("text", ["i went to mcdonald's drive thru", "it's the king's road show"])
def test_possessive_without_a_number_is_no_address(text):
    assert STREETS.analyze(text, ["STREET_ADDRESS"]) == []
