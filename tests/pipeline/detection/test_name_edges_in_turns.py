"""Whole names in a turn: a Welsh "ab" / "ap" with the given name before it, a possessive that ends a name ("X's
pupils"), an adverb after a name that is no surname ("go with X instead she ..."), and a thanking message signed with a
lowercase name on its last line; and the same shapes around no name. Sentences written for this test."""
from __future__ import annotations

import pytest

from tests.conftest import found_by_turn


@pytest.mark.parametrize("text, names", [
    ("the membership is in gwenllian ab iorwerth's name", ["gwenllian ab iorwerth's"]),
    ("let me see who can cover tangwystl's pupils", ["tangwystl's"]),
    ("can she go with nyawal instead she liked her", ["nyawal"]),
    ("thanks again for sorting the booking\n\nyerlanat", ["yerlanat"]),
    ("thanks for the help\n\nlol", []),
    ("thanks, see attached\n\ninvoice", []),
    ("the new one reads MAC DONNCHA AOIFE.", ["MAC DONNCHA AOIFE"]),
])
def test_name_edges_in_turns(redactor, text, names):
    assert found_by_turn(redactor, ["how can i help", text])[1] == names
