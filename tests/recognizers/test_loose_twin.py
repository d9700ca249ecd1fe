"""Tests for recognizers.loose_twin: a twin for IGNORECASE patterns with case-sensitive parts, exact via the
pattern run at each place the twin finds."""
import re

import pytest
from hypothesis import given, settings, strategies as st

from recognizers.loose_twin import LooseTwin, loose_twin
from recognizers.lower_scan import ascii_lower, finditer
from recognizers.street_address import StreetAddressRecognizer

_SOURCES = (
    r"\d+\s+[a-z]+\s+street(?:[ \t]+(?:north|(?-i:N|S|NE)))?\b",   # a case-sensitive direction, optional
    r"(?-i:[A-Z])[a-z]+ \d+",                                      # a capital: the twin takes any letter
    r"\d+(?:,(?=[ \t]+(?-i:[A-Z])[a-z]*[ \t]+[a-z]))?\s+[a-z]+",   # ... in a positive lookahead
    r"(?-i:[A-ZÀ-Ö])[a-z]*(?:weg|gade) \d+",                       # a non-ASCII range in the class
    r"(?-i:N|S)",                                                  # the part alone
)


@pytest.mark.parametrize("source", _SOURCES)
def test_loose_twin_built(source):
    twin = loose_twin(re.compile(source, re.IGNORECASE))
    assert isinstance(twin, LooseTwin) and not twin.twin.flags & re.IGNORECASE and "(?-i:" not in twin.twin.pattern


@pytest.mark.parametrize("source,flags", [
    (r"main street", re.IGNORECASE),                      # no case-sensitive part: lower_twin's job
    (r"(?-i:N|S) street", 0),                             # not IGNORECASE
    (r"street(?!\s+(?-i:N)\b)", re.IGNORECASE),           # under a negative lookahead: loosening takes matches away
    (r"(?<!(?-i:N) )street", re.IGNORECASE),              # under a negative lookbehind
    (r"(?>(?-i:N)|north) street", re.IGNORECASE),          # an atomic group
    (r"(?-i:[A-Z])[a-z]*+ st", re.IGNORECASE),            # a possessive quantifier
    (r"(?-i:\w+) st", re.IGNORECASE),                     # a part of another form: left, lower_twin refuses
    (r"(?-i:N) Main", re.IGNORECASE),                     # an upper-case letter elsewhere
])
def test_loose_twin_refused(source, flags):
    assert loose_twin(re.compile(source, flags)) is None


def _spans(pattern, twin, text):
    return [(m.span(), m.groups()) for m in finditer(pattern, twin, text, ascii_lower(text))]


@pytest.mark.parametrize("text", ["12 Oak street N and 3 elm Street n", "Oslo 5, Berlin 7, oslo 8", "4, Main st x",
                                  "4, main st", "Nørre weg 3 Lindenweg 12 lindenweg 4", "N S n s NS", ""])
@pytest.mark.parametrize("source", _SOURCES)
def test_loose_twin_gives_the_patterns_matches(source, text):
    pattern = re.compile(source, re.IGNORECASE)
    assert _spans(pattern, loose_twin(pattern), text) == [(m.span(), m.groups()) for m in pattern.finditer(text)]


def test_empty_matches_follow_the_pattern():
    pattern = re.compile(r"(?-i:N)?", re.IGNORECASE)
    assert _spans(pattern, loose_twin(pattern), "aNnN") == [(m.span(), ()) for m in pattern.finditer("aNnN")]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from("12 4 twelve thirty four oh Main MAIN main Oak street St. ST road N n S s NE ne sw "
                                "W west , Apt 4B unit Glyn Ringvej 144 Hauptstrasse Allee 5th".split(" ")),
                max_size=14).map(" ".join))
def test_street_loose_twins_give_the_patterns_matches(text):
    loose = {name: twin for name, twin in StreetAddressRecognizer.TWINS.items() if isinstance(twin, LooseTwin)}
    assert {"spoken", "number_street_suffix"} <= set(loose)
    for name, twin in loose.items():
        assert _spans(twin.pattern, twin, text) == [(m.span(), m.groups()) for m in twin.pattern.finditer(text)]


def test_every_case_insensitive_street_pattern_has_a_twin():
    # (speed) a pattern without one runs IGNORECASE at every word of every turn with a digit or number word
    names = [name for name, pattern, *_ in StreetAddressRecognizer.PATTERNS if pattern.flags & re.IGNORECASE]
    assert names and [name for name in names if StreetAddressRecognizer.TWINS[name] is None] == []
