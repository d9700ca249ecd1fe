"""Saudi national address short codes: named, or answering the agent's address question."""
from __future__ import annotations

import pytest

from recognizers.entities import STREET_ADDRESS
from recognizers.saudi_short_address import SaudiShortAddressRecognizer

RECOGNIZER = SaudiShortAddressRecognizer()


def _found(text: str) -> list[str]:
    return [text[r.start:r.end] for r in RECOGNIZER.analyze(text, [STREET_ADDRESS], None)]


@pytest.mark.parametrize("text, code", [
    ("the courier has my short address RHMA3412 on file", "RHMA3412"),
    ("National address: JDKB 7719", "JDKB 7719"),
    ("short address is rrrd2929.", "rrrd2929"),
])
def test_a_named_short_address_is_an_address(text, code):
    assert _found(text) == [code]


@pytest.mark.parametrize("text", [
    "booking ABCD1234 please",                 # no address named: a booking code
    "my address is short, flat 2",             # no code
    "short address RHMA34123",                 # five digits: no short code
])
def test_no_short_address_without_its_name_and_shape(text):
    assert _found(text) == []


@pytest.mark.parametrize("text, found", [("RHMA3412.", ["RHMA3412"]), ("it is flat two", []), ("rhma3412", [])])
def test_answer_to_an_address_question(text, found):
    assert [text[h.start:h.end] for h in RECOGNIZER.find_answer(text, STREET_ADDRESS)] == found
