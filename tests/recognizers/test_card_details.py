"""Tests for recognizers.card_details: card expiry dates and security codes, written and spoken."""
from __future__ import annotations

import pytest

from recognizers.card_details import CardDetailsRecognizer
from recognizers.entities import CARD_CVV, CARD_EXPIRY, REASON_CROSS_TURN

RECOGNIZER = CardDetailsRecognizer()


def found(text: str) -> list[tuple[str, str]]:
    return [(text[r.start:r.end], r.entity_type) for r in RECOGNIZER.analyze(text, None) if r.score >= 0.5]


@pytest.mark.parametrize("text, value, entity", [
    ("it expires 11/28", "11/28", CARD_EXPIRY),
    ("expiry date is 0330", "0330", CARD_EXPIRY),
    ("valid through 7 / 2029", "7 / 2029", CARD_EXPIRY),
    ("the expiration is six twenty eight", "six twenty eight", CARD_EXPIRY),
    ("expiry oh two thirty", "oh two thirty", CARD_EXPIRY),
    ("it expires march of twenty nine", "march of twenty nine", CARD_EXPIRY),
    ("cvc: 309", "309", CARD_CVV),
    ("the cvv is eight four one", "eight four one", CARD_CVV),
    ("security code on the card is 5512", "5512", CARD_CVV),
    ("the three digit code is two two seven", "two two seven", CARD_CVV),
    ("it expires 05 2025 sec code 802", "802", CARD_CVV),
    ("the card's good till twenty twenty eight", "twenty twenty eight", CARD_EXPIRY),   # the year alone
    ("expires 2027-09", "2027-09", CARD_EXPIRY),                                     # year first
    ("expires twenty eight oh six", "twenty eight oh six", CARD_EXPIRY),
    ("Expiry - 09/2027", "09/2027", CARD_EXPIRY),
    ("valid until the end of oh nine twenty six", "oh nine twenty six", CARD_EXPIRY),
    ("ex date oh six twenty nine", "oh six twenty nine", CARD_EXPIRY),
    ("is the expiry still one two twenty eight", "one two twenty eight", CARD_EXPIRY),
    ("the card is 4539148812345678 and the date is 09/27", "09/27", CARD_EXPIRY),   # "the date" beside a card
    ("it's valid up to oh nine twenty seven", "oh nine twenty seven", CARD_EXPIRY),
    ("it says expires end oh nine twenty seven", "oh nine twenty seven", CARD_EXPIRY),
    ("month is nine and year is twenty seven", "month is nine and year is twenty seven", CARD_EXPIRY),
    ("the end date is twelve stroke thirty so i believe", "twelve stroke thirty", CARD_EXPIRY),   # "stroke": a slash
    ("like expiry nought five stroke thirty", "nought five stroke thirty", CARD_EXPIRY),
    ("expiry december twenty twenty seven three digits oh six six", "december twenty twenty seven", CARD_EXPIRY),
    ("the card i want to use ends december 30", "december 30", CARD_EXPIRY),
    ("it's still in date one stroke thirty three", "one stroke thirty three", CARD_EXPIRY),
    ("expiry the year's two eight the month's february", "the year's two eight the month's february", CARD_EXPIRY),
    ("i've got ten of 2032 written down for the expiry", "ten of 2032", CARD_EXPIRY),   # the value before its cue
    ("the expiry's oh four in 2031 i think", "oh four in 2031", CARD_EXPIRY),        # month "in" year
    ("it says it runs out may in two thousand and thirty", "may in two thousand and thirty", CARD_EXPIRY),                 # "sec code": the security code
    ("sec so code oh six and then six", "oh six and then six", CARD_CVV),
    ("the debit card expires end of October, will it still work", "end of October", CARD_EXPIRY),  # the month alone
])
def test_card_details_finds_expiry_and_cvv_after_cues(text, value, entity):
    assert (value, entity) in found(text)


@pytest.mark.parametrize("text", [
    "the offer expires in 30 days",
    "it expires 1399",                 # no month 13
    "my card is in my wallet 123",
    "see you on 11/28",                # no expiry cue
    "the security guard was 6 feet tall",
    "give me a sec 123 times",
    "expiry 2513",                     # no month 13 after a year 25
    "it expires in 24 hours",
    "the date is 09/27 for the meeting",     # "the date" with no card named
    "the meeting ends december 30",          # "ends" with no card named
    "one of thirty people said so",
    "the voucher expires in March",          # a month alone with no card named
])
def test_card_details_ignores_other_numbers(text):
    assert found(text) == []


@pytest.mark.parametrize("text, expected, value", [
    ("yeah 05/31", CARD_EXPIRY, "05/31"),
    ("uh eight twenty seven", CARD_EXPIRY, "eight twenty seven"),
    ("it's 634", CARD_CVV, "634"),
    ("nine nine zero", CARD_CVV, "nine nine zero"),
    ("09 slash 27", CARD_EXPIRY, "09 slash 27"),
    ("zero nine slash twenty seven", CARD_EXPIRY, "zero nine slash twenty seven"),
    ("0 9 2 7", CARD_EXPIRY, "0 9 2 7"),
    ("6 3 4", CARD_CVV, "6 3 4"),
    ("it's 11 29", CARD_EXPIRY, "11 29"),                           # month and year as two groups
    ("um eleven of twenty nine", CARD_EXPIRY, "eleven of twenty nine"),
    ("it's the eleventh of twenty nine", CARD_EXPIRY, "the eleventh of twenty nine"),
    ("SEP26", CARD_EXPIRY, "SEP26"),
    ("month 07 year 29", CARD_EXPIRY, "month 07 year 29"),
    ("april", CARD_EXPIRY, "april"),                                # the month or the year asked for alone
    ("month seven", CARD_EXPIRY, "month seven"),
    ("it's 2029 sorry", CARD_EXPIRY, "2029"),
    ("twenty seven", CARD_EXPIRY, "twenty seven"),                  # the year alone
    ("oh nine and then twenty seven", CARD_EXPIRY, "oh nine and then twenty seven"),   # month "and" year
])
def test_card_details_answer_takes_bare_values(text, expected, value):
    results = RECOGNIZER.analyze_answer(text, expected)
    assert [(text[r.start:r.end], r.entity_type, r.analysis_explanation.textual_explanation)
            for r in results] == [(value, expected, REASON_CROSS_TURN)]


@pytest.mark.parametrize("text, expected", [
    ("i don't have it", CARD_CVV), ("it's $250", CARD_CVV), ("13/27", CARD_EXPIRY), ("05/31", "PERSON"),
    ("13 29", CARD_EXPIRY), ("one of them", CARD_EXPIRY), ("the thirteenth of twenty nine", CARD_EXPIRY),
    ("month thirteen year two eight", CARD_EXPIRY), ("one of them", CARD_EXPIRY), ("2019", CARD_EXPIRY),
])
def test_card_details_answer_rejects_non_values(text, expected):
    assert RECOGNIZER.analyze_answer(text, expected) == []


@pytest.mark.parametrize("text, value", [
    ("expiry's march 2029, I think", "march 2029"),
    ("it runs out oh four thirty one", "oh four thirty one"),
    ("my card runs out 1130 so please update it", "1130"),
    ("valid until end of may twenty eight", "end of may twenty eight"),
    ("expires the fourth month of twenty nine", "fourth month of twenty nine"),
    ("expiry the eleventh month of thirty", "eleventh month of thirty"),
    ("exp SEP26", "SEP26"),                                          # a month abbreviation and the year
    ("expiry Nov-27 thanks", "Nov-27"),
    ("expires Dec '31", "Dec '31"),
    ("exp feb/31", "feb/31"),
    ("my card runs till jun 2030", "jun 2030"),
    ("it's valid to 09/28", "09/28"),
    ("expiry date month twelve year two eight", "month twelve year two eight"),
    ("expiry month 07 year 29", "month 07 year 29"),
    ("It says on there exp.Apr 34", "Apr 34"),                       # the cue typed glued to the date
    ("the old one ran out nine twenty thirty two", "nine twenty thirty two"),
    ("the valid from date is 03/22", "03/22"),                       # a card's start date
    ("exp date month one year twenty six", "month one year twenty six"),
    ("it says on there exp date won o to five", "won o to five"),     # digits heard as homophones
])
def test_card_details_finds_more_spoken_expiry_forms(text, value):
    assert found(text) == [(value, CARD_EXPIRY)]


@pytest.mark.parametrize("text", [
    "the offer runs out on friday",
    "my lease runs out in 2026 anyway",
    "the code expires in twenty minutes",
])
def test_card_details_leaves_other_deadlines_alone(text):
    assert found(text) == []


def test_card_details_reads_a_security_code_through_a_hesitation():
    assert found("security um code 5 1 7 2") == [("5 1 7 2", CARD_CVV)]


@pytest.mark.parametrize("text, value", [
    ("the three digits on the back are 518", "518"),
    ("and the 4 numbers on the back of the card r 6021", "6021"),
    ("then c v v four one nine", "four one nine"),
])
def test_card_details_finds_a_security_code_said_as_the_digits_on_the_back(text, value):
    assert found(text) == [(value, CARD_CVV)]


@pytest.mark.parametrize("text", ["i moved back 3 times", "my back is 45 now", "the three of us came back at 515"])
def test_card_details_back_alone_is_no_security_code(text):
    assert found(text) == []


@pytest.mark.parametrize("text, value, entity", [
    ("exp date = 10/2030", "10/2030", CARD_EXPIRY),
    ("Expiry = Sep 2029", "Sep 2029", CARD_EXPIRY),
    ("expiry=0428", "0428", CARD_EXPIRY),
    ("CVV = 472", "472", CARD_CVV),
    ("security code =5190", "5190", CARD_CVV),
])
def test_card_details_reads_equals_as_a_label_separator(text, value, entity):
    assert (value, entity) in found(text)


@pytest.mark.parametrize("text", [
    "total = 128",                      # no card cue
    "expiry = 1399",                    # no month 13
    "cvv = 12",                         # too short for a code
    "retries = 3, timeout = 450",
])
def test_card_details_equals_without_a_card_value_is_nothing(text):
    assert found(text) == []


@pytest.mark.parametrize("text, values", [
    ("Month is January, um, year 2025", ["January", "2025"]),            # the halves said apart
    ("month is month seven um year 2027", ["month seven", "2027"]),
])
def test_card_details_answer_takes_both_halves(text, values):
    results = RECOGNIZER.analyze_answer(text, CARD_EXPIRY)
    assert sorted(text[r.start:r.end] for r in results) == sorted(values)


def test_card_details_answer_leaves_the_cvv_to_its_cue():
    text = "2031-11, and the code on the back is 189"
    assert [(text[r.start:r.end], r.entity_type) for r in RECOGNIZER.analyze_answer(text, CARD_EXPIRY)] == [
        ("2031-11", CARD_EXPIRY)]
