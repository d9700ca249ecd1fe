"""Tests for recognizers.iban."""
from __future__ import annotations

import pytest

from recognizers.checksums import iban_length
from recognizers.entities import ACCOUNT_NUMBER, IBAN_CODE
from recognizers.iban import TranscriptIbanRecognizer, iban_ok

RECOGNIZER = TranscriptIbanRecognizer()


def found(text: str) -> list[str]:
    return [text[r.start:r.end] for r in RECOGNIZER.analyze(text, None) if r.score >= 0.5]


def typed(text: str) -> list[tuple[str, str]]:
    return [(text[r.start:r.end], r.entity_type) for r in RECOGNIZER.analyze(text, None) if r.score >= 0.5]


@pytest.mark.parametrize("compact, ok", [
    ("GB82WEST12345698765432", True), ("GB83WEST12345698765432", False), ("DE89370400440532013000", True),
    ("DE8937040044053201300", False), ("XX82WEST12345698765432", False), ("NL91ABNA0417164300", True),
    ("gb82west12345698765432", True),                      # case does not matter (ASR is lowercase)
    ("NL91ABNA041716430A", False),                         # BBAN format: NL ends in ten digits
    # registry members a hand-written table missed (python-stdnum's registry has them)
    ("LY83002048000020100120361", True), ("SD2129010501234001", True), ("SO211000001001000100141", True),
    ("RU0304452522540817810538091310419", True), ("OM810180000001299123456", True),
    ("YE15CBYE0001018861234567891234", True), ("FK88SC123456789012", True), ("LY83002048000020100120362", False),
])
def test_iban_ok_checks_country_format_and_mod97(compact, ok):
    assert iban_ok(compact) is ok


@pytest.mark.parametrize("country, length", [("GB", 22), ("LY", 25), ("NO", 15), ("RU", 33), ("gb", 22),
                                             ("XX", None), ("1A", None), ("GBR", None)])
def test_iban_length_reads_the_registry(country, length):
    assert iban_length(country) == length


@pytest.mark.parametrize("text, value", [
    ("My IBAN is GB59IFUE40226315499137", "GB59IFUE40226315499137"),
    ("iban GB82 WEST 1234 5698 7654 32 and that's it", "GB82 WEST 1234 5698 7654 32"),
    ("my iban is gb42nawi04454264788619", "gb42nawi04454264788619"),
    ("DE89 3704 0044 0532 0130 00", "DE89 3704 0044 0532 0130 00"),
    ("it's g b eight two w e s t one two three four five six nine eight seven six five four three two",
     "g b eight two w e s t one two three four five six nine eight seven six five four three two"),
    ("LY83 0020 4800 0020 1001 2036 1", "LY83 0020 4800 0020 1001 2036 1"),
    ("this is an iban VG96 VPVG 0000 0123 4567 8901 X in a sentence", "VG96 VPVG 0000 0123 4567 8901"),
    ("AL47-2121-1009-0000-0002-3569-8741 is mine", "AL47-2121-1009-0000-0002-3569-8741"),
    ("my iban is es 70 2003 0295 9371 2447 6556", "es 70 2003 0295 9371 2447 6556"),   # country code apart
])
def test_iban_finds_valid_ibans(text, value):
    assert found(text) == [value]


@pytest.mark.parametrize("text", [
    "GB83WEST12345698765432",                 # checksum fails
    "my order AB12CDEF1234567890 shipped",
    "call 415-555-0132",
    "DE8937040044053201300",                  # too short for DE
])
def test_iban_ignores_invalid_candidates(text):
    assert found(text) == []


@pytest.mark.parametrize("text, value", [
    ("my iban is DE89 3704 0044 0532 0130 01 thanks", "DE89 3704 0044 0532 0130 01"),   # last digit slipped
    ("iban: gb29 nwbk 6016 1331 9268 1 ok thanks", "gb29 nwbk 6016 1331 9268 1"),       # one digit short
    ("IBAN GB29NWBK6016133192681900 ok", "GB29NWBK6016133192681900"),                   # two digits too many
    ("the iban is XX12 3456 7890 1234 5678 99", "XX12 3456 7890 1234 5678 99"),         # misheard country
    ("my iban is d e eight nine three seven oh four double oh four four oh five three two oh one three oh oh one",
     "d e eight nine three seven oh four double oh four four oh five three two oh one three oh oh one"),
])
def test_iban_flags_near_valid_numbers_after_an_iban_cue_as_account_numbers(text, value):
    results = [r for r in RECOGNIZER.analyze(text, None) if r.score >= 0.5]
    assert [(text[r.start:r.end], r.entity_type) for r in results] == [(value, ACCOUNT_NUMBER)]
    assert results[0].score < 0.9 and results[0].analysis_explanation.textual_explanation == "context"


@pytest.mark.parametrize("text", [
    "GB29 NWBK 6016 1331 9268 10",               # fails the check, no cue
    "my account is GB29 NWBK 6016 1331 9268 10",  # "account" alone does not make a failing number an IBAN
    "iban AB12 3456",                             # far too short for an IBAN
    "my iban is on file, order AB12CD34",
])
def test_iban_does_not_flag_failing_numbers_without_cue_or_shape(text):
    assert typed(text) == []


def test_iban_valid_number_keeps_its_type_after_the_cue():
    assert typed("my iban is GB82 WEST 1234 5698 7654 32") == [("GB82 WEST 1234 5698 7654 32", IBAN_CODE)]


@pytest.mark.parametrize("text, values", [
    ("IE45JNWC286", ["IE45JNWC286"]),                     # the first piece of an IBAN sent in two messages
    ("94481133374", ["94481133374"]),                     # ... and the rest
    ("yes its gb29yibk48371050048713.", ["gb29yibk48371050048713"]),
    ("FR07 1571 7254 6112", ["FR07 1571 7254 6112"]),
    ("g b twenty seven s", ["g b twenty seven s"]),         # a spoken piece, whole turn
    ("eight twelve fifty two", ["eight twelve fifty two"]),
    ("okay um it's f r 7 6 k l", ["f r 7 6 k l"]),          # several lead-ins before the piece
    ("yes i have it", []),
    ("okay so", []),
    ("yes", []),
    ("12 34", []),                                        # too short for any part of an IBAN
])
def test_iban_answer_takes_the_value_whole_or_in_pieces(text, values):
    assert [text[r.start:r.end] for r in RECOGNIZER.analyze_answer(text, IBAN_CODE)] == values


def _answer_pieces(text: str) -> list[str]:
    return [text[r.start:r.end] for r in RECOGNIZER.analyze_answer(text, "IBAN_CODE")]


@pytest.mark.parametrize("text, piece", [
    ("delta echo", "delta echo"),                        # the country code alone, in its own turn
    ("yes it's en el", "en el"),
    ("n l", "n l"),
    ("dee e eight nine", "dee e eight nine"),            # letter names, then the check digits
])
def test_iban_answer_piece_of_spelled_letters(text, piece):
    assert piece in _answer_pieces(text)


@pytest.mark.parametrize("text", ["see you", "thanks bye", "okay", "i see", "my bank is abroad"])
def test_iban_answer_words_are_no_piece(text):
    assert _answer_pieces(text) == []
