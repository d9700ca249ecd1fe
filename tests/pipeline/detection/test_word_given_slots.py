"""A given name that is an everyday word ("Memory", "Comfort", "Knowledge") is a name where it opens a name slot
with another word; alone, or outside a slot, it stays a word."""
from __future__ import annotations

import pytest

from pipeline.detection.word_given_slots import may_hold_word_given, word_given_slots
from pipeline.records import Finding
from recognizers.names.tokens import tokenize


def _people(text: str, findings=()) -> list[str]:
    tokens, _ = tokenize(text)
    return [text[f.start:f.end] for f in word_given_slots(text, tokens, list(findings)) if f.entity_type == "PERSON"]


@pytest.mark.parametrize("text, name", [
    ("my parcel is under memory ashdown the one from tuesday", "memory ashdown"),   # "under" ... a determiner
    ("thank you precious hailwood have a nice evening", "precious hailwood"),       # "thank you" ... a verb
    ("i spoke to comfort mather about it last week", "comfort mather"),             # "spoke to" ... "about"
    ("me and gift cotter are both on the account", "gift cotter"),                  # "me and" ... "are"
    ("knowledge tennant calling about my meter", "knowledge tennant"),              # the turn's start ... "calling"
])
def test_a_word_given_name_opening_a_slot_takes_the_slot(text, name):
    assert may_hold_word_given(text)
    assert _people(text) == [name]


@pytest.mark.parametrize("text", [
    "thank you patience is a virtue",            # the slot adds no word
    "thanks for your patience today",            # no slot opens before it
    "we want peace and quiet please",
    "i spoke to justice about it",               # a name of one word: nothing shows it is one
    "my parcel is under the memory stick box",
])
def test_a_word_given_name_alone_or_outside_a_slot_stays_a_word(text):
    assert _people(text) == []


def test_a_finding_already_there_is_left_alone():
    text = "thank you precious hailwood have a nice evening"
    found = Finding(text.index("hailwood"), text.index("hailwood") + 8, "PERSON", 0.8, "test.v1", "name_list")
    assert _people(text, [found]) == ["hailwood"]


@pytest.mark.parametrize("text, expected", [
    ("Thank you MEMORY", True), ("thanks, Knowledge!", True), ("my memory is bad", True),
    ("memorial day", False), ("giftcard", False), ("no names here", False),
])
def test_the_cheap_gate_finds_whole_words_in_any_case(text, expected):
    assert may_hold_word_given(text) is expected


@pytest.mark.parametrize("text, holds", [
    ("thank you Patience, bye", True), ("it's under patience brain the parcel", True), ("PATIENCE", True),
    ("patience-brain", True), ("patience's parcel", True), ("(mercy)", True), ("mercy.", True),
    ("patience_x", False), ("x_patience", False), ("patience2", False), ("2patience", False), ("impatience", False),
    ("patiently", False), ("no names here", False), ("", False), ("café patience", True), ("café patiencé", False),
])
def test_may_hold_word_given_is_the_whole_word_search(text, holds):
    from pipeline.detection.word_given_slots import _word_given_pattern, may_hold_word_given
    assert may_hold_word_given(text) is holds
    assert (_word_given_pattern().search(text) is not None) is holds
