"""Tests for recognizers.spoken.tokens.find_runs: which runs are worth rewriting (a lone word decided inline, a run split
at the plain words its resolution left)."""
from __future__ import annotations

import pytest

from recognizers.spoken import tokens as st


def _runs(text: str) -> list[list[str]]:
    return [[tok.low for tok in run] for run in st.find_runs(text, st.tokenize(text))]


@pytest.mark.parametrize("text, runs", [
    ("five", [["five"]]),                                    # a lone spoken digit
    ("the two is", [["two"]]),
    ("one dot two", [["one"], ["two"]]),                     # "one" beside "dot" is a number
    ("dot one", [["one"]]),
    ("dot oh dot", [["oh"]]),                                # an octet's "oh"
    ("k as in kilo", [["k"]]),                               # a letter spelled "as in" a word
    ("seven teen", [["seventeen"]]),                         # a teen said in two words
    ("a b", [["a", "b"]]),                                   # two letters
    ("mike bravo", [["mike", "bravo"]]),
    ("4 5 6 7", [["4", "5", "6", "7"]]),                     # written digits spaced out
    ("a 4 5 6", [["4", "5", "6"]]),                          # split at the plain word "a"
    ("one hundred the five", [["one", "hundred"], ["five"]]),
    ("four um five", [["four", "five"]]),
    ("one and two is it", [["two"]]),                        # "one" alone before "and" is no number
])
def test_runs_worth_rewriting(text, runs):
    assert _runs(text) == runs


@pytest.mark.parametrize("text", [
    "the one on the left",   # "one" alone is a pronoun
    "i have a cat",          # a lone "a" / "i"
    "oh",                    # a lone "oh"
    "b",                     # one letter
    "12",                    # written digits alone
    "double",                # a multiplier with no digit after it
    "hundred",               # a scale word with no number before it
    "alpha",                 # an ambiguous NATO word alone
    "x ray",                 # the NATO word for x, alone
])
def test_no_run_worth_rewriting(text):
    assert _runs(text) == []
