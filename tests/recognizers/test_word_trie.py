"""Tests for recognizers.word_trie: word groups as tries take the same strings, at the same positions."""
from __future__ import annotations

import re

import pytest
from hypothesis import given, settings, strategies as st

from recognizers.loose_twin import LooseTwin
from recognizers.lower_scan import ascii_lower
from recognizers.street_address import StreetAddressRecognizer
from recognizers.word_trie import factored


@pytest.mark.parametrize("source, expected", [
    (r"\b(?:street|st|road|rd|islands?)\b", r"\b(?:(?:island(?:s)?|r(?:d|oad)|st(?:reet)?))\b"),
    (r"(?:ab|a)x", r"(?:a(?:b)?)x"),
    (r"(?:one|two)+", r"(?:(?:one|two))+"),
    (r"[(?:a|b)]", r"[(?:a|b)]"),  # a character class: left alone
    (r"[]a(?:b|c)]", r"[]a(?:b|c)]"),
    (r"\(?:ab|cd)", r"\(?:ab|cd)"),  # an escaped parenthesis: no group
    (r"(?:\d|ab)", r"(?:\d|ab)"),  # not words only
    (r"(?:a+|b)", r"(?:a+|b)"),
    (r"(ab|cd)", r"(ab|cd)"),  # a capturing group: left alone
])
def test_factored(source, expected):
    assert factored(source) == expected


WORDS = ["street", "st", "road", "rd", "islands?", "a", "ab", "abc", "b", "straße", "út", "vägen"]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(WORDS), min_size=2, max_size=8, unique=True),
       st.text(alphabet="abcdrstoelinß út", max_size=30))
def test_same_positions(words, text):
    source = r"\b(?:" + "|".join(words) + r")\b"
    plain, trie = re.compile(source), re.compile(factored(source))
    assert [plain.match(text, i) is not None for i in range(len(text) + 1)] == \
        [trie.match(text, i) is not None for i in range(len(text) + 1)]


TEXTS = ["i live at twelve oak street", "house number forty two green lane", "no way, one two three main road west",
         "plot double one, the meadows", "flat four, ninety nine high street apt six", "one oh five park view drive",
         "its thirty two a carrick terrace and number seven acacia avenue nw", "no, no, one, two, three street"]


@pytest.mark.parametrize("name", [n for n, t in StreetAddressRecognizer.TWINS.items() if isinstance(t, LooseTwin)])
def test_street_loose_twins_find_the_pattern_matches(name):
    pattern = next(p for n, p, *_ in StreetAddressRecognizer.PATTERNS if n == name)
    twin = StreetAddressRecognizer.TWINS[name]
    for text in TEXTS + [t.upper() for t in TEXTS]:
        assert [m.span() for m in twin.finditer(text, ascii_lower(text))] == [m.span() for m in pattern.finditer(text)]
