"""parse_units passes words that open no digit unit at once; the units around them are those of reading every word."""
from __future__ import annotations

import pytest

from pipeline.redaction.operators.spoken import parse_units


def _units(text: str, letters: bool = False) -> list[tuple[str, str, str]]:
    return [(text[u.start:u.end], u.digits, u.kind) for u in parse_units(text, letters=letters)]


@pytest.mark.parametrize("text, letters, units", [
    ("call me on double five", False, [("double five", "55", "repeat")]),            # a word that opens a unit
    ("it is twenty three", False, [("twenty three", "23", "two_digit")]),
    ("seven won four", False, [("seven", "7", "word"), ("won", "1", "word"), ("four", "4", "word")]),  # homophone
    ("Flat 4 B", True, [("4", "4", "char"), ("B", "B", "letter")]),                  # letters read too
    ("eight hundred", False, [("eight hundred", "800", "scale")]),
])
def test_number_words_are_read(text, letters, units):
    assert _units(text, letters) == units


@pytest.mark.parametrize("text", [
    "thank you very much",       # no digit, no number word: no unit
    "double the order",          # "double" before a word that is no digit
    "won the game",              # a homophone with no digit beside it
    "John Smith",
])
def test_other_words_make_no_unit(text):
    assert _units(text) == []
