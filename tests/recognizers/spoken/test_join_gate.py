"""Tests for recognizers.spoken.joins._may_join: the gate before the join finders skips only texts they cannot join."""
from __future__ import annotations

import random

import pytest

from recognizers.spoken import joins
from recognizers.spoken import tokens as st
from recognizers.spoken.view import SpokenView, _build, _ordinal_pieces, _run_pieces


def _gate(text: str) -> bool:
    toks = st.tokenize(text)
    pieces = _run_pieces(text, toks) + _ordinal_pieces(toks)
    return joins._may_join(text, toks, pieces, {t.low for t in toks})


@pytest.mark.parametrize("text, view", [
    ("it's j o h n dot smith at gmail dot com", "it's john.smith@gmail.com"),     # "dot"
    ("the ip is one nine two dot one six eight", "the ip is 192.168"),            # "dot" between numbers
    ("ref x b f dash five oh nine one", "ref xbf-5091"),                         # "dash"
    ("ref x b f hyphen five oh nine one", "ref xbf-5091"),                       # "hyphen"
    ("r b slash six eight four eight", "rb/6848"),                               # "slash"
    ("it was two point five", "it was 2.5"),                                     # "point" after a spoken number
    ("it was 3 point five", "it was 3.5"),                                       # ... after written digits
    ("at this point jo at gmail.com", "at this point jo@gmail.com"),             # a written host name
    ("my email underscore is jo at gmail.com", "my email underscore is jo@gmail.com"),
    ("at this point the word is d o t", "at this point the word is dot"),       # "dot" spelled: a letters piece
])
def test_gate_lets_through_what_a_finder_joins(text, view):
    assert _gate(text)
    assert SpokenView.of(text).text == view


@pytest.mark.parametrize("text", [
    "at this point the code is a b c",                  # "point" and no number
    "the point is x ray",                                # ... nor a written one
    "send it to my_name underscore at home one two three four",
    "a b c underscore one two three",                    # "underscore" alone joins nothing
    "jo@mail one two three four",                        # an "@" word without a "dot"
])
def test_gate_skips_texts_no_finder_joins(text):
    assert not _gate(text)


_WORDS = ("dot point at dash hyphen slash underscore d o t p i n one two three four five oh double 12 7 gmail com "
          "co uk x.com jo@mail and the my uh twenty first march k as in kilo").split()


@pytest.mark.parametrize("seed", range(40))
def test_gate_never_changes_a_view(seed, monkeypatch):
    rng = random.Random(seed)
    texts = [" ".join(rng.choice(_WORDS) for _ in range(rng.randint(1, 12))) for _ in range(50)]
    gated = [_build.__wrapped__(t) for t in texts]
    monkeypatch.setattr(joins, "_may_join", lambda *args: True)
    assert [_build.__wrapped__(t) for t in texts] == gated
