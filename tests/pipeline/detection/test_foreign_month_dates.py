"""Dates of birth with a French or German month name, said inside English speech or typed ("the fourth of novembre
nineteen sixty two", "am 12. März 1979"), end to end through the redactor. Sentences written for this test."""
from __future__ import annotations

import pytest

from tests.conftest import found_by_turn

QUESTION = "for security, tell me the date of birth on the file"


@pytest.mark.parametrize("answer, expected", [
    ("euh the fourth of novembre nineteen sixty two", ["fourth of novembre nineteen sixty two"]),   # ordinal, "of"
    ("twenty three fevrier nineteen eighty", ["twenty three fevrier nineteen eighty"]),             # unaccented
    ("alors le 9 juillet 1991", ["9 juillet 1991"]),
    ("am 12. März 1979", ["12. März 1979"]),                                                        # German, "12."
    ("the second of dezember two thousand one", ["second of dezember two thousand one"]),
])
def test_a_date_of_birth_with_a_french_or_german_month_is_found_whole(redactor, answer, expected):
    assert found_by_turn(redactor, [QUESTION, answer], "DATE_OF_BIRTH")[1] == expected


@pytest.mark.parametrize("turns", [
    ["how can i help", "i watched a film about mars 2030 missions"],      # no day before the word
    ["how can i help", "my sister mai and i share the plan"],              # a name, no date
])
def test_month_words_without_a_day_are_no_date(redactor, turns):
    assert found_by_turn(redactor, turns, "DATE_OF_BIRTH")[1] == []
