"""Tests for recognizers.iban."""
from __future__ import annotations

import pytest

from recognizers.iban import TranscriptIbanRecognizer, iban_ok

RECOGNIZER = TranscriptIbanRecognizer()


def found(text: str) -> list[str]:
    return [text[r.start:r.end] for r in RECOGNIZER.analyze(text, None) if r.score >= 0.5]


@pytest.mark.parametrize("compact, ok", [
    ("GB82WEST12345698765432", True), ("GB83WEST12345698765432", False), ("DE89370400440532013000", True),
    ("DE8937040044053201300", False), ("XX82WEST12345698765432", False), ("NL91ABNA0417164300", True),
])
def test_iban_ok_checks_length_and_mod97(compact, ok):
    assert iban_ok(compact) is ok


@pytest.mark.parametrize("text, value", [
    ("My IBAN is GB59IFUE40226315499137", "GB59IFUE40226315499137"),
    ("iban GB82 WEST 1234 5698 7654 32 and that's it", "GB82 WEST 1234 5698 7654 32"),
    ("my iban is gb42nawi04454264788619", "gb42nawi04454264788619"),
    ("DE89 3704 0044 0532 0130 00", "DE89 3704 0044 0532 0130 00"),
    ("it's g b eight two w e s t one two three four five six nine eight seven six five four three two",
     "g b eight two w e s t one two three four five six nine eight seven six five four three two"),
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
