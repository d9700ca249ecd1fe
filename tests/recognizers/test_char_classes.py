"""Class gates (``recognizers.char_classes``) answer as their patterns do, on ASCII text and on any other."""
import random

import pytest

from recognizers.account_number import AccountNumberRecognizer
from recognizers.char_classes import ClassGate, char_classes, shapes
from recognizers.dates import TranscriptDateRecognizer, _SPACED_DIGITS
from recognizers.id_schemes import FOUR_DIGITS_LETTER, SEVEN_DIGITS_LETTER
from recognizers.national_id import SCHEMES
from recognizers.spoken_aware import _O_NEAR_DIGIT
from recognizers.ssn import SsnRecognizer

GATES = {"o_near_digit": _O_NEAR_DIGIT, "mixed": AccountNumberRecognizer.MIXED_GATE, "spaced": _SPACED_DIGITS,
         "four_digits_letter": FOUR_DIGITS_LETTER, "seven_digits_letter": SEVEN_DIGITS_LETTER,
         "ordinal_digits": TranscriptDateRecognizer.ORDINAL_DIGITS, "ssn_masked": SsnRecognizer.MASKED_GATE,
         **{name: next(s.needs_first for s in SCHEMES if s.name == name) for name in ("my_nric", "mx_rfc", "fi_hetu")}}


@pytest.mark.parametrize("name, text, found", [
    ("o_near_digit", "call 0 7o0", True), ("o_near_digit", "O1", True), ("o_near_digit", "o 1 to 0", False),
    ("mixed", "ref MK-2246", True), ("mixed", "ALM/3595/M", True), ("mixed", "o1234", True), ("mixed", "12345", False),
    ("mixed", "ab 1234", False), ("spaced", "4 5", True), ("spaced", "45 a 6", False),
    ("four_digits_letter", "1234O", True), ("four_digits_letter", "1234 b", False),
    ("seven_digits_letter", "1234567-T", True), ("seven_digits_letter", "1234567 o", True),
    ("seven_digits_letter", "1234567  T", False), ("seven_digits_letter", "123456 T", False),
    ("mixed", "réf MK-2246", True), ("mixed", "réf 2246", False),  # not ASCII: the pattern itself
    ("ordinal_digits", "the 2ND of", True), ("ordinal_digits", "at 10am", False), ("ordinal_digits", "2 nd", False),
    ("ssn_masked", "ssn ***-**-7461", True), ("ssn_masked", "XXX xx 7461", True), ("ssn_masked", "and my 7461", False),
    ("ssn_masked", "***-xx 7461", False), ("fi_hetu", "131052-308T", True), ("mx_rfc", "GODE561231GR8", True),
    ("my_nric", "ic 900101-14-5678", True), ("my_nric", "ic 900101 14-5678", True), ("my_nric", "ic 900101--14 5678", False),
])
def test_class_gate_rows(name, text, found):
    assert bool(GATES[name].search(text)) is found


@pytest.mark.parametrize("name", sorted(GATES))
def test_class_gate_answers_as_its_pattern_on_random_texts(name):
    gate, rng = GATES[name], random.Random(name)
    for _ in range(4000):
        text = "".join(rng.choice("0123456789oOaZ -/.,_*xXsthn+\u00e9") for _ in range(rng.randint(0, 16)))
        assert bool(gate.search(text)) is bool(gate.pattern.search(text)), text


def test_classes_and_shapes():
    assert char_classes("Oz 9-/,") == b"oa 0-/." and char_classes("é") is None
    assert shapes("0", ("a", "o"), ("", "-")) == ["0a", "0a-", "0o", "0o-"]
    assert ClassGate(None, ["0"]).search("x1") is True and ClassGate(None, ["0"]).search("x") is None
