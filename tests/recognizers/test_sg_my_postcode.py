"""Tests for recognizers.sg_my_postcode (sentences written for these tests)."""
from __future__ import annotations

import pytest

from recognizers import sg_my_postcode
from recognizers.sg_my_postcode import SgMyPostcodeRecognizer

POSTCODE = SgMyPostcodeRecognizer()


def codes(text: str) -> list[str]:
    return [text[r.start:r.end] for r in POSTCODE.analyze(text, ["ZIP_CODE"])]


@pytest.mark.parametrize("text, value", [
    ("Blk 5 Foo Ave 1 #01-02, Singapore 310005.", "310005"),
    ("Singapore (119077)", "119077"),
    ("deliver to S(238859) by Friday", "238859"),
    ("the code is 520417, Singapore", "520417"),
    ("<v Caller>four six oh two five one, Singapore.", "four six oh two five one"),
    ("Jalan Kenari 3, Puchong, Selangor 47100", "47100"),
    ("No. 8, Jalan Kenari 3, 47100 Puchong", "47100"),
    ("Kuala Lumpur, five oh four double oh", "five oh four double oh"),
])
def test_sg_my_postcode_finds_six_and_five_digit_codes(text, value):
    assert value in codes(text)


@pytest.mark.parametrize("text", [
    "order 123456 singapore branch",
    "I paid 55100 ringgit last week",
    "Singapore 990123",                 # no postal sector 99
    "invoice 47300 Total due",           # five digits and a capital, no street word
])
def test_sg_my_postcode_leaves_other_numbers(text):
    assert codes(text) == []


@pytest.mark.parametrize("text, found", [("six five oh four five one lah", True), ("it's 560123", True),
                                         ("it's 990123", False), ("12345678", False)])
def test_sg_my_postcode_six_digits_answer_the_postcode_question(text, found):
    assert bool(POSTCODE.analyze_answer(text, "ZIP_CODE")) == found


@pytest.mark.parametrize("text", ["That's 310275?", "it's 452019 right", "cats 520417", "s 560123 ok"])
def test_sg_my_postcode_s_prefix_is_a_capital_s_alone(text):
    assert codes(text) == []


@pytest.mark.parametrize("text", [
    "SINGAPORE 310005", "sent to kuala  lumpur", "Negeri\tSembilan", "Jln Mawar 2, 47100 Puchong", "S(238859)",
    "singaporean food", "jalanan", "s(238859)", "no place named here", "Sİngapore 310005", "Kuala Lumpur café",
])
def test_sg_my_postcode_gates_agree_with_their_case_insensitive_patterns(text):
    assert sg_my_postcode._search(sg_my_postcode._NAMES, sg_my_postcode._NAMES_LOWER, sg_my_postcode._NAMES_FIRST,
                                  text) == bool(sg_my_postcode._NAMES.search(text))
    assert sg_my_postcode._search(sg_my_postcode._MY_STREET, sg_my_postcode._MY_STREET_LOWER,
                                  sg_my_postcode._MY_STREET_FIRST, text) == bool(sg_my_postcode._MY_STREET.search(text))
