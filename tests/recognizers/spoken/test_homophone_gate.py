"""Tests for recognizers.spoken.homophones._homophone_beside_link: the chain search runs only where a homophone ("to",
"for", "won", "ate", ...) has a digit word or another homophone beside it (past hesitations)."""
from __future__ import annotations

import pytest

from recognizers.spoken import homophones
from recognizers.spoken import tokens as st
from recognizers.spoken.token_words import token_words
from recognizers.spoken.view import SpokenView


def _beside(text: str) -> bool:
    words = [st.Token(m.start(), m.end(), low, *st._CLASSES[low]) for m, low in token_words(text)]
    return homophones._homophone_beside_link(st._merge_composites(text, words))


@pytest.mark.parametrize("text, view", [
    ("the code is seven won four ate too five", "the code is 714825"),   # homophones inside a long run
    ("sort code for to one", "sort code 421"),                          # after a number cue
    ("it ends in won three too", "it ends in 132"),                     # a homophone first, after a cue
    ("four to five oh", "4250"),                                        # a homophone before its link
    ("talk to um five", "talk to um five"),                             # beside a link past "um" (too short a chain)
    ("send it to 12 people", "send it to 12 people"),                   # beside written digits (no chain)
    ("it is four won", "it is four won"),                               # a link before it only
])
def test_homophone_beside_a_link_is_read(text, view):
    assert _beside(text)
    assert SpokenView.of(text).text == view


@pytest.mark.parametrize("text", [
    "i went to the shop for milk",       # homophones between plain words
    "to",                                 # alone
    "it was for the 1990 deal",           # a written number of more than two digits is no link
    "up to x ray",                        # nor a NATO word
])
def test_homophone_with_no_link_beside_it_is_skipped(text):
    assert not _beside(text)
