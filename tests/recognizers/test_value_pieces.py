"""Tests for recognizers.value_pieces: a group of digits alone, answering an identifier question."""
from __future__ import annotations

import pytest

from recognizers.entities import ACCOUNT_NUMBER, AUTH_CODE, CREDIT_CARD, NATIONAL_ID, PERSON, REASON_CROSS_TURN
from recognizers.value_pieces import ValuePieceRecognizer

RECOGNIZER = ValuePieceRecognizer()


@pytest.mark.parametrize("text, expected, value", [
    ("5394", CREDIT_CARD, "5394"),
    ("it's 7712 then", CREDIT_CARD, "7712"),
    ("fifty one thirty five", CREDIT_CARD, "fifty one thirty five"),
    ("um the next bit is 40 19", ACCOUNT_NUMBER, "40 19"),
    ("seven six a", NATIONAL_ID, "seven six a"),
    ("and then 0093, that's it", ACCOUNT_NUMBER, "0093"),
    ("seven free", NATIONAL_ID, "seven free"),            # digit words, homophones among them
    ("ate five", CREDIT_CARD, "ate five"),
    ("why aitch", NATIONAL_ID, "why aitch"),              # only spelled letters, for a lettered identifier
    ("seven and four", AUTH_CODE, "seven and four"),      # two digits of a passcode by their positions
    ("17 see", NATIONAL_ID, "17 see"),                     # the check letter said by its name
    ("six two too d", NATIONAL_ID, "six two too d"),       # a homophone inside, a letter after
    ("nine one 3 sierra", NATIONAL_ID, "nine one 3 sierra"),  # a NATO word for the check letter
    ("k for kilo m for three one", NATIONAL_ID, "k for kilo m for three one"),
    ("four four won x i think that's it", ACCOUNT_NUMBER, "four four won x"),  # other words may follow
    ("oh, um, delta two won seven and that is it", AUTH_CODE, "delta two won seven"),  # "oh" before a pause: no zero
    ("4 won zero 9", CREDIT_CARD, "4 won zero 9"),         # digits said with a homophone, alone in the turn
    ("nine too ate", "CARD_EXPIRY", "nine too ate"),        # any asked value but names, addresses, e-mails
])
def test_value_pieces_take_a_lone_group_answering_an_identifier_question(text, expected, value):
    results = RECOGNIZER.analyze_answer(text, expected)
    assert [(text[r.start:r.end], r.entity_type, r.analysis_explanation.textual_explanation)
            for r in results] == [(value, expected, REASON_CROSS_TURN)]


@pytest.mark.parametrize("text, expected", [
    ("2", CREDIT_CARD),                                   # one digit is a count
    ("2 of them actually", ACCOUNT_NUMBER),               # more than a group
    ("i paid 5394 last week", CREDIT_CARD),
    ("yes", CREDIT_CARD),
    ("5394", PERSON),                                     # only identifier questions
    ("for free", CREDIT_CARD),                            # homophones alone are words
    ("why aitch", CREDIT_CARD),                           # a card holds no letters
    ("see you", NATIONAL_ID),
    ("17 see you", NATIONAL_ID),
    ("to be honest i don't know it", NATIONAL_ID),      # a homophone alone is a word
    ("i think it was one or two", NATIONAL_ID),
    ("four of them", ACCOUNT_NUMBER),
    ("two won seven q", CREDIT_CARD),                      # a card holds no letters
    ("4 won zero 9 and then the rest", CREDIT_CARD),      # ... and its piece is alone in the turn
    ("four won nine", "STREET_ADDRESS"),
])
def test_value_pieces_leave_other_answers(text, expected):
    assert RECOGNIZER.analyze_answer(text, expected) == []


def test_value_pieces_never_without_a_question():
    assert RECOGNIZER.analyze("5394") == []


@pytest.mark.parametrize("text, value", [
    ("was that 801113 on your screen", "801113"),
    ("i've got 932100 on the screen is that it", "932100"),
    ("so is it 4471 2290?", "4471 2290"),
    ("was that eighty eleven thirteen on your screen", "eighty eleven thirteen"),
    ("I've got TMC-6867348 on the screen, is that it?", "TMC-6867348"),
    ("let me read the last four back to you, 3317, is that right?", "3317"),
    ("reading that back to you sixty one forty two is that right", "sixty one forty two"),
])
def test_value_pieces_find_numbers_read_back_for_confirmation(text, value):
    assert [text[r.start:r.end] for r in RECOGNIZER.analyze(text)] == [value]


@pytest.mark.parametrize("text", [
    "was that it", "is that 2 or 3 items", "was that the 2019 model", "i've got 2 kids", "is it 10 30 tomorrow",
])
def test_value_pieces_read_backs_need_a_number(text):
    assert RECOGNIZER.analyze(text) == []


@pytest.mark.parametrize("text, value", [
    ("the new one's four three 6 four four that worked", "four three 6 four four"),
    ("New one is 3 9 1 2 8, thanks", "3 9 1 2 8"),
    ("okay it's nine double two oh four", "nine double two oh four"),
    ("six won four two five eight", "six won four two five eight"),    # a homophone inside the run
    ("mine is won two seven seven three ate", "won two seven seven three ate"),  # "won", "ate" at its edges
    ("um seven one uh three three eight nine", "seven one uh three three eight nine"),
    # a pause or a self-correction inside: still read one digit at a time
    ("the code seven eight nought no wait double seven nought nine came late",
     "seven eight nought no wait double seven nought nine"),
    ("sort code double three sorry oh six seven two", "double three sorry oh six seven two"),
    # four digits one at a time: a PIN, a one-time code, the last four of a card
    ("i've got seven seven three one on the display", "seven seven three one"),
    ("the one that came through is double four one eight", "double four one eight"),
    ("Ends 3 0 9 6 I think", "3 0 9 6"),
    ("my old flat was four one two nine", "four one two nine"),
])
def test_value_pieces_take_digits_read_one_at_a_time_in_any_turn(text, value):
    assert [(text[r.start:r.end], r.entity_type) for r in RECOGNIZER.analyze(text)] == [(value, ACCOUNT_NUMBER)]


@pytest.mark.parametrize("text", [
    "one two three four five, here we go",           # counting
    "press 1 then 2",
    "four three six",                                # three digits: a count, a time, a flight
    "we were on flight b a two two seven one",       # four digits ending a code with letters
    "it left from gate four one one six",            # ... or after a word naming something public
    "call extension two zero eight five",
    "it costs sixty five pounds ninety nine",        # cardinals, not digits
    "ring oh eight double oh one two three four five six seven",  # a company's freephone line
    "i've got two or three or four to five",         # homophones do not make a run
    "1, 2, 3, 4, 5",                                  # a list
    "i said two no three hang on four",
    "we won two nil and four three",                  # "won" a verb before a count
    "one two sorry what",
])
def test_value_pieces_leave_numbers_not_read_digit_by_digit(text):
    assert RECOGNIZER.analyze(text) == []
