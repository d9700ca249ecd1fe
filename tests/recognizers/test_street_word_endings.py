"""The word-ending gate of the compound-street patterns (``street_words.ends_a_word``): a word of the turn ends with
a street ending ("Hauptstraße") or the patterns are not tried."""
from __future__ import annotations

import pytest

from recognizers.entities import STREET_ADDRESS
from recognizers.street_address import StreetAddressRecognizer
from recognizers.street_words import _COMPOUND_ENDINGS, ends_a_word


@pytest.mark.parametrize("words, expected", [
    ({"hauptstraße", "5"}, True),           # the ending closes a longer word
    ({"kärntner", "ring"}, True),           # the ending is the whole word
    ({"the", "weg", "x"}, True),
    ({"straßen", "wegs"}, False),           # the ending inside a word, not at its end
    ({"main", "road"}, False),
    (set(), False),
])
def test_ends_a_word(words, expected):
    assert ends_a_word(words, _COMPOUND_ENDINGS) is expected
    assert expected == any(w.endswith(_COMPOUND_ENDINGS) for w in words)  # (the definition it replaces)


@pytest.mark.parametrize("text, found", [
    ("I live at Hauptstraße 12 in Berlin", True),    # gate open: the compound street is found
    ("I live at Kärntner Ring 5", True),
    ("I live at the main building 12", False),        # no word ends with a street ending: nothing compound
])
def test_compound_street_found_only_past_the_gate(text, found):
    spans = [text[r.start:r.end] for r in StreetAddressRecognizer().analyze(text, [STREET_ADDRESS])]
    assert any(("straße" in s or "Ring" in s) for s in spans) is found
