"""Value propagation's text and code patterns without a regex per value find what the regexes find."""
from __future__ import annotations

import random
import re

import pytest

from pipeline.detection.value_patterns import _Code, _Literal, code_pattern, spans, text_pattern

_ODD = ["\u212a", "\u017f", "\u00e9", "\u0663"]  # Kelvin sign, long s (IGNORECASE pairs them with k, s), é, a digit


def _text_regex(value):
    return re.compile(re.escape(value), re.IGNORECASE)


def _code_regex(code):
    return re.compile(r"(?<![^\W_])" + r"[\s\-/]?".join(code) + r"(?![^\W_])", re.IGNORECASE)


def _random_text_case(rng):
    value = "".join(rng.choice("abAB.-( ") for _ in range(rng.randint(1, 4)))
    pieces = ["ab", "AB", "aB", ".", "-", "(", " ", "k", "s", value] + (_ODD if rng.random() < 0.3 else [])
    return "".join(rng.choice(pieces) for _ in range(12)), value


def _random_code_case(rng):
    code = "".join(rng.choice("g49ks") for _ in range(rng.randint(1, 5)))
    pieces = ["g", "G", "4", "9", "k", "S", " ", "  ", "-", "/", ".", "_", "x", "\t", "\x1c", code, " ".join(code),
              "-".join(code.upper())] + (_ODD if rng.random() < 0.3 else [])
    return "".join(rng.choice(pieces) for _ in range(10)), code


@pytest.mark.parametrize("text, value", [
    ("Mail JO.LI@X.COM or jo.li@x.com", "jo.li@x.com"),      # either case
    ("aaaa", "aa"),                                           # non-overlapping, left to right
    ("(a+b) and (A+B)", "(a+b)"),                              # regex characters are literal
    ("Kelvin \u212aate", "kate"),                              # non-ASCII text: IGNORECASE pairs K with the Kelvin sign
    ("\u017fam and Sam", "sam"),
    ("Renée Renée", "renée"),                                 # a non-ASCII value: the regex
    # negative rows
    ("j0.li@x.com jo li@x.com", "jo.li@x.com"),
    ("", "abc"),
] + [_random_text_case(random.Random(seed)) for seed in range(400)])
def test_text_spans_are_the_regex_spans(text, value):
    assert spans(text_pattern(value), text) == [m.span() for m in _text_regex(value).finditer(text)]


@pytest.mark.parametrize("text, code", [
    ("postcode G4 9DS, g49ds and g-4/9 d s", "g49ds"),         # one separator between two characters
    ("g49ds g49ds", "g49ds"),                                  # two in a row
    ("ref 4g49ds and g49ds4 and _g49ds", "g49ds"),             # a letter or digit beside: none ("_" is no letter)
    ("g4 9ds\u212a or g4\u212a9", "g4k9"),                      # non-ASCII text: the regex
    ("g  49ds, g4--9ds", "g49ds"),                              # two separators: none
    ("gg49", "g49"),                                            # a start inside a word: none
    ("a-b", "ab"),
    # negative rows
    ("g4.9ds", "g49ds"),                                        # a dot is no separator
    ("", "ab"),
] + [_random_code_case(random.Random(seed)) for seed in range(600)])
def test_code_spans_are_the_regex_spans(text, code):
    assert spans(code_pattern(code), text) == [m.span() for m in _code_regex(code).finditer(text)]


@pytest.mark.parametrize("value, kind", [("jo.li@x.com", _Literal), ("renée", re.Pattern)])
def test_text_pattern_kind(value, kind):
    assert isinstance(text_pattern(value), kind)


@pytest.mark.parametrize("code, kind", [("g49ds", _Code), ("G49DS", re.Pattern), ("g4é", re.Pattern), ("", re.Pattern)])
def test_code_pattern_kind(code, kind):
    assert isinstance(code_pattern(code), kind)
