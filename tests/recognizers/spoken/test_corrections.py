"""Tests for recognizers.spoken.corrections and its use by the identifier recognizers."""
from __future__ import annotations

import pytest

from recognizers.account_number import AccountNumberRecognizer
from recognizers.phone import TranscriptPhoneRecognizer
from recognizers.spoken.corrections import extend_through_corrections, has_pause_words, without_pauses

ACCOUNT = AccountNumberRecognizer()
PHONE = TranscriptPhoneRecognizer()


def found(recognizer, text: str) -> list[str]:
    return [text[r.start:r.end] for r in recognizer.analyze(text, None) if r.score >= 0.5]


@pytest.mark.parametrize("text, joined", [
    ("it is 4410 hang on 2298", "it is 4410 2298"),
    ("31 let me see 77 06", "31 77 06"),
    ("5120 um, uh 6631", "5120 6631"),
    ("07412 let me think 558109", "07412 558109"),
    ("3301 bear with me 8812", "3301 8812"),
    ("4471 just a sec 2290", "4471 2290"),
    ("6620 hang on a second 1183", "6620 1183"),
])
def test_without_pauses_drops_pauses_between_digits(text, joined):
    variant = without_pauses(text)
    assert variant is not None and variant[0] == joined
    assert len(variant[1]) == len(joined)


@pytest.mark.parametrize("text", ["hang on a second", "give me 5 hang on", "4410 sorry 2298", "wait 10 minutes"])
def test_without_pauses_leaves_other_texts_alone(text):
    assert without_pauses(text) is None


@pytest.mark.parametrize("text, value, expected", [
    # a pause inside one value: grown over it
    ("ref 6620 hang on 1183 ok", "6620", ["6620 hang on 1183"]),
    ("ref 6620 um let me see 1183", "1183", ["6620 um let me see 1183"]),
    ("ref 6620 right 1183 thanks", "6620", ["6620 right 1183"]),
    # a correction: the piece beyond it is a value of its own, the correction words are nobody's
    ("it's 4471 sorry 44718829", "44718829", ["4471", "44718829"]),
    ("it's 44718829 i mean 44718820", "44718829", ["44718829", "44718820"]),
    ("it's 12 no wait 4471 hang on 8829", "4471", ["12", "4471 hang on 8829"]),
    ("sort code 421 sec 7146", "7146", ["421 sec 7146"]),          # "sec": a pause
    ("come through as 9339 then 9041", "9339", ["9339 then 9041"]),  # "then" between the groups
    ("the code is 6690, oh wait, no, 6660", "6690", ["6690", "6660"]),
    ("0917 552, ay, 553 pala, 4410", "0917 552", ["0917 552", "553", "4410"]),  # Tagalog "ay" / "pala"
])
def test_extend_through_corrections_finds_every_piece(text, value, expected):
    start = text.index(value)
    spans = extend_through_corrections(text, start, start + len(value))
    assert [text[a:b] for a, b in spans] == expected


@pytest.mark.parametrize("text, value", [
    ("ref 66201183 sorry 2 more things", "66201183"),        # one digit: a count
    ("ref 66201183 hang on 10 minutes", "66201183"),         # a unit after the digits
    ("ref 66201183 and 4471", "66201183"),                  # "and": a list, not a correction
    ("sorry 66201183", "66201183"),
    ("ref 6620 sec code 441", "6620"),                           # "sec code": a security code, no pause
])
def test_extend_through_corrections_keeps_the_value_alone(text, value):
    start = text.index(value)
    assert extend_through_corrections(text, start, start + len(value)) == [(start, start + len(value))]


def test_extend_through_corrections_stops_at_a_found_value():
    text = "07116 sorry 07516900658"
    start = text.index("07516900658")
    spans = extend_through_corrections(text, start, len(text), lambda a, b: not (a < 5 and b > 0))  # [0, 5) found
    assert [text[a:b] for a, b in spans] == ["07516900658"]


@pytest.mark.parametrize("words, gate", [
    (frozenset({"my", "account", "is"}), False),
    (frozenset({"hang", "on"}), True),
    (frozenset({"sorry"}), True),
])
def test_has_pause_words_gates_cheaply(words, gate):
    assert has_pause_words(words) is gate


@pytest.mark.parametrize("text, value", [
    ("my account is seven one two two hang on four four six nine", "seven one two two hang on four four six nine"),
    ("the account number is 3316 uh 0457", "3316 uh 0457"),
])
def test_account_read_with_a_pause_is_one_value(text, value):
    assert value in found(ACCOUNT, text)


def test_phone_read_after_a_false_start_covers_both_tries():
    text = "my mobile is oh seven seven one two sorry oh seven seven one two nine four four six one eight"
    values = found(PHONE, text)
    assert "oh seven seven one two nine four four six one eight" in values
    assert "oh seven seven one two" in values


@pytest.mark.parametrize("text, value", [
    ("my account is 33164457 sorry can you hold", "33164457"),
    ("the account number is 33164457 um 2 of them", "33164457"),
])
def test_account_without_a_second_piece_is_unchanged(text, value):
    assert found(ACCOUNT, text) == [value]


def test_extend_through_corrections_joins_a_found_rest_across_a_pause():
    text = "6620 hang on 1183"
    spans = extend_through_corrections(text, 0, 4, lambda a, b: a < 4)  # "1183" was found on its own
    assert [text[a:b] for a, b in spans] == ["6620 hang on 1183"]
