"""repeated_names reads the words before a name only when they hold the opening of its first word (a cheap gate on
ASCII text): the same findings as the search it skips."""
from __future__ import annotations

import pytest

from pipeline.detection.turn_names import repeated_names
from pipeline.records import Finding


def _person(text: str, name: str) -> Finding:
    start = text.index(name, text.index(name) + 1) if text.count(name) > 1 else text.index(name)
    return Finding(start, start + len(name), "PERSON", 0.8, "test", "test")


@pytest.mark.parametrize("text, name, said", [
    ("Rose po, Rose Hall called", "Rose Hall", "Rose"),      # the first word said before: found (gate open)
    ("sea sean duffy here", "sean duffy", "sea"),            # a false start: found
    ("thanks, Rose Hall", "Rose Hall", None),                # no "ro" before: skipped, nothing found
    ("rose garden, Rose Hall", "Rose Hall", None),           # "ro" before but another word between: searched, none
    ("Zoë po, Zoë Hall", "Zoë Hall", "Zoë"),                 # non-ASCII text: always searched
])
def test_repeated_first_word(text, name, said):
    out = repeated_names(text, [_person(text, name)])
    added = [text[f.start:f.end] for f in out if text[f.start:f.end] != name]
    assert added == ([said] if said else [])
