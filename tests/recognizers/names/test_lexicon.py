"""Tests for recognizers.names.lexicon."""
import pytest
from hypothesis import given, settings, strategies as st

from recognizers.names.lexicon import _POSSESSIVE_RE, strip_possessive


@pytest.mark.parametrize("key, expected", [
    ("priya's", ("priya", True)),
    ("priya’s", ("priya", True)),
    ("PRIYA'S", ("PRIYA", True)),
    ("james'", ("james", True)),
    ("priya", ("priya", False)),
    ("o'neil", ("o'neil", False)),
    ("don't", ("don't", False)),
    ("", ("", False)),
])
def test_strip_possessive_cases(key, expected):
    assert strip_possessive(key) == expected


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="asSé'’ x", max_size=12))
def test_strip_possessive_same_as_the_regex(key):
    stripped = _POSSESSIVE_RE.sub("", key)
    assert strip_possessive(key) == (stripped, stripped != key)
