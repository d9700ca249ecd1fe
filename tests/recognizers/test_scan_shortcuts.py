"""Shortcuts that skip a step when its trigger is absent, or read a turn's words once: the same answers as the
step run in full (rows with the trigger: the step runs and finds; rows without: nothing)."""
from __future__ import annotations

import re

import pytest

from recognizers.names import tokens as name_tokens
from recognizers.names.lexicon import WORD_RE
from recognizers.names.rules import list_candidates
from recognizers.postcode_runs import code_runs
from recognizers.spoken import tokens as st
from recognizers.spoken.number_words import _two_single_letters, may_be_spoken
from recognizers.spoken.view import SpokenView, _ordinal_pieces
from recognizers.spoken_aware import words_of
from recognizers.street_words import letter_words


@pytest.mark.parametrize("text, ordinals", [
    ("the fifteenth of march", ["15th"]),      # an ordinal beside a month: rewritten
    ("march the third please", ["3rd"]),
    ("the third time this week", []),          # an ordinal, no month
    ("nothing to rewrite here", []),           # no ordinal: the gate skips the scan
])
def test_ordinal_pieces_only_with_an_ordinal(text, ordinals):
    assert [p.text for p in _ordinal_pieces(st.tokenize(text))] == ordinals


@pytest.mark.parametrize("text, view", [
    ("Code Is Four One Five Five", "Code Is 4155"),   # upper case read on the lower case: same spans
    ("tre due due otto", "3228"),                     # foreign digits (the FUNIT gate lets them through)
    ("due giorni", "due giorni"),                     # a lone foreign word stays a word
    ("mail J O H N at gmail dot com", "mail john@gmail.com"),
])
def test_spoken_view_after_the_gates(text, view):
    assert SpokenView.of(text).text == view


@pytest.mark.parametrize("words, expected", [
    (["j", "o", "h", "n"], True),
    (["ab", "c", "d"], True),
    (["a", "bc", "d"], False),
    ([], False),
    (["one"], False),
])
def test_two_single_letters(words, expected):
    assert _two_single_letters(words) is expected
    assert expected == any(len(a) == 1 and len(b) == 1 for a, b in zip(words, words[1:]))


@pytest.mark.parametrize("text, spoken", [("my name is j o h n", True), ("see you in a bit", False)])
def test_may_be_spoken_spelling(text, spoken):
    assert may_be_spoken(text) is spoken


@pytest.mark.parametrize("text", ["Hi THERE 4b-c, it's_me", "ça coûte 12 €", "", "a\tb\nc", "K\u212aelvin"])
def test_word_sets_as_their_patterns_read_them(text):
    assert words_of(text) == frozenset(re.findall(r"[a-z0-9]+", text.lower()))
    assert letter_words(text) == set(re.findall(r"[^\W\d_]+", text.lower()))


@pytest.mark.parametrize("text, runs", [
    ("my postcode is s w one a one a a", 1),   # units: a run
    ("no code in this sentence at all", 0),    # no unit: nothing to end or glue
    ("it's b uh seven then", 1),
])
def test_code_runs_count(text, runs):
    assert len(code_runs(text)) == runs


@pytest.mark.parametrize("text", ["Hello there Mr Smith-Jones", "ça va Émile", ""])
def test_word_matches_are_the_word_pattern_matches(text):
    assert [m.span() for m in name_tokens.word_matches(text)] == [m.span() for m in WORD_RE.finditer(text)]


def test_keys_of_kept_for_a_tuple_only():
    tokens, _ = name_tokens.tokenize("thanks priya see you")
    assert name_tokens.keys_of(tokens) is name_tokens.keys_of(tokens)  # the same tuple: kept
    as_list = list(tokens)
    first = name_tokens.keys_of(as_list)
    as_list.pop()
    assert name_tokens.keys_of(as_list) == first[:-1]  # a list may change: read again


@pytest.mark.parametrize("text, found", [
    ("i spoke to priya yesterday", True),     # a listed name: a hot word, tried
    ("the the and of to", False),              # no hot word: skipped in C
])
def test_list_candidates_only_at_hot_words(text, found):
    tokens, _ = name_tokens.tokenize(text)
    assert bool(list_candidates(text, list(tokens))) is found
