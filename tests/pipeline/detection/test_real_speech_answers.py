"""Real-speech answers end to end: the agent's question makes the whole answer a finding, and the
default policy leaves none of its letters or digits (issue 12 item 4). Sentences written for this test."""
from __future__ import annotations

import re

import pytest

QUESTIONS = {
    "postcode": "can i have your postcode please",
    "dob": "and can you tell me your date of birth",
    "name": "can i have your full name please",
    "expiry": "and the expiry date on the card",
    "cvv": "and the three digit code on the back",
}


@pytest.mark.parametrize("question, answer, entity", [
    ("postcode", "Hotel Papa 1 4 Tango Romeo", "POSTCODE"),
    ("postcode", "b t 7 2 n why", "POSTCODE"),
    ("postcode", "KW 1 5 for dg", "POSTCODE"),
    ("dob", "the 3rd of the 11th 1964", "DATE_OF_BIRTH"),
    ("dob", "21 06 19 57", "DATE_OF_BIRTH"),
    ("dob", "09 / 02 / 1988", "DATE_OF_BIRTH"),
    ("name", "w IL l i am t ur ner", "PERSON"),
    ("expiry", "eleven twenty eight", "CARD_EXPIRY"),
    ("cvv", "three nine one", "CARD_CVV"),
])
def test_real_speech_answer_is_found_whole(redactor, question, answer, entity):
    out = redactor.redact_conversation([{"speaker": "agent", "text": QUESTIONS[question]},
                                        {"speaker": "customer", "text": answer}])[1]
    assert [(f.start, f.end, f.entity_type) for f in out.findings] == [(0, len(answer), entity)]


@pytest.mark.parametrize("question, answer", [
    ("postcode", "Hotel Papa 1 4 Tango Romeo"),
    ("postcode", "KW 1 5 for dg"),
    ("expiry", "eleven twenty eight"),
    ("cvv", "three nine one"),
])
def test_real_speech_answer_leaves_no_original_piece(redactor, question, answer):
    out = redactor.redact_conversation([{"speaker": "agent", "text": QUESTIONS[question]},
                                        {"speaker": "customer", "text": answer}])[1]
    for piece in re.findall(r"[A-Za-z0-9]+", answer):
        assert not re.search(rf"\b{re.escape(piece)}\b", out.text, re.IGNORECASE), (piece, out.text)
