"""A name found in the conversation is found again one letter off ("siindhu" once "sindhu" was found)."""
from __future__ import annotations

import pytest

from pipeline.detection.misspelt_names import find_misspelt_mentions
from pipeline.records import Finding


def _person(text: str, piece: str) -> Finding:
    start = text.index(piece)
    return Finding(start, start + len(piece), "PERSON", 0.8, "test.v1", "name_list")


@pytest.mark.parametrize("seed, text, found", [
    ("sindhu", "yes siindhu's an adult", ["siindhu's"]),     # a letter added
    ("vishnu", "vihsnu is my son", ["vihsnu"]),               # two letters swapped
    ("parvathy", "and parwathy is a child", ["parwathy"]),    # a letter changed
    ("parvathy", "is parvaty coming", ["parvaty"]),           # a letter dropped
    ("jannike", "not Janniike please", ["Janniike"]),
    # negative rows
    ("sindhu", "the hindu calendar", []),                   # another first letter, and a dictionary word
    ("marta", "the master bedroom", []),                     # a dictionary word
    ("ranae", "renae will call", []),                        # words shorter than six letters
    ("reis", "fifty nine reais", []),
    ("sindhu", "sindhu will call", []),                      # the seed itself is propagation's job
    ("oyelaran", "oyelowo called", []),                      # more than one letter off
])
def test_misspelt_mentions(seed, text, found):
    first = f"this is {seed} speaking"
    out = find_misspelt_mentions([first, text], [[_person(first, seed)], []], {seed})
    assert [text[f.start:f.end] for f in out[1]] == found
    assert out[0] == [_person(first, seed)]


def test_never_over_another_finding():
    first, text = "this is parvathy speaking", "email parwathy@example.com"
    other = Finding(6, len(text), "EMAIL_ADDRESS", 0.9, "test.v1", "pattern")
    out = find_misspelt_mentions([first, text], [[_person(first, "parvathy")], [other]], {"parvathy"})
    assert out[1] == [other]


@pytest.mark.parametrize("text, found", [
    ("yes oyinda called", ["oyinda"]),          # six letters, the shortest word tried
    ("x-oyinda's", ["oyinda's"]),               # after a dash, with a possessive
    ("ref 2oyinda_", ["oyinda"]),               # a digit and "_" are no letters
    ("café and oyinee", ["oyinee"]),            # non-ASCII text: its words folded first
    ("Çoyinda", []),                            # folded "coyinda": another first letter
    # negative rows
    ("oyind3e and oyin-de", []),                # letter runs shorter than six
    ("oyindaoyinda", []),                       # one run of twelve letters
])
def test_words_tried_are_the_letter_runs(text, found):
    seed, first = "oyinde", "this is oyinde speaking"
    out = find_misspelt_mentions([first, text], [[_person(first, seed)], []], {seed})
    assert [text[f.start:f.end] for f in out[1]] == found
