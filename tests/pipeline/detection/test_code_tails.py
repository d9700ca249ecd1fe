"""pipeline.detection.code_tails: the spelled characters right after a code a recognizer took are the code's rest.
Codes written for this test."""
from __future__ import annotations

import pytest

from pipeline.detection.code_tails import extend_code_tails
from pipeline.records import Finding
from recognizers.entities import ACCOUNT_NUMBER, NATIONAL_ID, PERSON, PHONE_NUMBER


def _grown(text: str, piece: str, entity_type: str, others: tuple = ()) -> list[str]:
    def at(part: str, kind: str) -> Finding:
        start = text.index(part)
        return Finding(start, start + len(part), kind, 0.8, "test.v1", "pattern")
    out = extend_code_tails(text, [at(piece, entity_type)] + [at(part, kind) for part, kind in others])
    return [text[f.start:f.end] for f in out]


@pytest.mark.parametrize("text, piece, entity_type, expected", [
    # the rest runs to the end of the turn
    ("it's w a t t s four one zero two nine b kilo seven q r", "w a t t s four one zero two nine b kilo",
     NATIONAL_ID, "w a t t s four one zero two nine b kilo seven q r"),
    ("yeah nine one c t t oh papa", "nine one c t t", ACCOUNT_NUMBER, "nine one c t t oh papa"),
    # ... or holds a NATO or digit word among two or more characters, before more talk
    ("so four four one two victor seven n and that's the lot", "four four one two", ACCOUNT_NUMBER,
     "four four one two victor seven n"),
    # not a letter that opens more talk, a phone number, a typed text, a name
    ("one two three four five six a week ago", "one two three four five six", ACCOUNT_NUMBER,
     "one two three four five six"),
    ("zero seven seven one two three four five six seven eight b", "zero seven seven one two three four five six seven eight",
     PHONE_NUMBER, "zero seven seven one two three four five six seven eight"),
    ("It's 44129 B K 7", "44129", ACCOUNT_NUMBER, "44129"),
    ("ask for tom b c", "tom", PERSON, "tom"),
])
def test_extend_code_tails(text, piece, entity_type, expected):
    assert _grown(text, piece, entity_type)[0] == expected


def test_a_tail_stops_before_another_finding():
    text = "ref four four one two b c tom"
    assert _grown(text, "four four one two", ACCOUNT_NUMBER, (("b c", PERSON),))[0] == "four four one two"


def test_a_spoken_licence_number_leaves_no_character_word(redactor):
    answer = "okay it's p a l m e six one two zero three eight r delta nine x yankee"
    out = redactor.redact_conversation([{"speaker": "agent", "text": "and your driving licence number"},
                                        {"speaker": "customer", "text": answer}])[1]
    assert not {"delta", "yankee"} & set(out.text.split()), out.text
