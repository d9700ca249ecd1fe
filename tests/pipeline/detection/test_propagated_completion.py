"""A name found in one turn and marked again in another grows there to its whole name, as a found name does ("precious
m manalo" once "manalo" was found), end to end through the redactor; and the words around it stay."""
from __future__ import annotations

import pytest

from tests.conftest import found_by_turn


@pytest.mark.parametrize("turns, turn, expected", [
    (["and the surname", "it's oyelowo", "thanks", "i'll need id from precious m oyelowo too"], 3, ["precious m oyelowo"]),
    (["and the surname", "it's oyelowo", "thanks", "so we need mercy t oyelowo to sign"], 3, ["mercy t oyelowo"]),
    # negative rows: the mark stays as it was
    (["and the surname", "it's oyelowo", "thanks", "i told the oyelowo family"], 3, ["oyelowo"]),
    (["and the surname", "it's oyelowo", "thanks", "the claim is oyelowo twenty four"], 3, ["oyelowo"]),
])
def test_marked_name_grows_whole(redactor, turns, turn, expected):
    assert found_by_turn(redactor, turns)[turn] == expected
