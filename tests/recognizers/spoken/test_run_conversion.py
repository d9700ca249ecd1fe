"""Tests for recognizers.spoken.view._convert_run: a digit or teen word is itself unless a scale word follows it."""
from __future__ import annotations

import pytest

from recognizers.spoken.view import SpokenView


@pytest.mark.parametrize("text, view", [
    ("four one five five", "4155"),                      # digit words: each itself
    ("the code is four fifteen twelve", "the code is 41512"),
    ("fifteen hundred", "1500"),                         # a teen before a scale word
    ("two hundred and five", "205"),                     # a digit before a scale word
    ("five thousand two", "5002"),
    ("nineteen eighty five", "1985"),
    ("zero thousand", "0"),                              # zero: no scale read after it
    ("double five six", "556"),
    ("one nine two dot one", "192.1"),
    ("a b seven", "ab7"),                                # letters, then a digit word last
])
def test_spoken_numbers_are_converted(text, view):
    assert SpokenView.of(text).text == view
