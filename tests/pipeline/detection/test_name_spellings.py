"""Tests for pipeline.detection.name_spellings: a found name found again when spelled, and a spelled name
found again as a word."""
from __future__ import annotations

import pytest

from pipeline.detection.name_spellings import find_spelled_mentions
from pipeline.records import Finding
from recognizers.entities import PERSON


def _person(text: str, value: str) -> Finding:
    start = text.index(value)
    return Finding(start, start + len(value), PERSON, 0.8, "test", "name_list")


@pytest.mark.parametrize("seed_text, seed, text, expected", [
    ("ferreira", "ferreira", "ok F ERREIR A!!", ["F ERREIR A"]),              # irregular chunks
    ("Al-Qahtani.", "Al-Qahtani", "ALQ-A-HTANI.", ["ALQ-A-HTANI"]),            # all the letters of the name
    ("it's murata", "murata", "m ur ata yes", ["m ur ata"]),
    ("H-O-S-H-I-N-O", "H-O-S-H-I-N-O", "hoshino, like the star", ["hoshino"]),  # the spelled name as a word
    ("foxtrot i n c h", "foxtrot i n c h", "thanks finch that's noted", ["finch"]),  # NATO spelling,
    ("h for hotel a z e l", "h for hotel a z e l", "lovely hazel", ["hazel"]),   # a word too: still the name
])
def test_spelled_mentions_are_found(seed_text, seed, text, expected):
    out = find_spelled_mentions([seed_text, text], [[_person(seed_text, seed)], []])
    assert [text[f.start:f.end] for f in out[1]] == expected
    assert all(f.entity_type == PERSON and f.reason == "propagation" for f in out[1])


@pytest.mark.parametrize("seed_text, seed, text", [
    ("ferreira", "ferreira", "i want to can cel it"),          # letters of another word
    ("dan", "dan", "d an"),                                    # too short to match safely
    ("G-R-A-C-E", "G-R-A-C-E", "by the grace of god"),         # an everyday word is never found as a word
    ("ferreira", "ferreira", "ferreira"),                      # the word itself: name propagation's job
    ("murata", "murata", "my rata is fine"),                   # a word between the chunks
])
def test_other_letter_runs_are_left(seed_text, seed, text):
    out = find_spelled_mentions([seed_text, text], [[_person(seed_text, seed)], []])
    assert [text[f.start:f.end] for f in out[1]] == []


def test_spelled_mentions_never_overlap_existing_findings():
    text = "F ERREIR A"
    existing = Finding(0, len(text), PERSON, 0.9, "spelled_name.v2", "spelled")
    out = find_spelled_mentions(["ferreira", text], [[_person("ferreira", "ferreira")], [existing]])
    assert out[1] == [existing]


@pytest.mark.parametrize("text, piece, expected", [
    # A name said split in two, then whole: the piece found grows to the split mention.
    ("it's tolu wani, toluwani adeyemi speaking", "tolu", ["tolu wani", "toluwani adeyemi"]),
    ("Ngozi ka, Ngozika Eze here", "Ngozi", ["Ngozi ka", "Ngozika Eze"]),
])
def test_split_mention_takes_the_piece_found_in_it(text, piece, expected):
    whole = expected[1]
    found = [_person(text, piece), _person(text, whole)]
    out = find_spelled_mentions([text], [found])
    assert [text[f.start:f.end] for f in out[0]] == expected


def test_split_mention_never_takes_another_type():
    text = "ref ab cd, abcd smith"
    other = Finding(4, 6, "ACCOUNT_NUMBER", 0.9, "test", "pattern")
    out = find_spelled_mentions([text], [[other, _person(text, "abcd smith")]])
    assert [(text[f.start:f.end], f.entity_type) for f in out[0]] == [("ab", "ACCOUNT_NUMBER"), ("abcd smith", PERSON)]


@pytest.mark.parametrize("text, piece, expected", [
    ("okay so i've put taka hashi is that right", "hashi", ["taka hashi"]),    # the name found in another turn
    ("please tick the ngozi ka box", "ngozi", ["ngozi ka"]),
    ("hashi is fine, taka it", "hashi", ["hashi"]),                           # the chunks not in the name's order
    ("the taka hashimoto file", "hashimoto", ["hashimoto"]),                  # letters past the name: no mention
])
def test_split_mention_grows_a_piece_found_in_it_when_it_spells_a_name_found(text, piece, expected):
    seed_text = "it's hiroki takahashi, and ngozika eze too"
    out = find_spelled_mentions([seed_text, text], [[_person(seed_text, "hiroki takahashi"),
                                                     _person(seed_text, "ngozika eze")], [_person(text, piece)]])
    assert [text[f.start:f.end] for f in out[1]] == expected


def test_the_same_words_as_a_finding_are_left_to_name_propagation():
    seed_text, text = "would you like to add Gift Aid", "yes add the Gift Aid"
    piece = _person(text, "Aid")
    out = find_spelled_mentions([seed_text, text], [[_person(seed_text, "Gift Aid")], [piece]])
    assert out[1] == [piece]
